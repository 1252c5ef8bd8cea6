#include "parse_helpers.hpp"

#include <catch2/catch.hpp>

using namespace nse::lang;
using nse::lang::testing::holds;
using nse::lang::testing::parse_clean;

namespace {

const ast::RulesetBody& body_of(const nse::lang::testing::Parsed& parsed) {
    return holds<ast::RulesetBody>(holds<ast::RulesetDecl>(parsed.file.declarations.at(0)).source);
}

} // namespace

TEST_CASE("A ruleset body is kept byte for byte, nested braces included", "[lang]") {
    std::string body = R"(
  table inet filter {
    chain input { type filter hook input priority 0; policy drop; }
  }
)";
    auto parsed = parse_clean("ruleset web {" + body + "}\n");

    auto& ruleset = holds<ast::RulesetDecl>(parsed.file.declarations.at(0));
    CHECK(ruleset.name.name == "web");
    CHECK(body_of(parsed).text == body);
    CHECK(parsed.text_of(ruleset.span) == "ruleset web {" + body + "}");
}

TEST_CASE("A ruleset body's span is exactly its text, so nft positions map to the file", "[lang]") {
    auto parsed = parse_clean("# rules\nruleset web {\n  table inet t {\n  }\n}\n");

    auto& body = body_of(parsed);
    CHECK(parsed.text_of(body.span) == body.text);
    CHECK(parsed.source->location_of(body.span.begin).line == 2);
    CHECK(parsed.source->location_of(body.span.begin).column == 14);

    // nft would report `table` at 2:3 of the body text; that is 3:3 in the file.
    auto table = body.text.find("table");
    auto in_file = parsed.source->location_of(body.span.begin + static_cast<std::uint32_t>(table));
    CHECK(in_file.line == 3);
    CHECK(in_file.column == 3);
}

TEST_CASE("Braces in strings and comments inside a ruleset body do not count", "[lang]") {
    std::string body = "\n  table t { chain c { accept comment \"web {x\" } # stray }\n  } # {{\n"
                       "  # } and \"}\n";
    auto parsed = parse_clean("ruleset web {" + body + "}\nimport after\n");

    CHECK(body_of(parsed).text == body);
    CHECK(parsed.file.declarations.size() == 2);
}

TEST_CASE("An empty ruleset body is empty text at the place between its braces", "[lang]") {
    auto parsed = parse_clean("ruleset none {}");

    auto& body = body_of(parsed);
    CHECK(body.text.empty());
    CHECK(body.span.begin == 14);
    CHECK(body.span.end == 14);
}

TEST_CASE("A ruleset can come from a file", "[lang]") {
    auto parsed = parse_clean("ruleset web from \"web.nft\"");

    auto& ruleset = holds<ast::RulesetDecl>(parsed.file.declarations.at(0));
    auto& file = holds<ast::String>(ruleset.source);
    CHECK(file.value == "web.nft");
    CHECK(parsed.text_of(file.span) == "\"web.nft\"");
    CHECK(parsed.text_of(ruleset.span) == "ruleset web from \"web.nft\"");
}
