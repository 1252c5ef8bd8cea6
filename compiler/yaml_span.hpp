#pragma once

#include "lang/source.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <string>
#include <vector>

// Where yaml-cpp's nodes lie in the file they were read from. yaml-cpp gives
// each node only the mark (line and column) where it starts; the ends, and
// where each line of a scalar's value starts, are found here by scanning the
// source text, so that diagnostics can underline YAML values like .nse code.
namespace nse::compiler::yaml {

/// A scalar's value together with the file offset of each of its lines, for
/// nftables text whose `line:col` must map back onto the YAML file.
struct MappedText {
    std::string text;
    lang::Span span;                         // the value, without quotes or block header
    std::vector<std::uint32_t> line_offsets; // file offset of each value line's first byte
};

/// Spans of the nodes of one YAML document read from `source`.
class SpanFinder {
public:
    explicit SpanFinder(lang::SourcePtr source) : source_(std::move(source)) {}

    /// The byte offset of a yaml-cpp mark.
    std::uint32_t offset_of(const YAML::Mark& mark) const;

    /// The bytes a node was written as: a scalar with its quotes or its block
    /// header and lines, a collection from its first to its last character.
    /// A null node (a key with no value) has an empty span where yaml-cpp put
    /// its mark; callers point at its key instead.
    lang::Span span_of(const YAML::Node& node) const;

    /// A scalar's value and where its lines lie. Exact for literal block
    /// scalars (`|`) and for scalars written on one line (escapes in a quoted
    /// one shift later columns by the bytes they save). Folded (`>`) and
    /// multi-line flow scalars join source lines, so each of their value lines
    /// is mapped to the scalar's first line.
    MappedText mapped_text(const YAML::Node& scalar) const;

private:
    std::uint32_t scalar_end(std::uint32_t begin, const std::string& value) const;
    std::uint32_t collection_end(const YAML::Node& node, std::uint32_t begin) const;

    lang::SourcePtr source_;
};

} // namespace nse::compiler::yaml
