#pragma once

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"

#include <string_view>

// The front end for the original tool's suites (NetworkSandboxEngine's
// `nse-runner --file suite.yaml`). A suite becomes the .nse file it stands
// for, so every later pass (scope, ruleset check, lowering) treats it like
// one and its errors point into the YAML. docs/yaml-suites.md describes the
// format and the choices made where the original tool's were unknown.
namespace nse::compiler {

/// True for the names suites are read from: `.yaml`, `.yml` and `.json`
/// (JSON is YAML to the reader).
bool is_yaml_suite(std::string_view path);

/// Reads a suite: a `tests:` list, or a bare list of tests. Returns a file of
/// `import std.topologies`, then per test a ruleset and a scenario on `pair`
/// (for `simple`) or `gateway`, one `send` per packet. Every node's span
/// points into `source`. Every problem found is reported to `sink` (all of
/// them, not only the first); the returned file is then incomplete and must
/// not be compiled further.
lang::ast::File parse_yaml_suite(const lang::SourcePtr& source, lang::DiagnosticSink& sink);

} // namespace nse::compiler
