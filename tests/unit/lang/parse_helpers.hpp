#pragma once

#include "lang/parser.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <string_view>

// Shared by the parser tests: parse a text and look at what came out.
namespace nse::lang::testing {

struct Parsed {
    SourcePtr source;
    DiagnosticSink sink;
    ast::File file;

    /// The bytes a span covers.
    std::string_view text_of(Span span) const {
        return std::string_view(source->text()).substr(span.begin, span.end - span.begin);
    }

    Location location_of(Span span) const { return source->location_of(span.begin); }
};

inline Parsed parse_text(std::string text) {
    Parsed parsed{std::make_shared<SourceFile>("test.nse", std::move(text)), {}, {}};
    parsed.file = parse(parsed.source, parsed.sink);
    return parsed;
}

/// The alternative an x3::variant holds; fails the test if it holds another.
template <typename T, typename Variant> const T& holds(const Variant& variant) {
    const T* value = boost::get<T>(&variant.get());
    REQUIRE(value != nullptr);
    return *value;
}

/// Parses a text that must parse without errors.
inline Parsed parse_clean(std::string text) {
    auto parsed = parse_text(std::move(text));
    for (const auto& diagnostic : parsed.sink.diagnostics())
        FAIL_CHECK(render(diagnostic, false));
    REQUIRE_FALSE(parsed.sink.has_errors());
    return parsed;
}

} // namespace nse::lang::testing
