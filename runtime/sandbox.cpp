#include "runtime/sandbox.hpp"

#include "runtime/nft_context.hpp"
#include "runtime/packet_craft.hpp"
#include "runtime/sysctl.hpp"
#include "runtime/trace_table.hpp"

#include <fmt/format.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <array>
#include <map>
#include <poll.h>
#include <random>

namespace nse::runtime {

namespace {

using Clock = std::chrono::steady_clock;

Result<Fd> open_link_events(const Namespace& ns) {
    return inside(ns, []() -> Result<Fd> {
        Fd fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_ROUTE));
        if (!fd.valid())
            return errno_error("opening a link and address event socket");
        sockaddr_nl address{};
        address.nl_family = AF_NETLINK;
        address.nl_groups = RTMGRP_LINK | RTMGRP_IPV6_IFADDR | RTMGRP_IPV6_ROUTE;
        if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0)
            return errno_error("joining the link and address event groups");
        return fd;
    });
}

Result<std::unique_ptr<SandboxNode>> make_node(const plan::Node& spec) {
    auto ns = Namespace::create();
    if (!ns)
        return ns.error();
    auto routes = RouteSocket::open(ns.value());
    if (!routes)
        return routes.error();
    auto link_events = open_link_events(ns.value());
    if (!link_events)
        return link_events.error();
    auto trace = TraceSocket::open(ns.value());
    if (!trace)
        return trace.error();

    return std::make_unique<SandboxNode>(SandboxNode{spec.name,
                                                     std::move(ns).value(),
                                                     std::move(routes).value(),
                                                     std::move(link_events).value(),
                                                     std::move(trace).value(),
                                                     {},
                                                     {},
                                                     {}});
}

// A forwarding node solicits its IPv6 neighbours from its link-local address,
// which duplicate address detection would hold back for a second; nse's
// namespaces are private, so there is nothing to detect.
Result<void> enable_forwarding(const SandboxNode& node) {
    NSE_TRY(write_sysctl(node.ns, "net/ipv4/ip_forward", "1"));
    NSE_TRY(write_sysctl(node.ns, "net/ipv6/conf/all/forwarding", "1"));
    NSE_TRY(write_sysctl(node.ns, "net/ipv6/conf/default/accept_dad", "0"));
    return success();
}

// Loads the node's rulesets in order, then nse's trace table. A libnftables
// context costs more than a small ruleset, so one serves every load that
// shares an include directory, and the trace table reuses one of them.
Result<void> load_rulesets(SandboxNode& node, const plan::Plan& plan,
                           const plan::Scenario& scenario) {
    std::map<std::string, NftContext> contexts;
    auto context_for = [&](const std::string& include_directory) -> Result<NftContext*> {
        auto found = contexts.find(include_directory);
        if (found == contexts.end()) {
            auto opened = NftContext::open(node.ns, include_directory);
            if (!opened)
                return opened.error();
            found = contexts.emplace(include_directory, std::move(opened).value()).first;
        }
        return &found->second;
    };

    for (const auto& load : scenario.loads) {
        if (load.node != node.name)
            continue;
        const auto& ruleset = plan.rulesets.at(load.ruleset);
        auto context = context_for(ruleset.include_directory);
        if (!context)
            return context.error();
        if (auto loaded = context.value()->run(ruleset.text); !loaded)
            return failure(fmt::format("loading ruleset {} on node {}: {}", ruleset.name, node.name,
                                       loaded.error().message));
        node.rules.add(ruleset);
    }

    auto context =
        contexts.empty() ? context_for({}) : Result<NftContext*>(&contexts.begin()->second);
    if (!context)
        return context.error();
    if (auto loaded = context.value()->run(kTraceTableRuleset); !loaded)
        return failure(fmt::format("adding the trace table on node {}: {}", node.name,
                                   loaded.error().message));
    return success();
}

Result<Fd> open_raw(const Namespace& ns, int family, int protocol) {
    return inside(ns, [&]() -> Result<Fd> {
        Fd fd(::socket(family, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol));
        if (!fd.valid())
            return errno_error("opening a raw socket");
        return fd;
    });
}

bool forwards(const plan::Scenario& scenario, const std::string& node) {
    for (const auto& spec : scenario.nodes) {
        if (spec.name == node)
            return spec.forwarding;
    }
    return false;
}

int address_family(plan::Family family) {
    return family == plan::Family::ipv4 ? AF_INET : AF_INET6;
}

// What must be true before the first packet: every interface operational
// (else the first packet may be held while the kernel activates the link) and
// every IPv6 address local (the kernel installs its local route a moment
// after the address is added, from a work queue).
struct Readiness {
    std::vector<std::pair<SandboxNode*, int>> interfaces;
    std::vector<std::pair<SandboxNode*, int>> link_locals; // on nodes that forward IPv6
    std::vector<std::pair<SandboxNode*, std::string>> ipv6_addresses;
};

// Waits until everything in `pending` is ready, waking on link, address and
// route notifications instead of polling on a timer.
Result<void> wait_until_ready(Readiness pending, Clock::time_point deadline) {
    std::vector<pollfd> watched;
    for (;;) {
        std::erase_if(pending.interfaces, [](auto& entry) {
            auto up = entry.first->routes.is_operational(entry.second);
            return up && up.value();
        });
        std::erase_if(pending.link_locals, [](auto& entry) {
            auto ready = entry.first->routes.has_link_local(entry.second);
            return ready && ready.value();
        });
        std::erase_if(pending.ipv6_addresses, [](auto& entry) {
            auto local = entry.first->routes.is_local(entry.second);
            return local && local.value();
        });
        if (pending.interfaces.empty() && pending.link_locals.empty() &&
            pending.ipv6_addresses.empty())
            return success();

        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            if (!pending.interfaces.empty())
                return failure(fmt::format("interface {} on node {} did not come up",
                                           pending.interfaces.front().second,
                                           pending.interfaces.front().first->name));
            if (!pending.link_locals.empty())
                return failure(fmt::format("interface {} on node {} got no IPv6 link-local address",
                                           pending.link_locals.front().second,
                                           pending.link_locals.front().first->name));
            return failure(fmt::format("address {} on node {} did not become usable",
                                       pending.ipv6_addresses.front().second,
                                       pending.ipv6_addresses.front().first->name));
        }
        watched.clear();
        for (auto& [node, index] : pending.interfaces)
            watched.push_back({node->link_events.get(), POLLIN, 0});
        for (auto& [node, address] : pending.ipv6_addresses)
            watched.push_back({node->link_events.get(), POLLIN, 0});
        for (auto& [node, index] : pending.link_locals)
            watched.push_back({node->link_events.get(), POLLIN, 0});
        ::poll(watched.data(), watched.size(), static_cast<int>(left.count()) + 1);
        for (auto& entry : watched) {
            std::array<char, 8192> discard{};
            while (::recv(entry.fd, discard.data(), discard.size(), 0) > 0) {
            }
        }
    }
}

} // namespace

SandboxNode& Sandbox::node(const std::string& name) {
    for (auto& node : nodes_) {
        if (node->name == name)
            return *node;
    }
    throw std::logic_error("plan names an unknown node: " + name);
}

Result<std::unique_ptr<Sandbox>> Sandbox::build(const plan::Plan& plan,
                                                const plan::Scenario& scenario,
                                                std::chrono::milliseconds setup_timeout) {
    auto deadline = Clock::now() + setup_timeout;
    std::unique_ptr<Sandbox> sandbox(new Sandbox());
    sandbox->next_marker_ = std::random_device{}() | 1;

    for (const auto& spec : scenario.nodes) {
        auto node = make_node(spec);
        if (!node)
            return node.error();
        if (spec.forwarding)
            NSE_TRY(enable_forwarding(*node.value()));
        sandbox->nodes_.push_back(std::move(node).value());
    }

    Readiness readiness;
    for (const auto& link : scenario.links) {
        auto& left = sandbox->node(link.left.node);
        auto& right = sandbox->node(link.right.node);
        NSE_TRY(left.routes.create_veth(link.left.interface, link.right.interface, right.ns));
        for (auto [end, node] : {std::pair{&link.left, &left}, std::pair{&link.right, &right}}) {
            auto index = node->routes.interface_index(end->interface);
            if (!index)
                return index.error();
            if (end == &link.right)
                NSE_TRY(node->routes.set_up(index.value()));
            for (const auto& address : end->addresses) {
                NSE_TRY(node->routes.add_address(index.value(), address));
                if (address.find(':') != std::string::npos)
                    readiness.ipv6_addresses.emplace_back(node,
                                                          address.substr(0, address.find('/')));
            }
            readiness.interfaces.emplace_back(node, index.value());
            if (forwards(scenario, node->name))
                readiness.link_locals.emplace_back(node, index.value());
        }
    }
    for (const auto& route : scenario.routes)
        NSE_TRY(sandbox->node(route.node).routes.add_route(route));

    for (auto& node : sandbox->nodes_)
        NSE_TRY(load_rulesets(*node, plan, scenario));

    for (const auto& packet : scenario.packets) {
        auto& sender = sandbox->node(packet.source_node);
        if (!sender.senders.contains(packet.family)) {
            auto fd = open_raw(sender.ns, address_family(packet.family), IPPROTO_RAW);
            if (!fd)
                return fd.error();
            sender.senders.emplace(packet.family, std::move(fd).value());
        }
        auto& receiver = sandbox->node(packet.destination_node);
        auto key = std::pair{packet.family, packet.protocol};
        if (!receiver.receivers.contains(key)) {
            auto fd =
                open_raw(receiver.ns, address_family(packet.family), ip_protocol(packet.protocol));
            if (!fd)
                return fd.error();
            receiver.receivers.emplace(key, std::move(fd).value());
        }
    }

    NSE_TRY(wait_until_ready(std::move(readiness), deadline));
    return sandbox;
}

} // namespace nse::runtime
