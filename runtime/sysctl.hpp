#pragma once

#include "runtime/error.hpp"
#include "runtime/netns.hpp"

#include <string>

namespace nse::runtime {

/// Writes `value` to /proc/sys/<key> as seen from `ns` (key like
/// "net/ipv4/ip_forward"). The file is opened inside the namespace, which is
/// what binds a per-namespace sysctl to it.
Result<void> write_sysctl(const Namespace& ns, const std::string& key, const std::string& value);

} // namespace nse::runtime
