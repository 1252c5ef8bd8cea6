#pragma once

#include "source.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nse::lang {

enum class Severity { error, warning };

/// A related place shown under a diagnostic ("note: first defined here").
struct Note {
    std::string message;
    std::optional<SourceRange> where;
};

/// One finding of a compiler pass. Passes build these and hand them to a
/// DiagnosticSink; they never print. `name` is the stable kebab-case id from
/// the catalogue in diagnostic_names.hpp.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string_view name;
    SourceRange where;
    std::string message;
    std::vector<Note> notes;
    std::vector<std::string> hints;
};

/// Collects the diagnostics of a compilation, in the order they were found.
class DiagnosticSink {
public:
    void report(Diagnostic diagnostic);

    /// Shorthand for the common case: an error with a message at a span.
    Diagnostic& error(std::string_view name, SourceRange where, std::string message);

    bool has_errors() const { return error_count_ > 0; }
    int error_count() const { return error_count_; }
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
    int error_count_ = 0;
};

/// Renders a diagnostic the way compilers do:
///   file:line:col: error: message [name]
///     12 |   send tcp a -> b:99999
///        |                   ^~~~~
///   note: ...
///   hint: ...
/// With `colour`, severity words and the caret are coloured with ANSI codes.
std::string render(const Diagnostic& diagnostic, bool colour);

} // namespace nse::lang
