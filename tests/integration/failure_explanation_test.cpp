#include "process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using nse::test::run_nse;
using nse::test::TempDir;

namespace {

constexpr const char* kWrongExpectations = R"(import std.topologies

ruleset web_only {
  table inet filter {
    chain input {
      type filter hook input priority 0; policy drop;
      tcp dport 80 accept
      tcp dport 22 drop
    }
  }
}

scenario "expectations the firewall does not meet" {
  topology pair
  load web_only on server
  send tcp client -> server:22 expect accept
  send udp client -> server:53 expect accept
  send tcp client -> server:80 expect drop
}
)";

} // namespace

TEST_CASE("a wrong expectation fails and names the rule, policy and line that decided",
          "[integration][root]") {
    TempDir dir;
    auto file = dir.write("wrong.nse", kWrongExpectations);
    auto json = dir.path() + "/r.json";
    auto run = run_nse("run " + file + " --json " + json + " --colour never");
    INFO(run.output);

    CHECK(run.exit_code == 1);
    CHECK(run.output.find("0 passed, 1 failed") != std::string::npos);
    CHECK(run.output.find("expected accept, observed drop") != std::string::npos);
    CHECK(run.output.find("rule \"tcp dport 22 drop\" at " + file + ":8") != std::string::npos);
    CHECK(run.output.find("chain input, policy drop") != std::string::npos);
    CHECK(run.output.find("expected drop, observed accept") != std::string::npos);

    auto results = nlohmann::json::parse(std::ifstream(json));
    const auto& packets = results["scenarios"][0]["packets"];
    REQUIRE(packets.size() == 3);
    CHECK(packets[0]["observed"] == "drop");
    CHECK(packets[0]["decisive"]["kind"] == "rule");
    CHECK(packets[0]["decisive"]["hook"] == "input");
    CHECK(packets[0]["decisive"]["node"] == "server");
    CHECK(packets[0]["decisive"]["line"] == 8);
    CHECK(packets[1]["decisive"]["kind"] == "policy");
    CHECK(packets[1]["decisive"]["verdict"] == "drop");
    CHECK(packets[2]["observed"] == "accept");
    CHECK(packets[2]["decisive"]["line"] == 7);
}

TEST_CASE("an nftables error is reported at its line in the .nse file, with a hint for '} }'",
          "[integration][root]") {
    TempDir dir;
    auto file = dir.write("broken.nse", R"(import std.topologies
ruleset one_line {
  table ip filter { chain input { type filter hook input priority 0; tcp dport 22 accept; drop; } }
}
ruleset typo {
  table ip filter {
    chain input {
      type filter hook input priority 0;
      tcp dport 22 acept
    }
  }
}
)");
    auto check = run_nse("check " + file);
    INFO(check.output);
    CHECK(check.exit_code == 2);
    CHECK(check.output.find(file + ":3:99: error: nftables: syntax error") != std::string::npos);
    CHECK(check.output.find("hint: nftables 1.0.6 needs a newline or ';' between two closing "
                            "braces") != std::string::npos);
    CHECK(check.output.find(file + ":9:25: error: nftables: syntax error") != std::string::npos);
}

TEST_CASE("bad input stops before anything runs, with exit code 2", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("bad.nse", "import std.topologies\nscenario \"x\" {\n  topology pair\n"
                                     "  send tcp client -> server:70000 expect accept\n}\n");
    auto run = run_nse("run " + file);
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find(file + ":4:29: error: port 70000 is out of range") != std::string::npos);
    CHECK(run.output.find("nothing was run") != std::string::npos);
}
