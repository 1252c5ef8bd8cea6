#pragma once

#include "cli/commands.hpp"
#include "compiler/plan.hpp"

#include <optional>

namespace nse::cli {

/// Compiles the command line's inputs and prints every diagnostic to stderr
/// (coloured on a terminal). Returns the plan, or nullopt after errors.
std::optional<plan::Plan> compile_inputs(const CompileArguments& arguments);

/// True when this process can create network namespaces; otherwise prints
/// why not and what to do, for the commands that need them.
bool sandbox_available();

} // namespace nse::cli
