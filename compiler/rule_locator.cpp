#include "compiler/rule_locator.hpp"

#include <array>
#include <cctype>

namespace nse::compiler {

namespace {

constexpr std::array kFamilies = {"ip", "ip6", "inet", "arp", "bridge", "netdev"};

// Chain-level statements that configure the chain instead of adding a rule.
constexpr std::array kChainProperties = {"type", "policy", "comment", "devices", "device"};

bool is_family(std::string_view word) {
    for (auto family : kFamilies) {
        if (word == family)
            return true;
    }
    return false;
}

bool is_chain_property(std::string_view word) {
    for (auto property : kChainProperties) {
        if (word == property)
            return true;
    }
    return false;
}

// A statement: the words up to a newline or ';' outside braces (a rule's
// anonymous set may span lines), or up to an unbalanced '{' or '}'.
struct Statement {
    std::vector<std::string_view> words;
    std::size_t begin = 0;
    std::size_t end = 0;
    char terminator = 0; // '{', '}', ';', '\n' or 0 at the end of the text
};

class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    bool done() const { return at_ >= text_.size(); }

    /// The next statement; `in_chain` when it stands in a chain's block,
    /// where a '{' always starts an anonymous set or map.
    Statement next(bool in_chain) {
        Statement statement;
        int depth = 0;
        skip_blanks();
        statement.begin = at_;
        while (at_ < text_.size()) {
            char c = text_[at_];
            if (c == '#') {
                while (at_ < text_.size() && text_[at_] != '\n')
                    ++at_;
            } else if (c == '"') {
                auto start = at_++;
                while (at_ < text_.size() && text_[at_] != '"' && text_[at_] != '\n')
                    ++at_;
                ++at_;
                statement.words.push_back(text_.substr(start, at_ - start));
            } else if (c == '{' && (depth > 0 || in_chain || !opens_block(statement))) {
                ++depth;
                statement.words.push_back(text_.substr(at_++, 1));
            } else if (c == '}' && depth > 0) {
                --depth;
                statement.words.push_back(text_.substr(at_++, 1));
            } else if (c == '{' || c == '}' || ((c == '\n' || c == ';') && depth == 0)) {
                statement.end = at_++;
                statement.terminator = c;
                return statement;
            } else if (std::isspace(static_cast<unsigned char>(c))) {
                ++at_;
            } else {
                auto start = at_;
                while (at_ < text_.size() &&
                       !std::isspace(static_cast<unsigned char>(text_[at_])) &&
                       std::string_view("{};#\"").find(text_[at_]) == std::string_view::npos)
                    ++at_;
                statement.words.push_back(text_.substr(start, at_ - start));
            }
        }
        statement.end = at_;
        return statement;
    }

private:
    // A '{' opens a block (table, chain, set, ...) when the statement so far
    // is a declaration head; inside a rule it starts an anonymous set or map.
    static bool opens_block(const Statement& statement) {
        if (statement.words.empty())
            return true;
        auto first = statement.words.front();
        if (first == "add" || first == "create")
            return statement.words.size() < 2 ||
                   (statement.words[1] != "rule" && statement.words[1] != "element");
        return first == "table" || first == "chain" || first == "set" || first == "map" ||
               first == "flowtable" || first == "counter" || first == "quota" || first == "ct" ||
               first == "limit" || first == "secmark" || first == "synproxy";
    }

    void skip_blanks() {
        while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_])) &&
               text_[at_] != '\n')
            ++at_;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

std::string joined(const std::vector<std::string_view>& words, std::size_t from) {
    std::string text;
    for (auto i = from; i < words.size(); ++i) {
        if (!text.empty())
            text += ' ';
        text += words[i];
    }
    return text;
}

// `table [family] name` or `chain [family] table name` style heads: the
// family is optional and defaults to ip.
std::pair<std::string, std::size_t> family_at(const std::vector<std::string_view>& words,
                                              std::size_t index) {
    if (index < words.size() && is_family(words[index]))
        return {std::string(words[index]), index + 1};
    return {"ip", index};
}

} // namespace

std::vector<LocatedRule> locate_rules(std::string_view text) {
    std::vector<LocatedRule> rules;
    Scanner scanner(text);
    // Open blocks: "table", "chain" or "other"; names of the enclosing ones.
    std::vector<std::string> blocks;
    std::string family, table, chain;

    while (!scanner.done()) {
        bool in_chain = !blocks.empty() && blocks.back() == "chain";
        auto statement = scanner.next(in_chain);
        const auto& words = statement.words;

        if (statement.terminator == '{') {
            if (words.size() >= 2 && words[0] == "table" && blocks.empty()) {
                auto [parsed_family, next] = family_at(words, 1);
                family = parsed_family;
                table = next < words.size() ? std::string(words[next]) : "";
                blocks.emplace_back("table");
            } else if (words.size() >= 2 && words[0] == "chain" && blocks.size() == 1 &&
                       blocks[0] == "table") {
                chain = std::string(words[1]);
                blocks.emplace_back("chain");
            } else {
                blocks.emplace_back("other");
            }
            continue;
        }

        if (!words.empty()) {
            if (in_chain && !is_chain_property(words[0])) {
                rules.push_back({family, table, chain, statement.begin, joined(words, 0)});
            } else if (blocks.empty() && words.size() >= 5 && words[0] == "add" &&
                       words[1] == "rule") {
                auto [rule_family, next] = family_at(words, 2);
                if (next + 2 < words.size()) {
                    auto offset = static_cast<std::size_t>(words[next + 2].data() - text.data());
                    rules.push_back({rule_family, std::string(words[next]),
                                     std::string(words[next + 1]), offset,
                                     joined(words, next + 2)});
                }
            }
        }
        if (statement.terminator == '}' && !blocks.empty())
            blocks.pop_back();
    }
    return rules;
}

} // namespace nse::compiler
