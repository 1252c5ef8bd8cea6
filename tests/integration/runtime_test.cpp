#include "runtime/run.hpp"

#include <catch2/catch.hpp>

#include <atomic>

using namespace nse;

namespace {

plan::Plan pair_with_input_policy_drop() {
    plan::Plan p;
    plan::Ruleset ruleset;
    ruleset.name = "web";
    ruleset.text = "table ip filter {\n"
                   "  chain input {\n"
                   "    type filter hook input priority 0; policy drop;\n"
                   "    tcp dport 80 accept\n"
                   "  }\n"
                   "}\n";
    ruleset.chains.push_back({"ip", "filter", "input", "input", 0, "drop"});
    p.rulesets.push_back(ruleset);

    plan::Scenario s;
    s.name = "web only";
    s.nodes = {{"client", false}, {"server", false}};
    s.links = {{{"client", "eth0", {"10.0.0.1/24", "fd00::1/64"}},
                {"server", "eth0", {"10.0.0.2/24", "fd00::2/64"}}}};
    s.loads = {{"server", 0}};

    plan::Packet packet;
    packet.source_node = "client";
    packet.destination_node = "server";
    packet.source_address = "10.0.0.1";
    packet.destination_address = "10.0.0.2";
    packet.source_port = 40000;
    packet.destination_port = 80;
    packet.tcp_flags = plan::tcp_flag::kSyn;
    packet.expect = plan::Fate::accept;
    s.packets.push_back(packet);

    packet.destination_port = 22;
    packet.expect = plan::Fate::drop;
    s.packets.push_back(packet);

    packet.family = plan::Family::ipv6;
    packet.protocol = plan::Protocol::icmpv6;
    packet.source_address = "fd00::1";
    packet.destination_address = "fd00::2";
    packet.expect = plan::Fate::accept; // an ip table leaves IPv6 alone
    s.packets.push_back(packet);

    p.scenarios.push_back(s);
    return p;
}

} // namespace

TEST_CASE("a pair scenario decides each packet's fate on the kernel", "[runtime][root]") {
    auto p = pair_with_input_policy_drop();
    std::atomic<bool> stop{false};
    std::vector<runtime::ScenarioResult> results;
    auto summary = runtime::run(
        p, {}, [&](auto&, auto& r) { results.push_back(r); }, stop);

    REQUIRE(results.size() == 1);
    INFO(results[0].error);
    REQUIRE(results[0].status == runtime::ScenarioStatus::passed);
    CHECK(summary.passed == 1);
    const auto& dropped = results[0].packets[1];
    CHECK(dropped.observed == runtime::Observed::dropped);
    REQUIRE(dropped.decisive);
    CHECK(dropped.decisive->kind == "policy");
    CHECK(dropped.decisive->chain == "input");
    CHECK(dropped.decisive->hook == "input");
    CHECK(dropped.decisive->node == "server");
}
