#pragma once

#include "../compiler/plan.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What running a plan found out. Filled by the runtime, read by reporters.
namespace nse::runtime {

/// What happened to a packet, as decided on evidence.
enum class Observed {
    accepted, // it reached the destination node
    dropped,  // a chain's rule or policy dropped it (a traced verdict)
    lost,     // neither delivered nor dropped by a rule before the timeout
};

/// One nftables trace event for the packet: a rule that matched with a
/// verdict, or a chain's policy.
struct TraceStep {
    std::string node;
    std::string family;
    std::string table;
    std::string chain;
    std::string hook;                       // "input", "forward", ...; empty for a regular chain
    std::string kind;                       // "rule", "policy" or "return"
    std::string verdict;                    // "accept", "drop", "continue", "jump", ...
    std::uint64_t handle = 0;               // rule handle; 0 for a policy
    std::string rule_text;                  // the rule's source text, when known
    std::optional<plan::SourcePoint> where; // the rule's source position, when known
};

struct PacketResult {
    std::size_t index = 0;
    plan::Fate expected = plan::Fate::accept;
    Observed observed = Observed::lost;
    bool passed = false;
    std::optional<TraceStep> decisive; // the step that decided the fate
    std::vector<TraceStep> trace;      // every verdict seen, in order
    std::string note;                  // what else the runtime saw ("no route to host")
    double elapsed_ms = 0;
};

enum class ScenarioStatus {
    passed,
    failed, // a packet's fate differed from its expectation
    error,  // the scenario could not be set up or run
};

struct ScenarioResult {
    std::size_t index = 0; // position in Plan::scenarios
    ScenarioStatus status = ScenarioStatus::error;
    std::vector<PacketResult> packets;
    std::string error; // set when status is error
    double duration_ms = 0;
};

/// Totals of a whole run.
struct RunSummary {
    std::size_t total = 0; // scenarios in the plan
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t errors = 0;
    std::size_t not_run = 0; // left out because the run was interrupted
    double duration_ms = 0;
    bool interrupted = false;
};

std::string_view to_string(Observed observed);
std::string_view to_string(ScenarioStatus status);

} // namespace nse::runtime
