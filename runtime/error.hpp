#pragma once

#include <boost/outcome/basic_result.hpp>
#include <boost/outcome/policy/terminate.hpp>

#include <stdexcept>
#include <string>

namespace nse::runtime {

/// Why a kernel or library operation failed, in words for the user
/// ("creating veth eth0 in node client: File exists").
struct Error {
    std::string message;
};

/// Either a value or an Error. Functions that talk to the kernel return this;
/// callers decide whether a failure ends the scenario or the run.
template <class T>
using Result = boost::outcome_v2::basic_result<T, Error, boost::outcome_v2::policy::terminate>;

inline auto success() {
    return boost::outcome_v2::success();
}

inline auto failure(std::string message) {
    return boost::outcome_v2::failure(Error{std::move(message)});
}

/// `message: strerror(errno)`, read at the call.
Error errno_error(const std::string& message);

/// The machine cannot run scenarios at all (no privileges, no netfilter).
/// Thrown only where nothing can go on; main maps it to its own exit code.
class EnvironmentError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace nse::runtime

/// Evaluates a Result<void> and returns its error from the enclosing function
/// (which returns some Result) when it failed.
#define NSE_TRY(expression)                                                                        \
    do {                                                                                           \
        if (auto nse_try_result_ = (expression); !nse_try_result_)                                 \
            return nse_try_result_.error();                                                        \
    } while (false)
