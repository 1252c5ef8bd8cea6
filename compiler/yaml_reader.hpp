#pragma once

#include "compiler/yaml_span.hpp"
#include "lang/diagnostic.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The checks every part of a YAML suite needs: a map's keys known and given
// once, values of the right kind, each finding reported at its place.
namespace nse::compiler::yaml {

/// One key of a YAML map and its value (a null node when left empty).
struct Entry {
    YAML::Node key;
    YAML::Node value;
};

using Entries = std::map<std::string, Entry, std::less<>>;

/// A map's keys as a suite allows them: which exist, which must be given.
struct Schema {
    std::string_view what; // "a test", "a packet": for messages
    std::span<const std::string_view> known;
    std::span<const std::string_view> required;
};

/// Reads the nodes of one YAML file and reports what is wrong with them to a
/// sink, with spans into that file.
class Reader {
public:
    Reader(lang::SourcePtr source, lang::DiagnosticSink& sink)
        : source_(source), spans_(std::move(source)), sink_(sink) {}

    const SpanFinder& spans() const { return spans_; }

    lang::Diagnostic& error(std::string_view name, lang::Span span, std::string message);

    /// The entries of `map`, described as `name` in messages ("test 2").
    /// Reports an unknown, repeated or non-text key, and each required key
    /// that is missing (at `where`). nullopt when `map` is not a map at all.
    std::optional<Entries> entries(const YAML::Node& map, lang::Span where, std::string_view name,
                                   const Schema& schema);

    /// A scalar entry's text; reports that `key` must be `expected` ("text",
    /// "a port number") and returns nullopt when it is a list, map or empty.
    std::optional<std::string> text(const Entry& entry, std::string_view key,
                                    std::string_view expected);

    /// Reports that `key`'s value is not `expected`.
    void wrong_type(const Entry& entry, std::string_view key, std::string_view expected);

    /// Where an entry's value lies; its key's place when the value is empty.
    lang::Span span_of(const Entry& entry) const;

    /// Where a map starts, for what concerns it as a whole: its first key.
    lang::Span head_of(const YAML::Node& map) const;

private:
    lang::SourceRange range(lang::Span span) const { return {source_, span}; }

    lang::SourcePtr source_;
    SpanFinder spans_;
    lang::DiagnosticSink& sink_;
};

/// The items of a sequence node, in order.
std::vector<YAML::Node> items_of(const YAML::Node& sequence);

/// How a node is named in "found ..." messages: "a list", "'http'".
std::string describe(const YAML::Node& node);

/// How many nodes a walk of `node` visits, counting an anchored node again at
/// each alias of it, but counting no further than `limit` + 1. Nested aliases
/// ("billion laughs") expand a few lines into billions of nodes; this measures
/// them in time proportional to `limit`, before anything walks them in full.
std::size_t expanded_size(const YAML::Node& node, std::size_t limit);

} // namespace nse::compiler::yaml
