#pragma once

#include <string_view>

namespace nse::runtime {

/// The table nse adds to every node after the user's rulesets. Its chains
/// hook in before anything a user is likely to write (priority -1000, ahead
/// of raw and conntrack) and switch tracing on for every packet, so the
/// user's rules are traced as written, without being rewritten.
inline constexpr std::string_view kTraceTable = "nse_trace";

inline constexpr std::string_view kTraceTableRuleset = R"(table inet nse_trace {
    chain prerouting {
        type filter hook prerouting priority -1000; policy accept;
        meta nftrace set 1
    }
    chain output {
        type filter hook output priority -1000; policy accept;
        meta nftrace set 1
    }
}
)";

} // namespace nse::runtime
