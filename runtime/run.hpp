#pragma once

#include "../compiler/plan.hpp"
#include "result.hpp"

#include <atomic>
#include <chrono>
#include <functional>

namespace nse::runtime {

struct RunOptions {
    unsigned jobs = 0; // scenarios run at once; 0 means one per core
    std::chrono::milliseconds packet_timeout{1000};
};

/// Called once per finished scenario, on the thread that called run(), in the
/// order scenarios finish. Never called concurrently.
using ScenarioCallback =
    std::function<void(const plan::Scenario& scenario, const ScenarioResult& result)>;

/// Runs every scenario of `plan` in its own set of network namespaces, `jobs`
/// at a time. Setting `stop` asks the run to start no further scenarios; those
/// count as not run. Failures of single scenarios (including an unusable
/// kernel feature) are results, not exceptions. If `on_finished` throws, no
/// further scenario starts, the running ones finish (without callbacks) and
/// run() rethrows the exception. While it runs, TBB's process-wide
/// parallelism is raised to `jobs` + 1.
RunSummary run(const plan::Plan& plan, const RunOptions& options,
               const ScenarioCallback& on_finished, const std::atomic<bool>& stop);

} // namespace nse::runtime
