#include "compile_helpers.hpp"
#include "lang/diagnostic_names.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace nse::compiler::testing;
namespace diag = nse::lang::diag;

TEST_CASE("A topology declared twice in one file is a duplicate name", "[compiler]") {
    auto d = only_diagnostic(R"(topology t {
  node a
}
topology t {
  node b
}
)");
    CHECK(d.name == diag::kDuplicateName);
    CHECK(where(d) == "4:10");
    CHECK(d.message == "topology 't' is declared twice");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].message == "first declared here");
    REQUIRE(d.notes[0].where);
    CHECK(where(*d.notes[0].where) == "1:10");
}

TEST_CASE("A name declared in a file and in a file it imports is reported in the importer",
          "[compiler]") {
    TempDir dir;
    auto lib = dir.write("lib.nse", "# shared rules\nruleset web { table ip t { } }\n");
    auto main = dir.write("main.nse", "import \"lib.nse\"\nruleset web { table ip u { } }\n");

    auto d = only_diagnostic(compile_files({main}));
    CHECK(d.name == diag::kDuplicateName);
    CHECK(d.message == "ruleset 'web' is declared twice");
    REQUIRE(d.where.file);
    CHECK(d.where.file->path() == main);
    CHECK(where(d) == "2:9");
    REQUIRE(d.notes.size() == 1);
    REQUIRE(d.notes[0].where);
    CHECK(d.notes[0].where->file->path() == lib);
    CHECK(where(*d.notes[0].where) == "2:9");
}

TEST_CASE("A topology that reuses a stdlib name is reported in the user's file", "[compiler]") {
    auto d = only_diagnostic(R"(import std.topologies
topology pair {
  node a
}
)");
    CHECK(d.name == diag::kDuplicateName);
    CHECK(d.message == "topology 'pair' is declared twice");
    REQUIRE(d.where.file);
    CHECK(d.where.file->path().ends_with("main.nse"));
    CHECK(where(d) == "2:10");
    REQUIRE(d.notes.size() == 1);
    REQUIRE(d.notes[0].where);
    CHECK(d.notes[0].where->file->path() == "std/topologies.nse");
}

TEST_CASE("A topology and a ruleset may share a name", "[compiler]") {
    auto plan = compile_clean(R"(import std.topologies
ruleset pair { table ip t { } }
scenario "s" {
  topology pair
  load pair on server
  send tcp client -> server:80 expect accept
}
)");
    CHECK(plan.scenarios.at(0).loads.size() == 1);
}

TEST_CASE("Names of transitively imported files are in scope", "[compiler]") {
    TempDir dir;
    dir.write("deep.nse", "ruleset deep { table ip t { } }\n");
    dir.write("middle.nse", "import \"deep.nse\"\n");
    auto compiled = compile_files({dir.write("main.nse", R"(import "middle.nse"
import std.topologies
scenario "s" {
  topology pair
  load deep on server
  send tcp client -> server:80 expect accept
}
)")});
    INFO(compiled.rendered());
    REQUIRE(compiled.plan);
    CHECK(compiled.plan->scenarios.at(0).loads.size() == 1);
}
