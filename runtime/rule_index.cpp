#include "runtime/rule_index.hpp"

namespace nse::runtime {

void RuleIndex::add(const plan::Ruleset& ruleset) {
    for (const auto& chain : ruleset.chains)
        chains_.try_emplace({chain.family, chain.table, chain.name}, &chain);
    for (const auto& rule : ruleset.rules)
        rules_.try_emplace({rule.family, rule.table, rule.chain, rule.handle}, &rule);
}

std::string RuleIndex::hook(const std::string& family, const std::string& table,
                            const std::string& chain) const {
    auto found = chains_.find({family, table, chain});
    return found == chains_.end() ? std::string() : found->second->hook;
}

const plan::Rule* RuleIndex::rule(const std::string& family, const std::string& table,
                                  const std::string& chain, std::uint64_t handle) const {
    auto found = rules_.find({family, table, chain, handle});
    return found == rules_.end() ? nullptr : found->second;
}

} // namespace nse::runtime
