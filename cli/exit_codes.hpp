#pragma once

namespace nse::cli {

/// nse's exit codes, one per kind of outcome, so CI can tell a failing
/// firewall from a broken test file or an unusable machine.
enum ExitCode : int {
    kPassed = 0,      // every scenario passed (or the command succeeded)
    kTestsFailed = 1, // a scenario failed, errored, or the run was interrupted
    kBadInput = 2,    // a file did not compile, or the command line was wrong
    kEnvironment = 3, // the machine cannot run scenarios (privileges, kernel)
};

} // namespace nse::cli
