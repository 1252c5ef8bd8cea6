#include "../golden.hpp"
#include "compiler/compile.hpp"
#include "compiler/nse_writer.hpp"
#include "compiler/yaml_suite.hpp"
#include "lang/parser.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace nse;

namespace {

const std::string kSeedSuite = std::string(NSE_SHARED_DIR) + "/seed/test_suite.yaml";

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

using nse::test::check_golden;

std::string converted_seed() {
    auto source = std::make_shared<lang::SourceFile>(kSeedSuite, read(kSeedSuite));
    lang::DiagnosticSink sink;
    auto file = compiler::parse_yaml_suite(source, sink);
    REQUIRE_FALSE(sink.has_errors());
    return compiler::write_nse(file, "Converted by nse convert from test_suite.yaml.");
}

std::vector<std::string> packets_of(const plan::Plan& compiled) {
    std::vector<std::string> packets;
    for (const auto& scenario : compiled.scenarios) {
        for (const auto& packet : scenario.packets)
            packets.push_back(scenario.name + ": " + plan::describe(packet) + " expect " +
                              std::string(plan::to_string(packet.expect)));
    }
    return packets;
}

} // namespace

TEST_CASE("The original tool's suite converts to formatted .nse", "[compiler][yaml]") {
    check_golden("yaml/test_suite.nse.golden", converted_seed());
}

TEST_CASE("A converted suite compiles to the plan of the suite itself", "[compiler][yaml]") {
    auto path = std::filesystem::temp_directory_path() / "nse_writer_test_suite.nse";
    std::ofstream(path, std::ios::binary) << converted_seed();

    lang::DiagnosticSink sink;
    auto from_nse = compiler::compile({path.string()}, sink, compiler::CompileOptions{false});
    auto from_yaml = compiler::compile({kSeedSuite}, sink, compiler::CompileOptions{false});
    std::filesystem::remove(path);
    for (const auto& diagnostic : sink.diagnostics())
        FAIL_CHECK(lang::render(diagnostic, false));
    REQUIRE(from_nse);
    REQUIRE(from_yaml);

    CHECK(packets_of(*from_nse) == packets_of(*from_yaml));
    REQUIRE(from_nse->rulesets.size() == from_yaml->rulesets.size());
    for (std::size_t i = 0; i < from_nse->rulesets.size(); ++i)
        CHECK(from_nse->rulesets[i].name == from_yaml->rulesets[i].name);
}

TEST_CASE("Written .nse quotes names and brackets IPv6 hosts with ports", "[compiler]") {
    auto source = std::make_shared<lang::SourceFile>(
        "t.nse", "scenario \"say \\\"hi\\\"\" {\n  topology pair\n"
                 "  send ip6 tcp [fd00::1]:1000 -> server:80 flags SA expect drop\n}\n");
    lang::DiagnosticSink sink;
    auto file = lang::parse(source, sink);
    REQUIRE_FALSE(sink.has_errors());
    CHECK(compiler::write_nse(file) ==
          "scenario \"say \\\"hi\\\"\" {\n  topology pair\n\n"
          "  send ip6 tcp [fd00::1]:1000 -> server:80 flags SA expect drop\n}\n");
}

TEST_CASE("A test name with quotes and backslashes converts and parses back the same",
          "[compiler][yaml]") {
    const std::string name = R"(say "hi" to C:\dir\ and \"back\")";
    auto yaml = std::make_shared<lang::SourceFile>(
        "suite.yaml", "- name: '" + name + "'\n  rules: r\n  packets: [{protocol: icmp}]\n");
    lang::DiagnosticSink sink;
    auto converted = compiler::write_nse(compiler::parse_yaml_suite(yaml, sink));
    REQUIRE_FALSE(sink.has_errors());

    auto nse = std::make_shared<lang::SourceFile>("suite.nse", converted);
    auto file = lang::parse(nse, sink);
    for (const auto& diagnostic : sink.diagnostics())
        FAIL_CHECK(lang::render(diagnostic, false));
    const auto& scenario = boost::get<lang::ast::ScenarioDecl>(file.declarations.back().get());
    CHECK(scenario.name.value == name);
}
