#include "runtime/packet_craft.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <array>
#include <cstring>

namespace nse::runtime {

namespace {

constexpr std::size_t kIpv4Header = 20;
constexpr std::size_t kIpv6Header = 40;
constexpr std::uint8_t kTtl = 64;
constexpr std::uint16_t kTcpWindow = 64240;
constexpr std::uint8_t kIcmpEchoRequest = 8;
constexpr std::uint8_t kIcmpv6EchoRequest = 128;
constexpr std::size_t kPayloadLength = 8;

void put16(std::uint8_t* at, std::uint16_t value) {
    at[0] = static_cast<std::uint8_t>(value >> 8);
    at[1] = static_cast<std::uint8_t>(value);
}

void put32(std::uint8_t* at, std::uint32_t value) {
    put16(at, static_cast<std::uint16_t>(value >> 16));
    put16(at + 2, static_cast<std::uint16_t>(value));
}

std::uint16_t get16(const std::uint8_t* at) {
    return static_cast<std::uint16_t>(at[0] << 8 | at[1]);
}

std::uint32_t get32(const std::uint8_t* at) {
    return static_cast<std::uint32_t>(get16(at)) << 16 | get16(at + 2);
}

std::uint32_t sum_words(std::span<const std::uint8_t> bytes, std::uint32_t sum = 0) {
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
        sum += get16(&bytes[i]);
    if (bytes.size() % 2 != 0)
        sum += static_cast<std::uint32_t>(bytes.back()) << 8;
    return sum;
}

std::uint16_t fold(std::uint32_t sum) {
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

// The transport header and payload, checksum field left zero.
std::vector<std::uint8_t> transport(const plan::Packet& packet, std::uint32_t marker) {
    std::array<std::uint8_t, kPayloadLength> payload{};
    put32(payload.data(), marker);
    std::memcpy(payload.data() + 4, "nse!", 4);

    std::vector<std::uint8_t> out;
    switch (packet.protocol) {
    case plan::Protocol::tcp:
        out.resize(20);
        put16(&out[0], packet.source_port);
        put16(&out[2], packet.destination_port);
        put32(&out[4], marker);
        put32(&out[8], packet.tcp_flags & plan::tcp_flag::kAck ? 1 : 0);
        out[12] = 5 << 4; // data offset: 5 words, no options
        out[13] = packet.tcp_flags;
        put16(&out[14], kTcpWindow);
        return out;
    case plan::Protocol::udp:
        out.resize(8);
        put16(&out[0], packet.source_port);
        put16(&out[2], packet.destination_port);
        put16(&out[4], static_cast<std::uint16_t>(8 + payload.size()));
        break;
    case plan::Protocol::icmp:
    case plan::Protocol::icmpv6:
        out.resize(8);
        out[0] = packet.protocol == plan::Protocol::icmp ? kIcmpEchoRequest : kIcmpv6EchoRequest;
        put32(&out[4], marker); // identifier and sequence number
        break;
    }
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

std::size_t checksum_offset(plan::Protocol protocol) {
    switch (protocol) {
    case plan::Protocol::tcp:
        return 16;
    case plan::Protocol::udp:
        return 6;
    default:
        return 2;
    }
}

} // namespace

std::uint8_t ip_protocol(plan::Protocol protocol) {
    switch (protocol) {
    case plan::Protocol::tcp:
        return IPPROTO_TCP;
    case plan::Protocol::udp:
        return IPPROTO_UDP;
    case plan::Protocol::icmp:
        return IPPROTO_ICMP;
    case plan::Protocol::icmpv6:
        return IPPROTO_ICMPV6;
    }
    return 0;
}

std::vector<std::uint8_t> craft(const plan::Packet& packet, std::uint32_t marker) {
    auto l4 = transport(packet, marker);
    auto length = static_cast<std::uint16_t>(l4.size());
    auto protocol = ip_protocol(packet.protocol);
    std::vector<std::uint8_t> datagram;

    // The pseudo-header sum covers addresses, protocol and length; ICMPv4 is
    // the one transport whose checksum leaves it out.
    std::uint32_t pseudo = 0;
    if (packet.family == plan::Family::ipv4) {
        datagram.resize(kIpv4Header);
        datagram[0] = 0x45;
        put16(&datagram[2], static_cast<std::uint16_t>(kIpv4Header + length));
        put16(&datagram[4], static_cast<std::uint16_t>(marker));
        datagram[8] = kTtl;
        datagram[9] = protocol;
        inet_pton(AF_INET, packet.source_address.c_str(), &datagram[12]);
        inet_pton(AF_INET, packet.destination_address.c_str(), &datagram[16]);
        put16(&datagram[10], fold(sum_words(datagram)));
        if (packet.protocol != plan::Protocol::icmp)
            pseudo = sum_words(std::span(datagram).subspan(12, 8), protocol + length);
    } else {
        datagram.resize(kIpv6Header);
        datagram[0] = 0x60;
        put16(&datagram[4], length);
        datagram[6] = protocol;
        datagram[7] = kTtl;
        inet_pton(AF_INET6, packet.source_address.c_str(), &datagram[8]);
        inet_pton(AF_INET6, packet.destination_address.c_str(), &datagram[24]);
        pseudo = sum_words(std::span(datagram).subspan(8, 32), protocol + length);
    }

    put16(&l4[checksum_offset(packet.protocol)], fold(sum_words(l4, pseudo)));
    datagram.insert(datagram.end(), l4.begin(), l4.end());
    return datagram;
}

bool carries_marker(std::span<const std::uint8_t> l4, const plan::Packet& packet,
                    std::uint32_t marker) {
    switch (packet.protocol) {
    case plan::Protocol::tcp:
        return l4.size() >= 8 && get16(&l4[0]) == packet.source_port &&
               get16(&l4[2]) == packet.destination_port && get32(&l4[4]) == marker;
    case plan::Protocol::udp:
        return l4.size() >= 12 && get16(&l4[0]) == packet.source_port &&
               get16(&l4[2]) == packet.destination_port && get32(&l4[8]) == marker;
    case plan::Protocol::icmp:
        return l4.size() >= 8 && l4[0] == kIcmpEchoRequest && get32(&l4[4]) == marker;
    case plan::Protocol::icmpv6:
        return l4.size() >= 8 && l4[0] == kIcmpv6EchoRequest && get32(&l4[4]) == marker;
    }
    return false;
}

} // namespace nse::runtime
