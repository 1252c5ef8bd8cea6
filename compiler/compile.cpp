// The compiler's passes, in order. Each stage reports every problem it finds;
// the pipeline stops after a stage with errors, because later stages would
// only repeat them in other words.
//
//   1. load     read and parse each file and, transitively, its imports
//   2. scope    collect each root file's names; duplicates are errors
//   3. check    every topology, used or not, and every ruleset, loaded into
//               nftables in a throwaway namespace
//   4. lower    scenarios into the plan
#include "compiler/compile.hpp"

#include "compiler/modules.hpp"
#include "compiler/nse_writer.hpp"
#include "compiler/ruleset_check.hpp"
#include "compiler/scenario_lowering.hpp"
#include "compiler/scope.hpp"
#include "compiler/topology_lowering.hpp"
#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace nse::compiler {

namespace ast = lang::ast;

namespace {

// The directory a file lies in, "." for a bare file name.
std::string directory_of(const std::filesystem::path& file) {
    auto directory = file.parent_path();
    return directory.empty() ? "." : directory.string();
}

RulesetSource source_of(const Declared<ast::RulesetDecl>& declared, ModuleLoader& loader) {
    const auto& decl = *declared.node;
    const auto& file = declared.module->source;
    if (const auto* body = boost::get<ast::RulesetBody>(&decl.source.get())) {
        auto source = body->line_offsets.empty()
                          ? RulesetSource::verbatim(decl.name.name, declared.range(decl.name), file,
                                                    body->span.begin, body->span.end)
                          : RulesetSource::mapped(decl.name.name, declared.range(decl.name), file,
                                                  body->text, body->line_offsets);
        source.include_directory = directory_of(file->path());
        return source;
    }
    const auto& path = boost::get<ast::String>(decl.source.get());
    auto full = std::filesystem::path(file->path()).parent_path() / path.value;
    auto nft_file = loader.read(full.string(), declared.range(path));
    if (!nft_file)
        return {};
    auto source = RulesetSource::verbatim(decl.name.name, declared.range(decl.name), nft_file, 0,
                                          static_cast<std::uint32_t>(nft_file->text().size()));
    source.include_directory = directory_of(full);
    return source;
}

class Compilation {
public:
    Compilation(lang::DiagnosticSink& sink, const CompileOptions& options)
        : sink_(sink), options_(options), loader_(sink), checker_(sink, options) {}

    std::optional<plan::Plan> run(const std::vector<std::string>& paths) {
        std::vector<const Module*> roots;
        for (const auto& path : paths) {
            // A file named twice (or as ./f and f) is one module, run once.
            const auto* root = loader_.load_file(path);
            if (root && std::find(roots.begin(), roots.end(), root) == roots.end()) {
                roots.push_back(root);
                if (options_.on_parsed)
                    options_.on_parsed(root->source->path(), write_nse(root->ast));
            }
        }
        if (sink_.has_errors())
            return std::nullopt;

        std::vector<Scope> scopes;
        scopes.reserve(roots.size());
        for (const auto* root : roots)
            scopes.push_back(Scope::of(*root, sink_));
        if (sink_.has_errors())
            return std::nullopt;

        for (const auto* root : roots)
            check_declarations(*root);
        if (sink_.has_errors())
            return std::nullopt;

        for (const auto& scope : scopes)
            lower_scenarios(scope);
        if (sink_.has_errors())
            return std::nullopt;
        return std::move(plan_);
    }

private:
    // Every topology and ruleset of every file is checked once, used or not:
    // a library file's mistakes show before a scenario trips over them.
    // Topologies come first: rulesets may name their interfaces (`iif
    // "eth0"`), so the namespace a ruleset is checked in gets them too.
    void check_declarations(const Module& root) {
        std::vector<const Module*> modules;
        collect_modules(root, modules);
        for (const auto* module : modules) {
            for (const auto& declaration : module->ast.declarations) {
                if (const auto* topology = boost::get<ast::TopologyDecl>(&declaration.get()))
                    topology_of({topology, module});
            }
        }
        std::set<std::string> interfaces;
        for (const auto& [declaration, topology] : topologies_) {
            for (const auto& link : topology ? topology->links : std::vector<plan::Link>{}) {
                interfaces.insert(link.left.interface);
                interfaces.insert(link.right.interface);
            }
        }
        checker_.provide_interfaces({interfaces.begin(), interfaces.end()});

        for (const auto* module : modules) {
            for (const auto& declaration : module->ast.declarations) {
                if (const auto* ruleset = boost::get<ast::RulesetDecl>(&declaration.get()))
                    check_ruleset({ruleset, module});
            }
        }
    }

    void collect_modules(const Module& module, std::vector<const Module*>& modules) {
        if (!visited_.insert(&module).second)
            return;
        modules.push_back(&module);
        for (const auto* imported : module.imports)
            collect_modules(*imported, modules);
    }

    void check_ruleset(const Declared<ast::RulesetDecl>& declared) {
        auto source = source_of(declared, loader_);
        if (!source.file)
            return;
        if (auto checked = checker_.check(source)) {
            ruleset_index_[declared.node] = plan_.rulesets.size();
            plan_.rulesets.push_back(std::move(*checked));
        }
    }

    const std::optional<Topology>& topology_of(const Declared<ast::TopologyDecl>& declared) {
        auto found = topologies_.find(declared.node);
        if (found == topologies_.end())
            found = topologies_.emplace(declared.node, lower_topology(declared, sink_)).first;
        return found->second;
    }

    void lower_scenarios(const Scope& scope) {
        ScenarioContext context{
            scope,
            [this](const Declared<ast::TopologyDecl>& declared) -> const std::optional<Topology>& {
                return topology_of(declared);
            },
            [this](const Declared<ast::RulesetDecl>& declared) -> std::optional<std::size_t> {
                auto found = ruleset_index_.find(declared.node);
                if (found == ruleset_index_.end())
                    return std::nullopt;
                return found->second;
            }};

        std::map<std::string, const Declared<ast::ScenarioDecl>*> names;
        for (const auto& scenario : scope.scenarios()) {
            auto [first, fresh] = names.emplace(scenario.node->name.value, &scenario);
            if (!fresh) {
                sink_
                    .error(lang::diag::kDuplicateScenario, scenario.range(scenario.node->name),
                           fmt::format("a scenario named \"{}\" already exists in this file",
                                       scenario.node->name.value))
                    .notes.push_back(
                        {"the first one", first->second->range(first->second->node->name)});
                continue;
            }
            if (auto lowered = lower_scenario(scenario, context, sink_))
                plan_.scenarios.push_back(std::move(*lowered));
        }
    }

    lang::DiagnosticSink& sink_;
    const CompileOptions& options_;
    ModuleLoader loader_;
    RulesetChecker checker_;
    plan::Plan plan_;
    std::set<const Module*> visited_;
    std::map<const ast::RulesetDecl*, std::size_t> ruleset_index_;
    std::map<const ast::TopologyDecl*, std::optional<Topology>> topologies_;
};

} // namespace

std::optional<plan::Plan> compile(const std::vector<std::string>& paths, lang::DiagnosticSink& sink,
                                  const CompileOptions& options) {
    return Compilation(sink, options).run(paths);
}

} // namespace nse::compiler
