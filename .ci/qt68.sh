#!/usr/bin/env bash
# Builds and tests the project as the program Windows users run: 32-bit (i386) against Qt 6.8
# (Debian 13 "trixie"), every test, slow ones included.
#
# How: an amd64 trixie chroot with i386 as a foreign architecture (Debian's multiarch). Debian's
# i686 cross compiler builds against trixie's :i386 Qt 6.8 / QCoro / SQLite / nats.c packages;
# Qt's code generators (moc, rcc, lrelease) are the chroot's amd64 ones, as on any multiarch
# system. The test binaries are i386 and run directly where the kernel runs 32-bit programs;
# where it does not (this workplace's kernel boots with ia32_emulation disabled), they run
# through qemu-user, registered as the kernel's binfmt handler for i386 ELF files.
#
# The chroot (and its compiler cache) is created once and cached outside the source tree
# (QT68_ROOT); later runs install only missing packages, copy the sources in, build with
# ccache and run ctest. Needs root (debootstrap, chroot, binfmt_misc).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=${QT68_ROOT:-/var/cache/cybos-server/trixie-x86}
native=(g++-i686-linux-gnu cmake ninja-build ccache qt6-l10n-tools nats-server openssl xvfb xauth
        fonts-noto-cjk python3 python3-requests python3-websockets dpkg-dev file locales
        qemu-user)
foreign=(qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-charts-dev libqt6opengl6-dev
         qcoro-qt6-dev libqt6sql6-sqlite libsqlite3-dev libnats-dev libssl-dev libprotobuf-c-dev libsodium-dev)

mirror() {
  # The mirror this machine's apt already uses, so no host is written down here.
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n1)
  [ -n "$uri" ] || uri=$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | head -n1)
  echo "$uri"
}

in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

make_root() {
  command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
  echo "qt68: creating the trixie chroot in $root (once)" >&2
  rm -rf "$root.tmp"; mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase --include=ca-certificates trixie "$root.tmp" "$(mirror)" \
    >"$root.log" 2>&1 || { tail -n 30 "$root.log" >&2; exit 1; }
  chroot "$root.tmp" dpkg --add-architecture i386
  mv "$root.tmp" "$root"; touch "$root/.cybos-ready"
}

install_missing() {
  local want=("${native[@]}") missing=() p
  for p in "${foreign[@]}"; do want+=("$p:i386"); done
  for p in "${want[@]}"; do
    in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "qt68: installing ${missing[*]}" >&2
  in_root apt-get update -qq
  in_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$root.apt.log" 2>&1 \
    || { tail -n 30 "$root.apt.log" >&2; exit 1; }
}

# i386 programs must run: natively, or through qemu-user as the kernel's binfmt handler.
ensure_i386_runs() {
  printf 'int main(){return sizeof(void*)==4?0:1;}\n' >"$root/tmp/probe.cpp"
  in_root i686-linux-gnu-g++ -o /tmp/probe /tmp/probe.cpp
  local handler=/proc/sys/fs/binfmt_misc/qemu-i386 qemu="$root/usr/bin/qemu-i386"
  # A native kernel runs it without a handler; an earlier run's handler is checked below.
  if [ ! -e "$handler" ] && in_root /tmp/probe 2>/dev/null; then return; fi
  # The chroot's qemu (trixie: 10.0), not Debian 12's 7.2: qemu-user learnt clone(CLONE_PIDFD)
  # in 8.0, and Qt 6.8's QProcess (forkfd) uses it once pidfd_open works, which 7.2 already
  # emulates — under 7.2 every QProcess start fails ("fork failure: Invalid argument").
  if ! grep -qsx "interpreter $qemu" "$handler"; then
    echo "qt68: this kernel does not run i386 programs; using qemu-user $("$qemu" --version | head -n1)" >&2
    mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    [ -e "$handler" ] && echo -1 >"$handler"
    # ELF32 little-endian, e_machine EM_386 (executables and PIE); F: the interpreter is opened
    # now, so it runs inside the chroot too.
    printf '%s' ":qemu-i386:M::\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x03\x00:\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:$qemu:F" \
      >/proc/sys/fs/binfmt_misc/register
  fi
  in_root /tmp/probe || { echo "qt68: i386 programs cannot run here" >&2; exit 1; }
  emulated=1
}

[ -f "$root/.cybos-ready" ] || make_root
mkdir -p "$root/proc" "$root/dev" "$root/tmp"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
trap 'umount "$root/proc" "$root/dev" 2>/dev/null || true' EXIT
install_missing
ensure_i386_runs
rm -rf "$root/src"  # a fresh copy, so files deleted here do not linger there
mkdir -p "$root/src"
# Sources only: the build folder inside the chroot is kept between runs for speed. Files get
# the time of the copy (-m): a source older than an object of a previous run must not look
# up to date; ccache makes the unchanged ones cheap.
tar -C "$here" --exclude='./build*' --exclude=./.git -cf - . | tar -C "$root/src" -m -xf -
in_root QT_QPA_PLATFORM=offscreen CYBOS_SKIP_SLOW_TESTS="${CYBOS_SKIP_SLOW_TESTS:-}" CYBOS_EMULATED_CPU="${emulated:-}" \
  CTEST_ARGS="${QT68_CTEST_ARGS:-}" /bin/bash -c '
  set -e; cd /src
  echo "qt68: Qt $(qmake6 -query QT_VERSION 2>/dev/null || echo 6.8), $(i686-linux-gnu-g++ -dumpmachine)"
  # Files added since the last run are not always re-scanned by AUTOMOC in a reused build
  # tree (its ninja depfile only names the old headers): start every moc pass afresh.
  [ -d /build ] && find /build -type d -name "*_autogen" -prune -exec rm -rf {} +
  cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=i686-linux-gnu-g++ \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
  cmake --build /build
  file -L /build/app/cybos-server | grep -q "ELF 32-bit" || { echo "qt68: not a 32-bit build"; exit 1; }
  ctest --test-dir /build --output-on-failure -j2 $CTEST_ARGS'
