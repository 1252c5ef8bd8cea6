#pragma once

#include "compiler/plan.hpp"

#include <map>
#include <string>
#include <tuple>

namespace nse::runtime {

/// What the rulesets loaded on one node say about their chains and rules,
/// so that a trace event (table, chain, handle) can be explained in the
/// user's terms: the chain's hook and the rule's source line.
class RuleIndex {
public:
    void add(const plan::Ruleset& ruleset);

    /// The chain's hook ("input", ...), or empty for a regular chain.
    std::string hook(const std::string& family, const std::string& table,
                     const std::string& chain) const;

    /// The rule with this handle, or null when the rulesets do not know it.
    const plan::Rule* rule(const std::string& family, const std::string& table,
                           const std::string& chain, std::uint64_t handle) const;

private:
    using ChainKey = std::tuple<std::string, std::string, std::string>;
    std::map<ChainKey, const plan::Chain*> chains_;
    std::map<std::tuple<std::string, std::string, std::string, std::uint64_t>, const plan::Rule*>
        rules_;
};

} // namespace nse::runtime
