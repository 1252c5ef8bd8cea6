#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace nse::test {

/// Compares `actual` with the golden file tests/data/<name>; with
/// NSE_UPDATE_GOLDEN=1 in the environment, rewrites the file instead.
inline void check_golden(const std::string& name, const std::string& actual) {
    auto path = std::string(NSE_TEST_DATA_DIR) + "/" + name;
    if (const char* update = std::getenv("NSE_UPDATE_GOLDEN");
        update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path);
        return;
    }

    std::ifstream in(path, std::ios::binary);
    INFO("golden file " << path << " (regenerate with NSE_UPDATE_GOLDEN=1)");
    REQUIRE(in);
    std::stringstream expected;
    expected << in.rdbuf();
    CHECK(actual == expected.str());
}

} // namespace nse::test
