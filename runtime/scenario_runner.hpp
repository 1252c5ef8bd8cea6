#pragma once

#include "compiler/plan.hpp"
#include "runtime/result.hpp"
#include "runtime/run.hpp"

namespace nse::runtime {

/// Runs scenario number `index` of `plan` from start to end in fresh
/// namespaces: build, send every packet in order, tear down. Never throws;
/// whatever goes wrong becomes a result with status error.
ScenarioResult run_scenario(const plan::Plan& plan, std::size_t index, const RunOptions& options);

} // namespace nse::runtime
