#include "report/xml_text.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace nse::report {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

// The lead byte of a multi-byte sequence: `lead & mask == value`.
struct Lead {
    std::uint8_t mask;
    std::uint8_t value;
    std::size_t length;
    char32_t minimum; // smaller code points in this length are overlong
};

constexpr std::array kLeads{
    Lead{0xE0, 0xC0, 2, 0x80},
    Lead{0xF0, 0xE0, 3, 0x800},
    Lead{0xF8, 0xF0, 4, 0x10000},
};

struct Decoded {
    char32_t code_point;
    std::size_t length;
};

// Decodes one UTF-8 sequence at the front of `text`, or nothing when it is
// malformed, overlong, truncated or a surrogate.
std::optional<Decoded> decode(std::string_view text) {
    auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    std::uint8_t lead = byte(0);
    if (lead < 0x80)
        return Decoded{lead, 1};

    const Lead* shape = nullptr;
    for (const auto& candidate : kLeads) {
        if ((lead & candidate.mask) == candidate.value)
            shape = &candidate;
    }
    if (!shape)
        return std::nullopt;
    std::size_t length = shape->length;
    char32_t code_point = lead & static_cast<std::uint8_t>(~shape->mask);
    if (text.size() < length)
        return std::nullopt;

    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80)
            return std::nullopt;
        code_point = (code_point << 6) | (byte(i) & 0x3Fu);
    }
    bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
    if (code_point < shape->minimum || code_point > 0x10FFFF || surrogate)
        return std::nullopt;
    return Decoded{code_point, length};
}

// XML 1.0's Char production, surrogates already excluded by decode().
bool allowed(char32_t c) {
    if (c < 0x20)
        return c == '\t' || c == '\n' || c == '\r';
    return c != 0xFFFE && c != 0xFFFF;
}

std::string escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        auto decoded = decode(text);
        if (!decoded) {
            out += kReplacement;
            text.remove_prefix(1);
            continue;
        }

        char32_t c = decoded->code_point;
        if (!allowed(c)) {
            // dropped
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '"') {
            out += "&quot;";
        } else if (c == '\'') {
            out += "&apos;";
        } else if (attribute && c == '\t') {
            out += "&#9;";
        } else if (attribute && c == '\n') {
            out += "&#10;";
        } else if (c == '\r') {
            out += "&#13;";
        } else {
            out += text.substr(0, decoded->length);
        }
        text.remove_prefix(decoded->length);
    }
    return out;
}

} // namespace

std::string xml_text(std::string_view text) {
    return escape(text, false);
}

std::string xml_attribute(std::string_view text) {
    return escape(text, true);
}

} // namespace nse::report
