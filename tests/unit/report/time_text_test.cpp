#include "report/time_text.hpp"

#include <catch2/catch.hpp>

#include <limits>

namespace nse::report {
namespace {

TEST_CASE("Seconds are written with three decimals and never an exponent", "[report]") {
    CHECK(seconds_text(452) == "0.452");
    CHECK(seconds_text(1e12) == "1000000000.000");
    CHECK(seconds_text(0.0004) == "0.000");
    CHECK(seconds_text(-5) == "0.000");
    CHECK(seconds_text(std::numeric_limits<double>::quiet_NaN()) == "0.000");
}

TEST_CASE("Times are written as ISO-8601 in UTC", "[report]") {
    auto epoch_plus_a_day = std::chrono::system_clock::time_point(std::chrono::hours(24));
    CHECK(iso8601_utc(epoch_plus_a_day) == "1970-01-02T00:00:00Z");
}

} // namespace
} // namespace nse::report
