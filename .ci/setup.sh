#!/usr/bin/env bash
# Shared by ./run.sh and ./test.sh: install what is missing (Debian 12), configure once, build.
# Idempotent and quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(g++ cmake ninja-build qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
          qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qcoro-qt6-dev libsqlite3-dev
          xvfb xauth fonts-noto-cjk python3-requests python3-websockets clang-tidy dpkg-dev ccache
          prometheus chromium libnats-dev nats-server openssl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
# Redocly's CLI and Stoplight Prism (pinned) in a cache outside the tree, for the contract checks.
./.ci/npm-tools.sh
build=${CYBOS_BUILD_DIR:-build}
# A compiler cache outside the tree: a fresh clone (CI) recompiles only what changed. Paths are
# taken relative to the checkout, so every clone of the project shares the cached objects.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >&2
fi
cmake --build "$build" >&2
