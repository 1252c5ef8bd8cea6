#include "compile_helpers.hpp"
#include "lang/diagnostic_names.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nse::compiler::testing;
namespace diag = nse::lang::diag;

namespace {

// "name line:col" of each diagnostic, in the order reported.
std::vector<std::string> found(const Compiled& compiled) {
    std::vector<std::string> out;
    for (const auto& d : compiled.sink.diagnostics())
        out.push_back(std::string(d.name) + " " + where(d));
    return out;
}

} // namespace

TEST_CASE("Every error of the scenarios in a file is reported", "[compiler]") {
    auto compiled = compile_text(R"(import std.topologies
scenario "no topology" {
  send tcp client -> server:80 expect accept
}
scenario "unknown topology" {
  topology triangle
  send tcp client -> server:80 expect accept
}
scenario "fine" {
  topology pair
  send tcp client -> server:80 expect accept
}
scenario "nothing sent" {
  topology gateway
}
)");
    CHECK_FALSE(compiled.plan);
    CHECK(compiled.sink.error_count() == 3);
    CHECK(found(compiled) == std::vector<std::string>{"missing-topology 2:10",
                                                      "unknown-topology 6:12",
                                                      "empty-scenario 13:10"});
}

TEST_CASE("Compilation stops after a stage with errors", "[compiler]") {
    // The unknown module ends the load stage; the bad port, which lowering
    // would find, is not reported.
    auto compiled = compile_text(R"(import std.topologies
import std.firewalls
scenario "s" {
  topology pair
  send tcp client -> server:0 expect accept
}
)");
    CHECK_FALSE(compiled.plan);
    CHECK(found(compiled) == std::vector<std::string>{"unknown-module 2:8"});
}

TEST_CASE("A syntax error stops compilation before names are resolved", "[compiler]") {
    auto compiled = compile_text(R"(scenario "s" {
  topology nowhere
  send tcp client -> server:80 expect
}
)");
    CHECK_FALSE(compiled.plan);
    REQUIRE(compiled.sink.diagnostics().size() == 1);
    CHECK(compiled.sink.diagnostics()[0].name == diag::kSyntax);
}

TEST_CASE("Files compiled together make one plan, each with its own names", "[compiler]") {
    TempDir dir;
    auto scenario = [](const std::string& name, const std::string& table) {
        return "import std.topologies\nruleset web { table ip " + table + " { } }\nscenario \"" +
               name +
               "\" {\n  topology pair\n  load web on server\n"
               "  send tcp client -> server:80 expect accept\n}\n";
    };
    auto first = dir.write("first.nse", scenario("first", "one"));
    auto second = dir.write("second.nse", scenario("second", "two"));

    auto compiled = compile_files({first, second});
    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    const auto& plan = *compiled.plan;
    REQUIRE(plan.rulesets.size() == 2);
    CHECK(plan.rulesets[0].where.file == first);
    CHECK(plan.rulesets[1].where.file == second);
    REQUIRE(plan.scenarios.size() == 2);
    CHECK(plan.scenarios[0].name == "first");
    CHECK(plan.scenarios[0].loads.at(0).ruleset == 0);
    CHECK(plan.scenarios[1].name == "second");
    CHECK(plan.scenarios[1].loads.at(0).ruleset == 1);
}

TEST_CASE("A file named twice is compiled once", "[compiler]") {
    TempDir dir;
    auto path =
        dir.write("main.nse", scenario_on("pair", "  send icmp client -> server expect accept\n"));
    auto compiled = compile_files({path, (dir.path() / "." / "main.nse").string()});
    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    CHECK(compiled.plan->scenarios.size() == 1);
}

TEST_CASE("Three errors in one file render as a compiler prints them", "[compiler]") {
    TempDir dir;
    auto path = dir.write("errors.nse", R"(import std.topologies

scenario "ssh is blocked" {
  topology pair
  topology gateway
  load firewall on server
  send tcp client -> server:70000 expect drop
}
)");
    auto compiled = compile_files({path});
    REQUIRE(compiled.sink.diagnostics().size() == 3);

    std::string rendered;
    for (const auto& d : compiled.sink.diagnostics())
        rendered += nse::lang::render(d, false);
    check_golden("compiler/three_errors.golden",
                 replace_all(rendered, (dir.path() / "").string(), ""));
}

TEST_CASE("Each file named is shown as parsed, imports not, when asked", "[compiler]") {
    TempDir dir;
    auto path = dir.write("main.nse", "# a comment that the tree does not keep\n" +
                                          scenario_on("pair", "  send icmp client -> server"
                                                              " expect accept\n"));
    std::vector<std::pair<std::string, std::string>> shown;
    nse::compiler::CompileOptions options{false, {}};
    options.on_parsed = [&](const std::string& file, const std::string& tree) {
        shown.emplace_back(file, tree);
    };
    nse::lang::DiagnosticSink sink;
    REQUIRE(nse::compiler::compile({path}, sink, options));

    REQUIRE(shown.size() == 1);
    CHECK(shown[0].first == path);
    CHECK(shown[0].second == "import std.topologies\n\nscenario \"s\" {\n  topology pair\n\n"
                             "  send icmp client -> server expect accept\n}\n");
}
