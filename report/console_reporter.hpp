#pragma once

#include "report/reporter.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace nse::report {

struct ConsoleOptions {
    unsigned jobs = 1;    // only shown in the opening line
    bool colour = false;  // ANSI colours; set it only when writing to a terminal
    bool verbose = false; // also list the packets that passed
};

/// Human-readable progress on a stream: an opening line, one line per
/// finished scenario ("[3/10] FAIL name — file:line (1.23 ms)"), a FAILED or
/// ERROR block right after each scenario that did not pass, and one summary
/// line at the end. Names, file names and error texts are printed through
/// terminal_text(), so control characters in them show as escapes. Writes
/// as events arrive and flushes after each; the stream must outlive the
/// reporter. Write errors are left in the stream's state, not reported.
class ConsoleReporter final : public Reporter {
public:
    ConsoleReporter(std::ostream& out, ConsoleOptions options);

    void run_started(const plan::Plan& plan) override;
    void scenario_finished(const plan::Scenario& scenario,
                           const runtime::ScenarioResult& result) override;
    void run_finished(const runtime::RunSummary& summary) override;

private:
    // `text` in the given ANSI colour code when colours are on, else as is.
    std::string paint(std::string_view text, std::string_view code) const;

    std::ostream& out_;
    ConsoleOptions options_;
    std::size_t total_ = 0;
    std::size_t done_ = 0;
};

} // namespace nse::report
