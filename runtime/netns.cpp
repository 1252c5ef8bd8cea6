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

// The namespace this thread runs in outside of guards, opened once per
// thread. Guards never nest, so a thread outside a guard is always there.
Result<int> home_namespace() {
    thread_local Fd home;
    if (!home.valid()) {
        auto opened = open_current();
        if (!opened)
            return opened.error();
        home = std::move(opened).value();
    }
    return home.get();
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
    auto home = home_namespace();
    if (!home)
        return home.error();

    if (::unshare(CLONE_NEWNET) != 0)
        return errno_error("creating a network namespace");
    auto created = open_current();
    return_or_abort(home.value());

    if (!created)
        return created.error();
    return Namespace(std::move(created).value());
}

NamespaceGuard::NamespaceGuard(const Namespace& target) {
    auto home = home_namespace();
    if (!home) {
        status_ = home.error();
        return;
    }
    if (::setns(target.fd(), CLONE_NEWNET) != 0) {
        status_ = errno_error("entering a sandbox namespace");
        return;
    }
    home_ = home.value();
}

NamespaceGuard::~NamespaceGuard() {
    if (home_ >= 0)
        return_or_abort(home_);
}

} // namespace nse::runtime
