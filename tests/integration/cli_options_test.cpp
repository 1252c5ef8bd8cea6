// Command-line options: what invalid values are told, and the options every
// command that prints diagnostics or compiles accepts.
#include "process.hpp"

#include <catch2/catch.hpp>

using nse::test::run_nse;
using nse::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A ruleset nftables rejects: "acept" is not a verdict.
const std::string kBrokenRuleset = "import std.topologies\n"
                                   "ruleset broken {\n"
                                   "  table inet filter {\n"
                                   "    chain input {\n"
                                   "      type filter hook input priority 0; policy accept;\n"
                                   "      tcp dport 22 acept\n"
                                   "    }\n"
                                   "  }\n"
                                   "}\n"
                                   "scenario \"broken\" {\n  topology pair\n"
                                   "  load broken on server\n"
                                   "  send tcp client -> server:22 expect accept\n}\n";

} // namespace

TEST_CASE("Invalid --jobs and --packet-timeout values say what is expected",
          "[integration][root]") {
    TempDir dir;
    auto file = dir.write("f.nse", "");

    auto jobs = run_nse("run " + file + " -j abc");
    INFO(jobs.output);
    CHECK(jobs.exit_code == 2);
    CHECK(contains(jobs.output, "nse: error: --jobs: expected a whole number from 1 to 1024, "
                                "not 'abc'"));

    auto zero = run_nse("run " + file + " --jobs 0");
    CHECK(zero.exit_code == 2);
    CHECK(contains(zero.output, "--jobs: expected a whole number from 1 to 1024, not '0'"));

    auto timeout = run_nse("run " + file + " --packet-timeout 1.5");
    INFO(timeout.output);
    CHECK(timeout.exit_code == 2);
    CHECK(contains(timeout.output,
                   "nse: error: --packet-timeout: expected a whole number from 1 to 600000, "
                   "not '1.5'"));
}

TEST_CASE("nse check and nse plan accept --colour for their diagnostics", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("bad.nse", "scenario \"x\" {\n  topology nope\n}\n");

    auto always = run_nse("check --colour always " + file);
    INFO(always.output);
    CHECK(always.exit_code == 2);
    CHECK(contains(always.output, "\x1b[1;31merror:"));

    auto never = run_nse("plan --color never " + file);
    INFO(never.output);
    CHECK(never.exit_code == 2);
    CHECK(contains(never.output, file + ":2:12: error: no topology named 'nope'"));
    CHECK_FALSE(contains(never.output, "\x1b["));
}

TEST_CASE("nse run --no-nft-check leaves rulesets to be loaded at run time",
          "[integration][root]") {
    TempDir dir;
    auto file = dir.write("broken.nse", kBrokenRuleset);

    auto checked = run_nse("run --colour never " + file);
    INFO(checked.output);
    CHECK(checked.exit_code == 2);
    CHECK(contains(checked.output, "[nft-syntax]"));

    auto unchecked = run_nse("run --colour never --no-nft-check " + file);
    INFO(unchecked.output);
    CHECK(unchecked.exit_code == 1);
    CHECK(contains(unchecked.output, "ERROR broken"));
    CHECK(contains(unchecked.output, "loading ruleset broken on node server"));
}
