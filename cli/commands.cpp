#include "cli/commands.hpp"

#include "cli/compile_step.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "compiler/modules.hpp"
#include "compiler/nse_writer.hpp"
#include "compiler/plan_json.hpp"
#include "compiler/yaml_suite.hpp"
#include "report/console_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/junit_reporter.hpp"
#include "runtime/run.hpp"

#include <fmt/format.h>

#include <csignal>
#include <filesystem>
#include <fstream>
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

// "1 scenario", "2 scenarios".
std::string counted(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

} // namespace

int convert_command(const ConvertArguments& arguments) {
    if (!compiler::is_yaml_suite(arguments.input)) {
        std::cerr << "nse: error: '" << arguments.input
                  << "' is not a suite: nse convert reads .yaml, .yml and .json files\n";
        return kBadInput;
    }
    lang::DiagnosticSink sink;
    compiler::ModuleLoader loader(sink);
    auto source = loader.read(arguments.input, {});
    auto file = source ? compiler::parse_yaml_suite(source, sink) : lang::ast::File{};
    if (!print_diagnostics(sink, "nothing was converted"))
        return kBadInput;

    auto header = fmt::format("Converted by nse convert from {}.",
                              std::filesystem::path(arguments.input).filename().string());
    auto text = compiler::write_nse(file, header);
    if (arguments.output.empty()) {
        std::cout << text;
        return kPassed;
    }
    std::ofstream out(arguments.output, std::ios::binary);
    if (!(out << text) || !out.flush()) {
        std::cerr << "nse: error: cannot write '" << arguments.output << "'\n";
        return kBadInput;
    }
    return kPassed;
}

int check_command(const CompileArguments& arguments) {
    if (arguments.check_rulesets && !sandbox_available())
        return kEnvironment;
    auto plan = compile_inputs(arguments);
    if (!plan)
        return kBadInput;

    std::size_t packets = 0;
    for (const auto& scenario : plan->scenarios)
        packets += scenario.packets.size();
    auto files = expand_inputs(arguments.inputs).size();
    std::cout << "ok: " << counted(plan->scenarios.size(), "scenario") << ", "
              << counted(packets, "packet") << ", " << counted(plan->rulesets.size(), "ruleset")
              << " in " << counted(files, "file") << "\n";
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
