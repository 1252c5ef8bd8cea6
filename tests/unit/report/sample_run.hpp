#pragma once

#include "compiler/plan.hpp"
#include "runtime/result.hpp"

#include <filesystem>
#include <string>
#include <vector>

// A hand-made plan and its results, covering every way a scenario can end,
// for the reporter tests.
namespace nse::report::testing {

/// Six scenarios in two files:
///   0 "web allowed"            passes
///   1 "ssh blocked by policy"  fails: a chain policy drops the packet
///   2 "dns <udp> & \"quotes\"" fails: a rule with a source point drops packet 2
///   3 "routing lost"           fails: the packet is lost
///   4 "broken setup"           error, with a control character in the text
///   5 "not reached"            not run (the run was interrupted)
plan::Plan sample_plan();

/// Results of scenarios 0 to 4 in completion order (2 finishes before 1).
std::vector<runtime::ScenarioResult> sample_results();

/// Totals matching sample_results(): interrupted, one scenario not run.
runtime::RunSummary sample_summary();

/// Feeds the sample run to `reporter`; with `finish` false it stops before
/// run_finished, as a killed run would.
template <typename Reporter> void replay(Reporter& reporter, bool finish = true) {
    auto plan = sample_plan();
    reporter.run_started(plan);
    for (const auto& result : sample_results())
        reporter.scenario_finished(plan.scenarios[result.index], result);
    if (finish)
        reporter.run_finished(sample_summary());
}

/// A fresh empty directory under the system's temporary directory, removed
/// with everything in it when the object goes away.
class ScratchDirectory {
public:
    ScratchDirectory();
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

/// Compares `actual` with tests/data/report/`name`; with NSE_UPDATE_GOLDEN=1
/// in the environment it rewrites the file instead.
void check_golden(const std::string& name, const std::string& actual);

} // namespace nse::report::testing
