#pragma once

#include "compiler/plan.hpp"
#include "runtime/result.hpp"

namespace nse::report {

/// Receives a run's results as they happen. All calls come from one thread,
/// in this order: run_started, scenario_finished once per finished scenario
/// (in completion order), run_finished. A streaming reporter writes each
/// scenario as it arrives, so an interrupted run keeps what it did.
class Reporter {
public:
    virtual ~Reporter() = default;

    virtual void run_started(const plan::Plan& plan) = 0;
    virtual void scenario_finished(const plan::Scenario& scenario,
                                   const runtime::ScenarioResult& result) = 0;
    virtual void run_finished(const runtime::RunSummary& summary) = 0;
};

} // namespace nse::report
