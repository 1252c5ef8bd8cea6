#pragma once

#include "report/reporter.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace nse::report {

/// Writes a JUnit XML file (the Jenkins xunit junit-10.xsd shape) when the
/// run finishes: one <testsuite> per source file and one <testcase> per
/// scenario, both in plan order; failures carry the same text the console
/// prints. Results are kept in memory until then, because the format's
/// counts come first. run_started creates `path.tmp` beside the target, so
/// that a path that cannot be written fails before any scenario runs;
/// run_finished writes the document there and renames it over `path`, so
/// readers never see half a file. Both throw std::system_error ("cannot
/// write <path>: <reason>") and then leave no temporary file behind; so does
/// a reporter destroyed before run_finished. Only a process killed in
/// between leaves `path.tmp`.
class JunitReporter final : public Reporter {
public:
    explicit JunitReporter(std::filesystem::path path);
    ~JunitReporter() override;
    JunitReporter(const JunitReporter&) = delete;
    JunitReporter& operator=(const JunitReporter&) = delete;

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

    // Creates the temporary file; throws if it or the target cannot be written.
    void open_temporary();
    // Closes and removes the temporary file, if there is one. Never throws.
    void discard_temporary() noexcept;
    // Removes the temporary file and throws "cannot write <path>: <error>".
    [[noreturn]] void fail(std::error_code error);

    // Totals over the scenarios of `file`, or of every file when it is null.
    Counts counts(const std::string* file) const;
    std::string document(const runtime::RunSummary& summary) const;
    static std::string testcase(const Case& entry, std::string_view skip_message);

    std::filesystem::path path_;
    std::filesystem::path temporary_; // empty when there is none
    std::ofstream out_;               // open on temporary_ between run_started and run_finished
    std::chrono::system_clock::time_point started_;
    std::vector<Case> cases_; // indexed like Plan::scenarios
};

} // namespace nse::report
