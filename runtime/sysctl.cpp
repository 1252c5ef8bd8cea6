#include "runtime/sysctl.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace nse::runtime {

Result<void> write_sysctl(const Namespace& ns, const std::string& key, const std::string& value) {
    auto path = "/proc/sys/" + key;
    auto file = inside(ns, [&]() -> Result<Fd> {
        Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
        if (!fd.valid())
            return errno_error("opening " + path);
        return fd;
    });
    if (!file)
        return file.error();
    if (::write(file.value().get(), value.data(), value.size()) !=
        static_cast<ssize_t>(value.size()))
        return errno_error("writing " + path);
    return success();
}

} // namespace nse::runtime
