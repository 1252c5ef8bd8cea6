#pragma once

#include "lang/annotation.hpp"
#include "lang/ast.hpp"
#include "lang/grammar_config.hpp"
#include "lang/lexical.hpp"

#include <cstddef>
#include <string>
#include <string_view>

// X3 primitives for the two tokens whose errors are not "expected X" and
// must point before the place where scanning stops: an unterminated string
// or ruleset body is the fault of its opening quote or brace.
namespace nse::lang::grammar {

/// A syntax error with a complete message; [where, end) is what to underline.
struct ScanError {
    iterator_type where;
    iterator_type end;
    std::string message;
};

namespace detail {

template <typename Context>
std::string_view whole_text(iterator_type last, Context const& context) {
    return {x3::get<text_begin_tag>(context), last};
}

} // namespace detail

/// A double-quoted string; its attribute is the unescaped value.
struct quoted_string_parser : x3::parser<quoted_string_parser> {
    using attribute_type = std::string;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, iterator_type const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        x3::skip_over(first, last, context);
        if (first == last || *first != '"')
            return false;

        auto text = detail::whole_text(last, context);
        auto open = offset_in_text(first, context);
        std::string value;
        auto end = lexical::scan_string(text, open, value);
        if (!end) {
            auto line_end = text.find('\n', open);
            auto stop = line_end == std::string_view::npos ? text.size() : line_end;
            throw ScanError{first, first + static_cast<std::ptrdiff_t>(stop - open),
                            "unterminated string"};
        }

        x3::traits::move_to(std::move(value), attribute);
        first += static_cast<std::ptrdiff_t>(*end - open);
        return true;
    }
};

/// `{ ... }` taken verbatim: the attribute's text and span are exactly the
/// bytes between the braces, so nft's line:col inside it maps onto the file.
struct ruleset_body_parser : x3::parser<ruleset_body_parser> {
    using attribute_type = ast::RulesetBody;

    template <typename Context, typename RContext, typename Attribute>
    bool parse(iterator_type& first, iterator_type const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        x3::skip_over(first, last, context);
        if (first == last || *first != '{')
            return false;

        auto open = offset_in_text(first, context);
        auto close = lexical::closing_brace(detail::whole_text(last, context), open);
        if (!close)
            throw ScanError{first, first + 1, "unterminated ruleset body: missing '}'"};

        ast::RulesetBody body;
        body.span = {open + 1, static_cast<std::uint32_t>(*close)};
        body.text.assign(first + 1, first + static_cast<std::ptrdiff_t>(*close - open));
        x3::traits::move_to(std::move(body), attribute);
        first += static_cast<std::ptrdiff_t>(*close - open + 1);
        return true;
    }
};

inline constexpr quoted_string_parser quoted_string{};
inline constexpr ruleset_body_parser ruleset_body_text{};

} // namespace nse::lang::grammar
