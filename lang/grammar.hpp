#pragma once

#include "lang/ast.hpp"
#include "lang/grammar_config.hpp"

// The grammar's entry point. Its definition lives in grammar_def.hpp and is
// compiled once, in grammar.cpp, for the types in grammar_config.hpp.
namespace nse::lang::grammar {

struct declaration_class;
using declaration_type = x3::rule<declaration_class, ast::Declaration>;
BOOST_SPIRIT_DECLARE(declaration_type)

} // namespace nse::lang::grammar

namespace nse::lang {

/// One top-level declaration: import, topology, ruleset or scenario. Throws
/// x3::expectation_failure<grammar::iterator_type> once a declaration's keyword has
/// matched and the rest does not, and grammar::ScanError for unterminated strings and
/// ruleset bodies. Parse it with `x3::with<grammar::text_begin_tag>(text_begin)` so
/// spans can be computed.
grammar::declaration_type const& declaration_grammar();

} // namespace nse::lang
