// Ctrl-C stops scheduling, lets running scenarios finish and closes every
// report, so an interrupted run keeps what it did.
#include "process.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <fstream>
#include <signal.h>
#include <sstream>
#include <unistd.h>

using nse::test::run_shell;
using nse::test::TempDir;

namespace {

// Thirty scenarios on one job take long enough (each builds namespaces and
// fails its second packet) for the run to be interrupted midway.
std::string slow_scenarios(int count) {
    std::string text = "import std.topologies\n";
    for (int i = 0; i < count; ++i)
        text += fmt::format("scenario \"slow {}\" {{\n  topology pair\n"
                            "  send tcp client -> server:22 expect accept\n"
                            "  send tcp client -> server:22 flags S expect drop\n}}\n",
                            i);
    return text;
}

std::size_t lines_in(const std::string& path) {
    std::ifstream in(path);
    std::size_t count = 0;
    for (std::string line; std::getline(in, line);)
        ++count;
    return count;
}

} // namespace

TEST_CASE("an interrupted run closes its reports with what finished", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("slow.nse", slow_scenarios(30));
    auto json = dir.path() + "/r.json";
    auto junit = dir.path() + "/r.xml";

    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::freopen("/dev/null", "w", stdout);
        ::freopen("/dev/null", "w", stderr);
        ::execl(NSE_BINARY, NSE_BINARY, "run", "-j", "1", "--packet-timeout", "200", file.c_str(),
                "--json", json.c_str(), "--junit", junit.c_str(), nullptr);
        ::_exit(127);
    }
    // The JSON report streams: its first line is the head, then one line per
    // finished scenario. Interrupt once two have finished.
    for (int waited = 0; lines_in(json) < 3 && waited < 3000; ++waited)
        ::usleep(10000);
    ::kill(child, SIGINT);
    int status = 0;
    ::waitpid(child, &status, 0);

    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);

    auto results = nlohmann::json::parse(std::ifstream(json));
    CHECK(results["summary"]["interrupted"] == true);
    CHECK(results["summary"]["not_run"] > 0);
    CHECK(results["scenarios"].size() >= 2);
    CHECK(results["scenarios"].size() + results["summary"]["not_run"].get<std::size_t>() == 30);

    auto schema = std::string(NSE_SHARED_DIR) + "/schemas/junit-10.xsd";
    auto validation = run_shell("xmllint --noout --schema " + schema + " " + junit);
    INFO(validation.output);
    CHECK(validation.exit_code == 0);
    std::stringstream xml;
    xml << std::ifstream(junit).rdbuf();
    CHECK(xml.str().find("not run: interrupted") != std::string::npos);
}
