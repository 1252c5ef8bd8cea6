#include "runtime/descriptor_budget.hpp"

#include <sys/select.h>

#include <algorithm>
#include <fcntl.h>
#include <set>
#include <string>
#include <tuple>
#include <unistd.h>

namespace nse::runtime {

namespace {

// Left for the reporters' files, TBB and libraries.
constexpr std::size_t kReserve = 64;
constexpr std::size_t kPerNode = 4;
constexpr std::size_t kPerScenario = 8; // libnftables contexts and their sockets

} // namespace

DescriptorBudget DescriptorBudget::below_select_limit() {
    // The lowest free descriptor; those above it are taken as free too,
    // since nse opens its descriptors from here on.
    int probe = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0);
    auto in_use = probe < 0 ? std::size_t{FD_SETSIZE} : static_cast<std::size_t>(probe);
    if (probe >= 0)
        ::close(probe);
    auto limit = std::size_t{FD_SETSIZE};
    return DescriptorBudget(limit > in_use + kReserve ? limit - in_use - kReserve : 0);
}

void DescriptorBudget::acquire(std::size_t count) {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [&] { return free_ >= count; });
    free_ -= count;
}

void DescriptorBudget::release(std::size_t count) {
    {
        std::lock_guard lock(mutex_);
        free_ = std::min(capacity_, free_ + count);
    }
    freed_.notify_all();
}

std::size_t descriptors_for(const plan::Scenario& scenario) {
    std::set<std::pair<std::string, plan::Family>> senders;
    std::set<std::tuple<std::string, plan::Family, plan::Protocol>> receivers;
    for (const auto& packet : scenario.packets) {
        senders.emplace(packet.source_node, packet.family);
        receivers.emplace(packet.destination_node, packet.family, packet.protocol);
    }
    return kPerScenario + kPerNode * scenario.nodes.size() + senders.size() + receivers.size();
}

} // namespace nse::runtime
