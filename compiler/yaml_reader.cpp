#include "compiler/yaml_reader.hpp"

#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace nse::compiler::yaml {

namespace diag = lang::diag;

namespace {

void count_nodes(const YAML::Node& node, std::size_t limit, std::size_t& count) {
    if (++count > limit)
        return;
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end() && count <= limit; ++it) {
            count_nodes(it->first, limit, count);
            count_nodes(it->second, limit, count);
        }
    } else if (node.IsSequence()) {
        for (auto it = node.begin(); it != node.end() && count <= limit; ++it)
            count_nodes(*it, limit, count);
    }
}

} // namespace

std::vector<YAML::Node> items_of(const YAML::Node& sequence) {
    std::vector<YAML::Node> items;
    for (const auto& item : sequence)
        items.emplace_back(item);
    return items;
}

std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return "a list";
    case YAML::NodeType::Map:
        return "a map";
    case YAML::NodeType::Scalar:
        return fmt::format("'{}'", node.Scalar());
    default:
        return "nothing";
    }
}

std::size_t expanded_size(const YAML::Node& node, std::size_t limit) {
    std::size_t count = 0;
    count_nodes(node, limit, count);
    return count;
}

lang::Diagnostic& Reader::error(std::string_view name, lang::Span span, std::string message) {
    return sink_.error(name, range(span), std::move(message));
}

lang::Span Reader::span_of(const Entry& entry) const {
    if (!entry.value.IsDefined() || entry.value.IsNull())
        return spans_.span_of(entry.key);
    return spans_.span_of(entry.value);
}

lang::Span Reader::head_of(const YAML::Node& map) const {
    if (map.IsMap() && map.size() > 0 &&
        spans_.span_of(map).begin == spans_.span_of(map.begin()->first).begin)
        return spans_.span_of(map.begin()->first);
    return spans_.span_of(map);
}

void Reader::wrong_type(const Entry& entry, std::string_view key, std::string_view expected) {
    error(diag::kYamlType, span_of(entry),
          fmt::format("'{}' must be {}, found {}", key, expected, describe(entry.value)));
}

std::optional<std::string> Reader::text(const Entry& entry, std::string_view key,
                                        std::string_view expected) {
    if (entry.value.IsScalar())
        return entry.value.Scalar();
    wrong_type(entry, key, expected);
    return std::nullopt;
}

std::optional<Entries> Reader::entries(const YAML::Node& map, lang::Span where,
                                       std::string_view name, const Schema& schema) {
    if (!map.IsMap()) {
        error(diag::kYamlType, where,
              fmt::format("{} must be {} (a map of keys), found {}", name, schema.what,
                          describe(map)));
        return std::nullopt;
    }

    Entries entries;
    for (auto it = map.begin(); it != map.end(); ++it) {
        auto key_span = spans_.span_of(it->first);
        if (!it->first.IsScalar()) {
            error(diag::kYamlType, key_span,
                  fmt::format("a key must be a word, found {}", describe(it->first)));
            continue;
        }
        const auto& key = it->first.Scalar();
        if (std::find(schema.known.begin(), schema.known.end(), key) == schema.known.end()) {
            auto& unknown = error(diag::kYamlUnknownKey, key_span,
                                  fmt::format("unknown key '{}' in {}", key, schema.what));
            if (key == "<<")
                unknown.hints.push_back("YAML merge keys are not supported: write the keys out");
            else
                unknown.hints.push_back(
                    fmt::format("{} has: {}", schema.what, fmt::join(schema.known, ", ")));
            continue;
        }
        auto [first, fresh] = entries.try_emplace(key, Entry{it->first, it->second});
        if (!fresh)
            error(diag::kYamlDuplicateKey, key_span,
                  fmt::format("'{}' is given twice in {}", key, name))
                .notes.push_back({"given first here", range(spans_.span_of(first->second.key))});
    }

    for (auto required : schema.required) {
        if (!entries.contains(required))
            error(diag::kYamlMissingKey, where, fmt::format("{} has no '{}'", name, required));
    }
    return entries;
}

} // namespace nse::compiler::yaml
