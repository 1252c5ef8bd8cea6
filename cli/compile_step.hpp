#pragma once

#include "cli/commands.hpp"
#include "compiler/plan.hpp"
#include "lang/diagnostic.hpp"

#include <optional>
#include <string_view>

namespace nse::cli {

/// Whether to colour what goes to file descriptor `fd`, given the --colour
/// choice: "always", "never", or "auto" (a terminal, and NO_COLOR unset).
bool colour_wanted(std::string_view choice, int fd);

/// Compiles the command line's inputs and prints every diagnostic to stderr
/// (coloured as arguments.colour says). Returns the plan, or nullopt after
/// errors.
std::optional<plan::Plan> compile_inputs(const CompileArguments& arguments);

/// Prints the sink's diagnostics to stderr and, after errors, "N errors
/// found; <consequence>". Returns true when there were none.
bool print_diagnostics(const lang::DiagnosticSink& sink, std::string_view consequence, bool colour);

/// True when this process can create network namespaces; otherwise prints
/// why not and what to do, for the commands that need them.
bool sandbox_available();

} // namespace nse::cli
