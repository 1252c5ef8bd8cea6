#include "compiler/packet_lowering.hpp"

#include "compiler/yaml_suite.hpp"
#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <array>

namespace nse::compiler {

namespace ast = lang::ast;
namespace diag = lang::diag;

namespace {

constexpr std::uint16_t kFirstSourcePort = 49152;
constexpr std::string_view kFlagLetters = "FSRPAUEC";

std::optional<plan::Protocol> protocol_named(const std::string& name) {
    static constexpr std::array kNames{
        std::pair{"tcp", plan::Protocol::tcp}, std::pair{"udp", plan::Protocol::udp},
        std::pair{"icmp", plan::Protocol::icmp}, std::pair{"icmpv6", plan::Protocol::icmpv6}};
    for (auto [known, protocol] : kNames) {
        if (name == known)
            return protocol;
    }
    return std::nullopt;
}

plan::Family to_plan(ast::Family family) {
    return family == ast::Family::ipv4 ? plan::Family::ipv4 : plan::Family::ipv6;
}

std::string_view family_words(plan::Family family) {
    return family == plan::Family::ipv4 ? "IPv4" : "IPv6";
}

// Source ports count up from 49152 and wrap within the dynamic range
// 49152-65535, never reaching 0.
std::uint16_t default_source_port(std::uint16_t index) {
    return static_cast<std::uint16_t>(kFirstSourcePort + index % (65536 - kFirstSourcePort));
}

// How to add the missing port, in the words of the file's own syntax.
std::string port_hint(std::string_view path, const std::string& host) {
    if (is_yaml_suite(path))
        return "give the packet a dst_port, like 'dst_port: 80'";
    bool ipv6 = host.find(':') != std::string::npos;
    return fmt::format("write it after the destination, like {}:80",
                       ipv6 ? "[" + host + "]" : host);
}

} // namespace

std::optional<plan::Family> PacketLowering::family_of(const ast::SendStmt& send,
                                                      plan::Protocol protocol) {
    std::optional<plan::Family> family;
    if (send.family)
        family = to_plan(*send.family);
    auto require = [&](plan::Family wanted, const ast::Spanned& where, std::string_view why) {
        if (family && *family != wanted) {
            sink_.error(diag::kFamilyMismatch, scenario_.range(where),
                        fmt::format("{} makes this an {} packet, but it is {}", why,
                                    family_words(wanted), family_words(*family)));
            return false;
        }
        family = wanted;
        return true;
    };

    if (protocol == plan::Protocol::icmpv6 && !require(plan::Family::ipv6, send.protocol, "icmpv6"))
        return std::nullopt;
    if (protocol == plan::Protocol::icmp && !require(plan::Family::ipv4, send.protocol, "icmp"))
        return std::nullopt;
    for (const auto* end : {&send.source, &send.destination}) {
        auto address = parse_address(end->host.text);
        if (address && !require(address->family, end->host, "this address"))
            return std::nullopt;
    }
    return family.value_or(plan::Family::ipv4);
}

std::optional<PacketLowering::End> PacketLowering::resolve(const ast::PacketEnd& end) {
    if (auto address = parse_address(end.host.text)) {
        if (address->prefix_length >= 0) {
            sink_.error(diag::kBadAddress, scenario_.range(end.host),
                        "a packet goes to an address, not a subnet");
            return std::nullopt;
        }
        // The topology's copy carries the prefix length, which picking the
        // other end's address on the same subnet needs.
        for (const auto& known : topology_.addresses) {
            if (known.address.text() == address->text())
                return End{known.node, known.address};
        }
        sink_
            .error(diag::kAddressNotOnNode, scenario_.range(end.host),
                   fmt::format("{} is not an address of any node in topology '{}'", address->text(),
                               topology_.name))
            .hints.push_back("packets go between the topology's nodes; give the address to a "
                             "node's link, or name the node");
        return std::nullopt;
    }
    if (topology_.has_node(end.host.text))
        return End{end.host.text, std::nullopt};
    std::vector<std::string> names;
    for (const auto& node : topology_.nodes)
        names.push_back(node.name);
    sink_
        .error(diag::kUnknownNode, scenario_.range(end.host),
               fmt::format("'{}' is neither a node of topology '{}' nor an address", end.host.text,
                           topology_.name))
        .hints.push_back(fmt::format("its nodes: {}", fmt::join(names, ", ")));
    return std::nullopt;
}

// Gives node ends an address of the packet's family, preferring a pair on
// one subnet (the direct link) over any other.
bool PacketLowering::pick_addresses(const ast::SendStmt& send, plan::Family family, End& source,
                                    End& destination) {
    auto candidates = [&](const End& end) {
        std::vector<IpAddress> found;
        if (end.address)
            return std::vector<IpAddress>{*end.address};
        for (const auto& known : topology_.addresses) {
            if (known.node == end.node && known.address.family == family)
                found.push_back(known.address);
        }
        return found;
    };
    auto sources = candidates(source);
    auto destinations = candidates(destination);
    for (auto [end, list, written] : {std::tuple{&source, &sources, &send.source},
                                      std::tuple{&destination, &destinations, &send.destination}}) {
        if (list->empty()) {
            sink_.error(
                diag::kNoAddressForFamily, scenario_.range(*written),
                fmt::format("node '{}' has no {} address", end->node, family_words(family)));
            return false;
        }
    }

    source.address = sources.front();
    destination.address = destinations.front();
    for (const auto& s : sources) {
        for (const auto& d : destinations) {
            if (s.subnet_contains(d)) {
                source.address = s;
                destination.address = d;
                return true;
            }
        }
    }
    return true;
}

bool PacketLowering::lower_ports(const ast::SendStmt& send, plan::Packet& packet) {
    bool ported = packet.protocol == plan::Protocol::tcp || packet.protocol == plan::Protocol::udp;
    bool ok = true;
    for (const auto* end : {&send.source, &send.destination}) {
        if (!end->port)
            continue;
        if (!ported) {
            sink_.error(diag::kUnexpectedPort, scenario_.range(*end->port),
                        fmt::format("{} has no ports", send.protocol.name));
            ok = false;
        } else if (end->port->value < 1 || end->port->value > 65535) {
            sink_
                .error(diag::kPortOutOfRange, scenario_.range(*end->port),
                       fmt::format("port {} is out of range", end->port->value))
                .hints.push_back("ports go from 1 to 65535");
            ok = false;
        }
    }
    if (!ok || !ported)
        return ok;
    if (!send.destination.port) {
        sink_
            .error(diag::kMissingPort, scenario_.range(send.destination),
                   fmt::format("a {} packet needs a destination port", send.protocol.name))
            .hints.push_back(
                port_hint(scenario_.module->source->path(), send.destination.host.text));
        return false;
    }
    packet.destination_port = static_cast<std::uint16_t>(send.destination.port->value);
    packet.source_port = send.source.port ? static_cast<std::uint16_t>(send.source.port->value)
                                          : default_source_port(count_);
    return true;
}

bool PacketLowering::lower_flags(const ast::SendStmt& send, plan::Packet& packet) {
    if (packet.protocol != plan::Protocol::tcp) {
        if (send.flags) {
            sink_.error(diag::kBadTcpFlags, scenario_.range(*send.flags),
                        fmt::format("{} packets have no TCP flags", send.protocol.name));
            return false;
        }
        return true;
    }
    if (!send.flags) {
        packet.tcp_flags = plan::tcp_flag::kSyn;
        return true;
    }
    for (std::size_t i = 0; i < send.flags->text.size(); ++i) {
        auto letter = kFlagLetters.find(send.flags->text[i]);
        if (letter == std::string_view::npos) {
            auto at = send.flags->span.begin + static_cast<std::uint32_t>(i);
            sink_
                .error(diag::kBadTcpFlags, {scenario_.module->source, {at, at + 1}},
                       fmt::format("'{}' is not a TCP flag", send.flags->text[i]))
                .hints.push_back("flags are F S R P A U E C (FIN SYN RST PSH ACK URG ECE CWR)");
            return false;
        }
        packet.tcp_flags |= static_cast<std::uint8_t>(1U << letter);
    }
    return true;
}

std::optional<plan::Packet> PacketLowering::lower(const ast::SendStmt& send) {
    auto errors_before = sink_.error_count();
    plan::Packet packet;
    auto at = scenario_.module->source->location_of(send.span.begin);
    packet.where = {scenario_.module->source->path(), at.line, at.column};

    auto protocol = protocol_named(send.protocol.name);
    if (!protocol) {
        sink_
            .error(diag::kUnknownProtocol, scenario_.range(send.protocol),
                   fmt::format("unknown protocol '{}'", send.protocol.name))
            .hints.push_back("nse sends tcp, udp, icmp and icmpv6");
        return std::nullopt;
    }
    packet.protocol = *protocol;

    if (send.expectation.name == "accept")
        packet.expect = plan::Fate::accept;
    else if (send.expectation.name == "drop")
        packet.expect = plan::Fate::drop;
    else
        sink_
            .error(diag::kUnknownFate, scenario_.range(send.expectation),
                   fmt::format("unknown fate '{}'", send.expectation.name))
            .hints.push_back("a packet is expected to 'accept' or 'drop'");

    auto family = family_of(send, packet.protocol);
    auto source = resolve(send.source);
    auto destination = resolve(send.destination);
    if (family && source && destination) {
        if (source->node == destination->node)
            sink_.error(diag::kSameNode, scenario_.range(send),
                        fmt::format("the packet would stay on node '{}': source and destination "
                                    "must be different nodes",
                                    source->node));
        else if (pick_addresses(send, *family, *source, *destination)) {
            packet.family = *family;
            packet.source_node = source->node;
            packet.destination_node = destination->node;
            packet.source_address = source->address->text();
            packet.destination_address = destination->address->text();
        }
    }
    lower_ports(send, packet);
    lower_flags(send, packet);
    ++count_;

    if (sink_.error_count() > errors_before)
        return std::nullopt;
    return packet;
}

} // namespace nse::compiler
