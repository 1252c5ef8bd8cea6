#include "compiler/yaml_suite.hpp"

#include "compiler/yaml_packet.hpp"
#include "compiler/yaml_reader.hpp"
#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <set>

namespace nse::compiler {

namespace ast = lang::ast;
namespace diag = lang::diag;

namespace {

// The original tool's topologies and the stdlib ones they are. Its rules went
// on the server of `simple` and on the router of `gateway`.
struct TopologyChoice {
    std::string_view yaml_name;
    std::string_view topology;
    std::string_view rules_node;
    yaml::PacketDefaults defaults;
};

constexpr std::array kTopologies{
    TopologyChoice{"simple", "pair", "server", {{"10.0.0.1", "10.0.0.2"}, {"fd00::1", "fd00::2"}}},
    TopologyChoice{
        "gateway", "gateway", "router", {{"10.0.1.1", "10.0.2.2"}, {"fd00:1::1", "fd00:2::2"}}}};

// More nodes than any suite written by hand holds (a suite of a thousand
// packets has some twenty thousand), so that nested aliases are stopped in
// well under a second rather than walked for minutes.
constexpr std::size_t kNodeLimit = 1'000'000;

constexpr std::array<std::string_view, 1> kSuiteKeys{"tests"};
constexpr std::array<std::string_view, 4> kTestKeys{"name", "topology", "rules", "packets"};
constexpr std::array<std::string_view, 3> kTestRequired{"name", "rules", "packets"};

// A ruleset name for a test: its name as a .nse identifier, made unique.
std::string ruleset_name(const std::string& test_name, std::set<std::string>& taken) {
    std::string name;
    for (unsigned char c : test_name) {
        if (std::isalnum(c))
            name += static_cast<char>(std::tolower(c));
        else if (!name.empty() && name.back() != '_')
            name += '_';
    }
    while (!name.empty() && name.back() == '_')
        name.pop_back();
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
        name = "test_" + name;
    auto unique = name;
    for (int n = 2; !taken.insert(unique).second; ++n)
        unique = fmt::format("{}_{}", name, n);
    return unique;
}

// What makes a test name more than one line of text, if anything: .nse
// strings hold neither line breaks nor, in nse's output, control characters.
std::optional<std::string> not_one_line(std::string_view name) {
    for (unsigned char c : name) {
        if (c == '\n' || c == '\r')
            return "a line break";
        if (c < 0x20 && c != '\t')
            return fmt::format("control character U+{:04X}", static_cast<unsigned>(c));
    }
    return std::nullopt;
}

// Where the document whose content starts at `content` begins: its `---`
// line, when only blank, comment and directive lines lie between the two.
lang::Span document_start(std::string_view text, std::uint32_t content) {
    auto line_start = [&](std::uint32_t offset) -> std::uint32_t {
        auto newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
        return newline == std::string_view::npos ? 0 : static_cast<std::uint32_t>(newline + 1);
    };
    auto content_line = line_start(content);
    for (auto line = content_line;; line = line_start(line - 1)) {
        auto rest = text.substr(line);
        if (rest.starts_with("---"))
            return {line, line + 3};
        auto first = rest.find_first_not_of(" \t\r");
        bool passable = line == content_line || first == std::string_view::npos ||
                        rest[first] == '\n' || rest[first] == '#' || rest[first] == '%';
        if (line == 0 || !passable)
            return {content, content + 1};
    }
}

template <class Node> Node spanned(lang::Span span) {
    Node node;
    node.span = span;
    return node;
}

ast::Identifier identifier(lang::Span span, std::string_view name) {
    auto node = spanned<ast::Identifier>(span);
    node.name = name;
    return node;
}

class SuiteReader {
public:
    SuiteReader(const lang::SourcePtr& source, lang::DiagnosticSink& sink)
        : source_(source), sink_(sink), reader_(source, sink) {}

    ast::File read() {
        ast::File file;
        std::vector<YAML::Node> documents;
        try {
            documents = YAML::LoadAll(source_->text());
        } catch (const YAML::Exception& error) {
            auto at = reader_.spans().offset_of(error.mark);
            reader_.error(diag::kYamlSyntax, {at, at + 1}, fmt::format("YAML: {}", error.msg));
            return file;
        }
        if (documents.empty())
            documents.emplace_back();
        const auto& root = documents.front();
        check_one_document(documents);
        if (!within_node_limit(root))
            return file;

        auto import = spanned<ast::Import>({0, 0});
        import.target = identifier({0, 0}, "std.topologies");
        file.declarations.emplace_back(std::move(import));
        auto tests = test_list(root);
        for (std::size_t i = 0; i < tests.size(); ++i)
            read_test(tests[i], i, file);
        return file;
    }

private:
    // Later documents would otherwise be dropped unread; empty ones (a
    // trailing `---`) hold nothing to lose.
    void check_one_document(const std::vector<YAML::Node>& documents) {
        auto second = std::find_if(documents.begin() + 1, documents.end(),
                                   [](const YAML::Node& document) { return !document.IsNull(); });
        if (second == documents.end())
            return;
        auto content = reader_.spans().offset_of(second->Mark());
        reader_
            .error(diag::kYamlBadValue, document_start(source_->text(), content),
                   "a suite is one YAML document; this file has a second one here")
            .hints.push_back("put the tests of both documents in one list, or each document "
                             "in a file of its own");
    }

    // Every later walk of the document, spans included, is bounded by its
    // expanded size, so it is measured first. The error points at the start
    // of the document: finding the span of an expanded node is such a walk.
    bool within_node_limit(const YAML::Node& root) {
        if (yaml::expanded_size(root, kNodeLimit) <= kNodeLimit)
            return true;
        auto at = reader_.spans().offset_of(root.Mark());
        reader_
            .error(diag::kYamlBadValue, {at, at + 1},
                   fmt::format("the suite expands to more than {} nodes (nested aliases?)",
                               kNodeLimit))
            .hints.push_back("each alias (*name) repeats all its anchor (&name) holds, aliases "
                             "in it included");
        return false;
    }

    // The suite's tests: the document itself (the README's form) or its
    // `tests:` list (the original tool's own suite).
    std::vector<YAML::Node> test_list(const YAML::Node& root) {
        if (root.IsSequence())
            return yaml::items_of(root);
        if (!root.IsMap()) {
            reader_.error(diag::kYamlType, reader_.spans().span_of(root),
                          fmt::format("a suite must be a list of tests, or a map with a 'tests' "
                                      "list; found {}",
                                      yaml::describe(root)));
            return {};
        }
        auto entries = reader_.entries(root, reader_.head_of(root), "the suite",
                                       {"a suite", kSuiteKeys, kSuiteKeys});
        auto found = entries->find("tests");
        if (found == entries->end())
            return {};
        if (!found->second.value.IsSequence()) {
            reader_.wrong_type(found->second, "tests", "a list of tests");
            return {};
        }
        return yaml::items_of(found->second.value);
    }

    void read_test(const YAML::Node& test, std::size_t index, ast::File& file) {
        auto errors_before = sink_.error_count();
        auto label = fmt::format("test {}", index + 1);
        for (auto it = test.begin(); test.IsMap() && it != test.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == "name" && it->second.IsScalar() &&
                !not_one_line(it->second.Scalar())) {
                label = fmt::format("test \"{}\"", it->second.Scalar());
                break;
            }
        }
        auto head = reader_.head_of(test);
        auto entries = reader_.entries(test, head, label, {"a test", kTestKeys, kTestRequired});
        if (!entries)
            return;

        auto scenario = spanned<ast::ScenarioDecl>(reader_.spans().span_of(test));
        if (auto found = entries->find("name"); found != entries->end()) {
            if (auto name = reader_.text(found->second, "name", "text")) {
                scenario.name.span = reader_.span_of(found->second);
                scenario.name.value = *name;
                if (name->find_first_not_of(" \t") == std::string::npos)
                    reader_.error(diag::kYamlBadValue, scenario.name.span,
                                  "a test name must not be empty: reports list tests by name");
                else if (auto problem = not_one_line(*name))
                    reader_
                        .error(diag::kYamlBadValue, scenario.name.span,
                               fmt::format("a test name must be one line of text; this one has {}",
                                           *problem))
                        .hints.push_back("a test is an nse scenario, whose name is one line");
            }
        }

        const auto* topology = &kTopologies.front();
        auto topology_span = head;
        if (auto found = entries->find("topology"); found != entries->end()) {
            topology = choose_topology(found->second);
            topology_span = reader_.span_of(found->second);
        }

        auto ruleset = read_rules(*entries, scenario.name.value);
        std::vector<ast::SendStmt> sends;
        if (auto found = entries->find("packets"); found != entries->end())
            sends = read_packets(found->second, topology);

        if (sink_.error_count() > errors_before)
            return;
        auto topology_ref = spanned<ast::TopologyRef>(topology_span);
        topology_ref.name = identifier(topology_span, topology->topology);
        scenario.items.emplace_back(std::move(topology_ref));
        auto load = spanned<ast::LoadStmt>(ruleset->name.span);
        load.ruleset = ruleset->name;
        load.node = identifier(topology_span, topology->rules_node);
        scenario.items.emplace_back(std::move(load));
        for (auto& send : sends)
            scenario.items.emplace_back(std::move(send));
        file.declarations.emplace_back(std::move(*ruleset));
        file.declarations.emplace_back(std::move(scenario));
    }

    const TopologyChoice* choose_topology(const yaml::Entry& entry) {
        auto name = reader_.text(entry, "topology", "a topology name");
        if (!name)
            return nullptr;
        std::string lowered;
        for (unsigned char c : *name)
            lowered += static_cast<char>(std::tolower(c));
        for (const auto& choice : kTopologies) {
            if (choice.yaml_name == lowered)
                return &choice;
        }
        reader_
            .error(diag::kYamlBadValue, reader_.span_of(entry),
                   fmt::format("unknown topology '{}'", *name))
            .hints.push_back("a suite's topologies are 'simple' (client 10.0.0.1, server "
                             "10.0.0.2) and 'gateway' (client 10.0.1.1, router, server "
                             "10.0.2.2)");
        return nullptr;
    }

    std::optional<ast::RulesetDecl> read_rules(const yaml::Entries& entries,
                                               const std::string& test_name) {
        auto found = entries.find("rules");
        if (found == entries.end())
            return std::nullopt;
        if (!reader_.text(found->second, "rules", "nftables text"))
            return std::nullopt;

        auto text = reader_.spans().mapped_text(found->second.value);
        auto key = reader_.spans().span_of(found->second.key);
        auto ruleset = spanned<ast::RulesetDecl>({key.begin, text.span.end});
        ruleset.name = identifier(key, ruleset_name(test_name, ruleset_names_));
        auto body = spanned<ast::RulesetBody>(text.span);
        body.text = std::move(text.text);
        body.line_offsets = std::move(text.line_offsets);
        ruleset.source = std::move(body);
        return ruleset;
    }

    // Packets are read even when the topology is wrong, to report their
    // errors too; the defaults then are those of `simple`.
    std::vector<ast::SendStmt> read_packets(const yaml::Entry& entry,
                                            const TopologyChoice* topology) {
        if (!entry.value.IsSequence()) {
            reader_.wrong_type(entry, "packets", "a list of packets");
            return {};
        }
        const auto& defaults = topology ? topology->defaults : kTopologies.front().defaults;
        std::vector<ast::SendStmt> sends;
        for (std::size_t i = 0; i < entry.value.size(); ++i) {
            const auto& packet = entry.value[i];
            auto where = packet.IsMap() ? reader_.head_of(packet) : reader_.spans().span_of(packet);
            if (auto send = yaml::read_packet(reader_, packet, where,
                                              fmt::format("packet {}", i + 1), defaults))
                sends.push_back(std::move(*send));
        }
        return sends;
    }

    lang::SourcePtr source_;
    lang::DiagnosticSink& sink_;
    yaml::Reader reader_;
    std::set<std::string> ruleset_names_;
};

} // namespace

bool is_yaml_suite(std::string_view path) {
    auto extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

ast::File parse_yaml_suite(const lang::SourcePtr& source, lang::DiagnosticSink& sink) {
    return SuiteReader(source, sink).read();
}

} // namespace nse::compiler
