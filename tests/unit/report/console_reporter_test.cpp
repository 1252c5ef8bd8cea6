#include "report/console_reporter.hpp"
#include "sample_run.hpp"

#include <catch2/catch.hpp>

#include <sstream>

namespace nse::report {
namespace {

std::string console_output(ConsoleOptions options) {
    std::ostringstream out;
    ConsoleReporter reporter(out, options);
    testing::replay(reporter);
    return out.str();
}

TEST_CASE("The console shows progress, a FAILED block per failure and a summary", "[report]") {
    testing::check_golden("console_plain.txt", console_output({.jobs = 4}));
}

TEST_CASE("Verbose console output also lists the packets that passed", "[report]") {
    testing::check_golden("console_verbose.txt", console_output({.jobs = 1, .verbose = true}));
}

TEST_CASE("The console uses ANSI colours only when asked to", "[report]") {
    auto coloured = console_output({.jobs = 4, .colour = true});
    testing::check_golden("console_colour.txt", coloured);
    CHECK(coloured.find("\x1b[") != std::string::npos);
    CHECK(console_output({.jobs = 4}).find('\x1b') == std::string::npos);
}

TEST_CASE("The console summary of a clean run names only passes", "[report]") {
    std::ostringstream out;
    ConsoleReporter reporter(out, {.jobs = 1});
    reporter.run_started(plan::Plan{});

    runtime::RunSummary summary;
    summary.total = summary.passed = 3;
    summary.duration_ms = 1500;
    reporter.run_finished(summary);
    CHECK(out.str() ==
          "running 0 scenarios from 0 files with 1 job\n3 passed, 0 failed in 1.50 s\n");
}

TEST_CASE("The console escapes control characters in names and error texts", "[report]") {
    plan::Plan plan;
    plan::Scenario scenario;
    scenario.name = "x\033[2J\nfake";
    scenario.where = {"evil\r.nse", 3, 1};
    plan.scenarios.push_back(scenario);

    runtime::ScenarioResult result;
    result.status = runtime::ScenarioStatus::error;
    result.error = "setup failed\033]0;title\007\nsecond line";

    std::ostringstream out;
    ConsoleReporter reporter(out, {.jobs = 1, .colour = true});
    reporter.run_started(plan);
    reporter.scenario_finished(plan.scenarios[0], result);

    auto text = out.str();
    CHECK(text.find("ERROR\x1b[0m x\\x1b[2J\\x0afake — evil\\x0d.nse:3 (") != std::string::npos);
    CHECK(text.find("ERROR:\x1b[0m x\\x1b[2J\\x0afake — evil\\x0d.nse:3\n") != std::string::npos);
    CHECK(text.find("  setup failed\\x1b]0;title\\x07\n  second line\n") != std::string::npos);
    // The only escape characters left are the reporter's own colours.
    for (auto at = text.find('\x1b'); at != std::string::npos; at = text.find('\x1b', at + 1))
        CHECK(text.compare(at, 2, "\x1b[") == 0);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find('\r') == std::string::npos);
}

} // namespace
} // namespace nse::report
