#pragma once

#include "lang/source.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace nse::compiler {

/// nftables text as a front end found it, and where each of its lines starts
/// in the file it came from, so that nft's `line:col` inside the text becomes
/// a position in the user's file. Inline .nse bodies, .nft files and YAML
/// block scalars (whose indentation is gone from the text) all fit.
struct RulesetSource {
    std::string name;
    lang::SourceRange declared_at;           // the declaration, for errors about the whole ruleset
    std::string text;                        // what nft loads
    lang::SourcePtr file;                    // the file the text lives in
    std::vector<std::uint32_t> line_offsets; // file offset of each text line's first byte
    std::string include_directory;

    /// Where `text` offset `offset` lies in the file.
    std::uint32_t file_offset(std::size_t offset) const;

    /// Where 1-based `line` and `column` of the text lie in the file.
    std::uint32_t file_offset(int line, int column) const;

    /// A source for text that is a verbatim slice of `file` starting at
    /// `begin` (an inline body or a whole .nft file).
    static RulesetSource verbatim(std::string name, lang::SourceRange declared_at,
                                  lang::SourcePtr file, std::uint32_t begin, std::uint32_t end);

    /// A source for text whose lines start at `line_offsets` in `file` but
    /// which is not a slice of it (a YAML block scalar, without indentation).
    static RulesetSource mapped(std::string name, lang::SourceRange declared_at,
                                lang::SourcePtr file, std::string text,
                                std::vector<std::uint32_t> line_offsets);
};

} // namespace nse::compiler
