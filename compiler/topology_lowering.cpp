#include "compiler/topology_lowering.hpp"

#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace nse::compiler {

namespace ast = lang::ast;
namespace diag = lang::diag;

bool Topology::has_node(const std::string& node) const {
    return std::any_of(nodes.begin(), nodes.end(), [&](const auto& n) { return n.name == node; });
}

namespace {

class TopologyLowering {
public:
    TopologyLowering(const Declared<ast::TopologyDecl>& declared, lang::DiagnosticSink& sink)
        : declared_(declared), sink_(sink), errors_before_(sink.error_count()) {
        topology_.name = declared.node->name.name;
    }

    std::optional<Topology> run() {
        for (const auto& item : declared_.node->items) {
            if (const auto* node = boost::get<ast::NodeDecl>(&item.get()))
                add_node(*node);
        }
        for (const auto& item : declared_.node->items) {
            if (const auto* link = boost::get<ast::LinkDecl>(&item.get()))
                add_link(*link);
        }
        for (const auto& item : declared_.node->items) {
            if (const auto* route = boost::get<ast::RouteDecl>(&item.get()))
                add_route(*route);
        }
        if (sink_.error_count() > errors_before_)
            return std::nullopt;
        return std::move(topology_);
    }

private:
    void add_node(const ast::NodeDecl& node) {
        if (auto first = first_node_.find(node.name.name); first != first_node_.end()) {
            sink_
                .error(diag::kDuplicateName, declared_.range(node.name),
                       fmt::format("node '{}' is declared twice", node.name.name))
                .notes.push_back({"first declared here", declared_.range(*first->second)});
            return;
        }
        first_node_.emplace(node.name.name, &node.name);
        topology_.nodes.push_back({node.name.name, node.forwarding});
    }

    bool known_node(const ast::Identifier& name) {
        if (topology_.has_node(name.name))
            return true;
        sink_
            .error(diag::kUnknownNode, declared_.range(name),
                   fmt::format("topology '{}' has no node '{}'", topology_.name, name.name))
            .hints.push_back(fmt::format("declare it with 'node {}'", name.name));
        return false;
    }

    void add_link(const ast::LinkDecl& link) {
        // Both ends are checked, so that both are reported when unknown.
        bool left_known = known_node(link.left);
        bool right_known = known_node(link.right);
        if (!left_known || !right_known)
            return;
        if (link.left.name == link.right.name) {
            sink_.error(
                diag::kSelfLink, declared_.range(link),
                fmt::format("a link needs two different nodes, not '{}' twice", link.left.name));
            return;
        }
        plan::Link lowered{{link.left.name, next_interface(link.left.name), {}},
                           {link.right.name, next_interface(link.right.name), {}}};
        std::map<std::string, const ast::EndpointDecl*> seen;
        for (const auto& endpoint : link.endpoints) {
            auto* end = endpoint.node.name == link.left.name    ? &lowered.left
                        : endpoint.node.name == link.right.name ? &lowered.right
                                                                : nullptr;
            if (!end) {
                sink_.error(diag::kEndpointNotInLink, declared_.range(endpoint.node),
                            fmt::format("'{}' is not an end of this link ({} -- {})",
                                        endpoint.node.name, link.left.name, link.right.name));
                continue;
            }
            if (!seen.emplace(endpoint.node.name, &endpoint).second) {
                sink_.error(diag::kDuplicateName, declared_.range(endpoint.node),
                            fmt::format("the addresses of '{}' on this link are given twice",
                                        endpoint.node.name));
                continue;
            }
            for (const auto& word : endpoint.addresses)
                add_address(*end, word);
        }
        topology_.links.push_back(std::move(lowered));
    }

    void add_address(plan::LinkEnd& end, const ast::Word& word) {
        auto address = parse_address(word.text);
        if (!address || address->prefix_length < 0 || unusable_as_host(*address))
            refused_.insert(end.node);
        if (!address || address->prefix_length < 0) {
            sink_
                .error(diag::kBadAddress, declared_.range(word),
                       fmt::format("'{}' is not an interface address", word.text))
                .hints.push_back("write an address with its prefix length, like 10.0.0.1/24 "
                                 "or fd00::1/64");
            return;
        }
        if (auto reason = unusable_as_host(*address)) {
            sink_.error(diag::kBadAddress, declared_.range(word),
                        fmt::format("{} cannot be an interface address: it is {}", address->cidr(),
                                    *reason));
            return;
        }
        for (const auto& known : topology_.addresses) {
            if (known.address.text() == address->text()) {
                sink_.error(
                    diag::kDuplicateAddress, declared_.range(word),
                    fmt::format("address {} is already on node '{}'", address->text(), known.node));
                return;
            }
        }
        end.addresses.push_back(address->cidr());
        topology_.addresses.push_back({end.node, *address});
    }

    void add_route(const ast::RouteDecl& route) {
        if (!known_node(route.node))
            return;
        auto gateway = parse_address(route.gateway.text);
        if (!gateway || gateway->prefix_length >= 0) {
            sink_
                .error(diag::kBadAddress, declared_.range(route.gateway),
                       fmt::format("'{}' is not a gateway address", route.gateway.text))
                .hints.push_back("write a plain address, like 10.0.1.2 or fd00:1::2");
            return;
        }
        if (auto reason = unusable_as_host(*gateway)) {
            sink_.error(diag::kBadAddress, declared_.range(route.gateway),
                        fmt::format("{} cannot be a gateway: it is {}", gateway->text(), *reason));
            return;
        }
        std::optional<IpAddress> destination;
        if (route.destination.text == "default") {
            destination =
                parse_address(gateway->family == plan::Family::ipv4 ? "0.0.0.0/0" : "::/0");
        } else {
            destination = parse_address(route.destination.text);
            if (!destination || destination->prefix_length < 0) {
                sink_
                    .error(diag::kBadAddress, declared_.range(route.destination),
                           fmt::format("'{}' is not a route destination", route.destination.text))
                    .hints.push_back("write 'default' or a prefix, like 10.0.2.0/24");
                return;
            }
        }
        if (destination->family != gateway->family) {
            sink_.error(diag::kFamilyMismatch, declared_.range(route),
                        "the destination and the gateway of a route must be of one family");
            return;
        }
        bool on_link = std::any_of(
            topology_.addresses.begin(), topology_.addresses.end(), [&](const auto& known) {
                return known.node == route.node.name && known.address.subnet_contains(*gateway);
            });
        auto own = std::find_if(
            topology_.addresses.begin(), topology_.addresses.end(), [&](const auto& known) {
                return known.node == route.node.name && known.address.text() == gateway->text();
            });
        if (own != topology_.addresses.end()) {
            sink_.error(diag::kGatewayUnreachable, declared_.range(route.gateway),
                        fmt::format("gateway {} is an address of node '{}' itself", gateway->text(),
                                    route.node.name));
            return;
        }
        // A node whose address was refused has already been reported; its
        // routes would only add an echo of that error.
        if (!on_link && !refused_.contains(route.node.name)) {
            sink_.error(diag::kGatewayUnreachable, declared_.range(route.gateway),
                        fmt::format("gateway {} is not on any subnet of node '{}'", gateway->text(),
                                    route.node.name));
            return;
        }
        if (!on_link)
            return;
        topology_.routes.push_back(
            {route.node.name, gateway->family, destination->network(), gateway->text()});
    }

    std::string next_interface(const std::string& node) {
        return fmt::format("eth{}", interface_count_[node]++);
    }

    const Declared<ast::TopologyDecl>& declared_;
    lang::DiagnosticSink& sink_;
    int errors_before_;
    Topology topology_;
    std::map<std::string, const ast::Identifier*> first_node_;
    std::map<std::string, int> interface_count_;
    std::set<std::string> refused_; // nodes with an address that was refused
};

} // namespace

std::optional<Topology> lower_topology(const Declared<ast::TopologyDecl>& declared,
                                       lang::DiagnosticSink& sink) {
    return TopologyLowering(declared, sink).run();
}

} // namespace nse::compiler
