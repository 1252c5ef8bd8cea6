#include "cli/commands.hpp"

#include "cli/compile_step.hpp"
#include "cli/exit_codes.hpp"
#include "compiler/plan_json.hpp"
#include "report/console_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/junit_reporter.hpp"
#include "runtime/run.hpp"

#include <csignal>
#include <iostream>
#include <memory>
#include <set>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace nse::cli {

namespace {

std::atomic<bool> interrupted{false};

// The first Ctrl-C lets running scenarios finish and the reports close; a
// second one ends the process at once.
extern "C" void on_interrupt(int) {
    interrupted.store(true);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool colour_wanted(const std::string& colour) {
    if (colour == "always")
        return true;
    if (colour == "never")
        return false;
    return ::isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
}

} // namespace

int check_command(const CompileArguments& arguments) {
    if (arguments.check_rulesets && !sandbox_available())
        return kEnvironment;
    auto plan = compile_inputs(arguments);
    if (!plan)
        return kBadInput;

    std::set<std::string> files;
    std::size_t packets = 0;
    for (const auto& scenario : plan->scenarios) {
        files.insert(scenario.where.file);
        packets += scenario.packets.size();
    }
    std::cout << "ok: " << plan->scenarios.size() << " scenarios, " << packets << " packets, "
              << plan->rulesets.size() << " rulesets in " << files.size() << " files\n";
    return kPassed;
}

int plan_command(const CompileArguments& arguments) {
    if (arguments.check_rulesets && !sandbox_available())
        return kEnvironment;
    auto plan = compile_inputs(arguments);
    if (!plan)
        return kBadInput;
    std::cout << plan::to_json(*plan).dump(2) << '\n';
    return kPassed;
}

int run_command(const RunArguments& arguments) {
    if (!sandbox_available())
        return kEnvironment;
    auto plan = compile_inputs(arguments.compile);
    if (!plan)
        return kBadInput;

    runtime::RunOptions options;
    options.jobs =
        arguments.jobs != 0 ? arguments.jobs : std::max(1U, std::thread::hardware_concurrency());
    options.packet_timeout = arguments.packet_timeout;

    std::vector<std::unique_ptr<report::Reporter>> reporters;
    try {
        reporters.push_back(std::make_unique<report::ConsoleReporter>(
            std::cout, report::ConsoleOptions{options.jobs, colour_wanted(arguments.colour),
                                              arguments.verbose}));
        if (!arguments.junit_path.empty())
            reporters.push_back(std::make_unique<report::JunitReporter>(arguments.junit_path));
        if (!arguments.json_path.empty())
            reporters.push_back(
                std::make_unique<report::JsonReporter>(arguments.json_path, NSE_VERSION));

        for (auto& reporter : reporters)
            reporter->run_started(*plan);

        std::signal(SIGINT, on_interrupt);
        std::signal(SIGTERM, on_interrupt);
        auto summary = runtime::run(
            *plan, options,
            [&](const plan::Scenario& scenario, const runtime::ScenarioResult& result) {
                for (auto& reporter : reporters)
                    reporter->scenario_finished(scenario, result);
            },
            interrupted);
        for (auto& reporter : reporters)
            reporter->run_finished(summary);

        bool all_passed = summary.passed == summary.total;
        return all_passed ? kPassed : kTestsFailed;
    } catch (const std::system_error& error) {
        std::cerr << "nse: error: " << error.what() << '\n';
        return kEnvironment;
    }
}

} // namespace nse::cli
