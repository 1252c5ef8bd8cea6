#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

void add_compile_options(CLI::App& command, nse::cli::CompileArguments& arguments) {
    command
        .add_option("files", arguments.inputs,
                    ".nse files or directories to search for them, or the original tool's "
                    ".yaml suites")
        ->required();
    command.add_flag("!--no-nft-check", arguments.check_rulesets,
                     "Skip loading rulesets into nftables (no root needed; nft errors and rule "
                     "lines are then not known)");
}

} // namespace

int main(int argc, char** argv) {
    using namespace nse::cli;

    CLI::App app{"nse: test nftables rulesets on the real Linux kernel"};
    app.set_version_flag("--version", NSE_VERSION);
    app.require_subcommand(1);

    RunArguments run;
    auto* run_command_line = app.add_subcommand("run", "Compile and run scenarios");
    run_command_line
        ->add_option("files", run.compile.inputs,
                     ".nse files or directories, or the original tool's .yaml suites")
        ->required();
    run_command_line->add_option("-j,--jobs", run.jobs, "Scenarios at once (default: all cores)")
        ->check(CLI::Range(1U, 1024U));
    run_command_line->add_option("--junit", run.junit_path, "Write JUnit XML results to FILE");
    run_command_line->add_option("--json", run.json_path, "Write JSON results to FILE");
    auto timeout = run_command_line->add_option("--packet-timeout", "Milliseconds to wait for a "
                                                                    "packet's fate (default 1000)");
    timeout->check(CLI::Range(1, 600000));
    run_command_line->add_flag("-v,--verbose", run.verbose, "Also list the packets that passed");
    run_command_line->add_option("--colour,--color", run.colour, "auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));

    CompileArguments check;
    add_compile_options(*app.add_subcommand("check", "Compile only: report every error"), check);
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
