#include "compile_helpers.hpp"
#include "lang/diagnostic_names.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nse::compiler::testing;
namespace diag = nse::lang::diag;
namespace plan = nse::plan;

namespace {

// `topology` (which declares topology t, from line 1) and a scenario that
// runs on it, since topologies are lowered for the scenarios that use them.
std::string with_scenario(const std::string& topology) {
    return topology + "scenario \"s\" {\n  topology t\n  send tcp a -> b:80 expect accept\n}\n";
}

// The one scenario of a file that must compile cleanly.
plan::Scenario scenario_of(const std::string& text) {
    auto plan = compile_clean(text);
    REQUIRE(plan.scenarios.size() == 1);
    return plan.scenarios[0];
}

std::string text_of(const plan::LinkEnd& end) {
    std::string text = end.node + " " + end.interface;
    for (const auto& address : end.addresses)
        text += " " + address;
    return text;
}

std::vector<std::string> routes_of(const plan::Scenario& scenario) {
    std::vector<std::string> routes;
    for (const auto& route : scenario.routes) {
        routes.push_back(route.node + " " + std::string(plan::to_string(route.family)) + " " +
                         route.destination + " via " + route.gateway);
    }
    return routes;
}

} // namespace

TEST_CASE("The stdlib pair is two nodes on one link, each on its eth0", "[compiler]") {
    auto scenario =
        scenario_of(scenario_on("pair", "  send tcp client -> server:80 expect accept\n"));

    CHECK(scenario.topology == "pair");
    REQUIRE(scenario.nodes.size() == 2);
    CHECK(scenario.nodes[0].name == "client");
    CHECK_FALSE(scenario.nodes[0].forwarding);
    CHECK(scenario.nodes[1].name == "server");
    CHECK_FALSE(scenario.nodes[1].forwarding);

    REQUIRE(scenario.links.size() == 1);
    CHECK(text_of(scenario.links[0].left) == "client eth0 10.0.0.1/24 fd00::1/64");
    CHECK(text_of(scenario.links[0].right) == "server eth0 10.0.0.2/24 fd00::2/64");
    CHECK(scenario.routes.empty());
}

TEST_CASE("The stdlib gateway has a forwarding router on two links and default routes",
          "[compiler]") {
    auto scenario =
        scenario_of(scenario_on("gateway", "  send tcp client -> server:80 expect accept\n"));

    CHECK(scenario.topology == "gateway");
    REQUIRE(scenario.nodes.size() == 3);
    CHECK(scenario.nodes[0].name == "client");
    CHECK_FALSE(scenario.nodes[0].forwarding);
    CHECK(scenario.nodes[1].name == "router");
    CHECK(scenario.nodes[1].forwarding);
    CHECK(scenario.nodes[2].name == "server");
    CHECK_FALSE(scenario.nodes[2].forwarding);

    REQUIRE(scenario.links.size() == 2);
    CHECK(text_of(scenario.links[0].left) == "client eth0 10.0.1.1/24 fd00:1::1/64");
    CHECK(text_of(scenario.links[0].right) == "router eth0 10.0.1.2/24 fd00:1::2/64");
    CHECK(text_of(scenario.links[1].left) == "router eth1 10.0.2.1/24 fd00:2::1/64");
    CHECK(text_of(scenario.links[1].right) == "server eth0 10.0.2.2/24 fd00:2::2/64");

    CHECK(routes_of(scenario) == std::vector<std::string>{
                                     "client ip 0.0.0.0/0 via 10.0.1.2",
                                     "client ip6 ::/0 via fd00:1::2",
                                     "server ip 0.0.0.0/0 via 10.0.2.1",
                                     "server ip6 ::/0 via fd00:2::1",
                                 });
}

TEST_CASE("Interfaces are numbered per node in link order and addresses go to their end",
          "[compiler]") {
    auto scenario = scenario_of(R"(topology star {
  node hub forwarding
  node a
  node b
  node c
  link a -- hub { a 10.0.1.1/24 hub 10.0.1.254/24 }
  link hub -- b { b 10.0.2.1/24 hub 10.0.2.254/24 }
  link c -- hub
}
scenario "s" {
  topology star
  send tcp a -> b:80 expect accept
}
)");

    REQUIRE(scenario.links.size() == 3);
    CHECK(text_of(scenario.links[0].left) == "a eth0 10.0.1.1/24");
    CHECK(text_of(scenario.links[0].right) == "hub eth0 10.0.1.254/24");
    CHECK(text_of(scenario.links[1].left) == "hub eth1 10.0.2.254/24");
    CHECK(text_of(scenario.links[1].right) == "b eth0 10.0.2.1/24");
    CHECK(text_of(scenario.links[2].left) == "c eth0");
    CHECK(text_of(scenario.links[2].right) == "hub eth2");
}

TEST_CASE("A route to a prefix keeps the prefix's network", "[compiler]") {
    auto scenario = scenario_of(R"(topology t {
  node a
  node r forwarding
  node b
  link a -- r { a 10.0.1.1/24 fd00:1::1/64 r 10.0.1.2/24 fd00:1::2/64 }
  link r -- b { r 10.0.2.1/24 b 10.0.2.2/24 }
  route a 10.0.2.0/24 via 10.0.1.2
  route a fd00:2::9/64 via fd00:1::2
  route b 10.0.1.77/24 via 10.0.2.1
}
scenario "s" {
  topology t
  send tcp a -> b:80 expect accept
}
)");
    CHECK(routes_of(scenario) == std::vector<std::string>{
                                     "a ip 10.0.2.0/24 via 10.0.1.2",
                                     "a ip6 fd00:2::/64 via fd00:1::2",
                                     "b ip 10.0.1.0/24 via 10.0.2.1",
                                 });
}

TEST_CASE("A node declared twice is a duplicate name", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  node a
}
)"));
    CHECK(d.name == diag::kDuplicateName);
    CHECK(where(d) == "4:8");
    CHECK(d.message == "node 'a' is declared twice");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].message == "first declared here");
    REQUIRE(d.notes[0].where);
    CHECK(where(*d.notes[0].where) == "2:8");
}

TEST_CASE("A node's addresses given twice on one link are a duplicate name", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b {
    a 10.0.0.1/24
    a 10.0.0.3/24
  }
}
)"));
    CHECK(d.name == diag::kDuplicateName);
    CHECK(where(d) == "6:5");
    CHECK(d.message == "the addresses of 'a' on this link are given twice");
}

TEST_CASE("A link to an undeclared node is an unknown node", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- c
}
)"));
    CHECK(d.name == diag::kUnknownNode);
    CHECK(where(d) == "4:13");
    CHECK(d.message == "topology 't' has no node 'c'");
    CHECK(d.hints == std::vector<std::string>{"declare it with 'node c'"});
}

TEST_CASE("A route on an undeclared node is an unknown node", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 b 10.0.0.2/24 }
  route z default via 10.0.0.2
}
)"));
    CHECK(d.name == diag::kUnknownNode);
    CHECK(where(d) == "5:9");
    CHECK(d.message == "topology 't' has no node 'z'");
}

TEST_CASE("An interface address needs a prefix length and must parse", "[compiler]") {
    auto bare = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b {
    a 10.0.0.1
    b 10.0.0.2/24
  }
}
)"));
    CHECK(bare.name == diag::kBadAddress);
    CHECK(where(bare) == "5:7");
    CHECK(bare.message == "'10.0.0.1' is not an interface address");
    CHECK(bare.hints ==
          std::vector<std::string>{
              "write an address with its prefix length, like 10.0.0.1/24 or fd00::1/64"});

    auto garbage = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 b 10.0.0.300/24 }
}
)"));
    CHECK(garbage.name == diag::kBadAddress);
    CHECK(where(garbage) == "4:33");
    CHECK(garbage.message == "'10.0.0.300/24' is not an interface address");
}

TEST_CASE("A gateway must be a plain address", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 b 10.0.0.2/24 }
  route a default via 10.0.0.2/24
}
)"));
    CHECK(d.name == diag::kBadAddress);
    CHECK(where(d) == "5:23");
    CHECK(d.message == "'10.0.0.2/24' is not a gateway address");
    CHECK(text_at(d) == "10.0.0.2/24");
}

TEST_CASE("A route destination must be 'default' or a prefix", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 b 10.0.0.2/24 }
  route a 10.0.9.0 via 10.0.0.2
}
)"));
    CHECK(d.name == diag::kBadAddress);
    CHECK(where(d) == "5:11");
    CHECK(d.message == "'10.0.9.0' is not a route destination");
}

TEST_CASE("Addresses for a node that is not an end of the link are rejected", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  node c
  link a -- b {
    c 10.0.0.3/24
  }
}
)"));
    CHECK(d.name == diag::kEndpointNotInLink);
    CHECK(where(d) == "6:5");
    CHECK(d.message == "'c' is not an end of this link (a -- b)");
}

TEST_CASE("A link from a node to itself is rejected", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- a
}
)"));
    CHECK(d.name == diag::kSelfLink);
    CHECK(where(d) == "4:3");
    CHECK(d.message == "a link needs two different nodes, not 'a' twice");
}

TEST_CASE("An address given to two interfaces is a duplicate, whatever its prefix", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b {
    a 10.0.0.1/24
    b 10.0.0.1/16
  }
}
)"));
    CHECK(d.name == diag::kDuplicateAddress);
    CHECK(where(d) == "6:7");
    CHECK(d.message == "address 10.0.0.1 is already on node 'a'");
}

TEST_CASE("A gateway off every subnet of its node is unreachable", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 b 10.0.0.2/24 }
  route a default via 10.0.9.1
}
)"));
    CHECK(d.name == diag::kGatewayUnreachable);
    CHECK(where(d) == "5:23");
    CHECK(d.message == "gateway 10.0.9.1 is not on any subnet of node 'a'");
}

TEST_CASE("A gateway on another node's subnet is unreachable", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 fd00::1/64 b 10.0.0.2/24 }
  route b default via fd00::1
}
)"));
    CHECK(d.name == diag::kGatewayUnreachable);
    CHECK(d.message == "gateway fd00::1 is not on any subnet of node 'b'");
}

TEST_CASE("A route's destination and gateway must be of one family", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 fd00::1/64 b 10.0.0.2/24 fd00::2/64 }
  route a 10.0.9.0/24 via fd00::2
}
)"));
    CHECK(d.name == diag::kFamilyMismatch);
    CHECK(where(d) == "5:3");
    CHECK(d.message == "the destination and the gateway of a route must be of one family");
}

TEST_CASE("Every error in a topology is reported, in the order nodes, links, routes",
          "[compiler]") {
    auto compiled = compile_text(with_scenario(R"(topology t {
  route b default via 10.0.9.1
  link a -- b { a 10.0.0.1 b 10.0.0.2/24 }
  node a
  node a
  link a -- c
  node b
}
)"));
    CHECK_FALSE(compiled.plan);
    std::vector<std::string> found;
    for (const auto& d : compiled.sink.diagnostics())
        found.push_back(std::string(d.name) + " " + where(d));
    CHECK(found == std::vector<std::string>{"duplicate-name 5:8", "bad-address 3:19",
                                            "unknown-node 6:13", "gateway-unreachable 2:23"});
}

TEST_CASE("A topology with errors is reported once however many scenarios use it", "[compiler]") {
    auto compiled = compile_text(R"(topology t {
  node a
  link a -- a
}
scenario "one" {
  topology t
  send tcp a -> a:80 expect accept
}
scenario "two" {
  topology t
  send udp a -> a:53 expect drop
}
)");
    CHECK_FALSE(compiled.plan);
    REQUIRE(compiled.sink.diagnostics().size() == 1);
    CHECK(compiled.sink.diagnostics()[0].name == diag::kSelfLink);
}

TEST_CASE("Addresses no host can hold on a link are refused, with the reason", "[compiler]") {
    auto refused = [](const std::string& address) {
        auto d =
            only_diagnostic(with_scenario("topology t {\n  node a\n  node b\n  link a -- b {\n"
                                          "    a " +
                                          address + "\n    b 10.0.0.2/24 fd00::2/64\n  }\n}\n"));
        CHECK(d.name == diag::kBadAddress);
        CHECK(where(d) == "5:7");
        return d.message;
    };
    CHECK(refused("224.0.0.1/24") == "224.0.0.1/24 cannot be an interface address: it is a "
                                     "multicast address");
    CHECK(refused("127.0.0.5/8").find("a loopback address") != std::string::npos);
    CHECK(refused("10.0.0.0/24").find("the network address of 10.0.0.0/24") != std::string::npos);
    CHECK(refused("10.0.0.255/24").find("the broadcast address of 10.0.0.0/24") !=
          std::string::npos);
    CHECK(refused("fe80::1/64").find("a link-local address") != std::string::npos);
    CHECK(refused("ff02::1/64").find("a multicast address") != std::string::npos);
}

TEST_CASE("A route through the node's own address is refused", "[compiler]") {
    auto d = only_diagnostic(with_scenario(R"(topology t {
  node a
  node b
  link a -- b {
    a 10.0.0.1/24
    b 10.0.0.2/24
  }
  route a default via 10.0.0.1
}
)"));
    CHECK(d.name == diag::kGatewayUnreachable);
    CHECK(where(d) == "8:23");
    CHECK(d.message == "gateway 10.0.0.1 is an address of node 'a' itself");
}

TEST_CASE("A refused address does not also make its routes unreachable", "[compiler]") {
    auto compiled = compile_text(with_scenario(R"(topology t {
  node a
  node b
  link a -- b {
    a 10.0.0.0/24
    b 10.0.0.2/24
  }
  route a default via 10.0.0.2
}
)"));
    REQUIRE(compiled.sink.diagnostics().size() == 1);
    CHECK(compiled.sink.diagnostics()[0].name == diag::kBadAddress);
}
