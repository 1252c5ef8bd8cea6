#include "lang/source.hpp"

#include <catch2/catch.hpp>

using namespace nse::lang;

TEST_CASE("Offsets map to 1-based lines and columns", "[lang]") {
    SourceFile file("f.nse", "ab\ncd\nlast");

    CHECK(file.line_count() == 3);
    CHECK(file.location_of(0).line == 1);
    CHECK(file.location_of(0).column == 1);
    CHECK(file.location_of(2).column == 3); // the newline belongs to its line
    CHECK(file.location_of(3).line == 2);
    CHECK(file.location_of(3).column == 1);
    CHECK(file.location_of(9).line == 3);
    CHECK(file.location_of(9).column == 4);
    CHECK(file.location_of(100).line == 3); // past the end clamps to the end
    CHECK(file.location_of(100).column == 5);
}

TEST_CASE("Lines and columns map back to offsets, clamped to the text", "[lang]") {
    SourceFile file("f.nse", "ab\ncd\nlast");

    CHECK(file.offset_of({1, 1}) == 0);
    CHECK(file.offset_of({2, 2}) == 4);
    CHECK(file.offset_of({3, 4}) == 9);
    CHECK(file.offset_of({3, 99}) == 10);
    CHECK(file.offset_of({0, 1}) == 0);
    CHECK(file.offset_of({9, 1}) == 10);
}

TEST_CASE("Line text excludes the newline, and the last line needs none", "[lang]") {
    SourceFile file("f.nse", "first\nsecond\nlast");

    CHECK(file.line_text(1) == "first");
    CHECK(file.line_text(3) == "last");
    CHECK(file.line_text(0).empty());
    CHECK(file.line_text(4).empty());
}

TEST_CASE("CRLF line endings count as one line break", "[lang]") {
    SourceFile file("f.nse", "one\r\ntwo\r\n");

    CHECK(file.line_text(1) == "one");
    CHECK(file.line_text(2) == "two");
    CHECK(file.location_of(5).line == 2);
    CHECK(file.location_of(5).column == 1);
    CHECK(file.offset_of({2, 3}) == 7);
}
