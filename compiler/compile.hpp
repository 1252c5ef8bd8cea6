#pragma once

#include "../lang/diagnostic.hpp"
#include "plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nse::compiler {

struct CompileOptions {
    /// Load every ruleset into a throwaway namespace to check it and to learn
    /// its rule handles. Needs the privileges to create a namespace.
    bool check_rulesets = true;
};

/// Compiles .nse files (and what they import) into one plan. Every problem
/// found is reported to `sink`; returns no plan when any was an error.
std::optional<plan::Plan> compile(const std::vector<std::string>& paths, lang::DiagnosticSink& sink,
                                  const CompileOptions& options = {});

} // namespace nse::compiler
