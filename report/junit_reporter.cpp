#include "report/junit_reporter.hpp"

#include "report/failure_text.hpp"
#include "report/time_text.hpp"
#include "report/xml_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <system_error>
#include <unistd.h>

namespace nse::report {

namespace {

// "examples/web.nse" -> "examples.web": the dotted form CI tools group by.
std::string class_name(const std::string& file) {
    auto name = std::filesystem::path(file).replace_extension().generic_string();
    std::replace(name.begin(), name.end(), '/', '.');
    name.erase(0, name.find_first_not_of('.'));
    return name;
}

std::string host_name() {
    std::array<char, 256> name{};
    if (gethostname(name.data(), name.size() - 1) != 0)
        return "localhost";
    return name.data();
}

} // namespace

JunitReporter::JunitReporter(std::filesystem::path path) : path_(std::move(path)) {}

JunitReporter::~JunitReporter() {
    discard_temporary();
}

void JunitReporter::fail(std::error_code error) {
    discard_temporary();
    throw std::system_error(error, "cannot write " + path_.string());
}

void JunitReporter::open_temporary() {
    discard_temporary();

    // Opening `path.tmp` would succeed beside a directory, and the rename
    // at the end fail: refuse a directory now.
    std::error_code error;
    if (std::filesystem::is_directory(path_, error))
        fail(std::make_error_code(std::errc::is_a_directory));

    temporary_ = path_;
    temporary_ += ".tmp";
    errno = 0;
    out_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!out_.is_open()) {
        int code = errno != 0 ? errno : EIO;
        temporary_.clear(); // it was not created
        fail({code, std::generic_category()});
    }
}

void JunitReporter::discard_temporary() noexcept {
    if (out_.is_open())
        out_.close();
    out_.clear();
    if (temporary_.empty())
        return;
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    temporary_.clear();
}

void JunitReporter::run_started(const plan::Plan& plan) {
    open_temporary();
    started_ = std::chrono::system_clock::now();
    cases_.clear();
    for (const auto& scenario : plan.scenarios) {
        Case entry;
        entry.name = scenario.name;
        entry.file = scenario.where.file;
        cases_.push_back(std::move(entry));
    }
}

void JunitReporter::scenario_finished(const plan::Scenario& scenario,
                                      const runtime::ScenarioResult& result) {
    // An index outside the plan would be the runner's bug; the scenario then
    // stays "not run" rather than overwriting another one.
    if (result.index >= cases_.size())
        return;

    auto& entry = cases_[result.index];
    entry.finished = true;
    entry.status = result.status;
    entry.duration_ms = result.duration_ms;
    if (result.status != runtime::ScenarioStatus::passed) {
        entry.message = failure_summary(result);
        entry.details = failure_block(scenario, result);
    }
}

void JunitReporter::run_finished(const runtime::RunSummary& summary) {
    if (temporary_.empty())
        open_temporary();

    auto text = document(summary);
    errno = 0;
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    out_.close();
    if (!out_)
        fail({errno != 0 ? errno : EIO, std::generic_category()});

    std::error_code error;
    std::filesystem::rename(temporary_, path_, error);
    if (error)
        fail(error);
    temporary_.clear();
}

JunitReporter::Counts JunitReporter::counts(const std::string* file) const {
    Counts counts;
    for (const auto& entry : cases_) {
        if (file && entry.file != *file)
            continue;
        ++counts.tests;
        counts.duration_ms += entry.duration_ms;
        if (!entry.finished)
            ++counts.skipped;
        else if (entry.status == runtime::ScenarioStatus::failed)
            ++counts.failures;
        else if (entry.status == runtime::ScenarioStatus::error)
            ++counts.errors;
    }
    return counts;
}

std::string JunitReporter::document(const runtime::RunSummary& summary) const {
    auto total = counts(nullptr);
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += fmt::format(
        "<testsuites name=\"nse\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{}\">\n",
        total.tests, total.failures, total.errors, seconds_text(summary.duration_ms));

    // Files in the order they first appear in the plan.
    std::vector<std::string> files;
    for (const auto& entry : cases_) {
        if (std::find(files.begin(), files.end(), entry.file) == files.end())
            files.push_back(entry.file);
    }

    auto timestamp = iso8601_utc(started_);
    auto host = xml_attribute(host_name());
    auto skip_message = summary.interrupted ? "not run: interrupted" : "not run";
    for (const auto& file : files) {
        auto suite = counts(&file);
        xml += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" "
                           "skipped=\"{}\" time=\"{}\" timestamp=\"{}\" hostname=\"{}\">\n",
                           xml_attribute(file), suite.tests, suite.failures, suite.errors,
                           suite.skipped, seconds_text(suite.duration_ms), timestamp, host);
        for (const auto& entry : cases_) {
            if (entry.file == file)
                xml += testcase(entry, skip_message);
        }
        xml += "  </testsuite>\n";
    }
    return xml + "</testsuites>\n";
}

std::string JunitReporter::testcase(const Case& entry, std::string_view skip_message) {
    auto open = fmt::format(R"(    <testcase name="{}" classname="{}" time="{}")",
                            xml_attribute(entry.name), xml_attribute(class_name(entry.file)),
                            seconds_text(entry.duration_ms));
    if (!entry.finished)
        return open +
               fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n", skip_message);
    if (entry.status == runtime::ScenarioStatus::passed)
        return open + "/>\n";

    bool failed = entry.status == runtime::ScenarioStatus::failed;
    return open + fmt::format(">\n      <{0} type=\"{1}\" message=\"{2}\">{3}</{0}>\n"
                              "    </testcase>\n",
                              failed ? "failure" : "error",
                              failed ? "packet-fate" : "scenario-error",
                              xml_attribute(entry.message), xml_text(entry.details));
}

} // namespace nse::report
