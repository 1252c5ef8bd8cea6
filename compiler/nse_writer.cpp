#include "compiler/nse_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace nse::compiler {

namespace ast = lang::ast;

namespace {

constexpr std::string_view kIndent = "  ";

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t begin = 0; begin <= text.size();) {
        auto end = std::min(text.find('\n', begin), text.size());
        lines.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    return lines;
}

bool blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// The body's lines without their common indentation, each under `indent`;
// blank lines at either end are dropped.
void write_body(std::ostream& out, std::string_view text, std::string_view indent) {
    auto lines = lines_of(text);
    auto first = std::find_if_not(lines.begin(), lines.end(), blank);
    auto last = std::find_if_not(lines.rbegin(), lines.rend(), blank).base();
    if (first >= last)
        return;
    auto common = std::string_view::npos;
    for (auto line = first; line != last; ++line) {
        if (!blank(*line))
            common = std::min(common, line->find_first_not_of(" \t"));
    }
    for (auto line = first; line != last; ++line) {
        if (blank(*line))
            out << '\n';
        else
            out << indent << line->substr(common) << '\n';
    }
}

std::string packet_end(const ast::PacketEnd& end) {
    if (!end.port)
        return end.host.text;
    bool ipv6 = std::count(end.host.text.begin(), end.host.text.end(), ':') > 1;
    return ipv6 ? fmt::format("[{}]:{}", end.host.text, end.port->value)
                : fmt::format("{}:{}", end.host.text, end.port->value);
}

void write(std::ostream& out, const ast::Import& import) {
    if (const auto* name = boost::get<ast::Identifier>(&import.target.get()))
        out << "import " << name->name << '\n';
    else
        out << "import " << quoted(boost::get<ast::String>(import.target.get()).value) << '\n';
}

void write(std::ostream& out, const ast::TopologyDecl& topology) {
    out << "topology " << topology.name.name << " {\n";
    for (const auto& item : topology.items) {
        if (const auto* node = boost::get<ast::NodeDecl>(&item.get())) {
            out << kIndent << "node " << node->name.name << (node->forwarding ? " forwarding" : "")
                << '\n';
        } else if (const auto* link = boost::get<ast::LinkDecl>(&item.get())) {
            out << kIndent << "link " << link->left.name << " -- " << link->right.name;
            if (link->endpoints.empty()) {
                out << '\n';
                continue;
            }
            out << " {\n";
            for (const auto& endpoint : link->endpoints) {
                out << kIndent << kIndent << endpoint.node.name;
                for (const auto& address : endpoint.addresses)
                    out << ' ' << address.text;
                out << '\n';
            }
            out << kIndent << "}\n";
        } else {
            const auto& route = boost::get<ast::RouteDecl>(item.get());
            out << kIndent << "route " << route.node.name << ' ' << route.destination.text
                << " via " << route.gateway.text << '\n';
        }
    }
    out << "}\n";
}

void write(std::ostream& out, const ast::RulesetDecl& ruleset) {
    if (const auto* path = boost::get<ast::String>(&ruleset.source.get())) {
        out << "ruleset " << ruleset.name.name << " from " << quoted(path->value) << '\n';
        return;
    }
    out << "ruleset " << ruleset.name.name << " {\n";
    write_body(out, boost::get<ast::RulesetBody>(ruleset.source.get()).text, kIndent);
    out << "}\n";
}

void write(std::ostream& out, const ast::SendStmt& send) {
    out << kIndent << "send ";
    if (send.family)
        out << (*send.family == ast::Family::ipv4 ? "ip " : "ip6 ");
    out << send.protocol.name << ' ' << packet_end(send.source) << " -> "
        << packet_end(send.destination);
    if (send.flags)
        out << " flags " << send.flags->text;
    out << " expect " << send.expectation.name << '\n';
}

// Set-up lines first, then a blank line, then the packets, as written.
void write(std::ostream& out, const ast::ScenarioDecl& scenario) {
    out << "scenario " << quoted(scenario.name.value) << " {\n";
    bool sending = false;
    for (const auto& item : scenario.items) {
        if (const auto* topology = boost::get<ast::TopologyRef>(&item.get())) {
            out << kIndent << "topology " << topology->name.name << '\n';
        } else if (const auto* load = boost::get<ast::LoadStmt>(&item.get())) {
            out << kIndent << "load " << load->ruleset.name << " on " << load->node.name << '\n';
        } else {
            if (!sending && &item != &scenario.items.front())
                out << '\n';
            sending = true;
            write(out, boost::get<ast::SendStmt>(item.get()));
        }
    }
    out << "}\n";
}

} // namespace

std::string write_nse(const ast::File& file, std::string_view header) {
    std::ostringstream out;
    for (auto line : lines_of(header)) {
        if (!header.empty())
            out << (line.empty() ? "#" : "# ") << line << '\n';
    }
    const ast::Declaration* previous = nullptr;
    for (const auto& declaration : file.declarations) {
        bool both_imports = previous && boost::get<ast::Import>(&previous->get()) &&
                            boost::get<ast::Import>(&declaration.get());
        if (previous && !both_imports)
            out << '\n';
        boost::apply_visitor([&](const auto& node) { write(out, node); }, declaration.get());
        previous = &declaration;
    }
    return out.str();
}

} // namespace nse::compiler
