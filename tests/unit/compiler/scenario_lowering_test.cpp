#include "compile_helpers.hpp"
#include "lang/diagnostic_names.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nse::compiler::testing;
namespace diag = nse::lang::diag;
namespace plan = nse::plan;

namespace {

constexpr const char* kWebOnly = R"(import std.topologies

ruleset web_only {
  table ip filter {
    chain input {
      type filter hook input priority 0; policy drop;
      tcp dport 80 accept
    }
  }
}

scenario "web server accepts http, drops ssh" {
  topology pair
  load web_only on server

  send tcp client -> server:80 expect accept
  send tcp client -> server:22 expect drop
}
)";

// The stdlib imports, a ruleset named `web` (lines 2-4), then a scenario
// from line 5 whose body starts on line 7.
std::string with_web_ruleset(const std::string& topology, const std::string& body) {
    return "import std.topologies\nruleset web {\n  table ip filter { chain input { accept } }\n}\n"
           "scenario \"s\" {\n  topology " +
           topology + "\n" + body + "}\n";
}

} // namespace

TEST_CASE("A scenario carries its topology, its loads and its packets", "[compiler]") {
    TempDir dir;
    auto path = dir.write("web.nse", kWebOnly);
    auto compiled = compile_files({path});
    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    const auto& plan = *compiled.plan;

    REQUIRE(plan.rulesets.size() == 1);
    const auto& ruleset = plan.rulesets[0];
    CHECK(ruleset.name == "web_only");
    CHECK(ruleset.where.file == path);
    CHECK(ruleset.where.line == 3);
    CHECK(ruleset.where.column == 9);
    CHECK(ruleset.text.find("table ip filter {") != std::string::npos);
    CHECK(ruleset.text.find("tcp dport 80 accept") != std::string::npos);
    CHECK(ruleset.include_directory == dir.path().string());
    // Without the nftables check the kernel's chains and rule handles are unknown.
    CHECK(ruleset.chains.empty());
    CHECK(ruleset.rules.empty());

    REQUIRE(plan.scenarios.size() == 1);
    const auto& scenario = plan.scenarios[0];
    CHECK(scenario.name == "web server accepts http, drops ssh");
    CHECK(scenario.where.file == path);
    CHECK(scenario.where.line == 12);
    CHECK(scenario.where.column == 1);
    CHECK(scenario.topology == "pair");
    CHECK(scenario.nodes.size() == 2);
    CHECK(scenario.links.size() == 1);
    REQUIRE(scenario.loads.size() == 1);
    CHECK(scenario.loads[0].node == "server");
    CHECK(scenario.loads[0].ruleset == 0);
    REQUIRE(scenario.packets.size() == 2);
    CHECK(plan::describe(scenario.packets[0]) == "tcp 10.0.0.1:49152 -> 10.0.0.2:80 [S]");
    CHECK(scenario.packets[0].expect == plan::Fate::accept);
    CHECK(plan::describe(scenario.packets[1]) == "tcp 10.0.0.1:49153 -> 10.0.0.2:22 [S]");
    CHECK(scenario.packets[1].expect == plan::Fate::drop);
}

TEST_CASE("The ruleset body is the text between its braces, byte for byte", "[compiler]") {
    auto plan =
        compile_clean(with_web_ruleset("pair", "  send tcp client -> server:80 expect accept\n"));
    REQUIRE(plan.rulesets.size() == 1);
    CHECK(plan.rulesets[0].text == "\n  table ip filter { chain input { accept } }\n");
}

TEST_CASE("Loads refer to rulesets by their index in the plan", "[compiler]") {
    auto plan = compile_clean(R"(import std.topologies
ruleset first { table ip a { chain c { accept } } }
ruleset second { table ip b { chain c { drop } } }
scenario "s" {
  topology gateway
  load second on router
  load first on server
  load second on client
  send tcp client -> server:80 expect accept
}
)");
    REQUIRE(plan.rulesets.size() == 2);
    CHECK(plan.rulesets[0].name == "first");
    CHECK(plan.rulesets[1].name == "second");
    const auto& loads = plan.scenarios.at(0).loads;
    REQUIRE(loads.size() == 3);
    CHECK(loads[0].node == "router");
    CHECK(loads[0].ruleset == 1);
    CHECK(loads[1].node == "server");
    CHECK(loads[1].ruleset == 0);
    CHECK(loads[2].node == "client");
    CHECK(loads[2].ruleset == 1);
}

TEST_CASE("Every ruleset is in the plan, whether or not a scenario loads it", "[compiler]") {
    auto plan =
        compile_clean(with_web_ruleset("pair", "  send tcp client -> server:80 expect accept\n"));
    REQUIRE(plan.rulesets.size() == 1);
    CHECK(plan.rulesets[0].name == "web");
    CHECK(plan.scenarios.at(0).loads.empty());
}

TEST_CASE("A scenario without a topology line is missing its topology", "[compiler]") {
    auto d = only_diagnostic(R"(import std.topologies
scenario "s" {
  send tcp client -> server:80 expect accept
}
)");
    CHECK(d.name == diag::kMissingTopology);
    CHECK(where(d) == "2:10");
    CHECK(d.message == "scenario \"s\" names no topology");
    CHECK(d.hints == std::vector<std::string>{
                         "add a line like 'topology pair' (after 'import std.topologies')"});
}

TEST_CASE("A second topology line in a scenario is a duplicate topology", "[compiler]") {
    auto d = only_diagnostic(scenario_on("pair", R"(  topology gateway
  send tcp client -> server:80 expect accept
)"));
    CHECK(d.name == diag::kDuplicateTopology);
    CHECK(where(d) == "4:3");
    CHECK(d.message == "a scenario runs on one topology");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].message == "topology chosen here");
    REQUIRE(d.notes[0].where);
    CHECK(where(*d.notes[0].where) == "3:3");
}

TEST_CASE("A scenario on an undeclared topology names the topologies in scope", "[compiler]") {
    auto d = only_diagnostic(scenario_on("mesh", "  send tcp client -> server:80 expect accept\n"));
    CHECK(d.name == diag::kUnknownTopology);
    CHECK(where(d) == "3:12");
    CHECK(d.message == "no topology named 'mesh'");
    CHECK(d.hints == std::vector<std::string>{"known here: gateway, pair; the stdlib's (pair, "
                                              "gateway) come with 'import std.topologies'"});

    auto unimported = only_diagnostic(R"(scenario "s" {
  topology pair
  send tcp client -> server:80 expect accept
}
)");
    CHECK(unimported.name == diag::kUnknownTopology);
    CHECK(where(unimported) == "2:12");
    CHECK(unimported.message == "no topology named 'pair'");
    REQUIRE(unimported.hints.size() == 1);
    CHECK(unimported.hints[0].starts_with("known here: none;"));
}

TEST_CASE("Loading an undeclared ruleset is an unknown ruleset", "[compiler]") {
    auto d = only_diagnostic(with_web_ruleset("pair", R"(  load webb on server
  send tcp client -> server:80 expect accept
)"));
    CHECK(d.name == diag::kUnknownRuleset);
    CHECK(where(d) == "7:8");
    CHECK(d.message == "no ruleset named 'webb'");
    CHECK(d.hints == std::vector<std::string>{"known here: web"});
}

TEST_CASE("Loading a ruleset on a node the topology lacks is an unknown node", "[compiler]") {
    auto d = only_diagnostic(with_web_ruleset("pair", R"(  load web on router
  send tcp client -> server:80 expect accept
)"));
    CHECK(d.name == diag::kUnknownNode);
    CHECK(where(d) == "7:15");
    CHECK(d.message == "topology 'pair' has no node 'router'");
}

TEST_CASE("A load naming neither a known ruleset nor a known node reports both", "[compiler]") {
    auto compiled = compile_text(with_web_ruleset("pair", R"(  load nat on router
  send tcp client -> server:80 expect accept
)"));
    REQUIRE(compiled.sink.diagnostics().size() == 2);
    CHECK(compiled.sink.diagnostics()[0].name == diag::kUnknownRuleset);
    CHECK(compiled.sink.diagnostics()[1].name == diag::kUnknownNode);
}

TEST_CASE("A scenario that sends nothing is empty", "[compiler]") {
    auto d = only_diagnostic(with_web_ruleset("pair", "  load web on server\n"));
    CHECK(d.name == diag::kEmptyScenario);
    CHECK(where(d) == "5:10");
    CHECK(d.message == "scenario \"s\" sends no packets, so it would test nothing");
}

TEST_CASE("Two scenarios of one name in a file are a duplicate scenario", "[compiler]") {
    auto d = only_diagnostic(R"(import std.topologies
scenario "ssh" {
  topology pair
  send tcp client -> server:22 expect accept
}
scenario "ssh" {
  topology pair
  send tcp client -> server:22 expect drop
}
)");
    CHECK(d.name == diag::kDuplicateScenario);
    CHECK(where(d) == "6:10");
    CHECK(d.message == "a scenario named \"ssh\" already exists in this file");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].message == "the first one");
    REQUIRE(d.notes[0].where);
    CHECK(where(*d.notes[0].where) == "2:10");
}

TEST_CASE("Only the scenarios of the files compiled run, not those of imported files",
          "[compiler]") {
    TempDir dir;
    dir.write("lib.nse", R"(import std.topologies
scenario "from the library" {
  topology pair
  send tcp client -> server:22 expect accept
}
)");
    auto compiled = compile_files({dir.write("main.nse", R"(import "lib.nse"
scenario "from main" {
  topology pair
  send tcp client -> server:80 expect accept
}
)")});
    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    REQUIRE(compiled.plan->scenarios.size() == 1);
    CHECK(compiled.plan->scenarios[0].name == "from main");
}
