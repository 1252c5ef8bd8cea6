#include "compiler/compile.hpp"
#include "compiler/yaml_suite.hpp"
#include "lang/diagnostic_names.hpp"

#include <catch2/catch.hpp>

#include <ostream>
#include <string>
#include <vector>

using namespace nse;

namespace {

const std::string kSeedSuite = std::string(NSE_SHARED_DIR) + "/seed/test_suite.yaml";
const std::string kYamlData = std::string(NSE_TEST_DATA_DIR) + "/yaml/";

// Compiles without nftables (no root): rulesets are taken as written.
std::optional<plan::Plan> compile_file(const std::string& path, lang::DiagnosticSink& sink) {
    return compiler::compile({path}, sink, compiler::CompileOptions{false});
}

plan::Plan compile_clean(const std::string& path) {
    lang::DiagnosticSink sink;
    auto compiled = compile_file(path, sink);
    for (const auto& diagnostic : sink.diagnostics())
        FAIL_CHECK(lang::render(diagnostic, false));
    REQUIRE(compiled);
    return *compiled;
}

// A diagnostic reduced to what a test pins.
struct Seen {
    std::string_view name;
    int line;
    int column;
    std::string message;

    bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& seen) {
    return out << '[' << seen.name << "] " << seen.line << ':' << seen.column << ' '
               << seen.message;
}

std::vector<Seen> errors_of(const std::string& file) {
    lang::DiagnosticSink sink;
    auto compiled = compile_file(kYamlData + "bad/" + file, sink);
    CHECK_FALSE(compiled);
    std::vector<Seen> seen;
    for (const auto& diagnostic : sink.diagnostics()) {
        CHECK(diagnostic.where.file->path() == kYamlData + "bad/" + file);
        auto at = diagnostic.where.file->location_of(diagnostic.where.span.begin);
        seen.push_back({diagnostic.name, at.line, at.column, diagnostic.message});
    }
    return seen;
}

std::string ruleset_text(const lang::ast::File& file, std::size_t n) {
    std::size_t seen = 0;
    for (const auto& declaration : file.declarations) {
        const auto* ruleset = boost::get<lang::ast::RulesetDecl>(&declaration.get());
        if (ruleset && seen++ == n)
            return boost::get<lang::ast::RulesetBody>(ruleset->source.get()).text;
    }
    FAIL("no ruleset " << n);
    return {};
}

} // namespace

TEST_CASE("The original tool's suite lowers to pair and gateway scenarios", "[compiler][yaml]") {
    auto compiled = compile_clean(kSeedSuite);

    REQUIRE(compiled.rulesets.size() == 2);
    CHECK(compiled.rulesets[0].name == "simple_topology_allow_tcp_80");
    CHECK(compiled.rulesets[0].text == "table ip filter {\n"
                                       "  chain input {\n"
                                       "    type filter hook input priority 0; policy drop;\n"
                                       "    tcp dport 80 accept\n"
                                       "  }\n"
                                       "}\n");
    CHECK(compiled.rulesets[0].where.line == 4);
    CHECK(compiled.rulesets[1].name == "gateway_topology_forwarding_allow_udp_53");

    REQUIRE(compiled.scenarios.size() == 2);
    const auto& simple = compiled.scenarios[0];
    CHECK(simple.name == "Simple Topology Allow TCP 80");
    CHECK(simple.topology == "pair");
    CHECK(simple.where.line == 2);
    REQUIRE(simple.loads.size() == 1);
    CHECK(simple.loads[0].node == "server");
    CHECK(simple.loads[0].ruleset == 0);
    REQUIRE(simple.packets.size() == 2);
    CHECK(plan::describe(simple.packets[0]) == "tcp 10.0.0.1:49152 -> 10.0.0.2:80 [S]");
    CHECK(simple.packets[0].source_node == "client");
    CHECK(simple.packets[0].destination_node == "server");
    CHECK(simple.packets[0].expect == plan::Fate::accept);
    CHECK(simple.packets[0].where.line == 12);
    CHECK(plan::describe(simple.packets[1]) == "tcp 10.0.0.1:49153 -> 10.0.0.2:22 [S]");
    CHECK(simple.packets[1].expect == plan::Fate::drop);

    const auto& gateway = compiled.scenarios[1];
    CHECK(gateway.topology == "gateway");
    REQUIRE(gateway.loads.size() == 1);
    CHECK(gateway.loads[0].node == "router");
    CHECK(gateway.loads[0].ruleset == 1);
    REQUIRE(gateway.packets.size() == 2);
    CHECK(plan::describe(gateway.packets[0]) == "udp 10.0.1.1:49152 -> 10.0.2.2:53");
    CHECK(gateway.packets[0].source_node == "client");
    CHECK(gateway.packets[0].destination_node == "server");
    CHECK(gateway.packets[1].destination_port == 80);
    CHECK(gateway.packets[1].expect == plan::Fate::drop);
}

TEST_CASE("The README's form of a suite gives the same plan as the tool's own",
          "[compiler][yaml]") {
    auto seed = compile_clean(kSeedSuite);
    auto readme = compile_clean(kYamlData + "readme_form.yaml");

    REQUIRE(readme.rulesets.size() == seed.rulesets.size());
    for (std::size_t i = 0; i < seed.rulesets.size(); ++i)
        CHECK(readme.rulesets[i].text == seed.rulesets[i].text);
    REQUIRE(readme.scenarios.size() == seed.scenarios.size());
    for (std::size_t i = 0; i < seed.scenarios.size(); ++i) {
        CHECK(readme.scenarios[i].name == seed.scenarios[i].name);
        CHECK(readme.scenarios[i].topology == seed.scenarios[i].topology);
        REQUIRE(readme.scenarios[i].packets.size() == seed.scenarios[i].packets.size());
        for (std::size_t p = 0; p < seed.scenarios[i].packets.size(); ++p) {
            CHECK(plan::describe(readme.scenarios[i].packets[p]) ==
                  plan::describe(seed.scenarios[i].packets[p]));
            CHECK(readme.scenarios[i].packets[p].expect == seed.scenarios[i].packets[p].expect);
        }
    }
}

TEST_CASE("Packets take the direction, ports and flags their fields say", "[compiler][yaml]") {
    auto source = std::make_shared<lang::SourceFile>("suite.yaml", R"(tests:
  - name: outgoing
    topology: gateway
    rules: "table ip t { }"
    packets:
      - protocol: TCP
        src_ip: 10.0.2.2
        dst_ip: 10.0.1.1
        src_port: 4000
        dst_port: 443
        tcp_flags: [S, A]
        expected_verdict: drop
)");
    lang::DiagnosticSink sink;
    auto file = compiler::parse_yaml_suite(source, sink);
    REQUIRE_FALSE(sink.has_errors());
    const auto& scenario = boost::get<lang::ast::ScenarioDecl>(file.declarations.back().get());
    REQUIRE(scenario.items.size() == 3);
    const auto& send = boost::get<lang::ast::SendStmt>(scenario.items[2].get());
    CHECK(send.protocol.name == "tcp");
    CHECK(send.source.host.text == "10.0.2.2");
    CHECK(send.source.port->value == 4000);
    CHECK(send.destination.host.text == "10.0.1.1");
    CHECK(send.destination.port->value == 443);
    CHECK(send.flags->text == "SA");
    CHECK(send.expectation.name == "drop");
    CHECK(source->location_of(send.destination.port->span.begin).line == 10);
    CHECK(source->location_of(send.destination.port->span.begin).column == 19);
}

TEST_CASE("A block scalar's ruleset lines map onto the YAML file", "[compiler][yaml]") {
    auto source = std::make_shared<lang::SourceFile>("suite.yaml", R"(- name: mapped
  rules: |
    table ip filter {

      chain input { type filter hook input priority 0; }
    }
  packets: [{protocol: icmp}]
)");
    lang::DiagnosticSink sink;
    auto file = compiler::parse_yaml_suite(source, sink);
    REQUIRE_FALSE(sink.has_errors());
    const auto& ruleset = boost::get<lang::ast::RulesetDecl>(file.declarations[1].get());
    const auto& body = boost::get<lang::ast::RulesetBody>(ruleset.source.get());
    CHECK(ruleset_text(file, 0) ==
          "table ip filter {\n\n  chain input { type filter hook input priority 0; }\n}\n");

    std::vector<std::string_view> lines;
    for (std::size_t begin = 0; begin < body.text.size();) {
        auto end = body.text.find('\n', begin);
        lines.push_back(std::string_view(body.text).substr(begin, end - begin));
        begin = end + 1;
    }
    REQUIRE(body.line_offsets.size() >= lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO("line " << i + 1);
        CHECK(std::string_view(source->text()).substr(body.line_offsets[i]).starts_with(lines[i]));
        CHECK(source->location_of(body.line_offsets[i]).line == static_cast<int>(i) + 3);
    }
}

TEST_CASE("An anchor or a tag before a block scalar leaves its lines in place",
          "[compiler][yaml]") {
    for (std::string properties : {"&rules ", "!!str ", "&rules !!str "}) {
        INFO(properties);
        auto source = std::make_shared<lang::SourceFile>(
            "suite.yaml", "- name: marked\n  rules: " + properties +
                              "|\n    table ip filter {\n    }\n  packets: [{protocol: icmp}]\n");
        lang::DiagnosticSink sink;
        auto file = compiler::parse_yaml_suite(source, sink);
        REQUIRE_FALSE(sink.has_errors());
        const auto& ruleset = boost::get<lang::ast::RulesetDecl>(file.declarations[1].get());
        const auto& body = boost::get<lang::ast::RulesetBody>(ruleset.source.get());
        REQUIRE_FALSE(body.line_offsets.empty());
        auto at = source->location_of(body.line_offsets[0]);
        CHECK(at.line == 3);
        CHECK(at.column == 5);
    }
}

TEST_CASE("A suite file that is not YAML gives one syntax error", "[compiler][yaml]") {
    CHECK(errors_of("syntax.yaml") == std::vector<Seen>{{lang::diag::kYamlSyntax, 5, 1,
                                                         "YAML: end of sequence flow not found"}});
}

TEST_CASE("A suite that is neither a list nor a map of tests is refused", "[compiler][yaml]") {
    CHECK(errors_of("not_a_suite.yaml") ==
          std::vector<Seen>{{lang::diag::kYamlType, 1, 1,
                             "a suite must be a list of tests, or a map with a 'tests' list; "
                             "found 'just some text'"}});
}

TEST_CASE("Unknown keys are reported, each at its key", "[compiler][yaml]") {
    CHECK(
        errors_of("unknown_key.yaml") ==
        std::vector<Seen>{{lang::diag::kYamlUnknownKey, 8, 5, "unknown key 'timeout' in a test"},
                          {lang::diag::kYamlUnknownKey, 6, 9, "unknown key 'dport' in a packet"}});
}

TEST_CASE("A key given twice is reported at its second place", "[compiler][yaml]") {
    CHECK(errors_of("duplicate_key.yaml") ==
          std::vector<Seen>{
              {lang::diag::kYamlDuplicateKey, 3, 5, "'name' is given twice in test \"one name\""}});
}

TEST_CASE("Values of the wrong kind name what was expected and found", "[compiler][yaml]") {
    CHECK(errors_of("wrong_types.yaml") ==
          std::vector<Seen>{
              {lang::diag::kYamlType, 4, 7, "'rules' must be nftables text, found a list"},
              {lang::diag::kYamlType, 6, 7, "'packets' must be a list of packets, found a map"},
              {lang::diag::kYamlType, 7, 11, "'name' must be text, found a list"},
              {lang::diag::kYamlType, 11, 19, "'dst_port' must be a port number, found 'http'"},
              {lang::diag::kYamlType, 12, 20,
               "'tcp_flags' must be a list of flag letters, found a map"}});
}

TEST_CASE("Missing keys are reported at the test or packet that lacks them", "[compiler][yaml]") {
    CHECK(errors_of("missing_keys.yaml") ==
          std::vector<Seen>{
              {lang::diag::kYamlMissingKey, 2, 5, "test 1 has no 'name'"},
              {lang::diag::kYamlMissingKey, 2, 5, "test 1 has no 'rules'"},
              {lang::diag::kYamlMissingKey, 4, 9, "packet 1 has no 'protocol'"},
              {lang::diag::kYamlMissingKey, 5, 5, "test \"no packets\" has no 'packets'"}});
}

TEST_CASE("Bad topology, address, flag and verdict values are all reported", "[compiler][yaml]") {
    CHECK(errors_of("bad_values.yaml") ==
          std::vector<Seen>{{lang::diag::kYamlBadValue, 3, 15, "unknown topology 'star'"},
                            {lang::diag::kBadAddress, 7, 17, "'10.0.0.300' is not an IP address"},
                            {lang::diag::kBadTcpFlags, 9, 24, "'X' is not a TCP flag"},
                            {lang::diag::kYamlBadValue, 10, 27, "unknown verdict 'REJECT'"}});
}

TEST_CASE("Ports out of range are reported by packet lowering at the YAML value",
          "[compiler][yaml]") {
    CHECK(errors_of("ports.yaml") ==
          std::vector<Seen>{{lang::diag::kPortOutOfRange, 6, 19, "port 0 is out of range"},
                            {lang::diag::kPortOutOfRange, 8, 19, "port 70000 is out of range"}});
}

TEST_CASE("A second YAML document is reported at its '---'", "[compiler][yaml]") {
    CHECK(errors_of("two_documents.yaml") ==
          std::vector<Seen>{{lang::diag::kYamlBadValue, 5, 1,
                             "a suite is one YAML document; this file has a second one here"}});
}

TEST_CASE("An empty document after a suite's '---' is no second suite", "[compiler][yaml]") {
    auto source = std::make_shared<lang::SourceFile>(
        "suite.yaml", "---\n- {name: one, rules: r, packets: [{protocol: icmp}]}\n---\n# end\n");
    lang::DiagnosticSink sink;
    compiler::parse_yaml_suite(source, sink);
    CHECK_FALSE(sink.has_errors());
}

TEST_CASE("Test names that are empty or not one line are refused", "[compiler][yaml]") {
    CHECK(errors_of("test_names.yaml") ==
          std::vector<Seen>{{lang::diag::kYamlBadValue, 1, 9,
                             "a test name must be one line of text; this one has a line break"},
                            {lang::diag::kYamlBadValue, 4, 9,
                             "a test name must be one line of text; this one has control "
                             "character U+0007"},
                            {lang::diag::kYamlBadValue, 7, 9,
                             "a test name must be one line of text; this one has a line break"},
                            {lang::diag::kYamlBadValue, 14, 9,
                             "a test name must not be empty: reports list tests by name"}});
}

TEST_CASE("Nested aliases are stopped before they are walked", "[compiler][yaml]") {
    // Nine levels of nine aliases: 9^9 nodes if walked in full.
    CHECK(errors_of("laughs.yaml") ==
          std::vector<Seen>{{lang::diag::kYamlBadValue, 1, 1,
                             "the suite expands to more than 1000000 nodes (nested aliases?)"}});
}

TEST_CASE("icmpv6 packets without addresses go between the topology's IPv6 ends",
          "[compiler][yaml]") {
    auto compiled = compile_clean(kYamlData + "icmpv6.yaml");

    REQUIRE(compiled.scenarios.size() == 2);
    const auto& simple = compiled.scenarios[0];
    REQUIRE(simple.packets.size() == 3);
    CHECK(plan::describe(simple.packets[0]) == "icmpv6 fd00::1 -> fd00::2");
    CHECK(plan::describe(simple.packets[1]) == "icmpv6 fd00::1 -> fd00::2");
    CHECK(simple.packets[1].expect == plan::Fate::drop);
    CHECK(plan::describe(simple.packets[2]) == "tcp [fd00::1]:49154 -> [fd00::2]:80 [S]");
    const auto& gateway = compiled.scenarios[1];
    REQUIRE(gateway.packets.size() == 1);
    CHECK(plan::describe(gateway.packets[0]) == "icmpv6 fd00:1::1 -> fd00:2::2");
}

TEST_CASE("Suites are read from .yaml, .yml and .json files", "[compiler][yaml]") {
    CHECK(compiler::is_yaml_suite("suite.yaml"));
    CHECK(compiler::is_yaml_suite("dir.d/suite.yml"));
    CHECK(compiler::is_yaml_suite("suite.json"));
    CHECK(compiler::is_yaml_suite("SUITE.YAML"));
    CHECK(compiler::is_yaml_suite("suite.Yml"));
    CHECK(compiler::is_yaml_suite("suite.JSON"));
    CHECK_FALSE(compiler::is_yaml_suite("suite.nse"));
    CHECK_FALSE(compiler::is_yaml_suite("yaml"));
}

TEST_CASE("A packet giving only the server's address as its source goes to the client",
          "[compiler][yaml]") {
    auto plan = compile_clean(kYamlData + "outgoing.yaml");
    const auto& packets = plan.scenarios.at(0).packets;
    REQUIRE(packets.size() == 2);
    for (const auto& packet : packets) {
        CHECK(packet.source_node == "server");
        CHECK(packet.destination_node == "client");
        CHECK(packet.destination_address == "10.0.0.1");
    }
}

TEST_CASE("Flags written by name get their letter as the fix; topology names ignore case",
          "[compiler][yaml]") {
    CHECK(errors_of("flag_names.yaml") ==
          std::vector<Seen>{
              {lang::diag::kBadTcpFlags, 4, 55, "'SYN' is a flag's name; write its letter, 'S'"},
              {lang::diag::kBadTcpFlags, 4, 60, "'ack' is a flag's name; write its letter, 'A'"}});
}
