#include "compiler/yaml_span.hpp"

#include <algorithm>
#include <string_view>

namespace nse::compiler::yaml {

namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

// The offset just past the last non-blank byte of the line holding `offset`.
std::uint32_t line_content_end(std::string_view text, std::uint32_t offset) {
    auto end = std::min(text.find('\n', offset), text.size());
    while (end > offset && is_blank(text[end - 1]))
        --end;
    return static_cast<std::uint32_t>(end);
}

// The offset just past the quoted scalar whose opening quote is at `open`.
std::uint32_t quoted_end(std::string_view text, std::uint32_t open) {
    char quote = text[open];
    for (auto i = open + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                ++i;
            else
                return i + 1;
        }
    }
    return static_cast<std::uint32_t>(text.size());
}

// The lines of a block scalar: the offset where each value line's text
// starts (past the block's indentation) and where the last one ends.
struct BlockLines {
    std::vector<std::uint32_t> starts;
    std::uint32_t end = 0;
};

// Follows YAML's rule: the indentation is the header's explicit digit or that
// of the first non-blank line; the block goes on while lines are blank or at
// least that far indented.
BlockLines block_lines(std::string_view text, std::uint32_t header, const std::string& value) {
    BlockLines lines;
    lines.end = line_content_end(text, header);
    auto explicit_indent = std::find_if(text.begin() + header, text.begin() + lines.end,
                                        [](char c) { return c >= '1' && c <= '9'; });
    if (value.find_first_not_of('\n') == std::string::npos)
        return lines;

    auto line = text.find('\n', header);
    std::size_t indent = 0;
    std::vector<std::uint32_t> line_begins;
    while (line != std::string_view::npos && line + 1 < text.size()) {
        auto begin = line + 1;
        auto end = std::min(text.find('\n', begin), text.size());
        auto content = text.find_first_not_of(" \r", begin);
        bool blank = content == std::string_view::npos || content >= end;
        if (!blank && indent == 0) {
            indent = explicit_indent != text.begin() + lines.end
                         ? static_cast<std::size_t>(*explicit_indent - '0')
                         : content - begin;
        }
        if (!blank && content - begin < indent)
            break;
        line_begins.push_back(static_cast<std::uint32_t>(begin));
        if (!blank)
            lines.end = line_content_end(text, static_cast<std::uint32_t>(begin));
        line = end < text.size() ? end : std::string_view::npos;
    }
    for (auto begin : line_begins) {
        auto end = std::min(text.find('\n', begin), text.size());
        lines.starts.push_back(static_cast<std::uint32_t>(std::min(begin + indent, end)));
    }
    return lines;
}

// Past a node's properties (`&anchor`, `!tag`) to where its value starts;
// yaml-cpp marks a node at its first property.
std::uint32_t skip_properties(std::string_view text, std::uint32_t offset) {
    while (offset < text.size() && (text[offset] == '&' || text[offset] == '!')) {
        while (offset < text.size() && !is_blank(text[offset]) && text[offset] != '\n')
            ++offset;
        while (offset < text.size() && is_blank(text[offset]))
            ++offset;
    }
    return offset;
}

} // namespace

std::uint32_t SpanFinder::offset_of(const YAML::Mark& mark) const {
    if (mark.line < 0)
        return 0;
    return source_->offset_of({mark.line + 1, mark.column + 1});
}

lang::Span SpanFinder::span_of(const YAML::Node& node) const {
    auto begin = skip_properties(source_->text(), offset_of(node.Mark()));
    if (!node.IsDefined() || node.IsNull())
        return {begin, begin};
    if (node.IsScalar())
        return {begin, scalar_end(begin, node.Scalar())};
    return {begin, collection_end(node, begin)};
}

std::uint32_t SpanFinder::scalar_end(std::uint32_t begin, const std::string& value) const {
    std::string_view text = source_->text();
    if (begin >= text.size())
        return begin;
    switch (text[begin]) {
    case '"':
    case '\'':
        return quoted_end(text, begin);
    case '|':
    case '>':
        return block_lines(text, begin, value).end;
    default:
        if (value.find('\n') == std::string::npos && text.substr(begin).starts_with(value))
            return begin + static_cast<std::uint32_t>(value.size());
        // A plain scalar folded over several lines: its first line only.
        return line_content_end(text, begin);
    }
}

std::uint32_t SpanFinder::collection_end(const YAML::Node& node, std::uint32_t begin) const {
    std::string_view text = source_->text();
    if (begin < text.size() && (text[begin] == '[' || text[begin] == '{')) {
        int depth = 0;
        for (auto i = begin; i < text.size(); ++i) {
            if (text[i] == '"' || text[i] == '\'')
                i = quoted_end(text, i) - 1;
            else if (text[i] == '[' || text[i] == '{')
                ++depth;
            else if ((text[i] == ']' || text[i] == '}') && --depth == 0)
                return i + 1;
        }
        return static_cast<std::uint32_t>(text.size());
    }

    auto end = begin;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (node.IsMap()) {
            end = std::max(end, span_of(it->first).end);
            end = std::max(end, span_of(it->second).end);
        } else {
            end = std::max(end, span_of(*it).end);
        }
    }
    return end;
}

MappedText SpanFinder::mapped_text(const YAML::Node& scalar) const {
    std::string_view text = source_->text();
    auto span = span_of(scalar);
    MappedText mapped{scalar.Scalar(), span, {span.begin}};
    if (span.begin >= text.size())
        return mapped;

    auto first = text[span.begin];
    if (first == '|') {
        auto lines = block_lines(text, span.begin, mapped.text);
        if (!lines.starts.empty()) {
            mapped.span = {lines.starts.front(), lines.end};
            mapped.line_offsets = std::move(lines.starts);
        }
    } else if (first == '>') {
        auto lines = block_lines(text, span.begin, mapped.text);
        if (!lines.starts.empty()) {
            mapped.span = {lines.starts.front(), lines.end};
            mapped.line_offsets = {lines.starts.front()};
        }
    } else if (first == '"' || first == '\'') {
        mapped.span = {span.begin + 1, std::max(span.begin + 1, span.end - 1)};
        mapped.line_offsets = {mapped.span.begin};
        auto inside = text.substr(mapped.span.begin, mapped.span.end - mapped.span.begin);
        // On one line, each "\n" escape starts a value line (JSON's case).
        if (first == '"' && inside.find('\n') == std::string_view::npos) {
            for (std::uint32_t i = 0; i + 1 < inside.size(); ++i) {
                if (inside[i] != '\\')
                    continue;
                if (inside[i + 1] == 'n')
                    mapped.line_offsets.push_back(mapped.span.begin + i + 2);
                ++i;
            }
        }
    }
    return mapped;
}

} // namespace nse::compiler::yaml
