#pragma once

#include <map>
#include <string>

namespace nse::stdlib {

/// The stdlib's modules, by name ("topologies" for `import std.topologies`),
/// with their .nse source text. Built into the binary from stdlib/*.nse.
const std::map<std::string, std::string, std::less<>>& modules();

} // namespace nse::stdlib
