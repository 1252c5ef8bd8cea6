#include "report/console_reporter.hpp"

#include "report/failure_text.hpp"
#include "report/terminal_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>
#include <set>

namespace nse::report {

namespace {

constexpr std::string_view kGreen = "32";
constexpr std::string_view kRed = "31";
constexpr std::string_view kBoldRed = "1;31";
constexpr std::string_view kYellow = "33";

// "1 file", "2 files".
std::string count(std::size_t n, std::string_view noun) {
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

std::string_view status_word(runtime::ScenarioStatus status) {
    switch (status) {
    case runtime::ScenarioStatus::passed:
        return "PASS";
    case runtime::ScenarioStatus::failed:
        return "FAIL";
    case runtime::ScenarioStatus::error:
        return "ERROR";
    }
    return "?";
}

std::string_view status_colour(runtime::ScenarioStatus status) {
    switch (status) {
    case runtime::ScenarioStatus::passed:
        return kGreen;
    case runtime::ScenarioStatus::failed:
        return kRed;
    case runtime::ScenarioStatus::error:
        return kYellow;
    }
    return kRed;
}

// terminal_text() line by line: the block's own line breaks, and those of
// multi-line error texts, stay line breaks.
std::string terminal_lines(std::string_view block) {
    std::string out;
    for (std::size_t start = 0; start < block.size();) {
        auto end = std::min(block.find('\n', start), block.size());
        out += terminal_text(block.substr(start, end - start));
        if (end < block.size())
            out += '\n';
        start = end + 1;
    }
    return out;
}

// The failure block with every user-provided string escaped. The name and
// file are escaped before the block is built, so that a line break in them
// cannot split the heading.
std::string terminal_failure_block(const plan::Scenario& scenario,
                                   const runtime::ScenarioResult& result) {
    if (result.status == runtime::ScenarioStatus::passed)
        return {};
    plan::Scenario shown = scenario;
    shown.name = terminal_text(scenario.name);
    shown.where.file = terminal_text(scenario.where.file);
    return terminal_lines(failure_block(shown, result));
}

} // namespace

ConsoleReporter::ConsoleReporter(std::ostream& out, ConsoleOptions options)
    : out_(out), options_(options) {}

std::string ConsoleReporter::paint(std::string_view text, std::string_view code) const {
    if (!options_.colour)
        return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

void ConsoleReporter::run_started(const plan::Plan& plan) {
    total_ = plan.scenarios.size();
    done_ = 0;

    std::set<std::string_view> files;
    for (const auto& scenario : plan.scenarios)
        files.insert(scenario.where.file);
    out_ << fmt::format("running {} from {} with {}\n", count(total_, "scenario"),
                        count(files.size(), "file"), count(options_.jobs, "job"))
         << std::flush;
}

void ConsoleReporter::scenario_finished(const plan::Scenario& scenario,
                                        const runtime::ScenarioResult& result) {
    ++done_;
    out_ << fmt::format("[{}/{}] {} {} ({:.2f} ms)\n", done_, total_,
                        paint(status_word(result.status), status_colour(result.status)),
                        terminal_text(scenario_heading(scenario)), result.duration_ms);

    if (options_.verbose) {
        for (const auto& packet : result.packets) {
            if (packet.passed)
                out_ << fmt::format("  passed: {} ({}, {:.2f} ms)\n",
                                    terminal_text(packet_heading(scenario, packet)),
                                    plan::to_string(packet.expected), packet.elapsed_ms);
        }
    }

    // The block's first word ("FAILED:" or "ERROR:") is the only coloured part.
    std::string block = terminal_failure_block(scenario, result);
    auto word_end = block.find(' ');
    if (word_end != std::string::npos)
        block =
            paint(std::string_view(block).substr(0, word_end), kBoldRed) + block.substr(word_end);
    out_ << block << std::flush;
}

void ConsoleReporter::run_finished(const runtime::RunSummary& summary) {
    auto line = fmt::format("{} passed, {} failed", summary.passed, summary.failed);
    if (summary.errors > 0)
        line += ", " + count(summary.errors, "error");
    if (summary.not_run > 0)
        line += fmt::format(", {} not run (interrupted)", summary.not_run);

    bool clean = summary.failed == 0 && summary.errors == 0 && summary.not_run == 0;
    out_ << fmt::format("{} in {:.2f} s\n", paint(line, clean ? kGreen : kRed),
                        summary.duration_ms / 1000.0)
         << std::flush;
}

} // namespace nse::report
