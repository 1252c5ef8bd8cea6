#include "runtime/trace_socket.hpp"

#include <libmnl/libmnl.h>
#include <libnftnl/trace.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/nfnetlink.h>

#include <array>
#include <cerrno>

namespace nse::runtime {

namespace {

constexpr int kReceiveBuffer = 4 << 20;

std::string family_name(std::uint32_t family) {
    switch (family) {
    case NFPROTO_IPV4:
        return "ip";
    case NFPROTO_IPV6:
        return "ip6";
    case NFPROTO_INET:
        return "inet";
    case NFPROTO_BRIDGE:
        return "bridge";
    case NFPROTO_NETDEV:
        return "netdev";
    case NFPROTO_ARP:
        return "arp";
    default:
        return std::to_string(family);
    }
}

std::string verdict_name(std::uint32_t raw) {
    auto code = static_cast<std::int32_t>(raw);
    switch (code) {
    case NFT_CONTINUE:
        return "continue";
    case NFT_BREAK:
        return "break";
    case NFT_JUMP:
        return "jump";
    case NFT_GOTO:
        return "goto";
    case NFT_RETURN:
        return "return";
    default:
        break;
    }
    switch (raw & NF_VERDICT_MASK) {
    case NF_DROP:
        return "drop";
    case NF_ACCEPT:
        return "accept";
    case NF_STOLEN:
        return "stolen";
    case NF_QUEUE:
        return "queue";
    case NF_REPEAT:
        return "repeat";
    default:
        return std::to_string(code);
    }
}

std::string kind_name(std::uint32_t type) {
    switch (type) {
    case NFT_TRACETYPE_RULE:
        return "rule";
    case NFT_TRACETYPE_POLICY:
        return "policy";
    case NFT_TRACETYPE_RETURN:
        return "return";
    default:
        return "unknown";
    }
}

// The transport protocol from the start of the network header: the protocol
// field of IPv4, the next-header field of IPv6 (extension headers are not
// followed; nse never sends them).
std::uint8_t l4_protocol(const std::uint8_t* header, std::uint32_t length) {
    if (length >= 20 && header[0] >> 4 == 4)
        return header[9];
    if (length >= 40 && header[0] >> 4 == 6)
        return header[6];
    return 0;
}

TraceEvent to_event(const nftnl_trace* trace) {
    TraceEvent event;
    auto text = [&](std::uint16_t attribute) {
        return nftnl_trace_is_set(trace, attribute) ? nftnl_trace_get_str(trace, attribute) : "";
    };
    event.family = family_name(nftnl_trace_get_u32(trace, NFTNL_TRACE_FAMILY));
    event.table = text(NFTNL_TRACE_TABLE);
    event.chain = text(NFTNL_TRACE_CHAIN);
    event.id = nftnl_trace_get_u32(trace, NFTNL_TRACE_ID);
    event.kind = kind_name(nftnl_trace_get_u32(trace, NFTNL_TRACE_TYPE));
    if (nftnl_trace_is_set(trace, NFTNL_TRACE_RULE_HANDLE))
        event.handle = nftnl_trace_get_u64(trace, NFTNL_TRACE_RULE_HANDLE);

    auto verdict_attribute = event.kind == "policy" ? NFTNL_TRACE_POLICY : NFTNL_TRACE_VERDICT;
    if (nftnl_trace_is_set(trace, verdict_attribute))
        event.verdict = verdict_name(nftnl_trace_get_u32(trace, verdict_attribute));

    std::uint32_t length = 0;
    if (nftnl_trace_is_set(trace, NFTNL_TRACE_NETWORK_HEADER)) {
        auto* header = static_cast<const std::uint8_t*>(
            nftnl_trace_get_data(trace, NFTNL_TRACE_NETWORK_HEADER, &length));
        event.l4_protocol = l4_protocol(header, length);
    }
    if (nftnl_trace_is_set(trace, NFTNL_TRACE_TRANSPORT_HEADER)) {
        auto* header = static_cast<const std::uint8_t*>(
            nftnl_trace_get_data(trace, NFTNL_TRACE_TRANSPORT_HEADER, &length));
        event.transport.assign(header, header + length);
    }
    return event;
}

struct DrainState {
    const std::function<void(const TraceEvent&)>* sink;
};

int on_message(const nlmsghdr* message, void* data) {
    if (NFNL_MSG_TYPE(message->nlmsg_type) != NFT_MSG_TRACE)
        return MNL_CB_OK;
    auto* trace = nftnl_trace_alloc();
    if (trace && nftnl_trace_nlmsg_parse(message, trace) >= 0)
        (*static_cast<DrainState*>(data)->sink)(to_event(trace));
    nftnl_trace_free(trace);
    return MNL_CB_OK;
}

} // namespace

void TraceSocket::Closer::operator()(mnl_socket* socket) const {
    mnl_socket_close(socket);
}

Result<TraceSocket> TraceSocket::open(const Namespace& ns) {
    auto opened = inside(ns, []() -> Result<TraceSocket> {
        mnl_socket* socket = mnl_socket_open2(NETLINK_NETFILTER, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (!socket)
            return errno_error("opening a netfilter netlink socket");
        return TraceSocket(socket);
    });
    if (!opened)
        return opened;

    mnl_socket* socket = opened.value().socket_.get();
    if (mnl_socket_bind(socket, 0, MNL_SOCKET_AUTOPID) < 0)
        return errno_error("binding the trace socket");
    int group = NFNLGRP_NFTRACE;
    if (mnl_socket_setsockopt(socket, NETLINK_ADD_MEMBERSHIP, &group, sizeof(group)) < 0)
        return errno_error("joining the nftables trace group");
    // A larger buffer keeps bursts of interface noise from crowding out events.
    int size = kReceiveBuffer;
    setsockopt(mnl_socket_get_fd(socket), SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof(size));
    return opened;
}

int TraceSocket::fd() const {
    return mnl_socket_get_fd(socket_.get());
}

void TraceSocket::drain(const std::function<void(const TraceEvent&)>& sink) {
    std::array<char, 32768> buffer{};
    DrainState state{&sink};
    for (;;) {
        auto length = mnl_socket_recvfrom(socket_.get(), buffer.data(), buffer.size());
        if (length < 0) {
            // ENOBUFS means events were lost to an overflow: go on with the
            // rest; a packet whose verdict was lost ends in a timeout.
            if (errno == ENOBUFS)
                continue;
            return;
        }
        mnl_cb_run(buffer.data(), static_cast<std::size_t>(length), 0, 0, on_message, &state);
    }
}

} // namespace nse::runtime
