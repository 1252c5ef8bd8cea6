#!/bin/sh
# Installs nse into a temporary prefix, builds examples/library against it as
# an out-of-tree project with find_package(nse), and runs the program on two
# examples (that part needs root: it runs scenarios).
#
#   consumer_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null

# Decoys named like nse's own headers, first on the include path: nse's
# headers must never pick them up.
for header in runtime/result.hpp runtime/run.hpp compiler/plan.hpp compiler/compile.hpp \
              lang/source.hpp lang/diagnostic.hpp; do
    mkdir -p "$work/decoys/$(dirname "$header")"
    echo '#error "a consumer header stood in for one of nse"' >"$work/decoys/$header"
done
cmake -S "$source/examples/library" -B "$work/consumer" -G Ninja \
      -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_FLAGS="-I$work/decoys" >/dev/null
cmake --build "$work/consumer"

if [ "$(id -u)" -ne 0 ]; then
    echo "built; running scenarios needs root: skipped"
    exit 77
fi
"$work/consumer/run_scenarios" "$source/examples/web_server_input.nse" \
    "$source/examples/gateway_forward_dns.nse" | tee "$work/output"
grep -qx "2 of 2 passed" "$work/output"
