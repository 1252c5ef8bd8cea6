#pragma once

#include "runtime/error.hpp"
#include "runtime/netns.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct mnl_socket;

namespace nse::runtime {

/// One nftables trace event, as the kernel reported it. Events of one packet
/// passing one hook share an id; the kernel may send the packet's headers
/// with only the first of them.
struct TraceEvent {
    std::uint32_t id = 0;
    std::string family; // of the table: "ip", "ip6", "inet", ...
    std::string table;
    std::string chain;
    std::string kind;    // "rule", "policy" or "return"
    std::string verdict; // "accept", "drop", "continue", "jump", "goto", "return", ...
    std::uint64_t handle = 0;
    std::uint8_t l4_protocol = 0;        // from the network header, 0 when unknown
    std::vector<std::uint8_t> transport; // the first transport header bytes, if sent
};

/// A netfilter netlink socket, opened inside one namespace and joined to the
/// nftables trace group: it receives that namespace's trace events and no
/// other namespace's. Non-blocking; poll fd() for readiness.
class TraceSocket {
public:
    static Result<TraceSocket> open(const Namespace& ns);

    int fd() const;

    /// Reads every event queued now and hands each to `sink`. Never blocks.
    void drain(const std::function<void(const TraceEvent&)>& sink);

private:
    struct Closer {
        void operator()(mnl_socket* socket) const;
    };
    explicit TraceSocket(mnl_socket* socket) : socket_(socket) {}
    std::unique_ptr<mnl_socket, Closer> socket_;
};

} // namespace nse::runtime
