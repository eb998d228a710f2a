#!/usr/bin/env bash
# The contract checkers from the npm registry, pinned, in a cache outside the tree (called by
# setup.sh; idempotent, quick when present): Redocly's CLI lints the OpenAPI document, Stoplight
# Prism in proxy mode validates live responses against it (tests/contract/openapi_prism.py).
set -euo pipefail
cache=${CYBOS_NPM_CACHE:-/var/cache/cybos-server/npm}
pins=("@redocly/cli@1.34.20" "@stoplight/prism-cli@5.14.2")
stamp="$cache/.pins"
if [ -x "$cache/node_modules/.bin/redocly" ] && [ -x "$cache/node_modules/.bin/prism" ] \
   && [ "$(cat "$stamp" 2>/dev/null)" = "${pins[*]}" ]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  # Only where no Node.js is installed at all (Debian's npm conflicts with other Node builds).
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends nodejs npm >&2 || { echo "npm-tools: no npm; the OpenAPI checks will skip" >&2; exit 0; }
fi
echo "npm-tools: installing ${pins[*]} into $cache" >&2
mkdir -p "$cache" 2>/dev/null || { echo "npm-tools: cannot create $cache; the OpenAPI checks will skip" >&2; exit 0; }
npm install --prefix "$cache" --no-audit --no-fund --loglevel=error --save-exact "${pins[@]}" >&2
echo "${pins[*]}" > "$stamp"
