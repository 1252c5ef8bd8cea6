#include "lang/lexical.hpp"

#include <catch2/catch.hpp>

using namespace nse::lang;

TEST_CASE("Blanks and comments are skipped up to the next token", "[lang]") {
    CHECK(lexical::skip_blank("  # note\n\t x", 0) == 11);
    CHECK(lexical::skip_blank("# only a comment", 0) == 16);
    CHECK(lexical::skip_blank("x", 0) == 0);
}

TEST_CASE("A token is a word, an arrow or one character", "[lang]") {
    std::string_view text = "fd00::1/64 -> { \"a b\" é";
    CHECK(lexical::token_end(text, 0) == 10);
    CHECK(lexical::token_end(text, 11) == 13);
    CHECK(lexical::token_end(text, 14) == 15);
    CHECK(lexical::token_end(text, 16) == 21);
    CHECK(lexical::token_end(text, 22) == 24); // both bytes of a UTF-8 character
    CHECK(lexical::token_end(text, 24) == 24);
    CHECK(lexical::token_end("b->c", 0) == 1);
}

TEST_CASE("The closing brace skips braces in strings and comments", "[lang]") {
    CHECK(lexical::closing_brace("{ { } }", 0) == 6u);
    CHECK(lexical::closing_brace("{ \"}\" # }\n}", 0) == 10u);
    CHECK_FALSE(lexical::closing_brace("{ { }", 0));
}

TEST_CASE("Recovery resumes at the next declaration outside the failed one's braces", "[lang]") {
    std::string_view text = "scenario \"s\" {\n  topology t\n  x\n}\nimport y\n";
    auto failure = text.find("x\n");
    CHECK(lexical::resume_offset(text, 0, failure) == text.find("import"));

    // A keyword in column 1 resumes even when the braces never balanced.
    std::string_view unbalanced = "topology t {\n  link a -- b {\ntopology u { }\n";
    CHECK(lexical::resume_offset(unbalanced, 0, 20) == unbalanced.find("topology u"));

    CHECK(lexical::resume_offset("foo\nbar\n", 0, 0) == 8);
}
