#include "parse_helpers.hpp"

#include <catch2/catch.hpp>

using namespace nse::lang;
using nse::lang::testing::holds;
using nse::lang::testing::parse_clean;
using nse::lang::testing::Parsed;

namespace {

// Parses `scenario "s" { <statement> }` and returns the send statement.
std::pair<Parsed, ast::SendStmt> parse_send(const std::string& statement) {
    auto parsed = parse_clean("scenario \"s\" {\n  " + statement + "\n}\n");
    auto& scenario = holds<ast::ScenarioDecl>(parsed.file.declarations.at(0));
    REQUIRE(scenario.items.size() == 1);
    auto send = holds<ast::SendStmt>(scenario.items[0]);
    return {std::move(parsed), send};
}

} // namespace

TEST_CASE("A scenario holds a topology, loads and sends", "[lang]") {
    auto parsed = parse_clean(R"(scenario "ssh passes" {
  topology gateway
  load web on router
  send tcp client -> server:22 flags S expect accept
}
)");
    auto& scenario = holds<ast::ScenarioDecl>(parsed.file.declarations.at(0));
    CHECK(scenario.name.value == "ssh passes");
    CHECK(parsed.text_of(scenario.name.span) == "\"ssh passes\"");
    REQUIRE(scenario.items.size() == 3);

    auto& topology = holds<ast::TopologyRef>(scenario.items[0]);
    CHECK(topology.name.name == "gateway");
    CHECK(parsed.text_of(topology.span) == "topology gateway");

    auto& load = holds<ast::LoadStmt>(scenario.items[1]);
    CHECK(load.ruleset.name == "web");
    CHECK(load.node.name == "router");
    CHECK(parsed.text_of(load.span) == "load web on router");

    auto& send = holds<ast::SendStmt>(scenario.items[2]);
    CHECK(parsed.text_of(send.span) == "send tcp client -> server:22 flags S expect accept");
}

TEST_CASE("A send statement records protocol, ends, flags and expectation", "[lang]") {
    auto [parsed, send] = parse_send("send tcp client -> server:22 flags SA expect accept");

    CHECK_FALSE(send.family);
    CHECK(send.protocol.name == "tcp");
    CHECK(send.source.host.text == "client");
    CHECK_FALSE(send.source.port);
    CHECK(send.destination.host.text == "server");
    REQUIRE(send.destination.port);
    CHECK(send.destination.port->value == 22);
    REQUIRE(send.flags);
    CHECK(send.flags->text == "SA");
    CHECK(send.expectation.name == "accept");

    CHECK(parsed.text_of(send.destination.span) == "server:22");
    CHECK(parsed.text_of(send.destination.host.span) == "server");
    CHECK(parsed.text_of(send.destination.port->span) == "22");
    auto port_at = parsed.location_of(send.destination.port->span);
    CHECK(port_at.line == 2);
    CHECK(port_at.column == 29);
    CHECK(parsed.text_of(send.flags->span) == "SA");
}

TEST_CASE("A send statement may name the address family before the protocol", "[lang]") {
    auto [parsed4, ipv4] = parse_send("send ip udp a -> b:53 expect drop");
    REQUIRE(ipv4.family);
    CHECK(*ipv4.family == ast::Family::ipv4);
    CHECK(ipv4.protocol.name == "udp");

    auto [parsed6, ipv6] = parse_send("send ip6 udp a -> b:53 expect drop");
    REQUIRE(ipv6.family);
    CHECK(*ipv6.family == ast::Family::ipv6);
    CHECK(ipv6.protocol.name == "udp");

    auto [parsed_icmp, icmp] = parse_send("send icmpv6 a -> b expect drop");
    CHECK_FALSE(icmp.family);
    CHECK(icmp.protocol.name == "icmpv6");
}

TEST_CASE("Packet ends are names or addresses, with an optional port", "[lang]") {
    auto [parsed, send] = parse_send("send udp client:5353 -> 10.0.0.2:53 expect drop");
    CHECK(send.source.host.text == "client");
    CHECK(send.source.port->value == 5353);
    CHECK(send.destination.host.text == "10.0.0.2");
    CHECK(send.destination.port->value == 53);

    auto [parsed_v4, bare] = parse_send("send icmp client -> 10.0.2.2 expect drop");
    CHECK(bare.destination.host.text == "10.0.2.2");
    CHECK_FALSE(bare.destination.port);
}

TEST_CASE("IPv6 packet ends are bare without a port or bracketed with one", "[lang]") {
    auto [parsed, send] = parse_send("send ip6 udp fd00:1::1 -> [fd00:2::2]:53 expect drop");

    CHECK(send.source.host.text == "fd00:1::1");
    CHECK_FALSE(send.source.port);
    CHECK(parsed.text_of(send.source.span) == "fd00:1::1");

    CHECK(send.destination.host.text == "fd00:2::2");
    CHECK(parsed.text_of(send.destination.host.span) == "fd00:2::2");
    CHECK(send.destination.port->value == 53);
    CHECK(parsed.text_of(send.destination.port->span) == "53");
    CHECK(parsed.text_of(send.destination.span) == "[fd00:2::2]:53");

    auto [parsed_bracketed, bracketed] = parse_send("send icmpv6 a -> [::1] expect accept");
    CHECK(bracketed.destination.host.text == "::1");
    CHECK_FALSE(bracketed.destination.port);
}

TEST_CASE("A port above 65535 parses, since the compiler range-checks ports", "[lang]") {
    auto [parsed, send] = parse_send("send tcp a -> b:70000 expect accept");
    CHECK(send.destination.port->value == 70000);
}
