#pragma once

#include "compiler/plan.hpp"
#include "runtime/result.hpp"

#include <nlohmann/json.hpp>

// Results as the JSON objects of the nse-results format (docs/results-json.md).
// Keys keep the documented order, hence ordered_json.
namespace nse::report {

/// {node, family, table, chain, hook, kind, verdict, handle, rule, file, line};
/// rule, file and line are null when unknown.
nlohmann::ordered_json to_json(const runtime::TraceStep& step);

/// One element of a scenario's "packets"; the plan's side of the packet is
/// looked up by result.index and left out (null fields) if it is not there.
nlohmann::ordered_json to_json(const plan::Scenario& scenario, const runtime::PacketResult& result);

/// One element of the document's "scenarios".
nlohmann::ordered_json to_json(const plan::Scenario& scenario,
                               const runtime::ScenarioResult& result);

/// The document's "summary".
nlohmann::ordered_json to_json(const runtime::RunSummary& summary);

} // namespace nse::report
