// Ctrl-C tells the user what nse is waiting for; a second one stops it at
// once, by SIGINT.
#include "process.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <fstream>
#include <signal.h>
#include <sstream>
#include <unistd.h>

using nse::test::TempDir;

namespace {

constexpr const char* kNotice =
    "nse: interrupted: finishing running scenarios (Ctrl-C again to stop at once)\n";

// Each scenario but the first waits out the packet timeout: the server's
// input chain drops IPv6 neighbour discovery, so the packet is lost. The
// first passes at once, so "[1/N]" shows that the second has started.
std::string slow_scenarios(int count) {
    std::string text = "import std.topologies\n"
                       "ruleset silent {\n  table ip6 filter {\n    chain input {\n"
                       "      type filter hook input priority 0; policy drop;\n    }\n  }\n}\n"
                       "scenario \"quick\" {\n  topology pair\n"
                       "  send tcp client -> server:22 expect accept\n}\n";
    for (int i = 1; i < count; ++i)
        text += fmt::format("scenario \"slow {}\" {{\n  topology pair\n  load silent on server\n"
                            "  send ip6 tcp client -> server:22 expect accept\n}}\n",
                            i);
    return text;
}

std::string contents(const std::string& path) {
    std::stringstream text;
    text << std::ifstream(path).rdbuf();
    return text.str();
}

// Starts `nse run -j 1 file` with stdout and stderr going to files; each
// lost packet takes `timeout` milliseconds.
pid_t start_run(const std::string& file, const char* timeout, const std::string& out,
                const std::string& err) {
    pid_t child = ::fork();
    if (child == 0) {
        int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out_fd, STDOUT_FILENO);
        ::dup2(err_fd, STDERR_FILENO);
        ::execl(NSE_BINARY, NSE_BINARY, "run", "-j", "1", "--packet-timeout", timeout, "--colour",
                "never", file.c_str(), nullptr);
        ::_exit(127);
    }
    return child;
}

// Polls until `path` contains `part`, for up to 30 seconds.
bool wait_for(const std::string& path, const std::string& part) {
    for (int waited = 0; waited < 3000; ++waited) {
        if (contents(path).find(part) != std::string::npos)
            return true;
        ::usleep(10000);
    }
    return false;
}

} // namespace

TEST_CASE("The first Ctrl-C says that nse finishes the running scenarios", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("slow.nse", slow_scenarios(30));
    auto out = dir.path() + "/out.txt";
    auto err = dir.path() + "/err.txt";

    pid_t child = start_run(file, "200", out, err);
    REQUIRE(child > 0);
    REQUIRE(wait_for(out, "[1/30]"));
    ::kill(child, SIGINT);
    int status = 0;
    ::waitpid(child, &status, 0);

    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(contents(err) == kNotice);
    CHECK(contents(out).find("not run (interrupted)") != std::string::npos);
}

TEST_CASE("A second Ctrl-C ends nse at once by SIGINT", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("slow.nse", slow_scenarios(30));
    auto out = dir.path() + "/out.txt";
    auto err = dir.path() + "/err.txt";

    // The second scenario waits 20 s for its packet: nse is still busy with
    // it when the second Ctrl-C comes.
    pid_t child = start_run(file, "20000", out, err);
    REQUIRE(child > 0);
    REQUIRE(wait_for(out, "[1/30]"));
    ::kill(child, SIGINT);
    REQUIRE(wait_for(err, kNotice));
    ::kill(child, SIGINT);
    int status = 0;
    ::waitpid(child, &status, 0);

    // A shell reports this as exit status 130 (128 + SIGINT).
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGINT);
}
