#pragma once

#include "compiler/plan.hpp"
#include "compiler/scope.hpp"
#include "compiler/topology_lowering.hpp"

#include <functional>
#include <optional>

namespace nse::compiler {

/// What lowering a scenario needs from the rest of the compilation.
struct ScenarioContext {
    const Scope& scope;
    /// The lowered topology of a declaration (cached), nullopt if it has errors.
    std::function<const std::optional<Topology>&(const Declared<lang::ast::TopologyDecl>&)>
        topology;
    /// The plan index of a checked ruleset, nullopt if it has errors.
    std::function<std::optional<std::size_t>(const Declared<lang::ast::RulesetDecl>&)> ruleset;
};

/// Checks a scenario against its topology and rulesets and lowers it: packet
/// ends become nodes and addresses, ports and flags get their defaults.
/// Returns nullopt on errors (all reported to `sink`).
std::optional<plan::Scenario> lower_scenario(const Declared<lang::ast::ScenarioDecl>& declared,
                                             const ScenarioContext& context,
                                             lang::DiagnosticSink& sink);

} // namespace nse::compiler
