// Sandbox::send: one packet out, evidence in. The fate of a packet is decided
// only by what the kernel shows: a copy delivered to a raw socket on the
// destination node (raw sockets see a packet only after the input hook let it
// through), or a trace event with a drop verdict for the packet's marker.
#include "runtime/packet_craft.hpp"
#include "runtime/sandbox.hpp"
#include "runtime/trace_table.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <poll.h>

namespace nse::runtime {

namespace {

using Clock = std::chrono::steady_clock;

sockaddr_storage destination_of(const plan::Packet& packet) {
    sockaddr_storage storage{};
    if (packet.family == plan::Family::ipv4) {
        auto* address = reinterpret_cast<sockaddr_in*>(&storage);
        address->sin_family = AF_INET;
        inet_pton(AF_INET, packet.destination_address.c_str(), &address->sin_addr);
    } else {
        auto* address = reinterpret_cast<sockaddr_in6*>(&storage);
        address->sin6_family = AF_INET6;
        inet_pton(AF_INET6, packet.destination_address.c_str(), &address->sin6_addr);
    }
    return storage;
}

// True when the raw socket holds a copy of the packet. IPv4 raw sockets
// receive the IP header too; IPv6 ones start at the transport header.
bool received(int fd, const plan::Packet& packet, std::uint32_t marker) {
    std::array<std::uint8_t, 2048> buffer{};
    bool found = false;
    for (;;) {
        auto length = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (length <= 0)
            return found;
        std::span<const std::uint8_t> bytes(buffer.data(), static_cast<std::size_t>(length));
        if (packet.family == plan::Family::ipv4) {
            auto header = static_cast<std::size_t>(bytes[0] & 0x0f) * 4;
            bytes = header <= bytes.size() ? bytes.subspan(header) : bytes.last(0);
        }
        found = found || carries_marker(bytes, packet, marker);
    }
}

class FateWatcher {
public:
    FateWatcher(const plan::Packet& packet, std::uint32_t marker, PacketResult& result)
        : packet_(packet), marker_(marker), result_(result) {}

    // Reads the node's queued trace events and records those of this packet.
    void read_trace(SandboxNode& node) {
        node.trace.drain([&](const TraceEvent& event) {
            if (!is_ours(node, event) || event.table == kTraceTable)
                return;
            // An event that only carries the packet's headers decides nothing.
            if (event.kind == "rule" && event.verdict == "continue" && event.handle == 0)
                return;
            result_.trace.push_back(step(node, event));
            if (event.verdict == "drop" && result_.observed != Observed::dropped) {
                result_.observed = Observed::dropped;
                result_.decisive = result_.trace.back();
            }
        });
    }

private:
    // An event is this packet's when its headers carry the marker, or when it
    // has no headers and shares its id with an event whose headers did.
    bool is_ours(const SandboxNode& node, const TraceEvent& event) {
        auto key = std::pair{&node, event.id};
        if (event.transport.empty())
            return std::find(trace_ids_.begin(), trace_ids_.end(), key) != trace_ids_.end();
        if (event.l4_protocol != ip_protocol(packet_.protocol) ||
            !carries_marker(event.transport, packet_, marker_))
            return false;
        trace_ids_.push_back(key);
        return true;
    }

    static TraceStep step(const SandboxNode& node, const TraceEvent& event) {
        TraceStep step{node.name,
                       event.family,
                       event.table,
                       event.chain,
                       node.rules.hook(event.family, event.table, event.chain),
                       event.kind,
                       event.verdict,
                       event.handle,
                       {},
                       {}};
        if (event.kind == "rule") {
            if (const auto* rule =
                    node.rules.rule(event.family, event.table, event.chain, event.handle)) {
                step.rule_text = rule->text;
                step.where = rule->where;
            }
        }
        return step;
    }

    const plan::Packet& packet_;
    std::uint32_t marker_;
    PacketResult& result_;
    std::vector<std::pair<const SandboxNode*, std::uint32_t>> trace_ids_;
};

// Trace steps arrive per node; show them in the order the packet travelled:
// sender first, destination last.
void order_by_path(std::vector<TraceStep>& trace, const plan::Packet& packet) {
    auto rank = [&](const TraceStep& step) {
        if (step.node == packet.source_node)
            return 0;
        return step.node == packet.destination_node ? 2 : 1;
    };
    std::stable_sort(trace.begin(), trace.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
}

} // namespace

PacketResult Sandbox::send(const plan::Packet& packet, std::chrono::milliseconds timeout) {
    auto started = Clock::now();
    auto marker = next_marker_;
    next_marker_ = next_marker_ * 1664525 + 1013904223; // any sequence of distinct values

    PacketResult result;
    result.expected = packet.expect;
    auto& sender = node(packet.source_node);
    auto& receiver = node(packet.destination_node);
    int delivery = receiver.receivers.at({packet.family, packet.protocol}).get();
    FateWatcher watcher(packet, marker, result);

    auto datagram = craft(packet, marker);
    auto destination = destination_of(packet);
    auto sent = ::sendto(sender.senders.at(packet.family).get(), datagram.data(), datagram.size(),
                         0, reinterpret_cast<sockaddr*>(&destination), sizeof(destination));
    // EPERM is the sender's own output hook dropping the packet: its trace
    // event says which rule. Any other error means it never left.
    if (sent < 0 && errno != EPERM)
        result.note = std::string("the sender could not send it: ") + std::strerror(errno);

    std::vector<pollfd> watched{{delivery, POLLIN, 0}};
    for (auto& node : nodes_)
        watched.push_back({node->trace.fd(), POLLIN, 0});

    auto deadline = started + timeout;
    bool delivered = false;
    while (result.note.empty() && !delivered && result.observed != Observed::dropped) {
        auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            break;
        timespec wait{0, static_cast<long>(left.count() % 1000000) * 1000};
        wait.tv_sec = static_cast<time_t>(left.count() / 1000000);
        if (::ppoll(watched.data(), watched.size(), &wait, nullptr) <= 0)
            continue;
        delivered = (watched[0].revents & POLLIN) && received(delivery, packet, marker);
        for (std::size_t i = 0; i < nodes_.size(); ++i) {
            if (watched[i + 1].revents & POLLIN)
                watcher.read_trace(*nodes_[i]);
        }
    }

    // Trace events are queued before the packet is delivered or dropped, so
    // one more read collects the whole path.
    for (auto& node : nodes_)
        watcher.read_trace(*node);
    order_by_path(result.trace, packet);
    if (delivered && result.observed != Observed::dropped) {
        result.observed = Observed::accepted;
        for (auto step = result.trace.rbegin(); step != result.trace.rend(); ++step) {
            if (step->verdict == "accept") {
                result.decisive = *step;
                break;
            }
        }
    }

    result.passed =
        (result.observed == Observed::accepted && packet.expect == plan::Fate::accept) ||
        (result.observed == Observed::dropped && packet.expect == plan::Fate::drop);
    result.elapsed_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    return result;
}

} // namespace nse::runtime
