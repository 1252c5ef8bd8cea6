#pragma once

#include "compiler/plan.hpp"
#include "compiler/scope.hpp"
#include "compiler/topology_lowering.hpp"

#include <optional>

namespace nse::compiler {

/// Lowers the `send` statements of one scenario.
///
/// Family: `ip`/`ip6` when written, else that of an address endpoint, else
/// IPv6 for icmpv6 and IPv4 otherwise. A node endpoint becomes the node's
/// address of that family, preferring addresses on a subnet the two ends
/// share. TCP and UDP need a destination port; the source port defaults to
/// 49152 + the packet's position in the scenario; TCP flags default to S.
class PacketLowering {
public:
    PacketLowering(const Declared<lang::ast::ScenarioDecl>& scenario, const Topology& topology,
                   lang::DiagnosticSink& sink)
        : scenario_(scenario), topology_(topology), sink_(sink) {}

    std::optional<plan::Packet> lower(const lang::ast::SendStmt& send);

private:
    struct End {
        std::string node;
        std::optional<IpAddress> address; // set when the end was written as an address
    };

    std::optional<plan::Family> family_of(const lang::ast::SendStmt& send, plan::Protocol protocol);
    std::optional<End> resolve(const lang::ast::PacketEnd& end);
    bool pick_addresses(const lang::ast::SendStmt& send, plan::Family family, End& source,
                        End& destination);
    bool lower_ports(const lang::ast::SendStmt& send, plan::Packet& packet);
    bool lower_flags(const lang::ast::SendStmt& send, plan::Packet& packet);

    const Declared<lang::ast::ScenarioDecl>& scenario_;
    const Topology& topology_;
    lang::DiagnosticSink& sink_;
    std::uint16_t count_ = 0;
};

} // namespace nse::compiler
