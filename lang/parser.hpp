#pragma once

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"

namespace nse::lang {

/// Parses one .nse file. Every syntax error goes to `sink` (name `syntax`,
/// with words a user knows: "expected a port number"); after an error the
/// parser resumes at the next top-level declaration, so one run reports the
/// errors of every declaration. Returns the declarations that parsed.
ast::File parse(const SourcePtr& source, DiagnosticSink& sink);

} // namespace nse::lang
