#!/usr/bin/env bash
# Installs what is missing, builds, and starts cybos-server: the tray application when a
# display exists, --headless otherwise. Extra arguments pass through (e.g. ./run.sh probe).
set -euo pipefail
cd "$(dirname "$0")"
./.ci/setup.sh
bin=${CYBOS_BUILD_DIR:-build}/app/cybos-server
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin" "$@"
fi
exec "$bin" --headless "$@"
