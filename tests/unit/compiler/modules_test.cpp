#include "compile_helpers.hpp"
#include "lang/diagnostic_names.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nse::compiler::testing;
namespace diag = nse::lang::diag;

namespace {

// A scenario on topology `duo` (nodes a and b) loading ruleset `base` on b.
constexpr const char* kScenarioOnDuo = R"(scenario "s" {
  topology duo
  load base on b
  send tcp a -> b:80 expect accept
}
)";

constexpr const char* kDuo = R"(topology duo {
  node a
  node b
  link a -- b { a 10.0.0.1/24 b 10.0.0.2/24 }
}
)";

} // namespace

TEST_CASE("A file import is resolved relative to the importing file", "[compiler]") {
    TempDir dir;
    dir.write("lib/topo/duo.nse", kDuo);
    dir.write("lib/common.nse", "import \"topo/duo.nse\"\nruleset base { table ip t { } }\n");
    auto compiled = compile_files(
        {dir.write("main.nse", std::string("import \"lib/common.nse\"\n") + kScenarioOnDuo)});

    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    REQUIRE(compiled.plan->rulesets.size() == 1);
    CHECK(compiled.plan->rulesets[0].where.file == (dir.path() / "lib/common.nse").string());
    CHECK(compiled.plan->rulesets[0].include_directory == (dir.path() / "lib").string());
    REQUIRE(compiled.plan->scenarios.size() == 1);
    CHECK(compiled.plan->scenarios[0].topology == "duo");
    CHECK(compiled.plan->scenarios[0].loads.size() == 1);
}

TEST_CASE("A module imported along two paths is loaded once", "[compiler]") {
    TempDir dir;
    dir.write("duo.nse", kDuo);
    dir.write("left.nse", "import std.topologies\nimport \"duo.nse\"\n");
    dir.write("right.nse", "import \"./duo.nse\"\nimport std.topologies\n"
                           "ruleset base { table ip t { } }\n");
    auto compiled = compile_files(
        {dir.write("main.nse", std::string("import \"left.nse\"\nimport \"right.nse\"\nimport "
                                           "std.topologies\n") +
                                   kScenarioOnDuo)});

    INFO(compiled.rendered());
    CHECK(compiled.sink.diagnostics().empty());
    REQUIRE(compiled.plan);
    CHECK(compiled.plan->rulesets.size() == 1);
}

TEST_CASE("A ruleset file is read relative to the file that names it", "[compiler]") {
    TempDir dir;
    auto nft = "table ip filter {\n  chain input {\n    tcp dport 22 accept\n  }\n}\n";
    dir.write("rules/web.nft", nft);
    auto compiled = compile_files({dir.write("main.nse", R"(import std.topologies
ruleset web from "rules/web.nft"
scenario "s" {
  topology pair
  load web on server
  send tcp client -> server:22 expect accept
}
)")});

    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    REQUIRE(compiled.plan->rulesets.size() == 1);
    const auto& ruleset = compiled.plan->rulesets[0];
    CHECK(ruleset.name == "web");
    CHECK(ruleset.text == nft);
    CHECK(ruleset.include_directory == (dir.path() / "rules").string());
    CHECK(ruleset.where.line == 2);
    CHECK(ruleset.where.column == 9);
}

TEST_CASE("Importing a module the stdlib lacks is an unknown module", "[compiler]") {
    auto d = only_diagnostic("import std.nothing\n");
    CHECK(d.name == diag::kUnknownModule);
    CHECK(where(d) == "1:8");
    CHECK(d.message == "no stdlib module named 'std.nothing'");
    CHECK(d.hints == std::vector<std::string>{"the stdlib has: std.topologies"});

    auto unprefixed = only_diagnostic("\nimport topologies\n");
    CHECK(unprefixed.name == diag::kUnknownModule);
    CHECK(where(unprefixed) == "2:8");
    CHECK(unprefixed.message == "no stdlib module named 'topologies'");
}

TEST_CASE("Files that import each other are an import cycle", "[compiler]") {
    TempDir dir;
    dir.write("b.nse", "# b\nimport \"a.nse\"\n");
    auto compiled = compile_files({dir.write("a.nse", "import \"b.nse\"\n")});

    auto d = only_diagnostic(compiled);
    CHECK(d.name == diag::kImportCycle);
    REQUIRE(d.where.file);
    CHECK(d.where.file->path() == (dir.path() / "b.nse").string());
    CHECK(where(d) == "2:8");
    CHECK(d.message == "'a.nse' imports itself through this import");
}

TEST_CASE("A file importing itself, however spelled, is an import cycle", "[compiler]") {
    TempDir dir;
    auto d = only_diagnostic(
        compile_files({dir.write("self.nse", "import \"./missing/../self.nse\"\n")}));
    CHECK(d.name == diag::kImportCycle);
    CHECK(where(d) == "1:8");
    CHECK(d.message == "'./missing/../self.nse' imports itself through this import");
}

TEST_CASE("A file named to the compiler that does not exist is unreadable", "[compiler]") {
    TempDir dir;
    auto path = (dir.path() / "missing.nse").string();
    auto d = only_diagnostic(compile_files({path}));
    CHECK(d.name == diag::kFileUnreadable);
    CHECK_FALSE(d.where.file);
    CHECK(d.message == "file '" + path + "' does not exist");
    CHECK(nse::lang::render(d, false) ==
          "nse: error: file '" + path + "' does not exist [file-unreadable]\n");
}

TEST_CASE("An imported file that does not exist is unreadable at the import", "[compiler]") {
    TempDir dir;
    auto d = only_diagnostic(compile_files({dir.write("main.nse", "import \"gone.nse\"\n")}));
    CHECK(d.name == diag::kFileUnreadable);
    CHECK(where(d) == "1:8");
    CHECK(text_at(d) == "\"gone.nse\"");
    CHECK(d.message == "file '" + (dir.path() / "gone.nse").string() + "' does not exist");
}

TEST_CASE("Importing a directory is unreadable", "[compiler]") {
    TempDir dir;
    dir.write("lib/x.nse", "");
    auto d = only_diagnostic(compile_files({dir.write("main.nse", "import \"lib\"\n")}));
    CHECK(d.name == diag::kFileUnreadable);
    CHECK(where(d) == "1:8");
    CHECK(d.message == "file '" + (dir.path() / "lib").string() + "' cannot be read");
}

TEST_CASE("A ruleset file that does not exist is unreadable at its name", "[compiler]") {
    TempDir dir;
    auto d = only_diagnostic(compile_files({dir.write("main.nse", R"(import std.topologies
ruleset web from "web.nft"
scenario "s" {
  topology pair
  load web on server
  send tcp client -> server:22 expect accept
}
)")}));
    CHECK(d.name == diag::kFileUnreadable);
    CHECK(where(d) == "2:18");
    CHECK(d.message == "file '" + (dir.path() / "web.nft").string() + "' does not exist");
}
