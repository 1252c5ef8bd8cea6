#include "report/terminal_text.hpp"

#include <catch2/catch.hpp>

namespace nse::report {
namespace {

TEST_CASE("Terminal text shows escape sequences as visible escapes", "[report]") {
    CHECK(terminal_text("x\033[2J") == "x\\x1b[2J");
    CHECK(terminal_text("a\rb\nc") == "a\\x0db\\x0ac");
    CHECK(terminal_text(std::string("\0\x7f", 2)) == "\\x00\\x7f");
}

TEST_CASE("Terminal text keeps tabs, printable text and UTF-8", "[report]") {
    CHECK(terminal_text("a\tb ~ \"c\" \\") == "a\tb ~ \"c\" \\");
    CHECK(terminal_text("web — ok") == "web — ok");
}

} // namespace
} // namespace nse::report
