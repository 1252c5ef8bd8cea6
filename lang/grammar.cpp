#include "lang/grammar_def.hpp"

// The only translation unit that compiles the grammar's definitions.
namespace nse::lang::grammar {

BOOST_SPIRIT_INSTANTIATE(declaration_type, iterator_type, context_type)

} // namespace nse::lang::grammar

namespace nse::lang {

grammar::declaration_type const& declaration_grammar() {
    return grammar::declaration;
}

} // namespace nse::lang
