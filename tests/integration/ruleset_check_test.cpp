// Checking rulesets with the real nftables at compile time.
#include "process.hpp"

#include <catch2/catch.hpp>

using nse::test::run_nse;
using nse::test::TempDir;

TEST_CASE("a file with CRLF line endings runs, and its nft errors keep their columns",
          "[integration][root]") {
    TempDir dir;
    auto good = dir.write("crlf.nse", "import std.topologies\r\n"
                                      "ruleset web {\r\n"
                                      "  table ip filter {\r\n"
                                      "    chain input {\r\n"
                                      "      type filter hook input priority 0; policy drop;\r\n"
                                      "      tcp dport 80 accept\r\n"
                                      "    }\r\n"
                                      "  }\r\n"
                                      "}\r\n"
                                      "scenario \"crlf\" {\r\n"
                                      "  topology pair\r\n"
                                      "  load web on server\r\n"
                                      "  send tcp client -> server:80 expect accept\r\n"
                                      "  send tcp client -> server:22 expect drop\r\n"
                                      "}\r\n");
    auto run = run_nse("run --colour never " + good);
    INFO(run.output);
    CHECK(run.exit_code == 0);

    auto bad = dir.write("crlf_bad.nse", "ruleset typo {\r\n"
                                         "  table ip filter {\r\n"
                                         "    chain input {\r\n"
                                         "      tcp dport 80 acept\r\n"
                                         "    }\r\n"
                                         "  }\r\n"
                                         "}\r\n");
    auto check = run_nse("check " + bad);
    INFO(check.output);
    CHECK(check.exit_code == 2);
    CHECK(check.output.find(bad + ":4:26: error: nftables: syntax error") != std::string::npos);
}

TEST_CASE("a ruleset may not use the name of nse's own trace table", "[integration][root]") {
    TempDir dir;
    auto file = dir.write("reserved.nse", "ruleset r {\n"
                                          "  table inet nse_trace {\n"
                                          "    chain c { type filter hook input priority 0; }\n"
                                          "  }\n"
                                          "}\n");
    auto check = run_nse("check " + file);
    INFO(check.output);
    CHECK(check.exit_code == 2);
    CHECK(check.output.find("defines table inet nse_trace, a name nse keeps for its own trace "
                            "table") != std::string::npos);
}
