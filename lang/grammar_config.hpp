#pragma once

#include <boost/spirit/home/x3.hpp>

#include <string>

// The types the grammar is instantiated for. grammar.cpp instantiates the
// rules for exactly this iterator and context, and parser.cpp must call them
// with the same ones, or the link fails.
namespace nse::lang::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = std::string::const_iterator;

/// Context key for the first character of the file; spans are offsets from it.
struct text_begin_tag;

/// Blanks, newlines and `#` comments separate tokens.
inline auto const skipper = x3::ascii::space | x3::lexeme['#' >> *(x3::char_ - x3::eol)];
using skipper_type = std::remove_const_t<decltype(skipper)>;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<text_begin_tag, iterator_type const, phrase_context_type>;

} // namespace nse::lang::grammar
