#pragma once

#include <string>

namespace nse::test {

struct CommandOutput {
    int exit_code = -1;
    std::string output; // stdout and stderr together
};

/// Runs a shell command line and collects what it prints. Tests only: the
/// product itself never starts processes.
CommandOutput run_shell(const std::string& command);

/// Runs the nse binary under test with `arguments` (a shell fragment).
CommandOutput run_nse(const std::string& arguments);

/// A fresh directory under the system's temporary directory, removed with
/// everything in it when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return path_; }

    /// Writes `text` to `name` inside the directory; returns its full path.
    std::string write(const std::string& name, const std::string& text) const;

private:
    std::string path_;
};

} // namespace nse::test
