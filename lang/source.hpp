#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nse::lang {

/// A half-open byte range [begin, end) into one source file's text.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

/// A 1-based line and column (columns count bytes).
struct Location {
    int line = 0;
    int column = 0;
};

/// The text of one input file, with the index needed to turn byte offsets into
/// line:column positions. Immutable once built; shared by every diagnostic
/// and AST node that points into it.
class SourceFile {
public:
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }

    /// Line and column of a byte offset; offsets past the end map to the end.
    Location location_of(std::uint32_t offset) const;

    /// Byte offset of a 1-based line and column, clamped to the text.
    std::uint32_t offset_of(Location location) const;

    /// The text of a 1-based line, without its newline; empty when out of range.
    std::string_view line_text(int line) const;

    int line_count() const { return static_cast<int>(line_starts_.size()); }

private:
    std::string path_;
    std::string text_;
    std::vector<std::uint32_t> line_starts_;
};

using SourcePtr = std::shared_ptr<const SourceFile>;

/// A span inside a particular file: what a diagnostic points at.
struct SourceRange {
    SourcePtr file;
    Span span;
};

} // namespace nse::lang
