#pragma once

#include "runtime/error.hpp"
#include "runtime/fd.hpp"

namespace nse::runtime {

/// An anonymous network namespace, alive exactly as long as this object: it
/// is held only by a file descriptor, never named under /run/netns, so if the
/// process dies for any reason the kernel frees it and everything in it.
class Namespace {
public:
    /// Creates a fresh namespace. The calling thread stays where it was.
    static Result<Namespace> create();

    int fd() const { return fd_.get(); }

private:
    explicit Namespace(Fd fd) : fd_(std::move(fd)) {}
    Fd fd_;
};

/// Moves the calling thread into a namespace for the lifetime of the guard
/// and back to the thread's own namespace afterwards. Guards do not nest.
///
/// Sockets are bound to the namespace they are created in, so a guard
/// brackets only the calls that create file descriptors (netlink, raw
/// sockets, nftables contexts, /proc/sys files) and nothing else: a TBB worker
/// may run another scenario's task on this thread as soon as it waits, so
/// nothing inside a guard may wait, block or call into TBB.
class NamespaceGuard {
public:
    /// Enters `target`. Check ok() before doing anything inside.
    explicit NamespaceGuard(const Namespace& target);
    ~NamespaceGuard();
    NamespaceGuard(const NamespaceGuard&) = delete;
    NamespaceGuard& operator=(const NamespaceGuard&) = delete;

    /// The entry failed with this error, or succeeded (empty optional).
    const Result<void>& status() const { return status_; }

private:
    int home_ = -1; // the thread's own namespace, to return to; not owned
    Result<void> status_ = success();
};

/// Runs `create` inside `target` and returns what it returns.
template <class F> auto inside(const Namespace& target, F&& create) -> decltype(create()) {
    NamespaceGuard guard(target);
    if (guard.status().has_error())
        return guard.status().error();
    return create();
}

} // namespace nse::runtime
