#pragma once

#include "compiler/address.hpp"
#include "compiler/plan.hpp"
#include "compiler/scope.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nse::compiler {

/// A checked topology in the plan's terms, plus the address book that
/// scenarios resolve packet endpoints against.
struct Topology {
    struct Address {
        std::string node;
        IpAddress address; // with its prefix length
    };

    std::string name;
    std::vector<plan::Node> nodes;
    std::vector<plan::Link> links;
    std::vector<plan::Route> routes;
    std::vector<Address> addresses; // in declaration order

    bool has_node(const std::string& node) const;
};

/// Checks a topology declaration (nodes exist, addresses parse and are
/// unique, gateways are on a connected subnet) and lowers it. Interfaces are
/// named eth0, eth1, ... per node in link order. Returns nullopt on errors.
std::optional<Topology> lower_topology(const Declared<lang::ast::TopologyDecl>& declared,
                                       lang::DiagnosticSink& sink);

} // namespace nse::compiler
