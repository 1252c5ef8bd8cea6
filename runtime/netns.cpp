#include "runtime/netns.hpp"

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sched.h>

namespace nse::runtime {

namespace {

Result<Fd> open_current() {
    Fd fd(::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return errno_error("opening /proc/thread-self/ns/net");
    return fd;
}

// Failing to return to the original namespace would leave this thread (and
// every later task TBB gives it) in a sandbox: no safe way on, so stop.
void return_or_abort(int original) {
    if (::setns(original, CLONE_NEWNET) != 0) {
        std::perror("nse: cannot return to the original network namespace");
        std::abort();
    }
}

} // namespace

Result<Namespace> Namespace::create() {
    auto original = open_current();
    if (!original)
        return original.error();

    if (::unshare(CLONE_NEWNET) != 0)
        return errno_error("creating a network namespace");
    auto created = open_current();
    return_or_abort(original.value().get());

    if (!created)
        return created.error();
    return Namespace(std::move(created).value());
}

NamespaceGuard::NamespaceGuard(const Namespace& target) {
    auto original = open_current();
    if (!original) {
        status_ = original.error();
        return;
    }
    if (::setns(target.fd(), CLONE_NEWNET) != 0) {
        status_ = errno_error("entering a sandbox namespace");
        return;
    }
    original_ = std::move(original).value();
}

NamespaceGuard::~NamespaceGuard() {
    if (original_.valid())
        return_or_abort(original_.get());
}

} // namespace nse::runtime
