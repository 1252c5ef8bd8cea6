// The host's own network must never be touched: a run creates every link,
// address, route, ruleset and sysctl inside namespaces of its own.
#include "process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using nse::test::run_nse;
using nse::test::run_shell;

namespace {

// Counters that the kernel changes on its own, not configuration.
bool is_counter(const std::filesystem::path& path) {
    auto name = path.filename().string();
    return name == "nf_conntrack_count" || name == "stable_secret";
}

std::string sysctls_under(const std::string& root) {
    std::ostringstream out;
    std::error_code error;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root, error)) {
        if (!entry.is_regular_file() || is_counter(entry.path()))
            continue;
        std::ifstream file(entry.path());
        std::ostringstream value;
        value << file.rdbuf();
        if (file)
            out << entry.path().string() << " = " << value.str();
    }
    return out.str();
}

std::string host_state() {
    std::string state;
    for (const char* command :
         {"ip -d -o link show", "ip -o address show", "ip route show table all",
          "ip -6 route show table all", "ip rule show", "nft list ruleset", "ls -a /run/netns"})
        state += std::string("$ ") + command + "\n" + run_shell(command).output;
    return state + sysctls_under("/proc/sys/net");
}

} // namespace

TEST_CASE("the host's links, addresses, routes, ruleset and sysctls are the same after a run",
          "[integration][root]") {
    auto before = host_state();
    auto run = run_nse("run " + std::string(NSE_SOURCE_DIR) + "/examples --colour never");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    auto after = host_state();

    REQUIRE(before.size() > 1000); // the snapshot really read the host's state
    CHECK(before == after);
}
