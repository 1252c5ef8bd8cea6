#include "compiler/plan.hpp"

#include <fmt/format.h>

namespace nse::plan {

std::string_view to_string(Family family) {
    return family == Family::ipv4 ? "ip" : "ip6";
}

std::string_view to_string(Protocol protocol) {
    switch (protocol) {
    case Protocol::tcp:
        return "tcp";
    case Protocol::udp:
        return "udp";
    case Protocol::icmp:
        return "icmp";
    case Protocol::icmpv6:
        return "icmpv6";
    }
    return "?";
}

std::string_view to_string(Fate fate) {
    return fate == Fate::accept ? "accept" : "drop";
}

std::string tcp_flags_text(std::uint8_t flags) {
    static constexpr std::string_view kLetters = "FSRPAUEC";
    std::string text;
    for (std::size_t bit = 0; bit < kLetters.size(); ++bit) {
        if (flags & (1U << bit))
            text += kLetters[bit];
    }
    return text;
}

namespace {

std::string endpoint(const std::string& address, std::uint16_t port, bool with_port) {
    bool ipv6 = address.find(':') != std::string::npos;
    if (!with_port)
        return address;
    return ipv6 ? fmt::format("[{}]:{}", address, port) : fmt::format("{}:{}", address, port);
}

} // namespace

std::string describe(const Packet& packet) {
    bool ports = packet.protocol == Protocol::tcp || packet.protocol == Protocol::udp;
    auto text = fmt::format("{} {} -> {}", to_string(packet.protocol),
                            endpoint(packet.source_address, packet.source_port, ports),
                            endpoint(packet.destination_address, packet.destination_port, ports));
    if (packet.protocol == Protocol::tcp)
        text += fmt::format(" [{}]", tcp_flags_text(packet.tcp_flags));
    return text;
}

} // namespace nse::plan
