#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (Qt Test through CTest).
set -euo pipefail
cd "$(dirname "$0")"
./.ci/setup.sh
ctest --test-dir "${CYBOS_BUILD_DIR:-build}" --output-on-failure -j2 "$@"
