// A run with nothing to run is bad input, not a success.
#include "process.hpp"

#include <catch2/catch.hpp>

using nse::test::run_nse;
using nse::test::TempDir;

TEST_CASE("nse run of an empty .nse file says there is nothing to run", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("empty.nse", "");

    auto run = run_nse("run " + file);
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output == "nse: error: no scenarios in " + file + "\n");
}

TEST_CASE("nse run of a YAML suite without tests says there is nothing to run",
          "[integration][root]") {
    TempDir dir;
    auto suite = dir.write("empty.yaml", "tests: []\n");
    auto library = dir.write("library.nse", "");

    auto run = run_nse("run " + suite + " " + library);
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output == "nse: error: no scenarios in " + suite + " " + library + "\n");
}

TEST_CASE("nse check accepts a file without scenarios", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("library.nse", "");

    auto check = run_nse("check " + file);
    INFO(check.output);
    CHECK(check.exit_code == 0);
    CHECK(check.output == "ok: 0 scenarios, 0 packets, 0 rulesets in 1 file\n");
}
