#include "lang/lexical.hpp"

#include <array>

namespace nse::lang::lexical {

namespace {

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_word_char(char c) {
    return is_alnum(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '/';
}

std::size_t line_end(std::string_view text, std::size_t offset) {
    auto newline = text.find('\n', offset);
    return newline == std::string_view::npos ? text.size() : newline;
}

// Past the closing quote of the string opened at `open`, or at the newline
// that ends an unterminated one: a stray quote must not hide the rest of the
// file from brace counting.
std::size_t skip_quoted(std::string_view text, std::size_t open) {
    auto i = open + 1;
    while (i < text.size() && text[i] != '"' && text[i] != '\n') {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] != '\n')
            ++i;
        ++i;
    }
    return i < text.size() && text[i] == '"' ? i + 1 : i;
}

bool starts_with_keyword(std::string_view text, std::size_t offset) {
    static constexpr std::array<std::string_view, 4> kKeywords{"import", "topology", "ruleset",
                                                               "scenario"};
    auto end = offset;
    while (end < text.size() && (is_alnum(text[end]) || text[end] == '_' || text[end] == '-'))
        ++end;
    auto word = text.substr(offset, end - offset);
    for (auto keyword : kKeywords) {
        if (word == keyword)
            return true;
    }
    return false;
}

// Past the string or comment that starts at `i`, or `i` itself when none
// does: braces inside either do not count.
std::size_t skip_string_or_comment(std::string_view text, std::size_t i) {
    if (text[i] == '"')
        return skip_quoted(text, i);
    if (text[i] == '#')
        return line_end(text, i);
    return i;
}

// Visits each byte of `text` from `from` that is code (outside strings and
// comments) with the brace depth counted so far, including that byte; stops
// at, and returns, the first offset for which `visit` returns true.
template <class Visit>
std::optional<std::size_t> walk_code(std::string_view text, std::size_t from, Visit visit) {
    int depth = 0;
    for (auto i = from; i < text.size();) {
        if (auto past = skip_string_or_comment(text, i); past != i) {
            i = past;
            continue;
        }
        auto c = text[i];
        depth += c == '{' ? 1 : (c == '}' ? -1 : 0);
        if (visit(i, c, depth))
            return i;
        ++i;
    }
    return std::nullopt;
}

} // namespace

std::size_t skip_blank(std::string_view text, std::size_t offset) {
    while (offset < text.size()) {
        auto c = text[offset];
        if (c == '#')
            offset = line_end(text, offset);
        else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            ++offset;
        else
            break;
    }
    return offset;
}

std::size_t token_end(std::string_view text, std::size_t offset) {
    if (offset >= text.size())
        return text.size();

    auto rest = text.substr(offset);
    if (rest.starts_with("->") || rest.starts_with("--"))
        return offset + 2;
    if (rest[0] == '"') {
        std::string ignored;
        return scan_string(text, offset, ignored).value_or(offset + 1);
    }

    auto end = offset;
    while (end < text.size() && is_word_char(text[end]) && !text.substr(end).starts_with("->"))
        ++end;
    if (end > offset)
        return end;

    // One character, with the continuation bytes of a UTF-8 sequence.
    end = offset + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        ++end;
    return end;
}

std::optional<std::size_t> scan_string(std::string_view text, std::size_t open,
                                       std::string& value) {
    value.clear();
    auto i = open + 1;
    while (i < text.size() && text[i] != '"' && text[i] != '\n') {
        if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\'))
            ++i;
        value += text[i++];
    }
    if (i == text.size() || text[i] != '"')
        return std::nullopt;
    return i + 1;
}

std::optional<std::size_t> closing_brace(std::string_view text, std::size_t open) {
    return walk_code(text, open,
                     [](std::size_t, char c, int depth) { return c == '}' && depth == 0; });
}

std::size_t resume_offset(std::string_view text, std::size_t start, std::size_t failure) {
    auto resume = text.size();
    walk_code(text, start, [&](std::size_t at, char c, int depth) {
        auto next_line = at + 1;
        if (c != '\n' || next_line < failure)
            return false;
        auto first = text.find_first_not_of(" \t", next_line);
        if (first == std::string_view::npos)
            return true;
        if (starts_with_keyword(text, first) && (first == next_line || depth <= 0)) {
            resume = next_line;
            return true;
        }
        return false;
    });
    return resume;
}

} // namespace nse::lang::lexical
