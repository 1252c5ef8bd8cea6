#pragma once

#include "lang/source.hpp"

#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The syntax tree of one .nse file, exactly as written. Every node records the
// byte span it was parsed from so later passes can point at it. Names, address
// texts and keywords that a user can get wrong are kept as text here and
// checked by the compiler, which gives better messages than a parse failure.
namespace nse::lang::ast {

namespace x3 = boost::spirit::x3;

struct Spanned {
    Span span;
};

struct Identifier : Spanned {
    std::string name;
};

/// A double-quoted string, with escapes (\" and \\) already resolved.
struct String : Spanned {
    std::string value;
};

/// A token that a later pass interprets: an address, a prefix, flag letters.
struct Word : Spanned {
    std::string text;
};

/// `import std.topologies` (a stdlib module) or `import "common.nse"`
/// (a file, relative to the importing file).
struct Import : Spanned {
    x3::variant<Identifier, String> target;
};

/// `node router` or `node router forwarding`.
struct NodeDecl : Spanned {
    Identifier name;
    bool forwarding = false;
};

/// One side of a link: `client 10.0.1.1/24 fd00:1::1/64`.
struct EndpointDecl : Spanned {
    Identifier node;
    std::vector<Word> addresses;
};

/// `link client -- router { <endpoint> <endpoint> }`; the block is optional.
struct LinkDecl : Spanned {
    Identifier left;
    Identifier right;
    std::vector<EndpointDecl> endpoints;
};

/// `route client default via 10.0.1.2` or `route server 10.0.1.0/24 via 10.0.2.1`.
struct RouteDecl : Spanned {
    Identifier node;
    Word destination;
    Word gateway;
};

using TopologyItem = x3::variant<NodeDecl, LinkDecl, RouteDecl>;

struct TopologyDecl : Spanned {
    Identifier name;
    std::vector<TopologyItem> items;
};

/// The nftables text between a ruleset's braces, byte for byte; its span
/// covers exactly that text, so nft's line:col maps back onto the file.
/// A front end whose text is not a verbatim slice of its file (a YAML block
/// scalar loses its indentation) gives the file offset of each text line's
/// first byte in `line_offsets`; empty means verbatim.
struct RulesetBody : Spanned {
    std::string text;
    std::vector<std::uint32_t> line_offsets;
};

/// `ruleset web { ... }` or `ruleset web from "web.nft"`.
struct RulesetDecl : Spanned {
    Identifier name;
    x3::variant<RulesetBody, String> source;
};

/// `topology gateway` inside a scenario.
struct TopologyRef : Spanned {
    Identifier name;
};

/// `load web on router`.
struct LoadStmt : Spanned {
    Identifier ruleset;
    Identifier node;
};

enum class Family { ipv4, ipv6 };

struct Port : Spanned {
    std::uint32_t value = 0;
};

/// A packet's source or destination: a node name or an address, and a port:
/// `client`, `server:80`, `10.0.0.2:53`, `fd00::2`, `[fd00::2]:80`.
struct PacketEnd : Spanned {
    Word host;
    std::optional<Port> port;
};

/// `send [ip|ip6] <protocol> <end> -> <end> [flags <letters>] expect <fate>`.
struct SendStmt : Spanned {
    std::optional<Family> family;
    Identifier protocol;
    PacketEnd source;
    PacketEnd destination;
    std::optional<Word> flags;
    Identifier expectation;
};

using ScenarioItem = x3::variant<TopologyRef, LoadStmt, SendStmt>;

struct ScenarioDecl : Spanned {
    String name;
    std::vector<ScenarioItem> items;
};

using Declaration = x3::variant<Import, TopologyDecl, RulesetDecl, ScenarioDecl>;

struct File {
    std::vector<Declaration> declarations;
};

} // namespace nse::lang::ast
