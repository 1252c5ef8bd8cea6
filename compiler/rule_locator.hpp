#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nse::compiler {

/// A rule as it stands in nftables source text.
struct LocatedRule {
    std::string family; // "ip" when the table names none, as nft does
    std::string table;
    std::string chain;
    std::size_t offset = 0; // of the rule's first byte in the text
    std::string text;       // the rule, whitespace collapsed
};

/// Finds the rules of nftables text in the order nft appends them: the rules
/// of `table ... { chain ... { ... } }` blocks and `add rule` commands. The
/// kernel numbers rules per chain in that same order, which is how a traced
/// rule handle is mapped back to its line. `insert rule` and rules that
/// `include` brings in are not located.
std::vector<LocatedRule> locate_rules(std::string_view text);

} // namespace nse::compiler
