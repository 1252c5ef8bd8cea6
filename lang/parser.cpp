#include "lang/parser.hpp"

#include "lang/diagnostic_names.hpp"
#include "lang/grammar.hpp"
#include "lang/lexical.hpp"
#include "lang/scanners.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace nse::lang {

namespace {

namespace x3 = boost::spirit::x3;
using grammar::iterator_type;

Span span_of(std::size_t begin, std::size_t end) {
    return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

// X3 reports a failure before the blanks that precede the offending token;
// the diagnostic points at the token itself and quotes it. At the end of the
// file it points just past the last character written, not at an empty line.
std::size_t report_expected(const SourcePtr& source, std::size_t where, const std::string& what,
                            DiagnosticSink& sink) {
    std::string_view text = source->text();
    auto at = lexical::skip_blank(text, where);
    if (at == text.size()) {
        auto last = text.find_last_not_of(" \t\r\n");
        at = last == std::string_view::npos ? 0 : last + 1;
        sink.error(diag::kSyntax, {source, span_of(at, at)},
                   fmt::format("expected {}, found end of file", what));
        return text.size();
    }

    auto end = lexical::token_end(text, at);
    sink.error(diag::kSyntax, {source, span_of(at, end)},
               fmt::format("expected {}, found '{}'", what, text.substr(at, end - at)));
    return at;
}

// Parses the declaration at `offset` into `file` and moves `offset` past it.
// On a syntax error, reports it and returns where the failure was.
std::optional<std::size_t> parse_declaration(const SourcePtr& source, std::size_t& offset,
                                             ast::File& file, DiagnosticSink& sink) {
    const std::string& text = source->text();
    iterator_type const text_begin = text.begin();
    auto first = text_begin + static_cast<std::ptrdiff_t>(offset);

    // `eps >` makes "no declaration here" an expectation failure like any other.
    auto const parser =
        x3::with<grammar::text_begin_tag>(text_begin)[x3::eps > declaration_grammar()];
    try {
        ast::Declaration declaration;
        // Never false: with `eps >` in front, every failure is an exception.
        x3::phrase_parse(first, text.end(), parser, grammar::skipper, declaration);
        file.declarations.push_back(std::move(declaration));
        offset = static_cast<std::size_t>(first - text_begin);
        return std::nullopt;
    } catch (const x3::expectation_failure<iterator_type>& failure) {
        auto where = static_cast<std::size_t>(failure.where() - text_begin);
        return report_expected(source, where, failure.which(), sink);
    } catch (const grammar::ScanError& failure) {
        auto where = static_cast<std::size_t>(failure.where - text_begin);
        auto end = static_cast<std::size_t>(failure.end - text_begin);
        sink.error(diag::kSyntax, {source, span_of(where, end)}, failure.message);
        return where;
    }
}

} // namespace

ast::File parse(const SourcePtr& source, DiagnosticSink& sink) {
    std::string_view text = source->text();
    ast::File file;

    auto offset = lexical::skip_blank(text, 0);
    while (offset < text.size()) {
        auto start = offset;
        if (auto failure = parse_declaration(source, offset, file, sink))
            offset = lexical::resume_offset(text, start, *failure);
        offset = lexical::skip_blank(text, offset);
    }
    return file;
}

} // namespace nse::lang
