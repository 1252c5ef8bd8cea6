#include "report/json_reporter.hpp"

#include "report/json_result.hpp"
#include "report/time_text.hpp"

#include <cerrno>
#include <chrono>
#include <system_error>

namespace nse::report {

namespace {

constexpr int kResultsVersion = 1;

std::string compact(const nlohmann::ordered_json& value) {
    return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace

JsonReporter::JsonReporter(std::filesystem::path path, std::string nse_version)
    : path_(std::move(path)), nse_version_(std::move(nse_version)) {}

void JsonReporter::write(std::string_view text) {
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    out_.flush();
    if (!out_)
        throw std::system_error(errno, std::generic_category(), "cannot write " + path_.string());
}

void JsonReporter::run_started(const plan::Plan& /*plan*/) {
    out_.close();
    out_.clear();
    errno = 0;
    out_.open(path_, std::ios::binary | std::ios::trunc);
    if (!out_.is_open())
        throw std::system_error(errno != 0 ? errno : EIO, std::generic_category(),
                                "cannot write " + path_.string());
    written_ = 0;

    // The head is written by hand because the document stays open: the
    // "scenarios" array is filled while the run goes on.
    nlohmann::ordered_json head = {{"schema", "nse-results"},
                                   {"version", kResultsVersion},
                                   {"nse_version", nse_version_},
                                   {"started", iso8601_utc(std::chrono::system_clock::now())}};
    std::string text = compact(head);
    text.pop_back(); // the closing '}'
    write(text + ",\"scenarios\":[");
}

void JsonReporter::scenario_finished(const plan::Scenario& scenario,
                                     const runtime::ScenarioResult& result) {
    // The comma goes before a scenario, not after, so the file is one "]}"
    // away from valid JSON after every scenario.
    write((written_ == 0 ? "\n" : ",\n") + compact(to_json(scenario, result)));
    ++written_;
}

void JsonReporter::run_finished(const runtime::RunSummary& summary) {
    write("\n],\"summary\":" + compact(to_json(summary)) + "}\n");
    out_.close();
}

} // namespace nse::report
