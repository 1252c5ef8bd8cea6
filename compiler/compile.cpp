#include "compiler/compile.hpp"

namespace nse::compiler {

std::optional<plan::Plan> compile(const std::vector<std::string>&, lang::DiagnosticSink&,
                                  const CompileOptions&) {
    return std::nullopt;
}

} // namespace nse::compiler
