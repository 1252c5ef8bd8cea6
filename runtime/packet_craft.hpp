#pragma once

#include "compiler/plan.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace nse::runtime {

/// Builds the IP datagram for `packet` (IPv4 or IPv6 header included, with
/// checksums), carrying `marker` so that trace events and deliveries can be
/// told apart from every other packet: TCP carries it as the sequence number,
/// UDP as the first four payload bytes, ICMP echo as its identifier and
/// sequence number. All three lie within the 20 transport bytes that an
/// nftables trace event reports.
std::vector<std::uint8_t> craft(const plan::Packet& packet, std::uint32_t marker);

/// True when `transport` (bytes from the start of the transport header, as
/// many as are known) is the transport header of `packet` carrying `marker`.
bool carries_marker(std::span<const std::uint8_t> transport, const plan::Packet& packet,
                    std::uint32_t marker);

/// The IP protocol number of a packet's transport (6, 17, 1 or 58).
std::uint8_t ip_protocol(plan::Protocol protocol);

} // namespace nse::runtime
