#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <charconv>
#include <iostream>
#include <string>
#include <system_error>

namespace {

// A check that an option's value is a whole number from `low` to `high`,
// whose message says so ("expected a whole number from 1 to 1024, not
// 'abc'"); CLI11 puts the option's name in front.
CLI::Validator whole_number(long low, long high) {
    auto check = [low, high](std::string& text) -> std::string {
        long value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc{} && end == text.data() + text.size() && value >= low &&
            value <= high)
            return {};
        return fmt::format("expected a whole number from {} to {}, not '{}'", low, high, text);
    };
    return CLI::Validator(check, fmt::format("INT in [{} - {}]", low, high));
}

void add_colour_option(CLI::App& command, std::string& colour) {
    command.add_option("--colour,--color", colour, "auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
}

void add_compile_options(CLI::App& command, nse::cli::CompileArguments& arguments) {
    command
        .add_option("files", arguments.inputs,
                    ".nse files or directories to search for them, or the original tool's "
                    ".yaml suites")
        ->required();
    command.add_flag("!--no-nft-check", arguments.check_rulesets,
                     "Skip loading rulesets into nftables (no root needed; nft errors and rule "
                     "lines are then not known)");
    add_colour_option(command, arguments.colour);
}

// CLI11's report of a command line it cannot use, in nse's own form.
std::string failure_message(const CLI::App* app, const CLI::Error& error) {
    auto text = fmt::format("nse: error: {}\n", error.what());
    if (app->get_help_ptr() != nullptr)
        text += fmt::format("Run with {} for more information.\n", app->get_help_ptr()->get_name());
    return text;
}

int run_nse(int argc, char** argv) {
    using namespace nse::cli;

    CLI::App app{"nse: test nftables rulesets on the real Linux kernel"};
    app.set_version_flag("--version", NSE_VERSION);
    app.require_subcommand(1);
    app.failure_message(failure_message);

    RunArguments run;
    auto* run_command_line = app.add_subcommand("run", "Compile and run scenarios");
    run_command_line
        ->add_option("files", run.compile.inputs,
                     ".nse files or directories, or the original tool's .yaml suites")
        ->required();
    run_command_line->add_option("-j,--jobs", run.jobs, "Scenarios at once (default: all cores)")
        ->check(whole_number(1, 1024));
    run_command_line->add_option("--junit", run.junit_path, "Write JUnit XML results to FILE");
    run_command_line->add_option("--json", run.json_path, "Write JSON results to FILE");
    auto timeout = run_command_line->add_option("--packet-timeout", "Milliseconds to wait for a "
                                                                    "packet's fate (default 1000)");
    timeout->check(whole_number(1, 600000));
    run_command_line->add_flag("-v,--verbose", run.verbose, "Also list the packets that passed");
    add_colour_option(*run_command_line, run.compile.colour);
    run_command_line->add_flag("!--no-nft-check", run.compile.check_rulesets,
                               "Do not check rulesets before the run: they are first loaded "
                               "when scenarios run, and failures show rule handles without "
                               "lines");

    CompileArguments check;
    auto* check_command_line = app.add_subcommand("check", "Compile only: report every error");
    add_compile_options(*check_command_line, check);
    check_command_line->add_flag("--dump-ast", check.dump_ast,
                                 "Print each file's syntax tree, as parsed, in .nse form");
    CompileArguments plan;
    add_compile_options(*app.add_subcommand("plan", "Compile and print the plan as JSON"), plan);

    ConvertArguments convert;
    auto* convert_command_line =
        app.add_subcommand("convert", "Print a YAML suite of the original tool as .nse");
    convert_command_line
        ->add_option("suite", convert.input, "The suite: a .yaml, .yml or .json file")
        ->required();
    convert_command_line->add_option("-o,--output", convert.output,
                                     "Write the .nse to FILE instead of standard output");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        auto code = app.exit(error);
        return code == 0 ? kPassed : kBadInput;
    }

    if (timeout->count() > 0)
        run.packet_timeout = std::chrono::milliseconds(timeout->as<int>());
    if (app.got_subcommand("run"))
        return run_command(run);
    if (app.got_subcommand("convert"))
        return convert_command(convert);
    if (app.got_subcommand("check"))
        return check_command(check);
    return plan_command(plan);
}

} // namespace

// Whatever escapes the commands (out of memory, a broken library) ends nse
// with a message and the environment's exit code, never with an abort.
int main(int argc, char** argv) {
    try {
        return run_nse(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << "nse: error: " << error.what() << '\n';
    } catch (...) {
        std::cerr << "nse: error: unexpected failure\n";
    }
    return nse::cli::kEnvironment;
}
