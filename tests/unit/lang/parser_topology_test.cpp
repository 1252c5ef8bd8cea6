#include "parse_helpers.hpp"

#include <catch2/catch.hpp>

using namespace nse::lang;
using nse::lang::testing::holds;
using nse::lang::testing::parse_clean;

TEST_CASE("An import names a stdlib module by a dotted name", "[lang]") {
    auto parsed = parse_clean("# header\nimport std.topologies\n");

    auto& import = holds<ast::Import>(parsed.file.declarations.at(0));
    auto& module = holds<ast::Identifier>(import.target);
    CHECK(module.name == "std.topologies");
    CHECK(parsed.text_of(module.span) == "std.topologies");
    CHECK(parsed.text_of(import.span) == "import std.topologies");
    CHECK(parsed.location_of(import.span).line == 2);
}

TEST_CASE("An import names a file by a string with escapes resolved", "[lang]") {
    auto parsed = parse_clean(R"(import "dir/my \"common\" \\.nse")");

    auto& file = holds<ast::String>(holds<ast::Import>(parsed.file.declarations.at(0)).target);
    CHECK(file.value == R"(dir/my "common" \.nse)");
    CHECK(parsed.text_of(file.span) == R"("dir/my \"common\" \\.nse")");
}

TEST_CASE("A topology holds nodes, links with endpoints and routes", "[lang]") {
    auto parsed = parse_clean(R"(topology gateway {
  node client
  node router forwarding
  link client -- router {
    client 10.0.1.1/24 fd00:1::1/64
    router 10.0.1.2/24
  }
  link router -- server
  route client default via 10.0.1.2
  route server fd00:2::/64 via fd00:1::2
}
)");
    auto& topology = holds<ast::TopologyDecl>(parsed.file.declarations.at(0));
    CHECK(topology.name.name == "gateway");
    REQUIRE(topology.items.size() == 6);
    CHECK(parsed.location_of(topology.span).line == 1);
    CHECK(parsed.text_of(topology.span).ends_with("fd00:1::2\n}"));

    auto& client = holds<ast::NodeDecl>(topology.items[0]);
    CHECK(client.name.name == "client");
    CHECK_FALSE(client.forwarding);
    CHECK(parsed.text_of(client.span) == "node client");
    auto& router = holds<ast::NodeDecl>(topology.items[1]);
    CHECK(router.forwarding);
    CHECK(parsed.text_of(router.span) == "node router forwarding");

    auto& link = holds<ast::LinkDecl>(topology.items[2]);
    CHECK(link.left.name == "client");
    CHECK(link.right.name == "router");
    REQUIRE(link.endpoints.size() == 2);
    CHECK(link.endpoints[0].node.name == "client");
    REQUIRE(link.endpoints[0].addresses.size() == 2);
    CHECK(link.endpoints[0].addresses[1].text == "fd00:1::1/64");
    CHECK(parsed.location_of(link.endpoints[0].addresses[1].span).line == 5);
    CHECK(parsed.location_of(link.endpoints[0].addresses[1].span).column == 24);
    CHECK(parsed.text_of(link.endpoints[1].span) == "router 10.0.1.2/24");

    auto& bare = holds<ast::LinkDecl>(topology.items[3]);
    CHECK(bare.left.name == "router");
    CHECK(bare.right.name == "server");
    CHECK(bare.endpoints.empty());
    CHECK(parsed.text_of(bare.span) == "link router -- server");

    auto& default_route = holds<ast::RouteDecl>(topology.items[4]);
    CHECK(default_route.node.name == "client");
    CHECK(default_route.destination.text == "default");
    CHECK(default_route.gateway.text == "10.0.1.2");
    CHECK(parsed.text_of(default_route.span) == "route client default via 10.0.1.2");
    auto& prefix_route = holds<ast::RouteDecl>(topology.items[5]);
    CHECK(prefix_route.destination.text == "fd00:2::/64");
    CHECK(prefix_route.gateway.text == "fd00:1::2");
}

TEST_CASE("Keywords are whole words, so longer names that start with one are names", "[lang]") {
    auto parsed = parse_clean("topology t {\n  node nodes\n  node router-forwarding\n"
                              "  link linkA -- route_1\n}\n");

    auto& topology = holds<ast::TopologyDecl>(parsed.file.declarations.at(0));
    REQUIRE(topology.items.size() == 3);
    CHECK(holds<ast::NodeDecl>(topology.items[0]).name.name == "nodes");
    CHECK(holds<ast::NodeDecl>(topology.items[1]).name.name == "router-forwarding");
    CHECK_FALSE(holds<ast::NodeDecl>(topology.items[1]).forwarding);
    CHECK(holds<ast::LinkDecl>(topology.items[2]).right.name == "route_1");
}

TEST_CASE("Declarations come in any order and number, with comments between", "[lang]") {
    auto parsed = parse_clean("scenario \"a\" { }\n# comment\nimport \"x.nse\" # trailing\n"
                              "topology t { }\nimport y\n");

    REQUIRE(parsed.file.declarations.size() == 4);
    holds<ast::ScenarioDecl>(parsed.file.declarations[0]);
    holds<ast::Import>(parsed.file.declarations[1]);
    holds<ast::TopologyDecl>(parsed.file.declarations[2]);
    holds<ast::Import>(parsed.file.declarations[3]);
}

TEST_CASE("Files with CRLF line endings parse with the same positions", "[lang]") {
    auto parsed = parse_clean("import a # note\r\ntopology t {\r\n  node n\r\n}\r\n");

    REQUIRE(parsed.file.declarations.size() == 2);
    auto& topology = holds<ast::TopologyDecl>(parsed.file.declarations[1]);
    auto& node = holds<ast::NodeDecl>(topology.items.at(0));
    CHECK(parsed.text_of(node.span) == "node n");
    CHECK(parsed.location_of(node.span).line == 3);
    CHECK(parsed.location_of(node.span).column == 3);
}
