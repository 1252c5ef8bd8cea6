#include "compiler/address.hpp"

#include <arpa/inet.h>

#include <array>
#include <charconv>

namespace nse::compiler {

namespace {

int address_family(plan::Family family) {
    return family == plan::Family::ipv4 ? AF_INET : AF_INET6;
}

int width(plan::Family family) {
    return family == plan::Family::ipv4 ? 32 : 128;
}

} // namespace

std::optional<IpAddress> parse_address(std::string_view text) {
    IpAddress address;
    auto slash = text.find('/');
    std::string host(text.substr(0, slash));
    if (inet_pton(AF_INET, host.c_str(), address.bytes.data()) == 1)
        address.family = plan::Family::ipv4;
    else if (inet_pton(AF_INET6, host.c_str(), address.bytes.data()) == 1)
        address.family = plan::Family::ipv6;
    else
        return std::nullopt;

    if (slash != std::string_view::npos) {
        auto digits = text.substr(slash + 1);
        auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), address.prefix_length);
        if (error != std::errc() || end != digits.data() + digits.size() || digits.empty() ||
            address.prefix_length < 0 || address.prefix_length > width(address.family))
            return std::nullopt;
    }
    return address;
}

std::optional<std::string> unusable_as_host(const IpAddress& address) {
    const auto& b = address.bytes;
    if (address.family == plan::Family::ipv4) {
        if (b[0] == 0)
            return "an address in 0.0.0.0/8 (\"this network\")";
        if (b[0] == 127)
            return "a loopback address";
        if (b[0] >= 224 && b[0] < 240)
            return "a multicast address";
        if (b[0] >= 240)
            return "a reserved or broadcast address";
        // The first and last address of a subnet are its network and
        // broadcast addresses (except in /31 and /32).
        if (address.prefix_length >= 0 && address.prefix_length < 31) {
            auto host = address;
            bool all_zero = true, all_one = true;
            for (int i = address.prefix_length; i < 32; ++i) {
                bool bit = host.bytes[static_cast<std::size_t>(i / 8)] & (0x80 >> (i % 8));
                all_zero = all_zero && !bit;
                all_one = all_one && bit;
            }
            if (all_zero)
                return "the network address of " + address.network();
            if (all_one)
                return "the broadcast address of " + address.network();
        }
        return std::nullopt;
    }
    bool unspecified = true;
    for (std::size_t i = 0; i < 15; ++i)
        unspecified = unspecified && b[i] == 0;
    if (unspecified && (b[15] == 0 || b[15] == 1))
        return b[15] == 0 ? "the unspecified address" : "the loopback address";
    if (b[0] == 0xff)
        return "a multicast address";
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return "a link-local address (the kernel gives every interface one of its own)";
    return std::nullopt;
}

std::string IpAddress::text() const {
    std::array<char, INET6_ADDRSTRLEN> buffer{};
    inet_ntop(address_family(family), bytes.data(), buffer.data(), buffer.size());
    return buffer.data();
}

std::string IpAddress::cidr() const {
    return prefix_length < 0 ? text() : text() + "/" + std::to_string(prefix_length);
}

bool IpAddress::subnet_contains(const IpAddress& other) const {
    if (other.family != family)
        return false;
    int bits = prefix_length < 0 ? width(family) : prefix_length;
    for (int i = 0; i < bits; ++i) {
        auto byte = static_cast<std::size_t>(i / 8);
        auto mask = static_cast<std::uint8_t>(0x80 >> (i % 8));
        if ((bytes[byte] & mask) != (other.bytes[byte] & mask))
            return false;
    }
    return true;
}

std::string IpAddress::network() const {
    IpAddress masked = *this;
    int bits = prefix_length < 0 ? width(family) : prefix_length;
    for (int i = bits; i < width(family); ++i)
        masked.bytes[static_cast<std::size_t>(i / 8)] &=
            static_cast<std::uint8_t>(~(0x80 >> (i % 8)));
    return masked.cidr();
}

} // namespace nse::compiler
