#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace nse::cli {

struct CompileArguments {
    std::vector<std::string> inputs;
    bool check_rulesets = true;
};

struct RunArguments {
    CompileArguments compile;
    unsigned jobs = 0;
    std::chrono::milliseconds packet_timeout{1000};
    std::string junit_path;
    std::string json_path;
    bool verbose = false;
    std::string colour = "auto"; // auto, always, never
};

struct ConvertArguments {
    std::string input;
    std::string output; // empty: standard output
};

/// `nse convert`: print a YAML suite of the original tool as .nse, or write
/// it to `output`. Returns an exit code (bad input after any diagnostic).
int convert_command(const ConvertArguments& arguments);

/// `nse check`: compile only, print diagnostics. Returns an exit code.
int check_command(const CompileArguments& arguments);

/// `nse plan`: compile and print the plan as JSON. Returns an exit code.
int plan_command(const CompileArguments& arguments);

/// `nse run`: compile, run every scenario, report. Returns an exit code.
int run_command(const RunArguments& arguments);

} // namespace nse::cli
