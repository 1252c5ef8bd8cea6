#pragma once

#include "compiler/plan.hpp"
#include "runtime/error.hpp"
#include "runtime/netns.hpp"

#include <memory>
#include <string>

struct nl_sock;

namespace nse::runtime {

/// A route netlink (libnl-3) socket opened inside one namespace: every link,
/// address and route it creates lands in that namespace, whichever namespace
/// the calling thread is in later.
class RouteSocket {
public:
    static Result<RouteSocket> open(const Namespace& ns);

    /// Creates veth `name` here, administratively up, and its peer
    /// `peer_name` directly inside `peer_ns`, still down (bring it up with the
    /// peer namespace's socket). The peer never exists in any other
    /// namespace, in particular never in the host's.
    Result<void> create_veth(const std::string& name, const std::string& peer_name,
                             const Namespace& peer_ns);

    /// Creates interface `name` (down, with a peer `peer_name` here too): a
    /// stand-in for an interface that rules may name while a ruleset is only
    /// being checked.
    Result<void> create_stand_in(const std::string& name, const std::string& peer_name);

    /// Sets interface `index` administratively up.
    Result<void> set_up(int index);

    /// The index of interface `name`.
    Result<int> interface_index(const std::string& name);

    /// True when interface `index` reports operational state UP.
    Result<bool> is_operational(int index);

    /// True when the kernel routes `address` to this namespace itself (a
    /// local route exists). IPv6 addresses become local a moment after they
    /// are added, once the kernel's address work has run.
    Result<bool> is_local(const std::string& address);

    /// True when interface `index` has an IPv6 link-local address that is no
    /// longer tentative. A router needs one to solicit the neighbours it
    /// forwards to; until then forwarded IPv6 packets wait.
    Result<bool> has_link_local(int index);

    /// Adds "10.0.0.1/24" or "fd00::1/64" to interface `index`; IPv6
    /// addresses skip duplicate address detection so they work at once.
    Result<void> add_address(int index, const std::string& cidr);

    Result<void> add_route(const plan::Route& route);

private:
    struct Closer {
        void operator()(nl_sock* socket) const;
    };
    explicit RouteSocket(nl_sock* socket) : socket_(socket) {}
    std::unique_ptr<nl_sock, Closer> socket_;
};

} // namespace nse::runtime
