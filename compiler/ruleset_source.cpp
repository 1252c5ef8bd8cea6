#include "compiler/ruleset_source.hpp"

#include <algorithm>

namespace nse::compiler {

namespace {

// nftables reads a carriage return as junk. A CRLF file's rulesets get a
// space in its place, which keeps every line and column where it was.
std::string without_carriage_returns(std::string text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == '\r' && text[i + 1] == '\n')
            text[i] = ' ';
    }
    if (!text.empty() && text.back() == '\r')
        text.back() = ' ';
    return text;
}

} // namespace

std::uint32_t RulesetSource::file_offset(std::size_t offset) const {
    int line = 1;
    std::size_t line_begin = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            line_begin = i + 1;
        }
    }
    return file_offset(line, static_cast<int>(offset - line_begin) + 1);
}

std::uint32_t RulesetSource::file_offset(int line, int column) const {
    if (line_offsets.empty())
        return declared_at.span.begin;
    auto index = static_cast<std::size_t>(
        std::clamp<int>(line, 1, static_cast<int>(line_offsets.size())) - 1);
    return line_offsets[index] + static_cast<std::uint32_t>(std::max(column, 1) - 1);
}

RulesetSource RulesetSource::verbatim(std::string name, lang::SourceRange declared_at,
                                      lang::SourcePtr file, std::uint32_t begin,
                                      std::uint32_t end) {
    RulesetSource source;
    source.name = std::move(name);
    source.declared_at = std::move(declared_at);
    source.text = without_carriage_returns(file->text().substr(begin, end - begin));
    source.line_offsets.push_back(begin);
    for (std::uint32_t i = begin; i < end; ++i) {
        if (file->text()[i] == '\n')
            source.line_offsets.push_back(i + 1);
    }
    source.file = std::move(file);
    return source;
}

RulesetSource RulesetSource::mapped(std::string name, lang::SourceRange declared_at,
                                    lang::SourcePtr file, std::string text,
                                    std::vector<std::uint32_t> line_offsets) {
    RulesetSource source;
    source.name = std::move(name);
    source.declared_at = std::move(declared_at);
    source.text = without_carriage_returns(std::move(text));
    source.file = std::move(file);
    source.line_offsets = std::move(line_offsets);
    return source;
}

} // namespace nse::compiler
