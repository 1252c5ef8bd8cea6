#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nse::cli {

/// A file a command will write, with the option that named it.
struct OutputPath {
    std::string_view option; // "--junit", "-o"
    std::string path;        // empty: not asked for
};

/// True when `a` and `b` name one file: the same file when both exist,
/// otherwise the same absolute path once symbolic links and "." and ".."
/// are resolved.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

/// Why writing `outputs` would destroy an input or another output, e.g.
/// "--junit 'f.nse' is the input 'f.nse'; nse will not overwrite it";
/// nullopt when every output is a file of its own. Directories among
/// `inputs` stand for the .nse files under them. Files that inputs import
/// are not known before compiling and are not compared.
std::optional<std::string> output_clash(const std::vector<std::string>& inputs,
                                        const std::vector<OutputPath>& outputs);

} // namespace nse::cli
