#include "compile_helpers.hpp"
#include "compiler/plan_json.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace nse::compiler::testing;

TEST_CASE("A small plan prints as JSON field for field", "[compiler]") {
    TempDir dir;
    auto path = dir.write("plan.nse", R"(import std.topologies

ruleset ssh_only {
  table inet filter {
    chain forward {
      type filter hook forward priority 0; policy drop;
      tcp dport 22 accept
    }
  }
}

scenario "ssh through the router" {
  topology gateway
  load ssh_only on router
  send tcp client -> server:22 expect accept
  send ip6 udp client:5353 -> server:53 expect drop
  send icmpv6 server -> client expect drop
}
)");
    auto compiled = compile_files({path});
    INFO(compiled.rendered());
    REQUIRE(compiled.plan);

    // The temporary directory differs per run; the golden file has <tmp>.
    auto json = nse::plan::to_json(*compiled.plan).dump(2) + "\n";
    check_golden("compiler/small_plan.golden", replace_all(json, dir.path().string(), "<tmp>"));
}

TEST_CASE("An empty plan is its version and two empty lists", "[compiler]") {
    CHECK(nse::plan::to_json({}).dump() == R"({"version":1,"rulesets":[],"scenarios":[]})");
}
