#pragma once

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nse::compiler {

/// One parsed file and the modules it imports directly.
struct Module {
    lang::SourcePtr source;
    lang::ast::File ast;
    std::vector<const Module*> imports;
};

/// Reads and parses files and, transitively, what they import: stdlib
/// modules (`import std.topologies`, built into nse) and files (`import
/// "x.nse"`, relative to the importing file). Each module is loaded once.
class ModuleLoader {
public:
    explicit ModuleLoader(lang::DiagnosticSink& sink) : sink_(sink) {}

    /// Loads a file named on the command line: a .nse file, or a suite of the
    /// original tool (.yaml, .yml, .json; see yaml_suite.hpp). Null when it
    /// cannot be read.
    const Module* load_file(const std::string& path);

    /// Reads a file's text, or reports why not at `where` (no position for
    /// files named on the command line) and returns null.
    lang::SourcePtr read(const std::string& path, const lang::SourceRange& where);

private:
    const Module* load(const std::string& key, const lang::SourcePtr& source,
                       lang::ast::File parsed);
    const Module* resolve_import(const Module& importer, const lang::ast::Import& import);

    lang::DiagnosticSink& sink_;
    std::map<std::string, std::unique_ptr<Module>> modules_;
    std::vector<std::string> loading_; // the import chain being loaded, for cycles
};

} // namespace nse::compiler
