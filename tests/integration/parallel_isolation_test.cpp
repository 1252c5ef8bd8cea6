// Scenarios with identical addresses run side by side, each in namespaces of
// its own: one scenario's ruleset must never decide another's packets.
#include "compiler/compile.hpp"
#include "process.hpp"
#include "runtime/run.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <atomic>

using namespace nse;

namespace {

std::string twin_scenarios(int count) {
    std::string text = R"(import std.topologies
ruleset ssh_open {
  table ip filter {
    chain input { type filter hook input priority 0; policy drop
      tcp dport 22 accept
    }
  }
}
ruleset ssh_closed {
  table ip filter {
    chain input { type filter hook input priority 0; policy accept
      tcp dport 22 drop
    }
  }
}
)";
    for (int i = 0; i < count; ++i) {
        bool open = i % 2 == 0;
        text += fmt::format(R"(scenario "twin {}" {{
  topology pair
  load {} on server
  send tcp client -> server:22 expect {}
  send tcp client -> server:23 expect {}
  send ip6 tcp client -> server:22 expect accept
}}
)",
                            i, open ? "ssh_open" : "ssh_closed", open ? "accept" : "drop",
                            open ? "drop" : "accept");
    }
    return text;
}

} // namespace

TEST_CASE("scenarios with identical addresses pass side by side", "[integration][root]") {
    test::TempDir dir;
    auto file = dir.write("twins.nse", twin_scenarios(24));
    lang::DiagnosticSink sink;
    auto plan = compiler::compile({file}, sink);
    REQUIRE_FALSE(sink.has_errors());
    REQUIRE(plan->scenarios.size() == 24);

    std::atomic<bool> stop{false};
    std::vector<std::string> failures;
    runtime::RunOptions options;
    options.jobs = 4;
    auto summary = runtime::run(
        *plan, options,
        [&](const plan::Scenario& scenario, const runtime::ScenarioResult& result) {
            if (result.status != runtime::ScenarioStatus::passed)
                failures.push_back(scenario.name + ": " + result.error);
        },
        stop);

    INFO(fmt::format("{}", fmt::join(failures, "\n")));
    CHECK(failures.empty());
    CHECK(summary.passed == 24);
}

TEST_CASE("a stop request leaves the remaining scenarios not run", "[integration][root]") {
    test::TempDir dir;
    auto file = dir.write("twins.nse", twin_scenarios(8));
    lang::DiagnosticSink sink;
    auto plan = compiler::compile({file}, sink);
    REQUIRE(plan);

    std::atomic<bool> stop{false};
    std::size_t finished = 0;
    runtime::RunOptions options;
    options.jobs = 1;
    auto summary = runtime::run(
        *plan, options,
        [&](const plan::Scenario&, const runtime::ScenarioResult&) {
            ++finished;
            stop.store(true);
        },
        stop);

    CHECK(finished >= 1);
    CHECK(finished < 8);
    CHECK(summary.not_run == 8 - finished);
    CHECK(summary.interrupted);
}

TEST_CASE("an exception from the callback stops the run and reaches the caller",
          "[integration][root]") {
    test::TempDir dir;
    auto file = dir.write("twins.nse", twin_scenarios(6));
    lang::DiagnosticSink sink;
    auto plan = compiler::compile({file}, sink);
    REQUIRE(plan);

    std::atomic<bool> stop{false};
    std::size_t calls = 0;
    runtime::RunOptions options;
    options.jobs = 2;
    auto throwing = [&](const plan::Scenario&, const runtime::ScenarioResult&) {
        ++calls;
        throw std::runtime_error("reporter broke");
    };
    CHECK_THROWS_WITH(runtime::run(*plan, options, throwing, stop), "reporter broke");
    CHECK(calls == 1);
}
