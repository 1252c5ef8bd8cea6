#pragma once

#include "report/reporter.hpp"

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace nse::report {

/// Streams results as an nse-results JSON document (docs/results-json.md).
/// run_started creates the file and writes the head, each finished scenario
/// is appended as one line and flushed, run_finished closes the array and
/// adds the summary. A run that is killed therefore leaves every finished
/// scenario on disk: the text up to the last complete line, plus "]}",
/// parses. Throws std::system_error ("cannot write <path>: <reason>") when
/// the file cannot be created (from run_started, before any scenario) or
/// written. Invalid UTF-8 in names or errors is replaced by U+FFFD.
class JsonReporter final : public Reporter {
public:
    JsonReporter(std::filesystem::path path, std::string nse_version);

    void run_started(const plan::Plan& plan) override;
    void scenario_finished(const plan::Scenario& scenario,
                           const runtime::ScenarioResult& result) override;
    void run_finished(const runtime::RunSummary& summary) override;

private:
    // Writes and flushes `text`; throws if the stream has failed.
    void write(std::string_view text);

    std::filesystem::path path_;
    std::string nse_version_;
    std::ofstream out_;
    std::size_t written_ = 0; // scenarios written so far
};

} // namespace nse::report
