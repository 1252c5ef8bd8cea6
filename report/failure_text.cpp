#include "report/failure_text.hpp"

#include <fmt/format.h>

namespace nse::report {

namespace {

// Prefixes every line of `text` with `indent` spaces and ends it in '\n'.
std::string indent_lines(std::string_view text, int indent) {
    std::string out;
    std::string pad(static_cast<std::size_t>(indent), ' ');
    while (true) {
        auto end = text.find('\n');
        out += pad;
        out += text.substr(0, end);
        out += '\n';
        if (end == std::string_view::npos || end + 1 == text.size())
            return out;
        text.remove_prefix(end + 1);
    }
}

std::string_view first_line(std::string_view text) {
    return text.substr(0, text.find('\n'));
}

const plan::Packet* find_packet(const plan::Scenario& scenario,
                                const runtime::PacketResult& result) {
    return result.index < scenario.packets.size() ? &scenario.packets[result.index] : nullptr;
}

std::string fate_line(const runtime::PacketResult& result) {
    return fmt::format("expected {}, observed {}", plan::to_string(result.expected),
                       runtime::to_string(result.observed));
}

// Why the packet ended as it did: the deciding step, or what its absence means.
std::string cause_line(const runtime::PacketResult& result) {
    using runtime::Observed;
    if (result.observed == Observed::lost)
        return "neither delivered nor dropped by a rule within the timeout "
               "(check routes and addresses)";

    bool dropped = result.observed == Observed::dropped;
    if (!result.decisive)
        return dropped ? "dropped, but no trace step recorded the verdict"
                       : "delivered without a traced verdict";
    return fmt::format("{} by: {}", dropped ? "dropped" : "accepted",
                       describe_decisive(*result.decisive));
}

std::string trace_lines(const std::vector<runtime::TraceStep>& trace) {
    if (trace.empty())
        return "trace: (no trace events)";

    // Later steps line up under the first: "trace: " is seven columns wide.
    std::string text = "trace: " + describe(trace.front());
    for (std::size_t i = 1; i < trace.size(); ++i)
        text += "\n       " + describe(trace[i]);
    return text;
}

} // namespace

std::string location(const plan::SourcePoint& where) {
    if (where.column > 0)
        return fmt::format("{}:{}:{}", where.file, where.line, where.column);
    return fmt::format("{}:{}", where.file, where.line);
}

std::string scenario_heading(const plan::Scenario& scenario) {
    return fmt::format("{} — {}:{}", scenario.name, scenario.where.file, scenario.where.line);
}

std::string describe(const runtime::TraceStep& step) {
    auto text = fmt::format("{} {} {} {}", step.node, step.family, step.table, step.chain);
    if (!step.hook.empty())
        text += fmt::format(" ({})", step.hook);
    text += ": ";

    if (step.kind == "rule") {
        text += fmt::format("rule handle {}", step.handle);
        if (!step.rule_text.empty())
            text += fmt::format(" \"{}\"", step.rule_text);
        if (step.where)
            text += " at " + location(*step.where);
    } else {
        text += step.kind;
    }
    if (step.kind == "return")
        return text;
    return text + " -> " + step.verdict;
}

std::string describe_decisive(const runtime::TraceStep& step) {
    auto text = fmt::format("node {}", step.node);
    if (!step.hook.empty())
        text += fmt::format(", hook {}", step.hook);
    text += fmt::format(", table {} {}, chain {}, ", step.family, step.table, step.chain);

    if (step.kind != "rule")
        return text + fmt::format("{} {}", step.kind, step.verdict);
    if (step.rule_text.empty())
        text += fmt::format("rule handle {}", step.handle);
    else
        text += fmt::format("rule \"{}\"", step.rule_text);
    if (step.where)
        text += " at " + location(*step.where);
    return text;
}

std::string packet_heading(const plan::Scenario& scenario, const runtime::PacketResult& result) {
    const plan::Packet* packet = find_packet(scenario, result);
    if (!packet)
        return fmt::format("packet {} (not in the plan)", result.index + 1);
    return fmt::format("packet {} at {}: {}", result.index + 1, location(packet->where),
                       plan::describe(*packet));
}

std::string packet_details(const plan::Scenario& scenario, const runtime::PacketResult& result,
                           int indent) {
    auto facts = fate_line(result) + "\n" + cause_line(result) + "\n";
    if (!result.note.empty())
        facts += "note: " + result.note + "\n";
    facts += trace_lines(result.trace);
    return indent_lines(packet_heading(scenario, result), indent) + indent_lines(facts, indent + 2);
}

std::string failure_summary(const runtime::ScenarioResult& result) {
    if (result.status == runtime::ScenarioStatus::error)
        return result.error.empty() ? "error" : std::string(first_line(result.error));

    for (const auto& packet : result.packets) {
        if (!packet.passed)
            return fmt::format("packet {}: {}", packet.index + 1, fate_line(packet));
    }
    return std::string(runtime::to_string(result.status));
}

std::string failure_block(const plan::Scenario& scenario, const runtime::ScenarioResult& result) {
    using runtime::ScenarioStatus;
    if (result.status == ScenarioStatus::passed)
        return {};

    if (result.status == ScenarioStatus::error) {
        std::string_view error = result.error;
        if (error.empty())
            error = "(no error message)";
        return "ERROR: " + scenario_heading(scenario) + "\n" + indent_lines(error, 2);
    }

    auto block = "FAILED: " + scenario_heading(scenario) + "\n";
    for (const auto& packet : result.packets) {
        if (!packet.passed)
            block += packet_details(scenario, packet, 2);
    }
    return block;
}

} // namespace nse::report
