// Compiles the scenario files named on the command line with nse's library,
// runs them on two workers and prints one line per scenario as it finishes.
// Exit status: 0 when all passed, 1 when one did not, 2 when a file had errors.
#include <nse/nse.hpp>

#include <atomic>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> files(argv + 1, argv + argc);

    nse::lang::DiagnosticSink sink;
    auto plan = nse::compiler::compile(files, sink);
    for (const auto& diagnostic : sink.diagnostics())
        std::cerr << nse::lang::render(diagnostic, false);
    if (!plan)
        return 2;

    nse::runtime::RunOptions options;
    options.jobs = 2;
    std::atomic<bool> stop{false};
    auto summary = nse::runtime::run(
        *plan, options,
        [](const nse::plan::Scenario& scenario, const nse::runtime::ScenarioResult& result) {
            std::cout << nse::runtime::to_string(result.status) << ": " << scenario.name << '\n';
        },
        stop);

    std::cout << summary.passed << " of " << summary.total << " passed\n";
    return summary.passed == summary.total ? 0 : 1;
}
