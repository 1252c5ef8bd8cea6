#pragma once

#include "compiler/plan.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace nse::compiler {

/// An IPv4 or IPv6 address, optionally with a prefix length.
struct IpAddress {
    plan::Family family = plan::Family::ipv4;
    std::array<std::uint8_t, 16> bytes{};
    int prefix_length = -1; // -1: written without one

    /// The address alone, in canonical text ("fd00::1").
    std::string text() const;

    /// The address with its prefix length ("10.0.0.1/24").
    std::string cidr() const;

    /// True when `other` lies in the subnet this address and prefix span.
    bool subnet_contains(const IpAddress& other) const;

    /// The network this address's prefix spans ("10.0.0.0/24").
    std::string network() const;
};

/// Why `address` cannot be a host's unicast address on a link — "a multicast
/// address", "the network address of 10.0.0.0/24", ... — or nullopt when it
/// can. The kernel would refuse these, or accept them and lose packets.
std::optional<std::string> unusable_as_host(const IpAddress& address);

/// Parses "10.0.0.1", "fd00::1", "10.0.0.0/24" or "fd00::/64"; nullopt when
/// the text is not an address or the prefix length is out of range.
std::optional<IpAddress> parse_address(std::string_view text);

} // namespace nse::compiler
