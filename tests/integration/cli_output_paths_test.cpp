// Report and output paths are checked before anything runs: nse never
// overwrites an input, never writes two reports to one file, and names a
// report it cannot write as bad input.
#include "process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using nse::test::run_nse;
using nse::test::TempDir;

namespace {

const std::string kScenario = "import std.topologies\n"
                              "scenario \"ping\" {\n  topology pair\n"
                              "  send tcp client -> server:22 expect accept\n}\n";

std::string contents(const std::string& path) {
    std::stringstream text;
    text << std::ifstream(path).rdbuf();
    return text.str();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("nse run refuses a report path that is one of its inputs", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("f.nse", kScenario);

    auto run = run_nse("run " + file + " --junit " + dir.path() + "/./f.nse");
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(contains(run.output, "nse: error: --junit '" + dir.path() + "/./f.nse' is the input '" +
                                   file + "'; nse will not overwrite it"));
    CHECK_FALSE(contains(run.output, "running"));
    CHECK(contents(file) == kScenario);

    auto in_directory = run_nse("run " + dir.path() + " --json " + file);
    INFO(in_directory.output);
    CHECK(in_directory.exit_code == 2);
    CHECK(contains(in_directory.output, "nse: error: --json '" + file + "' is the input"));
    CHECK(contents(file) == kScenario);
}

TEST_CASE("nse run refuses one file for both reports", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("f.nse", kScenario);

    auto run =
        run_nse("run " + file + " --json " + dir.path() + "/out.json --junit " + dir.path() +
                "/../" + std::filesystem::path(dir.path()).filename().string() + "/out.json");
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(contains(run.output, "nse: error: --junit '"));
    CHECK(contains(run.output, "name the same file; give each its own"));
    CHECK_FALSE(std::filesystem::exists(dir.path() + "/out.json"));
}

TEST_CASE("nse convert refuses to write over its suite", "[integration][root]") {
    TempDir dir;
    auto suite = dir.write("s.yaml", "tests: []\n");

    auto convert = run_nse("convert " + suite + " -o " + suite);
    INFO(convert.output);
    CHECK(convert.exit_code == 2);
    CHECK(contains(convert.output, "nse: error: -o '" + suite + "' is the input"));
    CHECK(contents(suite) == "tests: []\n");
}

TEST_CASE("A report path that cannot be written is bad input, found before the run",
          "[integration][root]") {
    TempDir dir;
    auto file = dir.write("f.nse", kScenario);
    auto target = dir.path() + "/target";
    std::filesystem::create_directory(target);

    for (const char* option : {"--junit", "--json"}) {
        auto is_directory = run_nse("run " + file + " " + option + " " + target);
        INFO(option << '\n' << is_directory.output);
        CHECK(is_directory.exit_code == 2);
        CHECK(contains(is_directory.output, "nse: error: cannot write " + target));
        CHECK_FALSE(contains(is_directory.output, "running"));

        auto missing = dir.path() + "/missing/r.out";
        auto in_missing = run_nse("run " + file + " " + option + " " + missing);
        INFO(in_missing.output);
        CHECK(in_missing.exit_code == 2);
        CHECK(contains(in_missing.output,
                       "nse: error: cannot write " + missing + ": No such file or directory"));
        CHECK_FALSE(contains(in_missing.output, "running"));
    }
    CHECK_FALSE(std::filesystem::exists(target + ".tmp"));
    CHECK(std::filesystem::is_empty(target));
}
