#include "../golden.hpp"
#include "lang/diagnostic.hpp"
#include "parse_helpers.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

using namespace nse::lang;

namespace {

using nse::test::check_golden;

} // namespace

TEST_CASE("A syntax error renders with position, source line, underline and name", "[lang]") {
    auto parsed = nse::lang::testing::parse_text(
        "scenario \"ssh\" {\n  send tcp client -> server:99999999999 expect accept\n}\n");
    REQUIRE(parsed.sink.diagnostics().size() == 1);

    check_golden("lang/syntax_error.golden", render(parsed.sink.diagnostics()[0], false));
}

TEST_CASE("The sink counts errors and keeps diagnostics in order", "[lang]") {
    DiagnosticSink sink;
    sink.report({Severity::warning, "w", {}, "first", {}, {}});
    sink.error("e", {}, "second");

    CHECK(sink.error_count() == 1);
    REQUIRE(sink.diagnostics().size() == 2);
    CHECK(sink.diagnostics()[0].message == "first");
    CHECK(sink.diagnostics()[1].message == "second");
}
