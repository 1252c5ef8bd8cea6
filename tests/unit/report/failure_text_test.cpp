#include "report/failure_text.hpp"
#include "sample_run.hpp"

#include <catch2/catch.hpp>

namespace nse::report {
namespace {

runtime::TraceStep rule_step() {
    runtime::TraceStep step;
    step.node = "server";
    step.family = "ip";
    step.table = "filter";
    step.chain = "input";
    step.hook = "input";
    step.kind = "rule";
    step.verdict = "accept";
    step.handle = 3;
    step.rule_text = "tcp dport 80 accept";
    step.where = plan::SourcePoint{"web.nse", 9, 0};
    return step;
}

TEST_CASE("A trace step reads as place, rule and verdict", "[report]") {
    CHECK(describe(rule_step()) ==
          "server ip filter input (input): rule handle 3 \"tcp dport 80 accept\" at web.nse:9 "
          "-> accept");

    auto policy = rule_step();
    policy.kind = "policy";
    policy.verdict = "drop";
    CHECK(describe(policy) == "server ip filter input (input): policy -> drop");
    CHECK(describe_decisive(policy) ==
          "node server, hook input, table ip filter, chain input, policy drop");
}

TEST_CASE("A decisive rule without source text is named by its handle", "[report]") {
    auto step = rule_step();
    step.rule_text.clear();
    step.where.reset();
    step.hook.clear();
    CHECK(describe_decisive(step) == "node server, table ip filter, chain input, rule handle 3");
}

TEST_CASE("A failure summary names the first failing packet or the error", "[report]") {
    auto results = testing::sample_results();
    CHECK(failure_summary(results[1]) == "packet 2: expected accept, observed drop");
    CHECK(failure_summary(results[3]) == "packet 1: expected accept, observed lost");
    CHECK(failure_summary(results[4]) ==
          "cannot create veth pair client-server: Operation not permitted\x01");
    CHECK(failure_block(testing::sample_plan().scenarios[0], results[0]).empty());
}

TEST_CASE("A packet result outside the plan is named but not described", "[report]") {
    runtime::PacketResult result;
    result.index = 9;
    CHECK(packet_heading(testing::sample_plan().scenarios[0], result) ==
          "packet 10 (not in the plan)");
}

} // namespace
} // namespace nse::report
