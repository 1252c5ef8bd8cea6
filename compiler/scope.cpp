#include "compiler/scope.hpp"

#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <set>

namespace nse::compiler {

namespace ast = lang::ast;

namespace {

template <class Node>
void declare(std::map<std::string, Declared<Node>>& table, const Node& node, const Module& module,
             std::string_view kind, lang::DiagnosticSink& sink) {
    Declared<Node> declared{&node, &module};
    auto [existing, inserted] = table.try_emplace(node.name.name, declared);
    if (inserted || existing->second.node == &node)
        return;
    sink.error(lang::diag::kDuplicateName, declared.range(node.name),
               fmt::format("{} '{}' is declared twice", kind, node.name.name))
        .notes.push_back(
            {"first declared here", existing->second.range(existing->second.node->name)});
}

template <class Table> std::string names_of(const Table& table) {
    std::vector<std::string> names;
    names.reserve(table.size());
    for (const auto& [name, declared] : table)
        names.push_back(name);
    return names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", "));
}

// Imports come before their importer, so that a name clashing with an
// imported one is reported in the importer (which the user can change, unlike
// the stdlib), with the imported declaration as the first.
void collect(const Module& module, std::set<const Module*>& seen, std::vector<const Module*>& out) {
    if (!seen.insert(&module).second)
        return;
    for (const auto* imported : module.imports)
        collect(*imported, seen, out);
    out.push_back(&module);
}

} // namespace

Scope Scope::of(const Module& root, lang::DiagnosticSink& sink) {
    Scope scope;
    std::set<const Module*> seen;
    std::vector<const Module*> modules;
    collect(root, seen, modules);

    for (const auto* module : modules) {
        for (const auto& declaration : module->ast.declarations) {
            if (const auto* topology = boost::get<ast::TopologyDecl>(&declaration.get()))
                declare(scope.topologies_, *topology, *module, "topology", sink);
            else if (const auto* ruleset = boost::get<ast::RulesetDecl>(&declaration.get()))
                declare(scope.rulesets_, *ruleset, *module, "ruleset", sink);
            else if (const auto* scenario = boost::get<ast::ScenarioDecl>(&declaration.get());
                     scenario && module == &root)
                scope.scenarios_.push_back({scenario, module});
        }
    }
    return scope;
}

const Declared<ast::TopologyDecl>* Scope::topology(const std::string& name) const {
    auto found = topologies_.find(name);
    return found == topologies_.end() ? nullptr : &found->second;
}

const Declared<ast::RulesetDecl>* Scope::ruleset(const std::string& name) const {
    auto found = rulesets_.find(name);
    return found == rulesets_.end() ? nullptr : &found->second;
}

std::string Scope::topology_names() const {
    return names_of(topologies_);
}

std::string Scope::ruleset_names() const {
    return names_of(rulesets_);
}

} // namespace nse::compiler
