#pragma once

#include <string>
#include <vector>

namespace nse::cli {

/// The files named on the command line, with each directory replaced by the
/// .nse files under it (recursively, sorted so runs are reproducible).
/// Names that do not exist are kept, so that the compiler reports them.
std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments);

} // namespace nse::cli
