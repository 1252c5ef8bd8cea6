#include "runtime/scenario_runner.hpp"

#include "runtime/sandbox.hpp"

#include <exception>

namespace nse::runtime {

namespace {

using Clock = std::chrono::steady_clock;

// Namespaces, links, addresses and rulesets of a scenario are ready in about
// a millisecond; this bounds the wait for links to come up on a loaded host.
constexpr std::chrono::milliseconds kSetupTimeout{5000};

void run_packets(Sandbox& sandbox, const plan::Scenario& scenario, const RunOptions& options,
                 ScenarioResult& result) {
    for (std::size_t i = 0; i < scenario.packets.size(); ++i) {
        auto packet = sandbox.send(scenario.packets[i], options.packet_timeout);
        packet.index = i;
        result.packets.push_back(std::move(packet));
    }
    bool all_passed = std::all_of(result.packets.begin(), result.packets.end(),
                                  [](const auto& packet) { return packet.passed; });
    result.status = all_passed ? ScenarioStatus::passed : ScenarioStatus::failed;
}

} // namespace

ScenarioResult run_scenario(const plan::Plan& plan, std::size_t index, const RunOptions& options) {
    auto started = Clock::now();
    ScenarioResult result;
    result.index = index;
    const auto& scenario = plan.scenarios.at(index);

    try {
        auto sandbox = Sandbox::build(plan, scenario, kSetupTimeout);
        if (sandbox)
            run_packets(*sandbox.value(), scenario, options, result);
        else
            result.error = "setting up the scenario failed: " + sandbox.error().message;
    } catch (const std::exception& error) {
        result.error = std::string("internal error: ") + error.what();
    }
    if (!result.error.empty())
        result.status = ScenarioStatus::error;

    result.duration_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    return result;
}

} // namespace nse::runtime
