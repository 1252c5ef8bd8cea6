#include "compiler/scenario_lowering.hpp"

#include "compiler/packet_lowering.hpp"
#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace nse::compiler {

namespace ast = lang::ast;
namespace diag = lang::diag;

namespace {

plan::SourcePoint point_of(const lang::SourceRange& range) {
    auto at = range.file->location_of(range.span.begin);
    return {range.file->path(), at.line, at.column};
}

// The scenario's one `topology` line, reported when missing or repeated.
const ast::TopologyRef* topology_ref(const Declared<ast::ScenarioDecl>& declared,
                                     lang::DiagnosticSink& sink) {
    const ast::TopologyRef* found = nullptr;
    for (const auto& item : declared.node->items) {
        const auto* ref = boost::get<ast::TopologyRef>(&item.get());
        if (!ref)
            continue;
        if (found) {
            sink.error(diag::kDuplicateTopology, declared.range(*ref),
                       "a scenario runs on one topology")
                .notes.push_back({"topology chosen here", declared.range(*found)});
            continue;
        }
        found = ref;
    }
    if (!found)
        sink.error(diag::kMissingTopology, declared.range(declared.node->name),
                   fmt::format("scenario \"{}\" names no topology", declared.node->name.value))
            .hints.push_back("add a line like 'topology pair' (after 'import std.topologies')");
    return found;
}

} // namespace

std::optional<plan::Scenario> lower_scenario(const Declared<ast::ScenarioDecl>& declared,
                                             const ScenarioContext& context,
                                             lang::DiagnosticSink& sink) {
    auto errors_before = sink.error_count();
    plan::Scenario scenario;
    scenario.name = declared.node->name.value;
    scenario.where = point_of(declared.range(*declared.node));

    const auto* ref = topology_ref(declared, sink);
    if (!ref)
        return std::nullopt;
    const auto* topology_decl = context.scope.topology(ref->name.name);
    if (!topology_decl) {
        sink.error(diag::kUnknownTopology, declared.range(ref->name),
                   fmt::format("no topology named '{}'", ref->name.name))
            .hints.push_back(fmt::format("known here: {}; the stdlib's (pair, gateway) come "
                                         "with 'import std.topologies'",
                                         context.scope.topology_names()));
        return std::nullopt;
    }
    const auto& topology = context.topology(*topology_decl);
    if (!topology)
        return std::nullopt; // its errors are already reported
    scenario.topology = topology->name;
    scenario.nodes = topology->nodes;
    scenario.links = topology->links;
    scenario.routes = topology->routes;

    PacketLowering packets(declared, *topology, sink);
    for (const auto& item : declared.node->items) {
        if (const auto* load = boost::get<ast::LoadStmt>(&item.get())) {
            const auto* ruleset = context.scope.ruleset(load->ruleset.name);
            if (!ruleset) {
                sink.error(diag::kUnknownRuleset, declared.range(load->ruleset),
                           fmt::format("no ruleset named '{}'", load->ruleset.name))
                    .hints.push_back(fmt::format("known here: {}", context.scope.ruleset_names()));
            }
            if (!topology->has_node(load->node.name)) {
                sink.error(
                    diag::kUnknownNode, declared.range(load->node),
                    fmt::format("topology '{}' has no node '{}'", topology->name, load->node.name));
                continue;
            }
            if (auto index = ruleset ? context.ruleset(*ruleset) : std::nullopt)
                scenario.loads.push_back({load->node.name, *index});
        } else if (const auto* send = boost::get<ast::SendStmt>(&item.get())) {
            if (auto packet = packets.lower(*send))
                scenario.packets.push_back(std::move(*packet));
        }
    }

    bool sends =
        std::any_of(declared.node->items.begin(), declared.node->items.end(),
                    [](const auto& item) { return boost::get<ast::SendStmt>(&item.get()); });
    if (!sends)
        sink.error(diag::kEmptyScenario, declared.range(declared.node->name),
                   fmt::format("scenario \"{}\" sends no packets, so it would test nothing",
                               scenario.name));
    if (sink.error_count() > errors_before)
        return std::nullopt;
    return scenario;
}

} // namespace nse::compiler
