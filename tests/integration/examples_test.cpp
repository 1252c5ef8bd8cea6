#include "process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using nse::test::run_nse;
using nse::test::run_shell;
using nse::test::TempDir;

TEST_CASE("every bundled example passes, with valid JUnit and JSON reports",
          "[integration][root]") {
    TempDir dir;
    auto junit = dir.path() + "/r.xml";
    auto json = dir.path() + "/r.json";
    auto run = run_nse("run " + std::string(NSE_SOURCE_DIR) + "/examples --junit " + junit +
                       " --json " + json);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(run.output.find(" 0 failed") != std::string::npos);

    auto schema = std::string(NSE_SHARED_DIR) + "/schemas/junit-10.xsd";
    auto validation = run_shell("xmllint --noout --schema " + schema + " " + junit);
    INFO(validation.output);
    CHECK(validation.exit_code == 0);

    auto results = nlohmann::json::parse(std::ifstream(json));
    CHECK(results["version"] == 1);
    CHECK(results["summary"]["failed"] == 0);
    CHECK(results["summary"]["passed"] == results["summary"]["total"]);
    CHECK(results["scenarios"].size() == results["summary"]["total"]);
    for (const auto& scenario : results["scenarios"]) {
        INFO(scenario["name"]);
        CHECK(scenario["status"] == "passed");
        for (const auto& packet : scenario["packets"])
            CHECK(packet["observed"] == packet["expected"]);
    }
}
