#include "cli/commands.hpp"

#include "cli/compile_step.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "cli/output_paths.hpp"
#include "compiler/modules.hpp"
#include "compiler/nse_writer.hpp"
#include "compiler/plan_json.hpp"
#include "compiler/yaml_suite.hpp"
#include "report/console_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/junit_reporter.hpp"
#include "runtime/run.hpp"

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace nse::cli {

namespace {

std::atomic<bool> interrupted{false};

// The first Ctrl-C lets running scenarios finish and the reports close; a
// second one ends the process at once, by SIGINT. Only async-signal-safe
// calls here: the message goes out with write(2), and errno is kept for the
// code the signal interrupted.
extern "C" void on_interrupt(int) {
    constexpr std::string_view kMessage =
        "nse: interrupted: finishing running scenarios (Ctrl-C again to stop at once)\n";
    int saved_errno = errno;
    interrupted.store(true);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, kMessage.data(), kMessage.size());
    errno = saved_errno;
}

// "a.nse dir/": the inputs as the command line named them.
std::string joined(const std::vector<std::string>& inputs) {
    std::string text;
    for (const auto& input : inputs)
        text += (text.empty() ? "" : " ") + input;
    return text;
}

// The reporters that write files, started, so that a path that cannot be
// written is known before anything runs. Prints why and returns nullopt
// when one cannot start.
std::optional<std::vector<std::unique_ptr<report::Reporter>>>
start_file_reports(const RunArguments& arguments, const plan::Plan& plan) {
    std::vector<std::unique_ptr<report::Reporter>> reporters;
    if (!arguments.junit_path.empty())
        reporters.push_back(std::make_unique<report::JunitReporter>(arguments.junit_path));
    if (!arguments.json_path.empty())
        reporters.push_back(
            std::make_unique<report::JsonReporter>(arguments.json_path, NSE_VERSION));
    try {
        for (auto& reporter : reporters)
            reporter->run_started(plan);
    } catch (const std::system_error& error) {
        std::cerr << "nse: error: " << error.what() << '\n';
        return std::nullopt;
    }
    return reporters;
}

// "1 scenario", "2 scenarios".
std::string counted(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

} // namespace

int convert_command(const ConvertArguments& arguments) {
    if (auto clash = output_clash({arguments.input}, {{"-o", arguments.output}})) {
        std::cerr << "nse: error: " << *clash << '\n';
        return kBadInput;
    }
    if (!compiler::is_yaml_suite(arguments.input)) {
        std::cerr << "nse: error: '" << arguments.input
                  << "' is not a suite: nse convert reads .yaml, .yml and .json files\n";
        return kBadInput;
    }
    lang::DiagnosticSink sink;
    compiler::ModuleLoader loader(sink);
    auto source = loader.read(arguments.input, {});
    auto file = source ? compiler::parse_yaml_suite(source, sink) : lang::ast::File{};
    if (!print_diagnostics(sink, "nothing was converted", colour_wanted("auto", STDERR_FILENO)))
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
    auto clash = output_clash(arguments.compile.inputs,
                              {{"--junit", arguments.junit_path}, {"--json", arguments.json_path}});
    if (clash) {
        std::cerr << "nse: error: " << *clash << '\n';
        return kBadInput;
    }
    if (!sandbox_available())
        return kEnvironment;
    auto plan = compile_inputs(arguments.compile);
    if (!plan)
        return kBadInput;
    if (plan->scenarios.empty()) {
        std::cerr << "nse: error: no scenarios in " << joined(arguments.compile.inputs) << '\n';
        return kBadInput;
    }

    runtime::RunOptions options;
    options.jobs =
        arguments.jobs != 0 ? arguments.jobs : std::max(1U, std::thread::hardware_concurrency());
    options.packet_timeout = arguments.packet_timeout;

    auto reporters = start_file_reports(arguments, *plan);
    if (!reporters)
        return kBadInput;
    // Before the console's first line, so that whoever sees it can interrupt.
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    try {
        // The console goes first, so its summary is printed even when a
        // report then fails to close.
        bool colour = colour_wanted(arguments.compile.colour, STDOUT_FILENO);
        reporters->insert(
            reporters->begin(),
            std::make_unique<report::ConsoleReporter>(
                std::cout, report::ConsoleOptions{options.jobs, colour, arguments.verbose}));
        reporters->front()->run_started(*plan);
        auto summary = runtime::run(
            *plan, options,
            [&](const plan::Scenario& scenario, const runtime::ScenarioResult& result) {
                for (auto& reporter : *reporters)
                    reporter->scenario_finished(scenario, result);
            },
            interrupted);
        for (auto& reporter : *reporters)
            reporter->run_finished(summary);

        bool all_passed = summary.passed == summary.total;
        return all_passed ? kPassed : kTestsFailed;
    } catch (const std::system_error& error) {
        std::cerr << "nse: error: " << error.what() << '\n';
        return kEnvironment;
    }
}

} // namespace nse::cli
