#include "lang/diagnostic_names.hpp"
#include "parse_helpers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nse::lang;
using nse::lang::testing::parse_text;
using nse::lang::testing::Parsed;

namespace {

// A diagnostic reduced to what a test pins: line, column, underlined text
// and message.
struct Seen {
    int line;
    int column;
    std::string token;
    std::string message;

    bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& seen) {
    return out << seen.line << ':' << seen.column << " '" << seen.token << "' " << seen.message;
}

std::vector<Seen> errors_of(const Parsed& parsed) {
    std::vector<Seen> seen;
    for (const auto& diagnostic : parsed.sink.diagnostics()) {
        CHECK(diagnostic.name == diag::kSyntax);
        CHECK(diagnostic.severity == Severity::error);
        CHECK(diagnostic.where.file == parsed.source);
        auto at = parsed.location_of(diagnostic.where.span);
        seen.push_back({at.line, at.column, std::string(parsed.text_of(diagnostic.where.span)),
                        diagnostic.message});
    }
    return seen;
}

std::vector<Seen> errors_in(std::string text) {
    return errors_of(parse_text(std::move(text)));
}

} // namespace

TEST_CASE("A missing word after a keyword names what was expected and what was found", "[lang]") {
    CHECK(errors_in("topology t {\n  node\n}\n") ==
          std::vector<Seen>{{3, 1, "}", "expected a name, found '}'"}});
    CHECK(errors_in("topology t {\n  route a default 10.0.0.1\n}") ==
          std::vector<Seen>{{2, 19, "10.0.0.1", "expected 'via', found '10.0.0.1'"}});
    CHECK(errors_in("scenario \"s\" {\n  send tcp a b expect accept\n}") ==
          std::vector<Seen>{{2, 14, "b", "expected '->', found 'b'"}});
    CHECK(errors_in("ruleset r \"x\"") ==
          std::vector<Seen>{{1, 11, "\"x\"", "expected '{' or 'from', found '\"x\"'"}});
}

TEST_CASE("An unknown item inside a block lists what may appear there", "[lang]") {
    CHECK(errors_in("topology t {\n  host a\n}") ==
          std::vector<Seen>{{2, 3, "host", "expected node, link, route or '}', found 'host'"}});
    CHECK(errors_in("scenario \"s\" {\n  run x\n}") ==
          std::vector<Seen>{{2, 3, "run", "expected topology, load, send or '}', found 'run'"}});
    CHECK(errors_in("topology t {\n  link a -- b {\n    a router\n  }\n}") ==
          std::vector<Seen>{{3, 7, "router", "expected an address, found 'router'"}});
}

TEST_CASE("A port that is not a 32-bit number is reported as an expected port", "[lang]") {
    CHECK(errors_in("scenario \"s\" {\n  send tcp a -> b:4294967296 expect accept\n}") ==
          std::vector<Seen>{{2, 19, "4294967296", "expected a port number, found '4294967296'"}});
    CHECK(errors_in("scenario \"s\" {\n  send tcp a -> b:http expect accept\n}") ==
          std::vector<Seen>{{2, 19, "http", "expected a port number, found 'http'"}});
}

TEST_CASE("Flags need letters before 'expect'", "[lang]") {
    CHECK(errors_in("scenario \"s\" {\n  send tcp a -> b:1 flags expect accept\n}") ==
          std::vector<Seen>{{2, 27, "expect", "expected TCP flag letters, found 'expect'"}});
}

TEST_CASE("The end of the file is reported where the text stops", "[lang]") {
    CHECK(errors_in("scenario \"s\" {\n  send tcp a -> b\n\n") ==
          std::vector<Seen>{{2, 18, "", "expected 'expect', found end of file"}});
    CHECK(errors_in("import") ==
          std::vector<Seen>{
              {1, 7, "", "expected a module name or a file name in quotes, found end of file"}});
}

TEST_CASE("An unterminated string points at its opening quote", "[lang]") {
    CHECK(errors_in("import \"common.nse\nimport x\n") ==
          std::vector<Seen>{{1, 8, "\"common.nse", "unterminated string"}});
    CHECK(errors_in("scenario \"open") ==
          std::vector<Seen>{{1, 10, "\"open", "unterminated string"}});
}

TEST_CASE("An unterminated ruleset body points at its opening brace", "[lang]") {
    CHECK(errors_in("ruleset r {\n  table t { \"}\" # }\n") ==
          std::vector<Seen>{{1, 11, "{", "unterminated ruleset body: missing '}'"}});
}

TEST_CASE("Garbage at the top level is not a declaration", "[lang]") {
    auto parsed = parse_text("import a\nfoo bar\nimport b\n");

    CHECK(errors_of(parsed) ==
          std::vector<Seen>{{2, 1, "foo",
                             "expected a declaration (import, topology, ruleset or scenario), "
                             "found 'foo'"}});
    CHECK(parsed.file.declarations.size() == 2);
}

TEST_CASE("Every broken declaration is reported and the good ones are kept", "[lang]") {
    auto parsed = parse_text(R"(topology t {
  node
  link a -- b
}
import good
scenario "s" {
  topology t
  send tcp a -> b:x expect accept
}
  ruleset r from
topology u { node a }
ruleset body {
  table { } }
}
scenario "last" {
)");
    CHECK(errors_of(parsed) ==
          std::vector<Seen>{
              // Keywords are not reserved: `link` is taken as the node's name.
              {3, 8, "a", "expected node, link, route or '}', found 'a'"},
              {8, 19, "x", "expected a port number, found 'x'"},
              {11, 1, "topology", "expected a string, found 'topology'"},
              {14, 1, "}",
               "expected a declaration (import, topology, ruleset or scenario), "
               "found '}'"},
              {15, 18, "", "expected topology, load, send or '}', found end of file"},
          });
    CHECK(parsed.file.declarations.size() == 3); // import good, topology u, ruleset body
}
