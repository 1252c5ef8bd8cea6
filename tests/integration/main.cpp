// Integration tests run scenarios on the real kernel and need root (or
// CAP_NET_ADMIN and CAP_SYS_ADMIN). Unprivileged, the binary says so and
// exits with ctest's skip code instead of failing; listing tests works for
// anyone, so ctest can discover them.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <unistd.h>

int main(int argc, char* argv[]) {
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || std::strncmp(argv[i], "--list", 6) == 0;
    if (!listing && ::geteuid() != 0) {
        std::fprintf(stderr, "integration tests need root: skipped\n");
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
