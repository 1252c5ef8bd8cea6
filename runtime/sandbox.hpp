#pragma once

#include "compiler/plan.hpp"
#include "runtime/error.hpp"
#include "runtime/netns.hpp"
#include "runtime/result.hpp"
#include "runtime/route_socket.hpp"
#include "runtime/rule_index.hpp"
#include "runtime/trace_socket.hpp"

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nse::runtime {

/// One node of a running scenario: its namespace and the sockets nse keeps
/// open in it. All sockets are created inside the namespace while building.
struct SandboxNode {
    std::string name;
    Namespace ns;
    RouteSocket routes;
    Fd link_events; // route netlink socket in the link group, to wait for carrier
    TraceSocket trace;
    RuleIndex rules;
    std::map<plan::Family, Fd> senders;                              // raw IP, header included
    std::map<std::pair<plan::Family, plan::Protocol>, Fd> receivers; // raw, per transport
};

/// The kernel side of one scenario: its nodes, links, addresses, routes and
/// rulesets, plus nse's own trace table on every node. Destroying it closes
/// every namespace; the kernel then frees all of it.
class Sandbox {
public:
    /// Builds the scenario's topology and loads its rulesets. Waits (bounded
    /// by `setup_timeout`) until every link is operational, so the first
    /// packet is never held by a link still coming up.
    static Result<std::unique_ptr<Sandbox>> build(const plan::Plan& plan,
                                                  const plan::Scenario& scenario,
                                                  std::chrono::milliseconds setup_timeout);

    /// Sends one packet from its source node and watches until its fate is
    /// known: delivered to the destination node, dropped by a traced verdict,
    /// or neither within `timeout`.
    PacketResult send(const plan::Packet& packet, std::chrono::milliseconds timeout);

private:
    Sandbox() = default;
    SandboxNode& node(const std::string& name);

    std::vector<std::unique_ptr<SandboxNode>> nodes_;
    std::uint32_t next_marker_ = 0;
};

} // namespace nse::runtime
