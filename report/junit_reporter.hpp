#pragma once

#include "report/reporter.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nse::report {

/// Writes a JUnit XML file (the Jenkins xunit junit-10.xsd shape) when the
/// run finishes: one <testsuite> per source file and one <testcase> per
/// scenario, both in plan order; failures carry the same text the console
/// prints. Results are kept in memory until then, because the format's
/// counts come first. The file is written to `path.tmp` and renamed over
/// `path`, so readers never see half a file. run_finished throws
/// std::system_error when the file cannot be written or renamed.
class JunitReporter final : public Reporter {
public:
    explicit JunitReporter(std::filesystem::path path);

    void run_started(const plan::Plan& plan) override;
    void scenario_finished(const plan::Scenario& scenario,
                           const runtime::ScenarioResult& result) override;
    void run_finished(const runtime::RunSummary& summary) override;

private:
    // One scenario of the plan, with its outcome once it has finished.
    struct Case {
        std::string name;
        std::string file;
        bool finished = false;
        runtime::ScenarioStatus status = runtime::ScenarioStatus::error;
        double duration_ms = 0;
        std::string message; // failure_summary(), for the message attribute
        std::string details; // failure_block(), for the element's text
    };

    struct Counts {
        std::size_t tests = 0;
        std::size_t failures = 0;
        std::size_t errors = 0;
        std::size_t skipped = 0;
        double duration_ms = 0;
    };

    // Totals over the scenarios of `file`, or of every file when it is null.
    Counts counts(const std::string* file) const;
    std::string document(const runtime::RunSummary& summary) const;
    static std::string testcase(const Case& entry, std::string_view skip_message);

    std::filesystem::path path_;
    std::chrono::system_clock::time_point started_;
    std::vector<Case> cases_; // indexed like Plan::scenarios
};

} // namespace nse::report
