#pragma once

#include <chrono>
#include <string>

// Times as reports write them.
namespace nse::report {

/// ISO-8601 in UTC with whole seconds: "2024-05-01T12:34:56Z".
std::string iso8601_utc(std::chrono::system_clock::time_point time);

/// Milliseconds as seconds with three decimals and no exponent ("0.450"),
/// the form JUnit's time attributes accept. Negative or non-finite input
/// gives "0.000".
std::string seconds_text(double milliseconds);

} // namespace nse::report
