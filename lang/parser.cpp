#include "lang/parser.hpp"

namespace nse::lang {

ast::File parse(const SourcePtr&, DiagnosticSink&) {
    return {};
}

} // namespace nse::lang
