#pragma once

#include "../lang/diagnostic.hpp"
#include "plan.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace nse::compiler {

struct CompileOptions {
    /// Load every ruleset into a throwaway namespace to check it and to learn
    /// its rule handles. Needs the privileges to create a namespace.
    bool check_rulesets = true;

    /// When set, called for each file named in `paths` once it is parsed,
    /// before names are resolved, with its syntax tree written out as .nse
    /// text (comments dropped): what `nse check --dump-ast` prints.
    std::function<void(const std::string& path, const std::string& tree)> on_parsed;
};

/// Compiles .nse files (and what they import) into one plan. Every problem
/// found is reported to `sink`; returns no plan when any was an error.
std::optional<plan::Plan> compile(const std::vector<std::string>& paths, lang::DiagnosticSink& sink,
                                  const CompileOptions& options = {});

} // namespace nse::compiler
