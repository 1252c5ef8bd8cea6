#include "compiler/plan_json.hpp"

namespace nse::plan {

namespace {

using Json = nlohmann::ordered_json;

Json to_json(const SourcePoint& point) {
    return {{"file", point.file}, {"line", point.line}, {"column", point.column}};
}

Json to_json(const LinkEnd& end) {
    return {{"node", end.node}, {"interface", end.interface}, {"addresses", end.addresses}};
}

Json to_json(const Ruleset& ruleset) {
    Json chains = Json::array();
    for (const auto& chain : ruleset.chains) {
        chains.push_back({{"family", chain.family},
                          {"table", chain.table},
                          {"name", chain.name},
                          {"hook", chain.hook},
                          {"priority", chain.priority},
                          {"policy", chain.policy}});
    }
    Json rules = Json::array();
    for (const auto& rule : ruleset.rules) {
        rules.push_back({{"family", rule.family},
                         {"table", rule.table},
                         {"chain", rule.chain},
                         {"handle", rule.handle},
                         {"text", rule.text},
                         {"where", to_json(rule.where)}});
    }
    return {{"name", ruleset.name}, {"where", to_json(ruleset.where)},
            {"text", ruleset.text}, {"include_directory", ruleset.include_directory},
            {"chains", chains},     {"rules", rules}};
}

Json to_json(const Packet& packet) {
    Json json{{"where", to_json(packet.where)},
              {"protocol", to_string(packet.protocol)},
              {"family", to_string(packet.family)},
              {"source", {{"node", packet.source_node}, {"address", packet.source_address}}},
              {"destination",
               {{"node", packet.destination_node}, {"address", packet.destination_address}}},
              {"expect", to_string(packet.expect)}};
    if (packet.protocol == Protocol::tcp || packet.protocol == Protocol::udp) {
        json["source"]["port"] = packet.source_port;
        json["destination"]["port"] = packet.destination_port;
    }
    if (packet.protocol == Protocol::tcp)
        json["tcp_flags"] = tcp_flags_text(packet.tcp_flags);
    return json;
}

Json to_json(const Scenario& scenario) {
    Json nodes = Json::array(), links = Json::array(), routes = Json::array(),
         loads = Json::array(), packets = Json::array();
    for (const auto& node : scenario.nodes)
        nodes.push_back({{"name", node.name}, {"forwarding", node.forwarding}});
    for (const auto& link : scenario.links)
        links.push_back({{"left", to_json(link.left)}, {"right", to_json(link.right)}});
    for (const auto& route : scenario.routes) {
        routes.push_back({{"node", route.node},
                          {"family", to_string(route.family)},
                          {"destination", route.destination},
                          {"gateway", route.gateway}});
    }
    for (const auto& load : scenario.loads)
        loads.push_back({{"node", load.node}, {"ruleset", load.ruleset}});
    for (const auto& packet : scenario.packets)
        packets.push_back(to_json(packet));
    return {{"name", scenario.name},
            {"where", to_json(scenario.where)},
            {"topology", scenario.topology},
            {"nodes", nodes},
            {"links", links},
            {"routes", routes},
            {"loads", loads},
            {"packets", packets}};
}

} // namespace

nlohmann::ordered_json to_json(const Plan& plan) {
    Json rulesets = Json::array(), scenarios = Json::array();
    for (const auto& ruleset : plan.rulesets)
        rulesets.push_back(to_json(ruleset));
    for (const auto& scenario : plan.scenarios)
        scenarios.push_back(to_json(scenario));
    return {{"version", kPlanVersion}, {"rulesets", rulesets}, {"scenarios", scenarios}};
}

} // namespace nse::plan
