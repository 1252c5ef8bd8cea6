#pragma once

#include "lang/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

// Fusion views of the AST for the grammar. Spans are not listed: the parser
// fills them from the matched text, never from a sub-parser's attribute.
// Identifier, String, Word and Port are left out on purpose: X3 unwraps
// one-member sequences, which would strip their spans when they sit inside
// a larger node, so the grammar fills them with a semantic action instead.

BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::Import, target)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::NodeDecl, name, forwarding)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::EndpointDecl, node, addresses)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::LinkDecl, left, right, endpoints)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::RouteDecl, node, destination, gateway)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::TopologyDecl, name, items)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::RulesetDecl, name, source)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::TopologyRef, name)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::LoadStmt, ruleset, node)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::PacketEnd, host, port)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::SendStmt, family, protocol, source, destination, flags,
                          expectation)
BOOST_FUSION_ADAPT_STRUCT(nse::lang::ast::ScenarioDecl, name, items)
