#pragma once

#include "compiler/modules.hpp"

#include <map>
#include <string>
#include <vector>

namespace nse::compiler {

/// A declaration and the module it was written in.
template <class Node> struct Declared {
    const Node* node = nullptr;
    const Module* module = nullptr;

    /// The source range of `part`, a node inside this declaration.
    lang::SourceRange range(const lang::ast::Spanned& part) const {
        return {module->source, part.span};
    }
};

/// The names a file can use: its own declarations and those of every module
/// it imports, directly or not. A name declared twice is reported, with a
/// note at the first declaration.
class Scope {
public:
    static Scope of(const Module& root, lang::DiagnosticSink& sink);

    const Declared<lang::ast::TopologyDecl>* topology(const std::string& name) const;
    const Declared<lang::ast::RulesetDecl>* ruleset(const std::string& name) const;

    /// "pair, gateway": for hints after an unknown name.
    std::string topology_names() const;
    std::string ruleset_names() const;

    /// The root file's own scenarios, in the order written.
    const std::vector<Declared<lang::ast::ScenarioDecl>>& scenarios() const { return scenarios_; }

private:
    std::map<std::string, Declared<lang::ast::TopologyDecl>> topologies_;
    std::map<std::string, Declared<lang::ast::RulesetDecl>> rulesets_;
    std::vector<Declared<lang::ast::ScenarioDecl>> scenarios_;
};

} // namespace nse::compiler
