#!/usr/bin/env bash
# Builds and tests the project against Qt 6.8 (Debian 13 "trixie") in a debootstrap chroot.
# The chroot is created once and cached outside the source tree (QT68_ROOT); later runs only
# copy the sources in, build incrementally and run ctest. Needs root (debootstrap, chroot).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=${QT68_ROOT:-/var/cache/cybos-server/trixie}
pkgs=g++,cmake,ninja-build,qt6-base-dev,qt6-httpserver-dev,qt6-websockets-dev,qt6-tools-dev,qt6-l10n-tools,qcoro-qt6-dev,libqt6sql6-sqlite,libsqlite3-dev,xauth,locales

mirror() {
  # The mirror this machine's apt already uses, so no host is written down here.
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n1)
  [ -n "$uri" ] || uri=$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | head -n1)
  echo "$uri"
}

make_root() {
  command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
  echo "qt68: creating the trixie chroot in $root (once)" >&2
  rm -rf "$root.tmp"; mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase --include="$pkgs" trixie "$root.tmp" "$(mirror)" >"$root.log" 2>&1 \
    || { tail -n 30 "$root.log" >&2; exit 1; }
  mv "$root.tmp" "$root"; touch "$root/.cybos-ready"
}

[ -f "$root/.cybos-ready" ] || make_root
rm -rf "$root/src"  # a fresh copy, so files deleted here do not linger there
mkdir -p "$root/src" "$root/proc" "$root/dev"
# Sources only: the build folder inside the chroot is kept between runs for speed.
tar -C "$here" --exclude='./build*' --exclude=./.git -cf - . | tar -C "$root/src" -xf -
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
trap 'umount "$root/proc" "$root/dev" 2>/dev/null || true' EXIT
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen CYBOS_SKIP_SLOW_TESTS="${CYBOS_SKIP_SLOW_TESTS:-}" /bin/bash -c '
  set -e; cd /src
  qmake6 -query QT_VERSION
  # Files added since the last run are not always re-scanned by AUTOMOC in a reused build
  # tree (its ninja depfile only names the old headers): start every moc pass afresh.
  [ -d /build ] && find /build -type d -name "*_autogen" -prune -exec rm -rf {} +
  cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build /build
  ctest --test-dir /build --output-on-failure -j2 -LE "slow|host"'
