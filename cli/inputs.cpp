#include "cli/inputs.hpp"

#include <algorithm>
#include <filesystem>

namespace nse::cli {

namespace fs = std::filesystem;

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments) {
    std::vector<std::string> files;
    for (const auto& argument : arguments) {
        std::error_code error;
        if (!fs::is_directory(argument, error)) {
            files.push_back(argument);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& entry : fs::recursive_directory_iterator(argument, error)) {
            if (entry.is_regular_file() && entry.path().extension() == ".nse")
                found.push_back(entry.path().string());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace nse::cli
