#include "process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <string>

using nse::test::run_nse;
using nse::test::TempDir;

namespace {

const std::string kSeedSuite = std::string(NSE_SHARED_DIR) + "/seed/test_suite.yaml";
const std::string kYamlData = std::string(NSE_TEST_DATA_DIR) + "/yaml/";

// Each packet's expected and observed fate, by scenario name and packet
// index; the JSON lists scenarios in the order they finished.
std::map<std::string, std::string> verdicts_of(const std::string& json_path) {
    auto results = nlohmann::json::parse(std::ifstream(json_path));
    std::map<std::string, std::string> verdicts;
    for (const auto& scenario : results["scenarios"]) {
        for (const auto& packet : scenario["packets"]) {
            auto key = scenario["name"].get<std::string>() + " #" +
                       std::to_string(packet["index"].get<int>());
            verdicts[key] = packet["description"].get<std::string>() + " expected " +
                            packet["expected"].get<std::string>() + ", observed " +
                            packet["observed"].get<std::string>();
        }
    }
    return verdicts;
}

} // namespace

TEST_CASE("the original tool's own suite runs unchanged and passes", "[integration][root]") {
    auto run = run_nse("run " + kSeedSuite + " --colour never");
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("2 passed, 0 failed") != std::string::npos);
}

TEST_CASE("the README's form of the suite runs and passes", "[integration][root]") {
    auto run = run_nse("run " + kYamlData + "readme_form.yaml --colour never");
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("2 passed, 0 failed") != std::string::npos);
}

TEST_CASE("a converted suite gives the same verdict for every packet", "[integration][root]") {
    TempDir dir;
    auto converted = dir.path() + "/suite.nse";
    auto convert = run_nse("convert " + kSeedSuite + " -o " + converted);
    INFO(convert.output);
    REQUIRE(convert.exit_code == 0);

    auto from_yaml = run_nse("run " + kSeedSuite + " --json " + dir.path() + "/yaml.json");
    auto from_nse = run_nse("run " + converted + " --json " + dir.path() + "/nse.json");
    INFO(from_yaml.output << from_nse.output);
    CHECK(from_yaml.exit_code == 0);
    CHECK(from_nse.exit_code == 0);

    auto yaml_verdicts = verdicts_of(dir.path() + "/yaml.json");
    CHECK(yaml_verdicts.size() == 4);
    CHECK(verdicts_of(dir.path() + "/nse.json") == yaml_verdicts);
}

TEST_CASE("the README's one-line ruleset fails at its YAML line with the hint",
          "[integration][root]") {
    auto file = kYamlData + "readme_one_liner.yaml";
    auto run = run_nse("check " + file);
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find(file + ":4:107: error: nftables: syntax error, unexpected '}'") !=
          std::string::npos);
    CHECK(run.output.find("[nft-syntax]") != std::string::npos);
    CHECK(run.output.find("hint: nftables 1.0.6 needs a newline or ';' between two closing "
                          "braces") != std::string::npos);
    CHECK(run.output.find("nothing was run") != std::string::npos);
}

TEST_CASE("an nft error in a block scalar points at its line in the YAML file",
          "[integration][root]") {
    auto file = kYamlData + "block_nft_error.yaml";
    auto run = run_nse("check " + file);
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find(file + ":7:29: error: nftables: syntax error") != std::string::npos);
    CHECK(run.output.find(" 7 |           tcp dport 80 acept") != std::string::npos);
}
