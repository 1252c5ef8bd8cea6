#pragma once

#include "compiler/plan.hpp"
#include "runtime/result.hpp"

#include <string>

// Plain-text explanations of results, shared by every reporter that shows
// them to people (console, JUnit), so a failure reads the same everywhere.
// Nothing here adds colour; callers that want it wrap the pieces.
namespace nse::report {

/// "file:line", or "file:line:column" when the column is known (non-zero).
std::string location(const plan::SourcePoint& where);

/// "name — file:line": how a scenario is named in headings.
std::string scenario_heading(const plan::Scenario& scenario);

/// One trace step on one line:
///   server ip filter input (input): rule handle 3 "tcp dport 80 accept" at web.nse:9 -> accept
///   server ip filter input (input): policy -> drop
std::string describe(const runtime::TraceStep& step);

/// The step that decided a fate, as a list of where it sits:
///   node server, hook input, table ip filter, chain input, policy drop
///   node server, hook input, table ip filter, chain input, rule "tcp dport 22 drop" at f.nse:9
std::string describe_decisive(const runtime::TraceStep& step);

/// "packet 2 at examples/web.nse:15:3: tcp 10.0.0.1:49153 -> 10.0.0.2:22 [S]".
/// Packet numbers are 1-based for people: PacketResult::index 1 is "packet 2".
/// A result whose index is outside the scenario's packets is named without
/// place and description rather than trusted.
std::string packet_heading(const plan::Scenario& scenario, const runtime::PacketResult& result);

/// What went wrong with one packet: its heading, then expected and observed
/// fate, the deciding step (or why there is none), the runtime's note if
/// any, and the trace, one fact a line. Every line ends in '\n' and is indented by `indent` spaces,
/// the facts by two more.
std::string packet_details(const plan::Scenario& scenario, const runtime::PacketResult& result,
                           int indent);

/// The short reason of a scenario's first failure, for one-line summaries:
/// "packet 2: expected accept, observed drop", or the error's first line.
std::string failure_summary(const runtime::ScenarioResult& result);

/// The block a failed or erroneous scenario gets, ending in '\n':
///   FAILED: web only — examples/web.nse:12      (ERROR: for status error)
///     <packet_details of every failed packet, indented by 2>
/// For an error, the error text follows the heading instead. Empty for a
/// passed scenario.
std::string failure_block(const plan::Scenario& scenario, const runtime::ScenarioResult& result);

} // namespace nse::report
