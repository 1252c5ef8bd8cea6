#include "compiler/ruleset_check.hpp"

#include "compiler/rule_locator.hpp"
#include "lang/diagnostic_names.hpp"
#include "runtime/netns.hpp"
#include "runtime/nft_context.hpp"
#include "runtime/route_socket.hpp"
#include "runtime/trace_table.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <regex>

namespace nse::compiler {

namespace diag = lang::diag;

namespace {

plan::SourcePoint point_of(const RulesetSource& source, std::size_t offset) {
    auto at = source.file->location_of(source.file_offset(offset));
    return {source.file->path(), at.line, at.column};
}

// Fills the ruleset's chains and rules from nft's JSON listing, pairing the
// n-th rule the kernel lists in a chain with the n-th rule written in it.
// Returns the family of a table named like nse's own trace table, if any.
std::optional<std::string> read_listing(const std::string& listing, const RulesetSource& source,
                                        plan::Ruleset& out) {
    auto document = nlohmann::json::parse(listing, nullptr, false);
    if (document.is_discarded() || !document.contains("nftables"))
        return std::nullopt;
    std::optional<std::string> reserved;

    std::map<std::tuple<std::string, std::string, std::string>, std::vector<LocatedRule>> written;
    for (auto& rule : locate_rules(source.text))
        written[{rule.family, rule.table, rule.chain}].push_back(std::move(rule));
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;

    for (const auto& entry : document["nftables"]) {
        if (entry.contains("table") && entry["table"].value("name", "") == runtime::kTraceTable)
            reserved = entry["table"].value("family", "");
        if (entry.contains("chain")) {
            const auto& chain = entry["chain"];
            out.chains.push_back({chain.value("family", ""), chain.value("table", ""),
                                  chain.value("name", ""), chain.value("hook", ""),
                                  chain.value("prio", 0), chain.value("policy", "")});
        } else if (entry.contains("rule")) {
            const auto& rule = entry["rule"];
            plan::Rule planned{rule.value("family", ""),
                               rule.value("table", ""),
                               rule.value("chain", ""),
                               rule.value("handle", std::uint64_t{0}),
                               {},
                               {}};
            auto key = std::tuple{planned.family, planned.table, planned.chain};
            auto ordinal = seen[key]++;
            if (auto found = written.find(key);
                found != written.end() && ordinal < found->second.size()) {
                planned.text = found->second[ordinal].text;
                planned.where = point_of(source, found->second[ordinal].offset);
            }
            out.rules.push_back(std::move(planned));
        }
    }
    return reserved;
}

// Two closing braces on one line: what nftables 1.0.6 trips over.
bool closes_twice(const RulesetSource& source, int line, int column) {
    std::size_t begin = 0;
    for (int l = 1; l < line; ++l)
        begin = source.text.find('\n', begin) + 1;
    auto text = std::string_view(source.text).substr(begin, static_cast<std::size_t>(column - 1));
    auto last = text.find_last_not_of(" \t");
    return last != std::string_view::npos && text[last] == '}';
}

runtime::Result<void> add_dummies(const runtime::Namespace& ns,
                                  const std::vector<std::string>& names) {
    if (names.empty())
        return runtime::success();
    auto routes = runtime::RouteSocket::open(ns);
    if (!routes)
        return routes.error();
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto peer = fmt::format("nse-check-{}", i);
        if (auto created = routes.value().create_stand_in(names[i], peer); !created)
            return created.error();
    }
    return runtime::success();
}

} // namespace

bool RulesetChecker::report_nft_errors(const RulesetSource& source, const std::string& errors) {
    static const std::regex kLocated(
        fmt::format(R"(^{}:(\d+):(\d+)-(\d+): (Error|Warning): (.*)$)", runtime::kNftInputName));
    // Only the first error: after a syntax error nft's parser reports echoes of
    // it ("unexpected end of file") that would only confuse.
    std::istringstream lines(errors);
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (!std::regex_match(line, match, kLocated) || match[4] != "Error")
            continue;
        int at_line = std::stoi(match[1]);
        int column = std::stoi(match[2]);
        int end_column = std::stoi(match[3]);
        auto message = match[5].str();
        auto begin = source.file_offset(at_line, column);
        auto end = source.file_offset(at_line, end_column) + 1;

        bool syntax = message.starts_with("syntax error");
        auto& diagnostic =
            sink_.error(syntax ? diag::kNftSyntax : diag::kNftRejected, {source.file, {begin, end}},
                        fmt::format("nftables: {}", message));
        if (syntax && message.find("unexpected '}'") != std::string::npos &&
            closes_twice(source, at_line, column))
            diagnostic.hints.push_back(
                "nftables 1.0.6 needs a newline or ';' between two closing braces: "
                "write '} }' as '}; }' or put each '}' on its own line");
        diagnostic.notes.push_back(
            {fmt::format("in ruleset '{}'", source.name), source.declared_at});
        return true;
    }
    sink_.error(diag::kNftRejected, source.declared_at,
                fmt::format("nftables rejected ruleset '{}': {}", source.name, errors));
    return true;
}

std::optional<plan::Ruleset> RulesetChecker::check(const RulesetSource& source) {
    auto at = source.declared_at.file->location_of(source.declared_at.span.begin);
    plan::Ruleset ruleset{source.name, {source.declared_at.file->path(), at.line, at.column},
                          source.text, source.include_directory,
                          {},          {}};
    if (!options_.check_rulesets || sandbox_failed_)
        return ruleset;

    auto sandbox = runtime::Namespace::create();
    if (!sandbox) {
        sandbox_failed_ = true;
        sink_
            .error(diag::kNoSandbox, source.declared_at,
                   fmt::format("cannot check rulesets: {}", sandbox.error().message))
            .hints.push_back("nse needs root (CAP_SYS_ADMIN and CAP_NET_ADMIN) to create the "
                             "network namespace it checks rulesets in");
        return std::nullopt;
    }
    if (auto created = add_dummies(sandbox.value(), interfaces_); !created) {
        sink_.error(diag::kNoSandbox, source.declared_at, created.error().message);
        return std::nullopt;
    }
    auto context = runtime::NftContext::open(sandbox.value(), source.include_directory);
    if (!context) {
        sink_.error(diag::kNoSandbox, source.declared_at, context.error().message);
        return std::nullopt;
    }
    if (auto loaded = context.value().run(source.text); !loaded) {
        report_nft_errors(source, loaded.error().message);
        return std::nullopt;
    }
    if (auto listing = context.value().list_ruleset_json()) {
        if (auto family = read_listing(listing.value(), source, ruleset)) {
            sink_
                .error(diag::kNftRejected, source.declared_at,
                       fmt::format("ruleset '{}' defines table {} {}, a name nse keeps for its "
                                   "own trace table",
                                   source.name, *family, runtime::kTraceTable))
                .hints.push_back("give the table another name");
            return std::nullopt;
        }
    }
    return ruleset;
}

} // namespace nse::compiler
