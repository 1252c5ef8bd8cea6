#include "report/json_result.hpp"

namespace nse::report {

namespace {

using nlohmann::ordered_json;

ordered_json null_if_empty(const std::string& text) {
    return text.empty() ? ordered_json() : ordered_json(text);
}

bool has_ports(plan::Protocol protocol) {
    return protocol == plan::Protocol::tcp || protocol == plan::Protocol::udp;
}

ordered_json endpoint(const std::string& node, const std::string& address, std::uint16_t port,
                      bool with_port) {
    return {{"node", node},
            {"address", address},
            {"port", with_port ? ordered_json(port) : ordered_json()}};
}

// The plan's half of a packet object: where it was written and what it is.
void add_plan_fields(ordered_json& object, const plan::Packet* packet) {
    if (!packet) {
        for (const auto* key : {"file", "line", "column", "description", "protocol", "family",
                                "source", "destination", "tcp_flags"})
            object[key] = nullptr;
        return;
    }

    bool ports = has_ports(packet->protocol);
    bool tcp = packet->protocol == plan::Protocol::tcp;
    object["file"] = packet->where.file;
    object["line"] = packet->where.line;
    object["column"] = packet->where.column;
    object["description"] = plan::describe(*packet);
    object["protocol"] = plan::to_string(packet->protocol);
    object["family"] = plan::to_string(packet->family);
    object["source"] =
        endpoint(packet->source_node, packet->source_address, packet->source_port, ports);
    object["destination"] = endpoint(packet->destination_node, packet->destination_address,
                                     packet->destination_port, ports);
    object["tcp_flags"] = tcp ? ordered_json(plan::tcp_flags_text(packet->tcp_flags)) : nullptr;
}

} // namespace

ordered_json to_json(const runtime::TraceStep& step) {
    return {{"node", step.node},
            {"family", step.family},
            {"table", step.table},
            {"chain", step.chain},
            {"hook", step.hook},
            {"kind", step.kind},
            {"verdict", step.verdict},
            {"handle", step.handle},
            {"rule", null_if_empty(step.rule_text)},
            {"file", step.where ? ordered_json(step.where->file) : nullptr},
            {"line", step.where ? ordered_json(step.where->line) : nullptr}};
}

ordered_json to_json(const plan::Scenario& scenario, const runtime::PacketResult& result) {
    ordered_json object;
    object["index"] = result.index;
    bool known = result.index < scenario.packets.size();
    add_plan_fields(object, known ? &scenario.packets[result.index] : nullptr);

    object["expected"] = plan::to_string(result.expected);
    object["observed"] = runtime::to_string(result.observed);
    object["passed"] = result.passed;
    object["note"] = null_if_empty(result.note);
    object["elapsed_ms"] = result.elapsed_ms;
    object["decisive"] = result.decisive ? to_json(*result.decisive) : nullptr;
    object["trace"] = ordered_json::array();
    for (const auto& step : result.trace)
        object["trace"].push_back(to_json(step));
    return object;
}

ordered_json to_json(const plan::Scenario& scenario, const runtime::ScenarioResult& result) {
    bool error = result.status == runtime::ScenarioStatus::error;
    ordered_json object = {{"index", result.index},
                           {"name", scenario.name},
                           {"file", scenario.where.file},
                           {"line", scenario.where.line},
                           {"topology", scenario.topology},
                           {"status", runtime::to_string(result.status)},
                           {"duration_ms", result.duration_ms},
                           {"error", error ? ordered_json(result.error) : nullptr},
                           {"packets", ordered_json::array()}};
    for (const auto& packet : result.packets)
        object["packets"].push_back(to_json(scenario, packet));
    return object;
}

ordered_json to_json(const runtime::RunSummary& summary) {
    return {{"total", summary.total},
            {"passed", summary.passed},
            {"failed", summary.failed},
            {"errors", summary.errors},
            {"not_run", summary.not_run},
            {"interrupted", summary.interrupted},
            {"duration_ms", summary.duration_ms}};
}

} // namespace nse::report
