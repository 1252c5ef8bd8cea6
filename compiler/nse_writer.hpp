#pragma once

#include "lang/ast.hpp"

#include <string>
#include <string_view>

namespace nse::compiler {

/// Writes a syntax tree as .nse text in the house layout: two-space
/// indentation, one blank line between declarations and between a scenario's
/// set-up and its packets, ruleset bodies re-indented under their braces.
/// `header` (may be empty) becomes a `#` comment block at the top. Used by
/// `nse convert` for YAML suites; any tree a front end builds can be written.
/// Writing never fails; a tree the parser could not have built (a scenario
/// name with a newline, a flags word without letters) is written as is.
std::string write_nse(const lang::ast::File& file, std::string_view header = {});

} // namespace nse::compiler
