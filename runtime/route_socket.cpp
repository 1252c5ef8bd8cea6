#include "runtime/route_socket.hpp"

#include <fmt/format.h>
#include <linux/if.h>
#include <linux/if_addr.h>
#include <netlink/addr.h>
#include <netlink/cache.h>
#include <netlink/netlink.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/route.h>

namespace nse::runtime {

namespace {

template <class T, void (*Release)(T*)> struct Releaser {
    void operator()(T* object) const { Release(object); }
};
using LinkPtr = std::unique_ptr<rtnl_link, Releaser<rtnl_link, rtnl_link_put>>;
using AddrPtr = std::unique_ptr<rtnl_addr, Releaser<rtnl_addr, rtnl_addr_put>>;
using RoutePtr = std::unique_ptr<rtnl_route, Releaser<rtnl_route, rtnl_route_put>>;
using NlAddrPtr = std::unique_ptr<nl_addr, Releaser<nl_addr, nl_addr_put>>;

Error nl_error(const std::string& what, int code) {
    return Error{fmt::format("{}: {}", what, nl_geterror(code))};
}

Result<NlAddrPtr> parse_address(const std::string& text, int family) {
    nl_addr* parsed = nullptr;
    if (int rc = nl_addr_parse(text.c_str(), family, &parsed); rc < 0)
        return nl_error(fmt::format("parsing address {}", text), rc);
    return NlAddrPtr(parsed);
}

} // namespace

void RouteSocket::Closer::operator()(nl_sock* socket) const {
    nl_socket_free(socket);
}

Result<RouteSocket> RouteSocket::open(const Namespace& ns) {
    return inside(ns, []() -> Result<RouteSocket> {
        nl_sock* socket = nl_socket_alloc();
        if (!socket)
            return failure("allocating a route netlink socket");
        RouteSocket owned(socket);
        if (int rc = nl_connect(socket, NETLINK_ROUTE); rc < 0)
            return nl_error("opening a route netlink socket", rc);
        return owned;
    });
}

Result<void> RouteSocket::create_veth(const std::string& name, const std::string& peer_name,
                                      const Namespace& peer_ns) {
    LinkPtr link(rtnl_link_veth_alloc());
    if (!link)
        return failure("allocating a veth link");
    rtnl_link* peer = rtnl_link_veth_get_peer(link.get());
    rtnl_link_set_name(link.get(), name.c_str());
    rtnl_link_set_flags(link.get(), IFF_UP);
    // The peer cannot be brought up in the same request: the kernel opens it
    // before the two ends are paired, and a lone veth refuses to open.
    rtnl_link_set_name(peer, peer_name.c_str());
    rtnl_link_set_ns_fd(peer, peer_ns.fd());
    rtnl_link_put(peer);

    if (int rc = rtnl_link_add(socket_.get(), link.get(), NLM_F_CREATE | NLM_F_EXCL); rc < 0)
        return nl_error(fmt::format("creating veth {} / {}", name, peer_name), rc);
    return success();
}

Result<void> RouteSocket::create_stand_in(const std::string& name, const std::string& peer_name) {
    // A veth, not a dummy: the dummy driver is not built into every kernel,
    // and nse needs veth anyway.
    LinkPtr link(rtnl_link_veth_alloc());
    if (!link)
        return failure("allocating a veth link");
    rtnl_link_set_name(link.get(), name.c_str());
    rtnl_link* peer = rtnl_link_veth_get_peer(link.get());
    rtnl_link_set_name(peer, peer_name.c_str());
    rtnl_link_put(peer);
    if (int rc = rtnl_link_add(socket_.get(), link.get(), NLM_F_CREATE | NLM_F_EXCL); rc < 0)
        return nl_error(fmt::format("creating stand-in interface {}", name), rc);
    return success();
}

Result<void> RouteSocket::set_up(int index) {
    LinkPtr change(rtnl_link_alloc());
    rtnl_link_set_ifindex(change.get(), index);
    rtnl_link_set_flags(change.get(), IFF_UP);
    if (int rc = rtnl_link_change(socket_.get(), change.get(), change.get(), 0); rc < 0)
        return nl_error(fmt::format("bringing up interface {}", index), rc);
    return success();
}

Result<int> RouteSocket::interface_index(const std::string& name) {
    rtnl_link* found = nullptr;
    if (int rc = rtnl_link_get_kernel(socket_.get(), 0, name.c_str(), &found); rc < 0)
        return nl_error(fmt::format("looking up interface {}", name), rc);
    LinkPtr link(found);
    return rtnl_link_get_ifindex(link.get());
}

Result<bool> RouteSocket::is_operational(int index) {
    rtnl_link* found = nullptr;
    if (int rc = rtnl_link_get_kernel(socket_.get(), index, nullptr, &found); rc < 0)
        return nl_error(fmt::format("reading the state of interface {}", index), rc);
    LinkPtr link(found);
    return rtnl_link_get_operstate(link.get()) == IF_OPER_UP;
}

Result<bool> RouteSocket::is_local(const std::string& address) {
    auto destination = parse_address(address, AF_UNSPEC);
    if (!destination)
        return destination.error();
    rtnl_route* found = nullptr;
    if (int rc = rtnl_route_lookup(socket_.get(), destination.value().get(), &found); rc < 0)
        return rc == -NLE_OBJ_NOTFOUND || rc == -NLE_NOADDR ? Result<bool>(false)
                                                            : nl_error("looking up a route", rc);
    RoutePtr route(found);
    return rtnl_route_get_type(route.get()) == RTN_LOCAL;
}

Result<bool> RouteSocket::has_link_local(int index) {
    nl_cache* cache = nullptr;
    if (int rc = rtnl_addr_alloc_cache(socket_.get(), &cache); rc < 0)
        return nl_error("listing addresses", rc);
    bool found = false;
    for (auto* object = nl_cache_get_first(cache); object && !found;
         object = nl_cache_get_next(object)) {
        auto* address = reinterpret_cast<rtnl_addr*>(object);
        found = rtnl_addr_get_ifindex(address) == index &&
                rtnl_addr_get_family(address) == AF_INET6 &&
                rtnl_addr_get_scope(address) == RT_SCOPE_LINK &&
                (rtnl_addr_get_flags(address) & IFA_F_TENTATIVE) == 0;
    }
    nl_cache_free(cache);
    return found;
}

Result<void> RouteSocket::add_address(int index, const std::string& cidr) {
    auto local = parse_address(cidr, AF_UNSPEC);
    if (!local)
        return local.error();

    AddrPtr address(rtnl_addr_alloc());
    rtnl_addr_set_ifindex(address.get(), index);
    rtnl_addr_set_local(address.get(), local.value().get());
    if (nl_addr_get_family(local.value().get()) == AF_INET6)
        rtnl_addr_set_flags(address.get(), IFA_F_NODAD);

    if (int rc = rtnl_addr_add(socket_.get(), address.get(), 0); rc < 0)
        return nl_error(fmt::format("adding address {}", cidr), rc);
    return success();
}

Result<void> RouteSocket::add_route(const plan::Route& route) {
    int family = route.family == plan::Family::ipv4 ? AF_INET : AF_INET6;
    auto destination = parse_address(route.destination, family);
    if (!destination)
        return destination.error();
    auto gateway = parse_address(route.gateway, family);
    if (!gateway)
        return gateway.error();

    RoutePtr entry(rtnl_route_alloc());
    rtnl_route_set_family(entry.get(), static_cast<std::uint8_t>(family));
    rtnl_route_set_dst(entry.get(), destination.value().get());
    rtnl_route_set_protocol(entry.get(), RTPROT_STATIC);
    rtnl_nexthop* hop = rtnl_route_nh_alloc();
    rtnl_route_nh_set_gateway(hop, gateway.value().get());
    rtnl_route_add_nexthop(entry.get(), hop); // the route owns the hop now

    if (int rc = rtnl_route_add(socket_.get(), entry.get(), NLM_F_CREATE | NLM_F_EXCL); rc < 0)
        return nl_error(fmt::format("adding route to {} via {}", route.destination, route.gateway),
                        rc);
    return success();
}

} // namespace nse::runtime
