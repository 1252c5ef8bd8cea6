#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Hand-written scanning for the parts of the language that are not a phrase
// grammar: quoted strings, raw ruleset bodies, and the token and line logic
// that error reporting and recovery need. Offsets are bytes into `text`.
namespace nse::lang::lexical {

/// The offset just past any blanks, newlines and `#` comments at `offset`.
std::size_t skip_blank(std::string_view text, std::size_t offset);

/// The end of the token at `offset`: a run of name and address characters,
/// `->` or `--`, or else one character. Returns `offset` at the end of text.
std::size_t token_end(std::string_view text, std::size_t offset);

/// Scans the string whose opening quote is at `open`, resolving \" and \\.
/// Returns the offset past the closing quote, or nullopt when a newline or
/// the end of text comes first.
std::optional<std::size_t> scan_string(std::string_view text, std::size_t open, std::string& value);

/// The offset of the '}' that closes the '{' at `open`. Braces inside double
/// quotes and `#` comments do not count. nullopt when it is never closed.
std::optional<std::size_t> closing_brace(std::string_view text, std::size_t open);

/// Where to resume after a syntax error in the declaration that began at
/// `start` and failed at `failure`: the start of the first later line whose
/// first word is a declaration keyword and which either begins in column 1
/// or sits at brace depth 0 counted from `start`. The end of text if none.
std::size_t resume_offset(std::string_view text, std::size_t start, std::size_t failure);

} // namespace nse::lang::lexical
