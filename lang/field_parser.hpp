#pragma once

#include "lang/grammar_config.hpp"

#include <utility>

namespace nse::lang::grammar {

namespace detail {

template <typename Member> struct member_of;

template <typename Node, typename Value> struct member_of<Value Node::*> {
    using node = Node;
    using value = Value;
};

} // namespace detail

/// Parses its subject into one field of an AST node, so the enclosing rule
/// gets a whole node to annotate with a span. It replaces Fusion adaptation
/// for one-field nodes, which X3 would unwrap and a semantic action, after
/// which X3 does not hand the node to the annotation handler.
template <auto Field, typename Subject>
struct field_parser : x3::unary_parser<Subject, field_parser<Field, Subject>> {
    using base = x3::unary_parser<Subject, field_parser<Field, Subject>>;
    using attribute_type = typename detail::member_of<decltype(Field)>::node;
    static bool const handles_container = false;

    constexpr explicit field_parser(Subject const& wrapped) : base(wrapped) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& node) const {
        typename detail::member_of<decltype(Field)>::value value{};
        if (!this->subject.parse(first, last, context, rcontext, value))
            return false;
        node.*Field = std::move(value);
        return true;
    }
};

template <auto Field, typename Subject> constexpr auto into(Subject const& subject) {
    using parser = typename x3::extension::as_parser<Subject>::value_type;
    return field_parser<Field, parser>(x3::as_parser(subject));
}

} // namespace nse::lang::grammar
