#include "report/junit_reporter.hpp"
#include "sample_run.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <regex>

namespace nse::report {
namespace {

constexpr const char* kSchema = NSE_SHARED_DIR "/schemas/junit-10.xsd";

std::string junit_output(const std::filesystem::path& path) {
    JunitReporter reporter(path);
    testing::replay(reporter);
    return testing::read_file(path);
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

TEST_CASE("The JUnit file validates against the junit-10 schema", "[report]") {
    testing::ScratchDirectory directory;
    auto path = directory.path() / "results.xml";
    junit_output(path);

    if (std::system("command -v xmllint >/dev/null 2>&1") != 0) {
        WARN("xmllint is not installed; schema validation skipped");
        return;
    }
    if (!std::filesystem::exists(kSchema)) {
        WARN("no schema at " << kSchema << "; schema validation skipped");
        return;
    }
    auto command = std::string("xmllint --noout --schema ") + kSchema + " " + path.string();
    CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("The JUnit file counts scenarios per run and per source file", "[report]") {
    testing::ScratchDirectory directory;
    auto xml = junit_output(directory.path() / "results.xml");

    CHECK(xml.find("<testsuites name=\"nse\" tests=\"6\" failures=\"3\" errors=\"1\" "
                   "time=\"0.452\">") != std::string::npos);
    CHECK(xml.find("<testsuite name=\"examples/web.nse\" tests=\"3\" failures=\"2\" "
                   "errors=\"0\" skipped=\"0\" time=\"0.034\"") != std::string::npos);
    CHECK(xml.find("<testsuite name=\"examples/routes.nse\" tests=\"3\" failures=\"1\" "
                   "errors=\"1\" skipped=\"1\" time=\"1.003\"") != std::string::npos);
    CHECK(occurrences(xml, "<testcase ") == 6);
    CHECK(std::regex_search(xml, std::regex(R"(timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")")));
}

TEST_CASE("A failed scenario's JUnit failure names the first failing packet", "[report]") {
    testing::ScratchDirectory directory;
    auto xml = junit_output(directory.path() / "results.xml");

    CHECK(xml.find("<testcase name=\"ssh blocked by policy\" classname=\"examples.web\" "
                   "time=\"0.013\">") != std::string::npos);
    CHECK(xml.find("<failure type=\"packet-fate\" message=\"packet 1: expected accept, observed "
                   "drop\">FAILED: ssh blocked by policy — examples/web.nse:20\n") !=
          std::string::npos);
    CHECK(xml.find("message=\"packet 2: expected accept, observed drop\"") != std::string::npos);
    CHECK(xml.find("dropped by: node server, table ip filter, chain services, rule &quot;udp "
                   "dport 53 drop&quot; at examples/web.nse:8:9") != std::string::npos);
}

TEST_CASE("JUnit marks errors and scenarios an interrupted run did not reach", "[report]") {
    testing::ScratchDirectory directory;
    auto xml = junit_output(directory.path() / "results.xml");

    CHECK(xml.find("<error type=\"scenario-error\" message=\"cannot create veth pair "
                   "client-server: Operation not permitted\">ERROR: broken setup") !=
          std::string::npos);
    CHECK(xml.find("<skipped message=\"not run: interrupted\"/>") != std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find("dns &lt;udp&gt; &amp; &quot;quotes&quot;") != std::string::npos);
}

TEST_CASE("The JUnit file appears whole, with no temporary file left", "[report]") {
    testing::ScratchDirectory scratch;
    const auto& directory = scratch.path();
    JunitReporter reporter(directory / "results.xml");
    testing::replay(reporter, false);
    CHECK_FALSE(std::filesystem::exists(directory / "results.xml"));
    CHECK(std::filesystem::exists(directory / "results.xml.tmp"));

    reporter.run_finished(testing::sample_summary());
    CHECK(std::filesystem::exists(directory / "results.xml"));
    CHECK_FALSE(std::filesystem::exists(directory / "results.xml.tmp"));
}

TEST_CASE("A JUnit path that is a directory fails when the run starts", "[report]") {
    testing::ScratchDirectory scratch;
    JunitReporter reporter(scratch.path());
    CHECK_THROWS_WITH(reporter.run_started(testing::sample_plan()),
                      Catch::StartsWith("cannot write " + scratch.path().string() + ":"));

    auto beside = scratch.path();
    beside += ".tmp";
    CHECK_FALSE(std::filesystem::exists(beside));
}

TEST_CASE("A JUnit path in a missing directory fails when the run starts", "[report]") {
    testing::ScratchDirectory scratch;
    auto path = scratch.path() / "missing" / "results.xml";
    JunitReporter reporter(path);
    CHECK_THROWS_WITH(reporter.run_started(testing::sample_plan()),
                      "cannot write " + path.string() + ": No such file or directory");
    CHECK(std::filesystem::is_empty(scratch.path()));
}

TEST_CASE("A JUnit file that cannot be renamed into place leaves no temporary file", "[report]") {
    testing::ScratchDirectory scratch;
    auto path = scratch.path() / "results.xml";
    JunitReporter reporter(path);
    testing::replay(reporter, false);

    // The target turns into a non-empty directory during the run.
    std::filesystem::create_directories(path / "inside");
    CHECK_THROWS_WITH(reporter.run_finished(testing::sample_summary()),
                      Catch::StartsWith("cannot write " + path.string() + ":"));
    CHECK_FALSE(std::filesystem::exists(scratch.path() / "results.xml.tmp"));
}

TEST_CASE("A JUnit reporter dropped before the run finishes removes its temporary file",
          "[report]") {
    testing::ScratchDirectory scratch;
    {
        JunitReporter reporter(scratch.path() / "results.xml");
        testing::replay(reporter, false);
    }
    CHECK(std::filesystem::is_empty(scratch.path()));
}

} // namespace
} // namespace nse::report
