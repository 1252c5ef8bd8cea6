#include "compiler/rule_locator.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using nse::compiler::locate_rules;
using nse::compiler::LocatedRule;

namespace {

// The rules of `text`, each as "family table chain: text".
std::vector<std::string> rules_of(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& rule : locate_rules(text))
        out.push_back(rule.family + " " + rule.table + " " + rule.chain + ": " + rule.text);
    return out;
}

// The source text starting at a located rule, up to the end of its line.
std::string_view line_at(std::string_view text, const LocatedRule& rule) {
    auto rest = text.substr(rule.offset);
    return rest.substr(0, rest.find('\n'));
}

} // namespace

TEST_CASE("Rules in table and chain blocks are found with their offsets", "[compiler]") {
    std::string_view text = R"(table inet filter {
    chain input {
        type filter hook input priority 0; policy drop;
        ct state established,related accept
        tcp dport 22 accept
    }
    chain output {
        type filter hook output priority 0;
        accept
    }
}
)";
    auto rules = locate_rules(text);

    REQUIRE(rules.size() == 3);
    CHECK(rules[0].family == "inet");
    CHECK(rules[0].table == "filter");
    CHECK(rules[0].chain == "input");
    CHECK(rules[0].text == "ct state established,related accept");
    CHECK(rules[0].offset == text.find("ct state"));
    CHECK(rules[1].chain == "input");
    CHECK(rules[1].text == "tcp dport 22 accept");
    CHECK(rules[1].offset == text.find("tcp dport"));
    CHECK(rules[2].chain == "output");
    CHECK(rules[2].text == "accept");
    CHECK(line_at(text, rules[2]) == "accept");
}

TEST_CASE("A rule's whitespace is collapsed to single spaces", "[compiler]") {
    std::string_view text = "table ip t {\n  chain c {\n    tcp   dport\t22    accept  \n  }\n}\n";
    auto rules = locate_rules(text);

    REQUIRE(rules.size() == 1);
    CHECK(rules[0].text == "tcp dport 22 accept");
    CHECK(rules[0].offset == text.find("tcp"));
}

TEST_CASE("Chain properties are not rules", "[compiler]") {
    auto rules = rules_of(R"(table ip filter {
    chain input {
        type filter hook input priority 0
        policy drop
        comment "the input chain"
        udp dport 53 accept
    }
    chain forward { type filter hook forward priority 0; policy accept; }
}
)");
    CHECK(rules == std::vector<std::string>{"ip filter input: udp dport 53 accept"});
}

TEST_CASE("Rules separated by ';' on one line are separate rules", "[compiler]") {
    std::string_view text = "table ip t {\n  chain c {\n    tcp dport 22 accept; udp dport 53 "
                            "drop;icmp type echo-request accept\n  }\n}\n";
    auto rules = locate_rules(text);

    REQUIRE(rules.size() == 3);
    CHECK(rules[0].text == "tcp dport 22 accept");
    CHECK(rules[1].text == "udp dport 53 drop");
    CHECK(rules[1].offset == text.find("udp"));
    CHECK(rules[2].text == "icmp type echo-request accept");
    CHECK(rules[2].offset == text.find("icmp"));
}

TEST_CASE("A rule ending at the chain's closing brace is found", "[compiler]") {
    CHECK(rules_of("table ip t { chain c { tcp dport 22 accept } }") ==
          std::vector<std::string>{"ip t c: tcp dport 22 accept"});
}

TEST_CASE("An anonymous set spanning lines belongs to one rule", "[compiler]") {
    std::string_view text = R"(table ip filter {
    chain input {
        tcp dport { 22,
                    80 } accept
        drop
    }
}
)";
    auto rules = locate_rules(text);

    REQUIRE(rules.size() == 2);
    CHECK(rules[0].text == "tcp dport { 22, 80 } accept");
    CHECK(rules[0].offset == text.find("tcp"));
    CHECK(rules[1].text == "drop");
}

TEST_CASE("An anonymous set after a word that can head a declaration stays in its rule",
          "[compiler]") {
    // `ct`, `limit` and `counter` also start named objects in a table
    // (`ct helper ftp { ... }`); inside a chain they start rules.
    auto rules = rules_of(R"(table inet filter {
    chain input {
        ct state { established, related } accept
        limit rate 10/second accept
        tcp dport 22 accept
    }
}
)");
    CHECK(rules ==
          std::vector<std::string>{"inet filter input: ct state { established, related } accept",
                                   "inet filter input: limit rate 10/second accept",
                                   "inet filter input: tcp dport 22 accept"});
}

TEST_CASE("Sets, maps and other blocks inside a table are skipped", "[compiler]") {
    auto rules = rules_of(R"(table ip filter {
    set blocked {
        type ipv4_addr
        elements = { 10.0.0.9,
                     10.0.0.10 }
    }
    map ports { type inet_service : verdict; elements = { 22 : accept } }
    counter hits { }
    chain input {
        ip saddr @blocked drop
        tcp dport vmap @ports
    }
}
)");
    CHECK(rules == std::vector<std::string>{"ip filter input: ip saddr @blocked drop",
                                            "ip filter input: tcp dport vmap @ports"});
}

TEST_CASE("Braces inside strings and comments do not open or close blocks", "[compiler]") {
    std::string_view text = R"(# a { comment
table ip filter { # another }
    chain input { # not { a rule
        tcp dport 22 comment "ssh { }" accept # trailing }
        # } still a comment
        drop
    }
}
)";
    auto rules = locate_rules(text);

    REQUIRE(rules.size() == 2);
    CHECK(rules[0].text == "tcp dport 22 comment \"ssh { }\" accept");
    CHECK(rules[0].chain == "input");
    CHECK(rules[1].text == "drop");
    CHECK(rules[1].offset == text.find("drop"));
}

TEST_CASE("An 'add rule' command is located after its chain", "[compiler]") {
    std::string_view text = "add table ip filter\n"
                            "add chain ip filter input { type filter hook input priority 0; }\n"
                            "add rule ip filter input tcp dport 22 accept\n"
                            "add rule inet nat prerouting tcp dport { 80, 443 } accept\n";
    auto rules = locate_rules(text);

    REQUIRE(rules.size() == 2);
    CHECK(rules[0].family == "ip");
    CHECK(rules[0].table == "filter");
    CHECK(rules[0].chain == "input");
    CHECK(rules[0].text == "tcp dport 22 accept");
    CHECK(rules[0].offset == text.find("tcp dport 22"));
    CHECK(rules[1].family == "inet");
    CHECK(rules[1].table == "nat");
    CHECK(rules[1].chain == "prerouting");
    CHECK(rules[1].text == "tcp dport { 80, 443 } accept");
}

TEST_CASE("A table or rule without a family is in family ip", "[compiler]") {
    auto rules = rules_of(R"(table filter {
    chain input {
        tcp dport 22 accept
    }
}
add rule filter input udp dport 53 accept
)");
    CHECK(rules == std::vector<std::string>{"ip filter input: tcp dport 22 accept",
                                            "ip filter input: udp dport 53 accept"});
}

TEST_CASE("Each table's rules carry that table's family and name", "[compiler]") {
    auto rules = rules_of(R"(table ip6 v6 {
    chain input {
        icmpv6 type echo-request accept
    }
}
table bridge br { chain forward { drop } }
)");
    CHECK(rules == std::vector<std::string>{"ip6 v6 input: icmpv6 type echo-request accept",
                                            "bridge br forward: drop"});
}

TEST_CASE("Text without tables or 'add rule' commands has no rules", "[compiler]") {
    CHECK(locate_rules("").empty());
    CHECK(locate_rules("# only a comment\n").empty());
    CHECK(locate_rules("flush ruleset\ninclude \"base.nft\"\n").empty());
    CHECK(locate_rules("table ip t {\n  chain c {\n    type filter hook input priority 0;\n  "
                       "}\n}\n")
              .empty());
}
