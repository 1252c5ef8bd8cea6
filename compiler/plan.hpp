#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The execution plan: what the compiler produces and the runtime executes.
// Plain data with no references into the syntax tree, so it can be printed
// (`nse plan`), sharded and handed to another process. Every scenario is
// self-contained: its topology is expanded into it.
namespace nse::plan {

inline constexpr int kPlanVersion = 1;

enum class Family { ipv4, ipv6 };
enum class Protocol { tcp, udp, icmp, icmpv6 };
enum class Fate { accept, drop };

/// TCP flag bits as they sit in the TCP header's flags byte.
namespace tcp_flag {
inline constexpr std::uint8_t kFin = 0x01, kSyn = 0x02, kRst = 0x04, kPsh = 0x08, kAck = 0x10,
                              kUrg = 0x20, kEce = 0x40, kCwr = 0x80;
}

/// A place in a user's file, for messages and reports.
struct SourcePoint {
    std::string file;
    int line = 0;
    int column = 0;
};

struct Node {
    std::string name;
    bool forwarding = false; // IPv4 and IPv6 forwarding
};

/// One end of a veth link: the node it sits in, the interface name inside
/// that node, and its addresses in CIDR form ("10.0.0.1/24", "fd00::1/64").
struct LinkEnd {
    std::string node;
    std::string interface;
    std::vector<std::string> addresses;
};

struct Link {
    LinkEnd left;
    LinkEnd right;
};

/// A static route; `destination` is a CIDR prefix ("0.0.0.0/0" for default).
struct Route {
    std::string node;
    Family family = Family::ipv4;
    std::string destination;
    std::string gateway;
};

/// A chain as the kernel reports it after the ruleset is loaded.
struct Chain {
    std::string family;
    std::string table;
    std::string name;
    std::string hook; // empty for a regular (non-base) chain
    int priority = 0;
    std::string policy; // "accept", "drop" or empty
};

/// A rule as the kernel numbers it, and where it came from.
struct Rule {
    std::string family;
    std::string table;
    std::string chain;
    std::uint64_t handle = 0;
    std::string text; // the rule as written in the source
    SourcePoint where;
};

struct Ruleset {
    std::string name;
    SourcePoint where;
    std::string text;              // nftables text, loaded as written
    std::string include_directory; // for `include` inside the text
    std::vector<Chain> chains;
    std::vector<Rule> rules;
};

/// Load ruleset number `ruleset` (an index into Plan::rulesets) on a node.
struct Load {
    std::string node;
    std::size_t ruleset = 0;
};

struct Packet {
    SourcePoint where;
    Protocol protocol = Protocol::tcp;
    Family family = Family::ipv4;
    std::string source_node;
    std::string destination_node;
    std::string source_address; // without prefix length
    std::string destination_address;
    std::uint16_t source_port = 0; // tcp/udp only
    std::uint16_t destination_port = 0;
    std::uint8_t tcp_flags = 0;
    Fate expect = Fate::accept;
};

struct Scenario {
    std::string name;
    SourcePoint where;
    std::string topology;
    std::vector<Node> nodes;
    std::vector<Link> links;
    std::vector<Route> routes;
    std::vector<Load> loads;
    std::vector<Packet> packets;
};

struct Plan {
    std::vector<Ruleset> rulesets;
    std::vector<Scenario> scenarios;
};

std::string_view to_string(Family family);
std::string_view to_string(Protocol protocol);
std::string_view to_string(Fate fate);

/// "SA" for SYN|ACK; letters in the order F S R P A U E C.
std::string tcp_flags_text(std::uint8_t flags);

/// A one-line description: "tcp 10.0.0.1:49152 -> 10.0.0.2:80 [S]".
std::string describe(const Packet& packet);

} // namespace nse::plan
