#include "compiler/modules.hpp"

#include "compiler/yaml_suite.hpp"
#include "lang/diagnostic_names.hpp"
#include "lang/parser.hpp"
#include "stdlib/stdlib.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace nse::compiler {

namespace fs = std::filesystem;
namespace ast = lang::ast;
namespace diag = lang::diag;

namespace {

constexpr std::string_view kStdPrefix = "std.";

lang::SourceRange range_of(const Module& module, const ast::Spanned& node) {
    return {module.source, node.span};
}

} // namespace

lang::SourcePtr ModuleLoader::read(const std::string& path, const lang::SourceRange& where) {
    std::ifstream in(path, std::ios::binary);
    std::error_code error;
    if (!in || fs::is_directory(path, error)) {
        auto reason = fs::exists(path, error) ? "cannot be read" : "does not exist";
        sink_.error(diag::kFileUnreadable, where, fmt::format("file '{}' {}", path, reason));
        return nullptr;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return std::make_shared<lang::SourceFile>(path, text.str());
}

const Module* ModuleLoader::load_file(const std::string& path) {
    std::error_code error;
    auto key = fs::weakly_canonical(path, error).string();
    if (auto found = modules_.find(key); found != modules_.end())
        return found->second.get();
    auto source = read(path, {});
    if (!source)
        return nullptr;
    // A suite of the original tool is another front end to the same AST. Only
    // files named on the command line can be one: imports are .nse.
    if (is_yaml_suite(path))
        return load(key, source, parse_yaml_suite(source, sink_));
    return load(key, source, lang::parse(source, sink_));
}

const Module* ModuleLoader::load(const std::string& key, const lang::SourcePtr& source,
                                 lang::ast::File parsed) {
    auto module = std::make_unique<Module>();
    module->source = source;
    module->ast = std::move(parsed);
    auto* loaded = modules_.emplace(key, std::move(module)).first->second.get();

    loading_.push_back(key);
    for (const auto& declaration : loaded->ast.declarations) {
        if (const auto* import = boost::get<ast::Import>(&declaration.get())) {
            if (const auto* imported = resolve_import(*loaded, *import))
                loaded->imports.push_back(imported);
        }
    }
    loading_.pop_back();
    return loaded;
}

const Module* ModuleLoader::resolve_import(const Module& importer, const ast::Import& import) {
    std::string key;
    lang::SourcePtr source;
    if (const auto* name = boost::get<ast::Identifier>(&import.target.get())) {
        auto module = std::string_view(name->name);
        const auto& modules = stdlib::modules();
        auto found = module.starts_with(kStdPrefix) ? modules.find(module.substr(kStdPrefix.size()))
                                                    : modules.end();
        if (found == modules.end()) {
            std::vector<std::string> known;
            known.reserve(modules.size());
            for (const auto& [known_name, text] : modules)
                known.push_back(fmt::format("std.{}", known_name));
            sink_
                .error(diag::kUnknownModule, range_of(importer, *name),
                       fmt::format("no stdlib module named '{}'", name->name))
                .hints.push_back(fmt::format("the stdlib has: {}", fmt::join(known, ", ")));
            return nullptr;
        }
        key = fmt::format("<std>/{}", found->first);
        if (auto loaded = modules_.find(key); loaded != modules_.end())
            return loaded->second.get();
        source = std::make_shared<lang::SourceFile>(fmt::format("std/{}.nse", found->first),
                                                    found->second);
    } else {
        const auto& path = boost::get<ast::String>(import.target.get());
        auto full = fs::path(importer.source->path()).parent_path() / path.value;
        std::error_code error;
        key = fs::weakly_canonical(full, error).string();
        if (std::find(loading_.begin(), loading_.end(), key) != loading_.end()) {
            sink_.error(diag::kImportCycle, range_of(importer, path),
                        fmt::format("'{}' imports itself through this import", path.value));
            return nullptr;
        }
        if (auto loaded = modules_.find(key); loaded != modules_.end())
            return loaded->second.get();
        source = read(full.string(), range_of(importer, path));
        if (!source)
            return nullptr;
    }
    return load(key, source, lang::parse(source, sink_));
}

} // namespace nse::compiler
