#pragma once

#include "compiler/yaml_reader.hpp"
#include "lang/ast.hpp"

#include <optional>
#include <string_view>

namespace nse::compiler::yaml {

/// The addresses a packet is sent from and to when it names neither.
struct DefaultEnds {
    std::string_view source_address;
    std::string_view destination_address;
};

/// What a packet of a suite's topology gets when it leaves something out: the
/// IPv6 ends for an icmpv6 packet or one whose other address is IPv6, the
/// IPv4 ends otherwise.
struct PacketDefaults {
    DefaultEnds ipv4;
    DefaultEnds ipv6;
};

/// Reads one entry of a test's `packets:` list into the `send` statement it
/// stands for. Checks what only the YAML can tell (keys, kinds of values,
/// verdict words, flag letters, address syntax) and passes the rest (port
/// ranges, which node has an address, protocols) to packet lowering as
/// written. `name` names the packet in messages ("packet 2"). nullopt after
/// an error, which is reported.
std::optional<lang::ast::SendStmt> read_packet(Reader& reader, const YAML::Node& packet,
                                               lang::Span where, std::string_view name,
                                               const PacketDefaults& defaults);

} // namespace nse::compiler::yaml
