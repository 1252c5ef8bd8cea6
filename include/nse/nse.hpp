#pragma once

// nse as a C++ library: compile scenario files to a plan, run the plan.
//
//   nse::lang::DiagnosticSink sink;
//   auto plan = nse::compiler::compile({"web.nse"}, sink);   // .nse or YAML
//   for (const auto& d : sink.diagnostics())
//       std::cerr << nse::lang::render(d, false);
//   if (plan) {
//       std::atomic<bool> stop{false};
//       auto summary = nse::runtime::run(*plan, {}, [](const auto& scenario, const auto& result) {
//           std::cout << scenario.name << ": " << nse::runtime::to_string(result.status) << '\n';
//       }, stop);
//   }
//
// Compiling checks rulesets and running scenarios both create network
// namespaces, so both need root (or CAP_SYS_ADMIN and CAP_NET_ADMIN); pass
// CompileOptions{false} to compile without. Link with `nse::nse` after
// `find_package(nse)`.

#include "compiler/compile.hpp"
#include "compiler/plan.hpp"
#include "compiler/plan_json.hpp"
#include "lang/diagnostic.hpp"
#include "runtime/result.hpp"
#include "runtime/run.hpp"
