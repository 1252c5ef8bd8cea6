#pragma once

#include <string>
#include <string_view>

// Text made safe for XML 1.0 documents.
namespace nse::report {

/// `text` for element content: '&', '<', '>', '"' and '\'' become entities,
/// and everything XML 1.0 forbids is dropped: control characters other than
/// tab, newline and carriage return, U+FFFE and U+FFFF, surrogates, and bytes
/// that are not valid UTF-8 (each replaced by U+FFFD, so a reader sees that
/// something was there). A carriage return becomes a character reference,
/// which parsers would otherwise turn into a newline.
std::string xml_text(std::string_view text);

/// As xml_text, and tab and newline become character
/// references, since a parser would otherwise turn them into spaces inside
/// an attribute value.
std::string xml_attribute(std::string_view text);

} // namespace nse::report
