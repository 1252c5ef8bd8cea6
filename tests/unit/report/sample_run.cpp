#include "sample_run.hpp"

#include "../golden.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace nse::report::testing {

namespace {

using plan::Fate;
using runtime::Observed;
using runtime::ScenarioStatus;

plan::Packet tcp_packet(int line, std::uint16_t port, Fate expect) {
    plan::Packet packet;
    packet.where = {"examples/web.nse", line, 5};
    packet.source_node = "client";
    packet.destination_node = "server";
    packet.source_address = "10.0.0.1";
    packet.destination_address = "10.0.0.2";
    packet.source_port = 49152;
    packet.destination_port = port;
    packet.tcp_flags = plan::tcp_flag::kSyn;
    packet.expect = expect;
    return packet;
}

plan::Scenario scenario(std::string name, std::string file, int line) {
    plan::Scenario scenario;
    scenario.name = std::move(name);
    scenario.where = {std::move(file), line, 1};
    scenario.topology = "two-hosts";
    scenario.nodes = {{"client", false}, {"server", false}};
    return scenario;
}

runtime::TraceStep step(std::string chain, std::string hook, std::string kind,
                        std::string verdict) {
    runtime::TraceStep step;
    step.node = "server";
    step.family = "ip";
    step.table = "filter";
    step.chain = std::move(chain);
    step.hook = std::move(hook);
    step.kind = std::move(kind);
    step.verdict = std::move(verdict);
    return step;
}

runtime::PacketResult packet_result(std::size_t index, Fate expected, Observed observed) {
    runtime::PacketResult result;
    result.index = index;
    result.expected = expected;
    result.observed = observed;
    result.passed = (expected == Fate::accept) == (observed == Observed::accepted);
    result.elapsed_ms = 0.25 + static_cast<double>(index);
    return result;
}

runtime::ScenarioResult scenario_result(std::size_t index, ScenarioStatus status,
                                        double duration_ms) {
    runtime::ScenarioResult result;
    result.index = index;
    result.status = status;
    result.duration_ms = duration_ms;
    return result;
}

} // namespace

plan::Plan sample_plan() {
    plan::Plan plan;

    auto web = scenario("web allowed", "examples/web.nse", 10);
    web.packets = {tcp_packet(12, 80, Fate::accept)};

    auto ssh = scenario("ssh blocked by policy", "examples/web.nse", 20);
    ssh.packets = {tcp_packet(22, 22, Fate::accept)};

    auto dns = scenario("dns <udp> & \"quotes\"", "examples/web.nse", 30);
    auto query = tcp_packet(33, 53, Fate::accept);
    query.protocol = plan::Protocol::udp;
    dns.packets = {tcp_packet(32, 80, Fate::accept), query};

    auto lost = scenario("routing lost", "examples/routes.nse", 5);
    plan::Packet ping;
    ping.where = {"examples/routes.nse", 7, 3};
    ping.protocol = plan::Protocol::icmpv6;
    ping.family = plan::Family::ipv6;
    ping.source_node = "client";
    ping.destination_node = "server";
    ping.source_address = "fd00::1";
    ping.destination_address = "fd00:1::2";
    lost.packets = {ping};

    auto broken = scenario("broken setup", "examples/routes.nse", 15);
    broken.packets = {tcp_packet(17, 80, Fate::drop)};
    broken.packets[0].where.file = "examples/routes.nse";

    auto unreached = scenario("not reached", "examples/routes.nse", 25);
    unreached.packets = {tcp_packet(27, 80, Fate::accept)};
    unreached.packets[0].where.file = "examples/routes.nse";

    plan.scenarios = {web, ssh, dns, lost, broken, unreached};
    return plan;
}

std::vector<runtime::ScenarioResult> sample_results() {
    auto web = scenario_result(0, ScenarioStatus::passed, 1.234);
    auto delivered = packet_result(0, Fate::accept, Observed::accepted);
    delivered.decisive = step("input", "input", "policy", "accept");
    delivered.trace = {*delivered.decisive};
    web.packets = {delivered};

    auto ssh = scenario_result(1, ScenarioStatus::failed, 12.5);
    auto refused = packet_result(0, Fate::accept, Observed::dropped);
    refused.decisive = step("input", "input", "policy", "drop");
    refused.trace = {step("input", "input", "rule", "continue"), *refused.decisive};
    refused.trace[0].handle = 2;
    ssh.packets = {refused};

    auto dns = scenario_result(2, ScenarioStatus::failed, 20.75);
    auto dropped = packet_result(1, Fate::accept, Observed::dropped);
    auto jump = step("input", "input", "rule", "jump");
    jump.handle = 3;
    jump.rule_text = "jump services";
    jump.where = plan::SourcePoint{"examples/web.nse", 5, 9};
    auto drop = step("services", "", "rule", "drop");
    drop.handle = 7;
    drop.rule_text = "udp dport 53 drop";
    drop.where = plan::SourcePoint{"examples/web.nse", 8, 9};
    dropped.decisive = drop;
    dropped.trace = {jump, drop};
    dns.packets = {packet_result(0, Fate::accept, Observed::accepted), dropped};

    auto lost = scenario_result(3, ScenarioStatus::failed, 1000.0);
    lost.packets = {packet_result(0, Fate::accept, Observed::lost)};
    lost.packets[0].note = "no route to host fd00:1::2 in node client";

    auto broken = scenario_result(4, ScenarioStatus::error, 3.0);
    broken.error = "cannot create veth pair client-server: Operation not permitted\x01\n"
                   "hint: run nse as root or in a user namespace";

    return {web, dns, ssh, lost, broken};
}

runtime::RunSummary sample_summary() {
    runtime::RunSummary summary;
    summary.total = 6;
    summary.passed = 1;
    summary.failed = 3;
    summary.errors = 1;
    summary.not_run = 1;
    summary.duration_ms = 452.0;
    summary.interrupted = true;
    return summary;
}

ScratchDirectory::ScratchDirectory() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("nse-report-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void check_golden(const std::string& name, const std::string& actual) {
    nse::test::check_golden("report/" + name, actual);
}

} // namespace nse::report::testing
