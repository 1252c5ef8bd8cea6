#pragma once

#include "cli/commands.hpp"
#include "compiler/plan.hpp"
#include "lang/diagnostic.hpp"

#include <optional>
#include <string_view>

namespace nse::cli {

/// Compiles the command line's inputs and prints every diagnostic to stderr
/// (coloured on a terminal). Returns the plan, or nullopt after errors.
std::optional<plan::Plan> compile_inputs(const CompileArguments& arguments);

/// Prints the sink's diagnostics to stderr (coloured on a terminal) and, after
/// errors, "N errors found; <consequence>". Returns true when there were none.
bool print_diagnostics(const lang::DiagnosticSink& sink, std::string_view consequence);

/// True when this process can create network namespaces; otherwise prints
/// why not and what to do, for the commands that need them.
bool sandbox_available();

} // namespace nse::cli
