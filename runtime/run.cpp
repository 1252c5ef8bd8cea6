#include "runtime/run.hpp"

#include "runtime/descriptor_budget.hpp"
#include "runtime/scenario_runner.hpp"

#include <tbb/blocked_range.h>
#include <tbb/concurrent_queue.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <exception>
#include <optional>
#include <thread>

namespace nse::runtime {

namespace {

ScenarioResult too_large(std::size_t index, std::size_t needed, std::size_t capacity) {
    ScenarioResult result;
    result.index = index;
    result.status = ScenarioStatus::error;
    result.error = "the topology is too large: it needs about " + std::to_string(needed) +
                   " file descriptors at once and nse can use " + std::to_string(capacity) +
                   " (libnftables cannot use descriptors numbered 1024 or more)";
    return result;
}

} // namespace

RunSummary run(const plan::Plan& plan, const RunOptions& options,
               const ScenarioCallback& on_finished, const std::atomic<bool>& stop) {
    auto started = std::chrono::steady_clock::now();
    auto jobs =
        options.jobs != 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
    auto count = plan.scenarios.size();

    // Workers only run scenarios and post results; this thread alone calls
    // back, so reporters never see two scenarios at once.
    tbb::concurrent_bounded_queue<std::optional<ScenarioResult>> finished;
    auto budget = DescriptorBudget::below_select_limit();
    auto run_one = [&](std::size_t index) {
        auto needed = descriptors_for(plan.scenarios[index]);
        if (needed > budget.capacity())
            return too_large(index, needed, budget.capacity());
        budget.acquire(needed);
        auto result = run_scenario(plan, index, options);
        budget.release(needed);
        return result;
    };
    // Scenarios spend much of their time waiting on the kernel, so more jobs
    // than cores can pay off; TBB caps its workers at the core count unless
    // told otherwise.
    tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism, jobs + 1);
    // Set when the caller asks to stop, or when its callback threw: no
    // scenario starts after that.
    std::atomic<bool> abandoned{false};
    std::thread scheduler([&] {
        tbb::task_arena arena(static_cast<int>(jobs));
        arena.execute([&] {
            tbb::parallel_for(
                tbb::blocked_range<std::size_t>(0, count, 1),
                [&](const tbb::blocked_range<std::size_t>& range) {
                    for (auto i = range.begin(); i != range.end(); ++i) {
                        if (!stop.load() && !abandoned.load())
                            finished.push(run_one(i));
                    }
                },
                tbb::simple_partitioner());
        });
        finished.push(std::nullopt);
    });

    RunSummary summary;
    summary.total = count;
    std::exception_ptr callback_failure;
    for (;;) {
        std::optional<ScenarioResult> result;
        finished.pop(result);
        if (!result)
            break;
        if (callback_failure)
            continue; // drain what is still running, then rethrow
        switch (result->status) {
        case ScenarioStatus::passed:
            ++summary.passed;
            break;
        case ScenarioStatus::failed:
            ++summary.failed;
            break;
        case ScenarioStatus::error:
            ++summary.errors;
            break;
        }
        try {
            if (on_finished)
                on_finished(plan.scenarios[result->index], *result);
        } catch (...) {
            callback_failure = std::current_exception();
            abandoned.store(true);
        }
    }
    scheduler.join();
    if (callback_failure)
        std::rethrow_exception(callback_failure);

    summary.not_run = count - summary.passed - summary.failed - summary.errors;
    summary.interrupted = summary.not_run > 0;
    summary.duration_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    return summary;
}

} // namespace nse::runtime
