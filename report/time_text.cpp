#include "report/time_text.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <cmath>
#include <ctime>

namespace nse::report {

std::string iso8601_utc(std::chrono::system_clock::time_point time) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", utc);
}

std::string seconds_text(double milliseconds) {
    if (!std::isfinite(milliseconds) || milliseconds < 0)
        milliseconds = 0;
    return fmt::format("{:.3f}", milliseconds / 1000.0);
}

} // namespace nse::report
