#pragma once

#include "compiler/plan.hpp"

#include <condition_variable>
#include <cstddef>
#include <mutex>

namespace nse::runtime {

/// Shares out file descriptors among running scenarios.
///
/// libnftables waits on its netlink socket with select(), and glibc aborts
/// the process when select() is given a descriptor numbered 1024 or more.
/// Every libnftables context must therefore get a low descriptor, so
/// scenarios run only while all the descriptors they may hold fit below
/// that line: a scenario takes its share before building its namespaces and
/// gives it back when they are gone.
class DescriptorBudget {
public:
    /// A budget of what is left below 1024 once this process's descriptors
    /// open now, and a reserve for the rest of nse, are counted.
    static DescriptorBudget below_select_limit();

    explicit DescriptorBudget(std::size_t capacity) : capacity_(capacity), free_(capacity) {}

    std::size_t capacity() const { return capacity_; }

    /// Waits until `count` descriptors are free and takes them. `count` must
    /// not exceed capacity().
    void acquire(std::size_t count);
    void release(std::size_t count);

private:
    std::size_t capacity_;
    std::size_t free_;
    std::mutex mutex_;
    std::condition_variable freed_;
};

/// What a scenario may hold at once: per node its namespace, route,
/// link-event and trace sockets; a raw socket per sending node and family and
/// per receiving node, family and protocol; libnftables contexts while
/// loading.
std::size_t descriptors_for(const plan::Scenario& scenario);

} // namespace nse::runtime
