#include "report/xml_text.hpp"

#include <catch2/catch.hpp>

namespace nse::report {
namespace {

TEST_CASE("XML text escapes markup characters", "[report]") {
    CHECK(xml_text("a < b && c > \"d\" 'e'") ==
          "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos;");
}

TEST_CASE("XML text drops characters XML 1.0 forbids and keeps line breaks", "[report]") {
    CHECK(xml_text(std::string("a\x01\x1f"
                               "b\tc\nd\0e",
                               10)) == "ab\tc\nde");
    CHECK(xml_text("a\xEF\xBF\xBE"
                   "b") == "ab"); // U+FFFE
    CHECK(xml_text("\r") == "&#13;");
}

TEST_CASE("XML text keeps valid UTF-8 and replaces invalid bytes", "[report]") {
    CHECK(xml_text("web — ü 😀") == "web — ü 😀");
    CHECK(xml_text("a\xFF"
                   "b") == "a\xEF\xBF\xBD"
                           "b");
    CHECK(xml_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong '/'
    CHECK(xml_text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // surrogate
    CHECK(xml_text("\xE2\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // truncated
}

TEST_CASE("XML attributes keep tabs and newlines as character references", "[report]") {
    CHECK(xml_attribute("a\tb\nc") == "a&#9;b&#10;c");
}

} // namespace
} // namespace nse::report
