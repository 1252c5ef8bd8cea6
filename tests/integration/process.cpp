#include "process.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace nse::test {

CommandOutput run_shell(const std::string& command) {
    CommandOutput result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    while (auto read = std::fread(buffer.data(), 1, buffer.size(), pipe))
        result.output.append(buffer.data(), read);
    int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

CommandOutput run_nse(const std::string& arguments) {
    return run_shell(std::string(NSE_BINARY) + " " + arguments);
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "nse-test-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data()) ? pattern : "";
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::write(const std::string& name, const std::string& text) const {
    auto full = path_ + "/" + name;
    std::ofstream(full) << text;
    return full;
}

} // namespace nse::test
