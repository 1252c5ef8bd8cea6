// libnftables cannot use file descriptors numbered 1024 or more; many jobs
// or a huge topology must not push it there.
#include "process.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using nse::test::run_nse;
using nse::test::TempDir;

namespace {

std::string star(int leaves) {
    std::string text = "topology star {\n  node hub forwarding\n";
    for (int i = 0; i < leaves; ++i)
        text += fmt::format("  node leaf{}\n", i);
    for (int i = 0; i < leaves; ++i)
        text += fmt::format(
            "  link hub -- leaf{0} {{ hub 10.{1}.{2}.1/24  leaf{0} 10.{1}.{2}.2/24 }}\n", i,
            i / 250, i % 250);
    return text + "}\nscenario \"star\" {\n  topology star\n"
                  "  send icmp leaf0 -> hub expect accept\n}\n";
}

} // namespace

TEST_CASE("many more jobs than descriptors allow still run every scenario", "[integration][root]") {
    TempDir dir;
    std::string text = "import std.topologies\n";
    for (int i = 0; i < 150; ++i)
        text += fmt::format("scenario \"s{}\" {{\n  topology gateway\n"
                            "  send icmp client -> server expect accept\n}}\n",
                            i);
    auto run = run_nse("run -j 1024 --colour never " + dir.write("many.nse", text));
    INFO(run.output.substr(run.output.size() > 2000 ? run.output.size() - 2000 : 0));
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("150 passed, 0 failed") != std::string::npos);
}

TEST_CASE("a topology too large for the descriptor limit is an error, not a crash",
          "[integration][root]") {
    TempDir dir;
    auto run = run_nse("run --colour never " + dir.write("star.nse", star(400)));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("the topology is too large") != std::string::npos);
    CHECK(run.output.find("0 passed, 0 failed, 1 error") != std::string::npos);
}
