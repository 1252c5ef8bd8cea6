#pragma once

#include "compiler/compile.hpp"
#include "compiler/plan.hpp"
#include "compiler/ruleset_source.hpp"
#include "lang/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nse::compiler {

/// Checks rulesets with the real nftables: each is loaded into a throwaway
/// network namespace (libnftables' check mode still talks to the kernel, and
/// the host's own ruleset must never be touched), its errors are reported at
/// their place in the user's file, and the kernel's listing of the loaded
/// ruleset gives its chains' hooks and its rules' handles.
class RulesetChecker {
public:
    RulesetChecker(lang::DiagnosticSink& sink, const CompileOptions& options)
        : sink_(sink), options_(options) {}

    /// Interfaces to create (as stand-ins) in every namespace a ruleset is
    /// checked in, so that rules naming a topology's interfaces by index
    /// (`iif "eth0"`) resolve as they will at run time.
    void provide_interfaces(std::vector<std::string> names) { interfaces_ = std::move(names); }

    /// The plan's form of the ruleset, or nullopt when nft rejected it.
    std::optional<plan::Ruleset> check(const RulesetSource& source);

private:
    bool report_nft_errors(const RulesetSource& source, const std::string& errors);

    lang::DiagnosticSink& sink_;
    const CompileOptions& options_;
    bool sandbox_failed_ = false;
    std::vector<std::string> interfaces_;
};

} // namespace nse::compiler
