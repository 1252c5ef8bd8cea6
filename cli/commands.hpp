#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace nse::cli {

struct CompileArguments {
    std::vector<std::string> inputs;
    bool check_rulesets = true;  // false: rulesets are first loaded when scenarios run
    std::string colour = "auto"; // auto, always, never: diagnostics, and run's console
    bool dump_ast = false;       // print each file's syntax tree after parsing
};

struct RunArguments {
    CompileArguments compile;
    unsigned jobs = 0;
    std::chrono::milliseconds packet_timeout{1000};
    std::string junit_path;
    std::string json_path;
    bool verbose = false;
};

struct ConvertArguments {
    std::string input;
    std::string output; // empty: standard output
};

/// `nse convert`: print a YAML suite of the original tool as .nse, or write
/// it to `output`. Returns an exit code (bad input after any diagnostic, or
/// when `output` is the suite itself).
int convert_command(const ConvertArguments& arguments);

/// `nse check`: compile only, print diagnostics. Returns an exit code.
int check_command(const CompileArguments& arguments);

/// `nse plan`: compile and print the plan as JSON. Returns an exit code.
int plan_command(const CompileArguments& arguments);

/// `nse run`: compile, run every scenario, report. Returns an exit code: bad
/// input, before anything runs, when a report would overwrite an input or
/// the other report, when a report cannot be written, or when the inputs
/// hold no scenario.
int run_command(const RunArguments& arguments);

} // namespace nse::cli
