#pragma once

#include "lang/annotation.hpp"
#include "lang/ast.hpp"
#include "lang/ast_adapted.hpp"
#include "lang/field_parser.hpp"
#include "lang/grammar.hpp"
#include "lang/scanners.hpp"

#include <boost/spirit/home/x3.hpp>

#include <cstdint>
#include <string>
#include <vector>

// The .nse grammar. Rule names are what error messages say ("expected a port
// number"), so they are written for users. Every construct commits with `>`
// after its keyword: from there on a mismatch is an error, not a backtrack.
namespace nse::lang::grammar {

using x3::lexeme;
using x3::lit;
using x3::ascii::alnum;
using x3::ascii::alpha;
using x3::ascii::char_;

// A parser under a user-facing name, for keywords, punctuation and choices in
// messages; it keeps the parser's attribute when given its type.
template <typename Attribute = x3::unused_type, typename Parser>
auto named(char const* name, Parser const& parser) {
    return x3::rule<struct named_class, Attribute>{name} = parser;
}

auto const word_char = alnum | char_('_') | char_('-');

// Keywords are reserved only where the grammar expects one, and match whole
// words only, so `nodes` or `node-1` stay names.
inline auto keyword(char const* word, char const* name) {
    return named(name, lexeme[lit(word) >> !word_char]);
}

auto const kw_import = keyword("import", "'import'");
auto const kw_topology = keyword("topology", "'topology'");
auto const kw_node = keyword("node", "'node'");
auto const kw_forwarding = keyword("forwarding", "'forwarding'");
auto const kw_link = keyword("link", "'link'");
auto const kw_route = keyword("route", "'route'");
auto const kw_via = keyword("via", "'via'");
auto const kw_ruleset = keyword("ruleset", "'ruleset'");
auto const kw_from = keyword("from", "'from'");
auto const kw_scenario = keyword("scenario", "'scenario'");
auto const kw_load = keyword("load", "'load'");
auto const kw_on = keyword("on", "'on'");
auto const kw_send = keyword("send", "'send'");
auto const kw_flags = keyword("flags", "'flags'");
auto const kw_expect = keyword("expect", "'expect'");

auto const link_dash = named("'--'", lit("--"));
auto const arrow = named("'->'", lit("->"));
auto const open_brace = named("'{'", lit('{'));

// Terminals. identifier_text and text_of give raw strings; the rules built on
// them wrap those in AST nodes, which get spans.

// What a parser matched, collected into one string.
template <typename Parser> auto text_of(Parser const& parser) {
    return x3::rule<struct text_class, std::string>{"text"} = parser;
}

template <typename Parser> auto word_of(Parser const& parser) {
    return into<&ast::Word::text>(text_of(parser));
}

struct identifier_text_class;
struct name_class : annotate_span {};
struct module_name_class : annotate_span {};
struct protocol_class : annotate_span {};
struct verdict_class : annotate_span {};
struct string_class : annotate_span {};

x3::rule<identifier_text_class, std::string> const identifier_text = "a name";
x3::rule<name_class, ast::Identifier> const name = "a name";
x3::rule<module_name_class, ast::Identifier> const module_name = "a module name";
x3::rule<protocol_class, ast::Identifier> const protocol = "a protocol (tcp, udp, icmp, icmpv6)";
x3::rule<verdict_class, ast::Identifier> const verdict = "a verdict (accept or drop)";
x3::rule<string_class, ast::String> const string_literal = "a string";

auto const identifier_text_def = lexeme[(alpha | char_('_')) >> *word_char];
auto const name_def = into<&ast::Identifier::name>(identifier_text);
auto const module_name_def = into<&ast::Identifier::name>(
    text_of(lexeme[identifier_text >> *(char_('.') >> identifier_text)]));
auto const protocol_def = into<&ast::Identifier::name>(identifier_text);
auto const verdict_def = into<&ast::Identifier::name>(identifier_text);
auto const string_literal_def = into<&ast::String::value>(quoted_string);

// Address-like words: the compiler validates them, the parser only delimits.
auto const address_char = alnum | char_(":./");

struct address_class : annotate_span {};
struct destination_class : annotate_span {};
struct gateway_class : annotate_span {};
struct tcp_flags_class : annotate_span {};

x3::rule<address_class, ast::Word> const address = "an address";
x3::rule<destination_class, ast::Word> const destination = "a destination (default or a prefix)";
x3::rule<gateway_class, ast::Word> const gateway = "a gateway address";
x3::rule<tcp_flags_class, ast::Word> const tcp_flags = "TCP flag letters";

// Endpoint addresses run on until the next endpoint's node name, so a word
// that reads as a whole name (no ':', '.' or '/') is not an address.
auto const address_def = word_of(lexeme[!(identifier_text >> !char_(":./")) >> +address_char]);
auto const destination_def = word_of(lexeme[+address_char]);
auto const gateway_def = word_of(lexeme[+address_char]);
auto const tcp_flags_def = word_of(lexeme[!kw_expect >> +alpha]);

// Packet ends: `name`, `name:port`, `10.0.0.2:53`, `fd00::2`, `[fd00::2]:80`.
// A token with two colons is an IPv6 address, which takes no port unless
// bracketed. Hosts do not swallow the '-' of a following `->`.

struct bracketed_host_class : annotate_span {};
struct ipv6_host_class : annotate_span {};
struct plain_host_class : annotate_span {};
struct port_class : annotate_span {};
struct packet_end_class : annotate_span {};

x3::rule<bracketed_host_class, ast::Word> const bracketed_host = "an IPv6 address";
x3::rule<ipv6_host_class, ast::Word> const ipv6_host = "an IPv6 address";
x3::rule<plain_host_class, ast::Word> const plain_host = "a node name or an address";
x3::rule<port_class, ast::Port> const port = "a port number";
x3::rule<packet_end_class, ast::PacketEnd> const packet_end = "a node name or an address";

auto const host_char = alnum | char_("._") | (char_('-') >> !lit('>'));
auto const v6_char_but_colon = alnum | char_('.');

auto const bracketed_host_def = word_of(+(alnum | char_(".:%")));
auto const ipv6_host_def = word_of(&(*v6_char_but_colon >> ':' >> *v6_char_but_colon >> ':') >>
                                   +(v6_char_but_colon | char_(':')));
auto const plain_host_def = word_of(+host_char);
auto const port_def = into<&ast::Port::value>(lexeme[x3::uint_parser<std::uint32_t>{} >> !alnum]);
auto const packet_end_def =
    lexeme[(('[' > bracketed_host > ']') | ipv6_host | plain_host) >> -(':' > port)];

// Topologies.

struct node_decl_class : annotate_span {};
struct endpoint_class : annotate_span {};
struct link_decl_class : annotate_span {};
struct route_decl_class : annotate_span {};
struct topology_item_class : annotate_span {};
struct topology_decl_class : annotate_span {};

x3::rule<node_decl_class, ast::NodeDecl> const node_decl = "a node";
x3::rule<endpoint_class, ast::EndpointDecl> const endpoint = "an endpoint";
x3::rule<link_decl_class, ast::LinkDecl> const link_decl = "a link";
x3::rule<route_decl_class, ast::RouteDecl> const route_decl = "a route";
x3::rule<topology_item_class, ast::TopologyItem> const topology_item = "a topology item";
x3::rule<topology_decl_class, ast::TopologyDecl> const topology_decl = "a topology";

auto const endpoints_end = named("an endpoint (a node name and its addresses) or '}'", lit('}'));
auto const topology_end = named("node, link, route or '}'", lit('}'));

auto const node_decl_def = kw_node > name > x3::matches[kw_forwarding];
auto const addresses = named<std::vector<ast::Word>>("an address", +address);
auto const endpoint_def = name > addresses;
auto const link_block = lit('{') > *endpoint > endpoints_end;
auto const link_decl_def = kw_link > name > link_dash > name > -link_block;
auto const route_decl_def = kw_route > name > destination > kw_via > gateway;
auto const topology_item_def = node_decl | link_decl | route_decl;
auto const topology_decl_def = kw_topology > name > open_brace > *topology_item > topology_end;

// Rulesets.

struct ruleset_body_class;
struct ruleset_decl_class : annotate_span {};

x3::rule<ruleset_body_class, ast::RulesetBody> const ruleset_body = "a ruleset body";
x3::rule<ruleset_decl_class, ast::RulesetDecl> const ruleset_decl = "a ruleset";

auto const ruleset_source = named<decltype(ast::RulesetDecl::source)>(
    "'{' or 'from'", ruleset_body | (kw_from > string_literal));

// The body parser sets the span itself: it covers the text inside the braces.
auto const ruleset_body_def = ruleset_body_text;
auto const ruleset_decl_def = kw_ruleset > name > ruleset_source;

// Scenarios.

struct topology_ref_class : annotate_span {};
struct load_stmt_class : annotate_span {};
struct family_class;
struct send_stmt_class : annotate_span {};
struct scenario_item_class : annotate_span {};
struct scenario_decl_class : annotate_span {};

x3::rule<topology_ref_class, ast::TopologyRef> const topology_ref = "a topology reference";
x3::rule<load_stmt_class, ast::LoadStmt> const load_stmt = "a load statement";
x3::rule<family_class, ast::Family> const family = "an address family (ip or ip6)";
x3::rule<send_stmt_class, ast::SendStmt> const send_stmt = "a send statement";
x3::rule<scenario_item_class, ast::ScenarioItem> const scenario_item = "a statement";
x3::rule<scenario_decl_class, ast::ScenarioDecl> const scenario_decl = "a scenario";

struct family_symbols : x3::symbols<ast::Family> {
    family_symbols() { add("ip", ast::Family::ipv4)("ip6", ast::Family::ipv6); }
};

family_symbols const family_keywords;

auto const scenario_end = named("topology, load, send or '}'", lit('}'));

auto const topology_ref_def = kw_topology > name;
auto const load_stmt_def = kw_load > name > kw_on > name;
// `ip` and `ip6` are a family only when a protocol follows, so a protocol
// may still be called `ip`.
auto const family_def = lexeme[family_keywords >> !word_char] >> &identifier_text;
auto const flags_clause = kw_flags > tcp_flags;
auto const send_stmt_def = kw_send > -family > protocol > packet_end > arrow > packet_end >
                           -flags_clause > kw_expect > verdict;
auto const scenario_item_def = topology_ref | load_stmt | send_stmt;
auto const scenario_decl_def =
    kw_scenario > string_literal > open_brace > *scenario_item > scenario_end;

// Top level.

struct import_decl_class : annotate_span {};

x3::rule<import_decl_class, ast::Import> const import_decl = "an import";
declaration_type const declaration = "a declaration (import, topology, ruleset or scenario)";

auto const import_target = named<decltype(ast::Import::target)>(
    "a module name or a file name in quotes", module_name | string_literal);
auto const import_decl_def = kw_import > import_target;
auto const declaration_def = import_decl | topology_decl | ruleset_decl | scenario_decl;

BOOST_SPIRIT_DEFINE(identifier_text, name, module_name, protocol, verdict, string_literal, address,
                    destination, gateway, tcp_flags, bracketed_host, ipv6_host, plain_host, port,
                    packet_end, node_decl, endpoint, link_decl, route_decl, topology_item,
                    topology_decl, ruleset_body, ruleset_decl, topology_ref, load_stmt, family,
                    send_stmt, scenario_item, scenario_decl, import_decl, declaration)

} // namespace nse::lang::grammar
