#include "cli/output_paths.hpp"

#include "cli/inputs.hpp"

#include <fmt/format.h>

#include <system_error>

namespace nse::cli {

namespace fs = std::filesystem;

namespace {

// The absolute, normalized form of `path`, resolving the links that exist.
fs::path normalized(const fs::path& path) {
    // weakly_canonical leaves a relative path relative when no part of it
    // exists, so it gets an absolute one.
    std::error_code error;
    auto absolute = fs::absolute(path, error);
    if (error)
        return path.lexically_normal();
    auto canonical = fs::weakly_canonical(absolute, error);
    return error ? absolute.lexically_normal() : canonical;
}

} // namespace

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error;
    if (fs::exists(a, error) && fs::exists(b, error)) {
        bool same = fs::equivalent(a, b, error);
        if (!error)
            return same;
    }
    return normalized(a) == normalized(b);
}

std::optional<std::string> output_clash(const std::vector<std::string>& inputs,
                                        const std::vector<OutputPath>& outputs) {
    auto files = expand_inputs(inputs);
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const auto& output = outputs[i];
        if (output.path.empty())
            continue;

        for (const auto& input : files) {
            if (same_file(output.path, input))
                return fmt::format("{} '{}' is the input '{}'; nse will not overwrite it",
                                   output.option, output.path, input);
        }
        for (std::size_t j = 0; j < i; ++j) {
            const auto& other = outputs[j];
            if (!other.path.empty() && same_file(output.path, other.path))
                return fmt::format("{} '{}' and {} '{}' name the same file; give each its own",
                                   other.option, other.path, output.option, output.path);
        }
    }
    return std::nullopt;
}

} // namespace nse::cli
