// Integration tests run scenarios on the real kernel and need root (or
// CAP_NET_ADMIN and CAP_SYS_ADMIN). Unprivileged, the binary says so and
// exits with ctest's skip code instead of failing.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[]) {
    if (::geteuid() != 0) {
        std::fprintf(stderr, "integration tests need root: skipped\n");
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
