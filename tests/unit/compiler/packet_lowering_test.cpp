#include "compile_helpers.hpp"
#include "lang/diagnostic_names.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nse::compiler::testing;
namespace diag = nse::lang::diag;
namespace plan = nse::plan;

namespace {

// The packets of scenario "s" on a stdlib topology running `sends` (one per
// line), which must compile cleanly.
std::vector<plan::Packet> packets_on(const std::string& topology, const std::string& sends) {
    auto compiled = compile_clean(scenario_on(topology, sends));
    REQUIRE(compiled.scenarios.size() == 1);
    return compiled.scenarios[0].packets;
}

// "source-node address -> destination-node address" of a packet.
std::string ends_of(const plan::Packet& packet) {
    return packet.source_node + " " + packet.source_address + " -> " + packet.destination_node +
           " " + packet.destination_address;
}

// A v4-only link a -- b, and a scenario on it sending `send` (line 8).
std::string ipv4_only(const std::string& send) {
    return R"(topology t {
  node a
  node b
  link a -- b { a 10.0.0.1/24 fd00::1/64 b 10.0.0.2/24 }
}
scenario "s" {
  topology t
  )" + send +
           "\n}\n";
}

} // namespace

TEST_CASE("A node end becomes the node's address of the packet's family", "[compiler]") {
    auto packets = packets_on("pair", R"(  send tcp client -> server:80 expect accept
  send ip tcp client -> server:80 expect accept
  send ip6 tcp client -> server:80 expect accept
  send ip6 udp server -> client:53 expect drop
)");
    REQUIRE(packets.size() == 4);
    CHECK(packets[0].family == plan::Family::ipv4);
    CHECK(ends_of(packets[0]) == "client 10.0.0.1 -> server 10.0.0.2");
    CHECK(packets[1].family == plan::Family::ipv4);
    CHECK(ends_of(packets[1]) == "client 10.0.0.1 -> server 10.0.0.2");
    CHECK(packets[2].family == plan::Family::ipv6);
    CHECK(ends_of(packets[2]) == "client fd00::1 -> server fd00::2");
    CHECK(packets[3].family == plan::Family::ipv6);
    CHECK(packets[3].protocol == plan::Protocol::udp);
    CHECK(ends_of(packets[3]) == "server fd00::2 -> client fd00::1");
}

TEST_CASE("A router sends and receives on the subnet it shares with the other end", "[compiler]") {
    auto packets = packets_on("gateway", R"(  send tcp server -> router:22 expect accept
  send tcp router -> server:22 expect accept
  send ip6 tcp server -> router:22 expect accept
  send tcp client -> router:22 expect accept
  send tcp router -> client:22 expect accept
)");
    REQUIRE(packets.size() == 5);
    CHECK(ends_of(packets[0]) == "server 10.0.2.2 -> router 10.0.2.1");
    CHECK(ends_of(packets[1]) == "router 10.0.2.1 -> server 10.0.2.2");
    CHECK(ends_of(packets[2]) == "server fd00:2::2 -> router fd00:2::1");
    CHECK(ends_of(packets[3]) == "client 10.0.1.1 -> router 10.0.1.2");
    CHECK(ends_of(packets[4]) == "router 10.0.1.2 -> client 10.0.1.1");
}

TEST_CASE("Ends on no common subnet take their nodes' first address of the family", "[compiler]") {
    auto packets = packets_on("gateway", R"(  send tcp client -> server:80 expect accept
  send ip6 tcp server -> client:80 expect accept
)");
    REQUIRE(packets.size() == 2);
    CHECK(ends_of(packets[0]) == "client 10.0.1.1 -> server 10.0.2.2");
    CHECK(ends_of(packets[1]) == "server fd00:2::2 -> client fd00:1::1");
}

TEST_CASE("An address end is used as written and belongs to the node that has it", "[compiler]") {
    auto packets = packets_on("gateway", R"(  send tcp 10.0.1.1 -> 10.0.2.2:80 expect accept
  send tcp client -> 10.0.2.1:80 expect accept
  send udp fd00:1::1 -> [fd00:2::2]:53 expect drop
  send ip6 tcp [fd00:1::1]:4000 -> server:443 expect drop
)");
    REQUIRE(packets.size() == 4);
    CHECK(packets[0].family == plan::Family::ipv4);
    CHECK(ends_of(packets[0]) == "client 10.0.1.1 -> server 10.0.2.2");
    CHECK(ends_of(packets[1]) == "client 10.0.1.1 -> router 10.0.2.1");

    CHECK(packets[2].family == plan::Family::ipv6);
    CHECK(ends_of(packets[2]) == "client fd00:1::1 -> server fd00:2::2");
    CHECK(packets[2].destination_port == 53);

    CHECK(packets[3].family == plan::Family::ipv6);
    CHECK(ends_of(packets[3]) == "client fd00:1::1 -> server fd00:2::2");
    CHECK(packets[3].source_port == 4000);
    CHECK(packets[3].destination_port == 443);
}

TEST_CASE("A node end picks its address on the subnet of an address end", "[compiler]") {
    auto packets = packets_on("gateway", R"(  send tcp 10.0.2.2 -> router:22 expect accept
  send ip6 tcp fd00:2::2 -> router:22 expect accept
  send tcp router -> 10.0.2.2:22 expect accept
)");
    REQUIRE(packets.size() == 3);
    CHECK(ends_of(packets[0]) == "server 10.0.2.2 -> router 10.0.2.1");
    CHECK(ends_of(packets[1]) == "server fd00:2::2 -> router fd00:2::1");
    CHECK(ends_of(packets[2]) == "router 10.0.2.1 -> server 10.0.2.2");
}

TEST_CASE("Source ports default to 49152 plus the send's position, TCP flags to S", "[compiler]") {
    auto packets = packets_on("pair", R"(  send tcp client -> server:80 expect accept
  send udp client -> server:53 expect drop
  send icmp client -> server expect accept
  send tcp client:1234 -> server:443 flags SA expect accept
  send tcp client -> server:8080 expect drop
)");
    REQUIRE(packets.size() == 5);
    CHECK(packets[0].source_port == 49152);
    CHECK(packets[0].destination_port == 80);
    CHECK(packets[0].tcp_flags == plan::tcp_flag::kSyn);
    CHECK(packets[0].expect == plan::Fate::accept);

    CHECK(packets[1].source_port == 49153);
    CHECK(packets[1].destination_port == 53);
    CHECK(packets[1].tcp_flags == 0);
    CHECK(packets[1].expect == plan::Fate::drop);

    CHECK(packets[2].source_port == 0);
    CHECK(packets[2].destination_port == 0);
    CHECK(packets[2].tcp_flags == 0);

    CHECK(packets[3].source_port == 1234);
    CHECK(packets[3].tcp_flags == (plan::tcp_flag::kSyn | plan::tcp_flag::kAck));

    CHECK(packets[4].source_port == 49156);
    CHECK(packets[4].destination_port == 8080);
}

TEST_CASE("Every TCP flag letter sets its bit", "[compiler]") {
    auto packets = packets_on("pair", R"(  send tcp client -> server:80 flags FSRPAUEC expect drop
  send tcp client -> server:80 flags RA expect drop
)");
    REQUIRE(packets.size() == 2);
    CHECK(packets[0].tcp_flags == 0xff);
    CHECK(plan::tcp_flags_text(packets[1].tcp_flags) == "RA");
}

TEST_CASE("icmpv6 packets are IPv6 and icmp packets IPv4, without ports or flags", "[compiler]") {
    auto packets = packets_on("pair", R"(  send icmpv6 client -> server expect accept
  send ip6 icmpv6 server -> client expect drop
  send icmp client -> server expect accept
)");
    REQUIRE(packets.size() == 3);
    CHECK(packets[0].protocol == plan::Protocol::icmpv6);
    CHECK(packets[0].family == plan::Family::ipv6);
    CHECK(ends_of(packets[0]) == "client fd00::1 -> server fd00::2");
    CHECK(packets[0].source_port == 0);
    CHECK(packets[0].destination_port == 0);
    CHECK(packets[0].tcp_flags == 0);
    CHECK(packets[1].family == plan::Family::ipv6);

    CHECK(packets[2].protocol == plan::Protocol::icmp);
    CHECK(packets[2].family == plan::Family::ipv4);
    CHECK(ends_of(packets[2]) == "client 10.0.0.1 -> server 10.0.0.2");
}

TEST_CASE("A packet records where its send statement is", "[compiler]") {
    TempDir dir;
    auto path =
        dir.write("where.nse", scenario_on("pair", R"(  send tcp client -> server:80 expect accept
    send udp client -> server:53 expect drop
)"));
    auto compiled = compile_files({path});
    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    const auto& packets = compiled.plan->scenarios.at(0).packets;
    REQUIRE(packets.size() == 2);
    CHECK(packets[0].where.file == path);
    CHECK(packets[0].where.line == 4);
    CHECK(packets[0].where.column == 3);
    CHECK(packets[1].where.line == 5);
    CHECK(packets[1].where.column == 5);
}

TEST_CASE("A port of 0 or above 65535 is out of range", "[compiler]") {
    auto high =
        only_diagnostic(scenario_on("pair", "  send tcp client -> server:65536 expect accept\n"));
    CHECK(high.name == diag::kPortOutOfRange);
    CHECK(where(high) == "4:29");
    CHECK(high.message == "port 65536 is out of range");
    CHECK(high.hints == std::vector<std::string>{"ports go from 1 to 65535"});

    auto zero =
        only_diagnostic(scenario_on("pair", "  send udp client:0 -> server:53 expect drop\n"));
    CHECK(zero.name == diag::kPortOutOfRange);
    CHECK(where(zero) == "4:19");
    CHECK(zero.message == "port 0 is out of range");

    CHECK(packets_on("pair", "  send tcp client:65535 -> server:1 expect accept\n").size() == 1);
}

TEST_CASE("A TCP or UDP packet needs a destination port", "[compiler]") {
    auto d = only_diagnostic(scenario_on("pair", "  send tcp client -> server expect accept\n"));
    CHECK(d.name == diag::kMissingPort);
    CHECK(where(d) == "4:22");
    CHECK(d.message == "a tcp packet needs a destination port");
    CHECK(d.hints == std::vector<std::string>{"write it after the destination, like server:80"});

    auto udp =
        only_diagnostic(scenario_on("pair", "  send udp client:53 -> server expect accept\n"));
    CHECK(udp.name == diag::kMissingPort);
    CHECK(udp.message == "a udp packet needs a destination port");
}

TEST_CASE("An ICMP packet takes no port", "[compiler]") {
    auto d =
        only_diagnostic(scenario_on("pair", "  send icmp client -> server:80 expect accept\n"));
    CHECK(d.name == diag::kUnexpectedPort);
    CHECK(where(d) == "4:30");
    CHECK(d.message == "icmp has no ports");

    auto both =
        compile_text(scenario_on("pair", "  send icmpv6 client:1 -> server:2 expect drop\n"));
    REQUIRE(both.sink.diagnostics().size() == 2);
    CHECK(both.sink.diagnostics()[0].name == diag::kUnexpectedPort);
    CHECK(both.sink.diagnostics()[1].name == diag::kUnexpectedPort);
}

TEST_CASE("TCP flags must be flag letters", "[compiler]") {
    auto d = only_diagnostic(
        scenario_on("pair", "  send tcp client -> server:80 flags SX expect accept\n"));
    CHECK(d.name == diag::kBadTcpFlags);
    CHECK(where(d) == "4:39");
    CHECK(text_at(d) == "X");
    CHECK(d.message == "'X' is not a TCP flag");
    CHECK(d.hints ==
          std::vector<std::string>{"flags are F S R P A U E C (FIN SYN RST PSH ACK URG ECE CWR)"});

    auto lower = only_diagnostic(
        scenario_on("pair", "  send tcp client -> server:80 flags sa expect accept\n"));
    CHECK(lower.name == diag::kBadTcpFlags);
    CHECK(lower.message == "'s' is not a TCP flag");
}

TEST_CASE("Only TCP packets take flags", "[compiler]") {
    auto d = only_diagnostic(
        scenario_on("pair", "  send udp client -> server:53 flags S expect accept\n"));
    CHECK(d.name == diag::kBadTcpFlags);
    CHECK(where(d) == "4:38");
    CHECK(d.message == "udp packets have no TCP flags");
}

TEST_CASE("A node end needs an address of the packet's family", "[compiler]") {
    auto source = only_diagnostic(ipv4_only("send ip6 tcp b -> a:80 expect accept"));
    CHECK(source.name == diag::kNoAddressForFamily);
    CHECK(where(source) == "8:16");
    CHECK(source.message == "node 'b' has no IPv6 address");

    auto destination = only_diagnostic(ipv4_only("send icmpv6 a -> b expect accept"));
    CHECK(destination.name == diag::kNoAddressForFamily);
    CHECK(where(destination) == "8:20");
    CHECK(destination.message == "node 'b' has no IPv6 address");
}

TEST_CASE("An address end must be an address of a node in the topology", "[compiler]") {
    auto d =
        only_diagnostic(scenario_on("pair", "  send tcp client -> 10.9.9.9:80 expect accept\n"));
    CHECK(d.name == diag::kAddressNotOnNode);
    CHECK(where(d) == "4:22");
    CHECK(d.message == "10.9.9.9 is not an address of any node in topology 'pair'");
    CHECK(d.hints.size() == 1);
}

TEST_CASE("A name end must be a node of the topology", "[compiler]") {
    auto d = only_diagnostic(scenario_on("pair", "  send tcp client -> web:80 expect accept\n"));
    CHECK(d.name == diag::kUnknownNode);
    CHECK(where(d) == "4:22");
    CHECK(d.message == "'web' is neither a node of topology 'pair' nor an address");
    CHECK(d.hints == std::vector<std::string>{"its nodes: client, server"});
}

TEST_CASE("A packet's ends must be different nodes", "[compiler]") {
    auto d = only_diagnostic(scenario_on("pair", "  send tcp client -> client:80 expect accept\n"));
    CHECK(d.name == diag::kSameNode);
    CHECK(where(d) == "4:3");
    CHECK(d.message == "the packet would stay on node 'client': source and destination must be "
                       "different nodes");

    auto by_address =
        only_diagnostic(scenario_on("pair", "  send tcp 10.0.0.2 -> server:80 expect accept\n"));
    CHECK(by_address.name == diag::kSameNode);
}

TEST_CASE("A protocol nse cannot send is unknown", "[compiler]") {
    auto d =
        only_diagnostic(scenario_on("pair", "  send sctp client -> server:80 expect accept\n"));
    CHECK(d.name == diag::kUnknownProtocol);
    CHECK(where(d) == "4:8");
    CHECK(d.message == "unknown protocol 'sctp'");
    CHECK(d.hints == std::vector<std::string>{"nse sends tcp, udp, icmp and icmpv6"});
}

TEST_CASE("A fate other than accept or drop is unknown", "[compiler]") {
    auto d = only_diagnostic(scenario_on("pair", "  send tcp client -> server:80 expect reject\n"));
    CHECK(d.name == diag::kUnknownFate);
    CHECK(where(d) == "4:39");
    CHECK(d.message == "unknown fate 'reject'");
    CHECK(d.hints == std::vector<std::string>{"a packet is expected to 'accept' or 'drop'"});
}

TEST_CASE("The written family, the protocol and address ends must agree", "[compiler]") {
    auto address = only_diagnostic(
        scenario_on("pair", "  send ip6 tcp client -> 10.0.0.2:80 expect accept\n"));
    CHECK(address.name == diag::kFamilyMismatch);
    CHECK(where(address) == "4:26");
    CHECK(address.message == "this address makes this an IPv4 packet, but it is IPv6");

    auto protocol =
        only_diagnostic(scenario_on("pair", "  send ip icmpv6 client -> server expect accept\n"));
    CHECK(protocol.name == diag::kFamilyMismatch);
    CHECK(where(protocol) == "4:11");
    CHECK(protocol.message == "icmpv6 makes this an IPv6 packet, but it is IPv4");

    auto icmp =
        only_diagnostic(scenario_on("pair", "  send ip6 icmp client -> server expect drop\n"));
    CHECK(icmp.name == diag::kFamilyMismatch);
    CHECK(icmp.message == "icmp makes this an IPv4 packet, but it is IPv6");

    auto mixed =
        only_diagnostic(scenario_on("pair", "  send tcp 10.0.0.1 -> [fd00::2]:80 expect accept\n"));
    CHECK(mixed.name == diag::kFamilyMismatch);
    CHECK(where(mixed) == "4:25");
    CHECK(mixed.message == "this address makes this an IPv6 packet, but it is IPv4");
}

TEST_CASE("Every bad send in a scenario is reported, and every fault of one send", "[compiler]") {
    auto compiled = compile_text(scenario_on("pair", R"(  send tcp client -> server:0 expect accept
  send tcp client -> server:80 expect accept
  send udp client -> nowhere:53 expect drop
  send tcp client -> server flags Q expect maybe
)"));
    CHECK_FALSE(compiled.plan);
    std::vector<std::string> found;
    for (const auto& d : compiled.sink.diagnostics())
        found.push_back(std::string(d.name) + " " + where(d));
    CHECK(found == std::vector<std::string>{"port-out-of-range 4:29", "unknown-node 6:22",
                                            "unknown-fate 7:44", "missing-port 7:22",
                                            "bad-tcp-flags 7:35"});
}
