#pragma once

#include "lang/ast.hpp"
#include "lang/grammar_config.hpp"

#include <boost/spirit/home/x3/support/utility/lambda_visitor.hpp>

#include <cstdint>
#include <type_traits>

namespace nse::lang::grammar {

/// Byte offset of `at` in the text whose first character the context holds.
template <typename Context> std::uint32_t offset_in_text(iterator_type at, Context const& context) {
    return static_cast<std::uint32_t>(at - x3::get<text_begin_tag>(context));
}

/// Base of every rule ID whose node records where it was parsed from: on
/// success, stores the matched bytes (after leading blanks) in `span`.
struct annotate_span {
    template <typename Iterator, typename Context, typename... Types>
    void on_success(Iterator const& first, Iterator const& last, x3::variant<Types...>& node,
                    Context const& context) {
        node.apply_visitor(x3::make_lambda_visitor<void>(
            [&](auto& alternative) { on_success(first, last, alternative, context); }));
    }

    template <typename Iterator, typename Context, typename Node>
    void on_success(Iterator const& first, Iterator const& last, Node& node,
                    Context const& context) {
        static_assert(std::is_base_of_v<ast::Spanned, Node>, "only AST nodes carry spans");
        node.span = {offset_in_text(first, context), offset_in_text(last, context)};
    }
};

} // namespace nse::lang::grammar
