#include "report/json_reporter.hpp"
#include "sample_run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace nse::report {
namespace {

using nlohmann::json;

json json_output(bool finish) {
    testing::ScratchDirectory directory;
    auto path = directory.path() / "results.json";
    JsonReporter reporter(path, "0.1.0-test");
    testing::replay(reporter, finish);
    auto text = testing::read_file(path);
    return json::parse(finish ? text : text + "]}");
}

TEST_CASE("The JSON document has a versioned head, scenarios and a summary", "[report]") {
    auto document = json_output(true);

    CHECK(document["schema"] == "nse-results");
    CHECK(document["version"] == 1);
    CHECK(document["nse_version"] == "0.1.0-test");
    CHECK(document["started"].get<std::string>().size() == 20);
    REQUIRE(document["scenarios"].size() == 5);

    const auto& summary = document["summary"];
    CHECK(summary["total"] == 6);
    CHECK(summary["passed"] == 1);
    CHECK(summary["failed"] == 3);
    CHECK(summary["errors"] == 1);
    CHECK(summary["not_run"] == 1);
    CHECK(summary["interrupted"] == true);
    CHECK(summary["duration_ms"] == 452.0);
}

TEST_CASE("JSON scenarios appear in completion order with their fields", "[report]") {
    auto scenarios = json_output(true)["scenarios"];

    CHECK(scenarios[0]["index"] == 0);
    CHECK(scenarios[1]["index"] == 2);
    const auto& dns = scenarios[1];
    CHECK(dns["name"] == "dns <udp> & \"quotes\"");
    CHECK(dns["file"] == "examples/web.nse");
    CHECK(dns["line"] == 30);
    CHECK(dns["topology"] == "two-hosts");
    CHECK(dns["status"] == "failed");
    CHECK(dns["duration_ms"] == 20.75);
    CHECK(dns["error"].is_null());
    CHECK(scenarios[4]["status"] == "error");
    CHECK(scenarios[4]["error"].get<std::string>().rfind("cannot create veth pair", 0) == 0);
}

TEST_CASE("A JSON packet carries its plan, fates, decisive step and trace", "[report]") {
    auto packet = json_output(true)["scenarios"][1]["packets"][1];

    CHECK(packet["index"] == 1);
    CHECK(packet["file"] == "examples/web.nse");
    CHECK(packet["line"] == 33);
    CHECK(packet["column"] == 5);
    CHECK(packet["description"] == "udp 10.0.0.1:49152 -> 10.0.0.2:53");
    CHECK(packet["protocol"] == "udp");
    CHECK(packet["family"] == "ip");
    CHECK(packet["source"] == json{{"node", "client"}, {"address", "10.0.0.1"}, {"port", 49152}});
    CHECK(packet["destination"]["port"] == 53);
    CHECK(packet["tcp_flags"].is_null());
    CHECK(packet["expected"] == "accept");
    CHECK(packet["observed"] == "drop");
    CHECK(packet["passed"] == false);
    CHECK(packet["elapsed_ms"] == 1.25);

    const auto& decisive = packet["decisive"];
    CHECK(decisive["chain"] == "services");
    CHECK(decisive["kind"] == "rule");
    CHECK(decisive["verdict"] == "drop");
    CHECK(decisive["handle"] == 7);
    CHECK(decisive["rule"] == "udp dport 53 drop");
    CHECK(decisive["file"] == "examples/web.nse");
    CHECK(decisive["line"] == 8);
    REQUIRE(packet["trace"].size() == 2);
    CHECK(packet["trace"][0]["verdict"] == "jump");
}

TEST_CASE("JSON marks unknown rule text and lost packets with null", "[report]") {
    auto scenarios = json_output(true)["scenarios"];

    auto policy = scenarios[2]["packets"][0]["decisive"];
    CHECK(policy["kind"] == "policy");
    CHECK(policy["rule"].is_null());
    CHECK(policy["file"].is_null());
    CHECK(policy["line"].is_null());

    auto lost = scenarios[3]["packets"][0];
    CHECK(lost["observed"] == "lost");
    CHECK(lost["note"] == "no route to host fd00:1::2 in node client");
    CHECK(scenarios[0]["packets"][0]["note"].is_null());
    CHECK(lost["decisive"].is_null());
    CHECK(lost["trace"] == json::array());
    CHECK(lost["source"]["port"].is_null());
    CHECK(scenarios[0]["packets"][0]["tcp_flags"] == "S");
}

TEST_CASE("An unfinished JSON run keeps every finished scenario on disk", "[report]") {
    testing::ScratchDirectory directory;
    auto path = directory.path() / "results.json";
    JsonReporter reporter(path, "0.1.0-test");
    auto plan = testing::sample_plan();
    auto result = testing::sample_results()[1];
    reporter.run_started(plan);
    reporter.scenario_finished(plan.scenarios[result.index], result);

    auto document = json::parse(testing::read_file(path) + "]}");
    REQUIRE(document["scenarios"].size() == 1);
    CHECK(document["scenarios"][0]["name"] == "dns <udp> & \"quotes\"");
    CHECK_FALSE(document.contains("summary"));
}

TEST_CASE("JSON puts one scenario object on each line", "[report]") {
    testing::ScratchDirectory directory;
    auto path = directory.path() / "results.json";
    JsonReporter reporter(path, "0.1.0-test");
    testing::replay(reporter);

    auto text = testing::read_file(path);
    CHECK(std::count(text.begin(), text.end(), '\n') == 7); // head, 5 scenarios, summary
}

TEST_CASE("A JSON path that cannot be written fails when the run starts", "[report]") {
    testing::ScratchDirectory scratch;
    JsonReporter in_directory(scratch.path(), "0.1.0-test");
    CHECK_THROWS_WITH(in_directory.run_started(testing::sample_plan()),
                      "cannot write " + scratch.path().string() + ": Is a directory");

    auto missing = scratch.path() / "missing" / "results.json";
    JsonReporter in_missing(missing, "0.1.0-test");
    CHECK_THROWS_WITH(in_missing.run_started(testing::sample_plan()),
                      "cannot write " + missing.string() + ": No such file or directory");
    CHECK(std::filesystem::is_empty(scratch.path()));
}

} // namespace
} // namespace nse::report
