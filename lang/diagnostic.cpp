#include "lang/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace nse::lang {

void DiagnosticSink::report(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::error)
        ++error_count_;
    diagnostics_.push_back(std::move(diagnostic));
}

Diagnostic& DiagnosticSink::error(std::string_view name, SourceRange where, std::string message) {
    report({Severity::error, name, std::move(where), std::move(message), {}, {}});
    return diagnostics_.back();
}

namespace {

struct Palette {
    std::string_view bold, red, magenta, green, cyan, reset;
};

constexpr Palette kColour{"\033[1m",    "\033[1;31m", "\033[1;35m",
                          "\033[1;32m", "\033[1;36m", "\033[0m"};
constexpr Palette kPlain{};

std::string position(const SourceRange& where) {
    if (!where.file)
        return "nse";
    auto at = where.file->location_of(where.span.begin);
    return fmt::format("{}:{}:{}", where.file->path(), at.line, at.column);
}

// The source line with a caret under the span's first byte and tildes under
// the rest of the span that lies on that line.
void append_excerpt(std::string& out, const SourceRange& where, const Palette& p) {
    if (!where.file)
        return;
    auto at = where.file->location_of(where.span.begin);
    auto line = where.file->line_text(at.line);
    auto gutter = std::to_string(at.line);

    auto column = static_cast<std::size_t>(at.column - 1);
    auto span_length = std::max<std::size_t>(1, where.span.end - where.span.begin);
    auto underline = std::min(span_length, line.size() > column ? line.size() - column : 1);

    std::string pad;
    for (std::size_t i = 0; i < column && i < line.size(); ++i)
        pad += line[i] == '\t' ? '\t' : ' ';

    out += fmt::format(" {} | {}\n", gutter, line);
    out += fmt::format(" {} | {}{}^{}{}\n", std::string(gutter.size(), ' '), pad, p.green,
                       std::string(underline - 1, '~'), p.reset);
}

} // namespace

std::string render(const Diagnostic& diagnostic, bool colour) {
    const auto& p = colour ? kColour : kPlain;
    auto severity = diagnostic.severity == Severity::error ? "error" : "warning";
    auto severity_colour = diagnostic.severity == Severity::error ? p.red : p.magenta;

    std::string out =
        fmt::format("{}{}:{} {}{}:{} {}{}{}", p.bold, position(diagnostic.where), p.reset,
                    severity_colour, severity, p.reset, p.bold, diagnostic.message, p.reset);
    if (!diagnostic.name.empty())
        out += fmt::format(" [{}]", diagnostic.name);
    out += '\n';
    append_excerpt(out, diagnostic.where, p);

    for (const auto& note : diagnostic.notes) {
        if (note.where)
            out += fmt::format("{}: ", position(*note.where));
        out += fmt::format("{}note:{} {}\n", p.cyan, p.reset, note.message);
        if (note.where)
            append_excerpt(out, *note.where, p);
    }
    for (const auto& hint : diagnostic.hints)
        out += fmt::format("{}hint:{} {}\n", p.green, p.reset, hint);
    return out;
}

} // namespace nse::lang
