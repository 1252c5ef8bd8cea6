#pragma once

#include "../golden.hpp"
#include "compiler/compile.hpp"
#include "lang/diagnostic.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

// Shared by the compiler tests: write .nse files into a fresh directory,
// compile them without checking rulesets (that needs a network namespace,
// so the integration tests cover it), and look at what came out.
namespace nse::compiler::testing {

/// A fresh directory under the system's temporary directory; it and
/// everything in it are removed when the object goes.
class TempDir {
public:
    TempDir() {
        auto pattern =
            (std::filesystem::temp_directory_path() / "nse-compiler-test-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

    /// Writes `text` to `name` inside the directory, creating the folders
    /// `name` names, and returns the file's full path.
    std::string write(const std::string& name, const std::string& text) const {
        auto file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file.string();
    }

private:
    std::filesystem::path path_;
};

/// The outcome of one compilation.
struct Compiled {
    lang::DiagnosticSink sink;
    std::optional<plan::Plan> plan;

    /// Every diagnostic rendered, for test failure messages.
    std::string rendered() const {
        std::string out;
        for (const auto& diagnostic : sink.diagnostics())
            out += lang::render(diagnostic, false);
        return out;
    }
};

inline Compiled compile_files(const std::vector<std::string>& paths) {
    Compiled compiled;
    compiled.plan = compile(paths, compiled.sink, CompileOptions{false});
    return compiled;
}

/// Compiles `text` as the file main.nse in a fresh directory.
inline Compiled compile_text(const std::string& text) {
    TempDir dir;
    return compile_files({dir.write("main.nse", text)});
}

/// The plan of a text that must compile without any diagnostic.
inline plan::Plan compile_clean(const std::string& text) {
    auto compiled = compile_text(text);
    INFO(compiled.rendered());
    REQUIRE(compiled.sink.diagnostics().empty());
    REQUIRE(compiled.plan);
    return *compiled.plan;
}

/// The one diagnostic of a compilation that must fail with exactly one.
inline lang::Diagnostic only_diagnostic(const Compiled& compiled) {
    INFO(compiled.rendered());
    REQUIRE(compiled.sink.diagnostics().size() == 1);
    CHECK_FALSE(compiled.plan);
    return compiled.sink.diagnostics()[0];
}

/// The one diagnostic compiling `text` must produce.
inline lang::Diagnostic only_diagnostic(const std::string& text) {
    return only_diagnostic(compile_text(text));
}

/// "line:col" of the place a diagnostic points at, "" when it has none.
inline std::string where(const lang::SourceRange& range) {
    if (!range.file)
        return "";
    auto at = range.file->location_of(range.span.begin);
    return fmt::format("{}:{}", at.line, at.column);
}

inline std::string where(const lang::Diagnostic& diagnostic) {
    return where(diagnostic.where);
}

/// The bytes a diagnostic points at.
inline std::string_view text_at(const lang::Diagnostic& diagnostic) {
    const auto& [file, span] = diagnostic.where;
    REQUIRE(file);
    return std::string_view(file->text()).substr(span.begin, span.end - span.begin);
}

/// A file that imports the stdlib topologies and runs `body` (statements,
/// one per line, indented by the caller) in scenario "s" on `topology`. The
/// body starts on line 4.
inline std::string scenario_on(const std::string& topology, const std::string& body) {
    return fmt::format("import std.topologies\nscenario \"s\" {{\n  topology {}\n{}}}\n", topology,
                       body);
}

/// Compares `actual` with the golden file tests/data/<name> (see golden.hpp).
inline void check_golden(const std::string& name, const std::string& actual) {
    nse::test::check_golden(name, actual);
}

/// `text` with every occurrence of `from` replaced by `to`.
inline std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

} // namespace nse::compiler::testing
