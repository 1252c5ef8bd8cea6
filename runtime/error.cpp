#include "runtime/error.hpp"

#include <cerrno>
#include <cstring>

namespace nse::runtime {

Error errno_error(const std::string& message) {
    return Error{message + ": " + std::strerror(errno)};
}

} // namespace nse::runtime
