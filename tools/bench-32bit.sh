#!/usr/bin/env bash
# The 32-bit memory benchmark of docs/memory.md: the i386 build of .ci/qt68.sh serves on the
# emulator inside a 2 GiB address space while 256 WebSocket clients (half of them never read)
# follow the KOSPI 200 at 50,000 ticks/s and wrk polls REST. Reports the peak RSS, what the
# readers received, how the idle clients were cut, and whether the server stayed up.
#
#   tools/bench-32bit.sh [seconds]        (default 60; needs root for the chroot's files)
#
# The 2 GiB limit: where the kernel runs i386 programs, `ulimit -v 2097152`; where it does not
# (qemu-user, see .ci/qt68.sh), qemu's reserved guest address space (QEMU_RESERVED_VA=2G) is the
# same wall: a guest mapping past 2 GiB fails as it would in a 32-bit Windows process without
# large-address-awareness. Under qemu the RSS includes qemu's own (its idle figure is printed).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
root=${QT68_ROOT:-/var/cache/cybos-server/trixie-x86}
server=$root/build/app/cybos-server
bench=${CYBOS_BUILD_DIR:-$here/build}/bench/cybos-bench
[ -x "$server" ] || { echo "no i386 build at $server: run .ci/qt68.sh first" >&2; exit 2; }
[ -x "$bench" ] || { echo "no cybos-bench at $bench: run ./test.sh first" >&2; exit 2; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(( 20000 + RANDOM % 20000 ))

# Through binfmt the probe runs either way: qemu is in use when its handler is registered.
if ! grep -qs "^enabled" /proc/sys/fs/binfmt_misc/qemu-i386 && "$root/tmp/probe" 2>/dev/null; then
  launch() { (ulimit -v 2097152; exec "$@"); }
  echo "i386 runs natively; address space limited with ulimit -v 2 GiB"
else
  export QEMU_LD_PREFIX=$root QEMU_RESERVED_VA=2G
  launch() { exec "$@"; }
  echo "i386 runs under qemu-user; guest address space reserved at 2 GiB"
fi

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
launch "$server" --headless --backend emulator --port "$port" --db "$work/bench.db" \
  --emulator-rate 50000 --subscribe kospi200 --log-file "$work/server.log" >"$work/out.log" 2>&1 &
pid=$!
for _ in $(seq 240); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/api/health" >/dev/null || { cat "$work/out.log"; exit 1; }
sleep 5
idle_rss=$(rss_kb $pid)
codes=""
for _ in $(seq 240); do  # the KOSPI 200 is subscribed in the background, slowly under emulation
  codes=$(curl -sf "http://127.0.0.1:$port/api/subscriptions" | python3 -c 'import json,sys; print(",".join(json.load(sys.stdin)["codes"]))' || true)
  [ "$(echo "$codes" | tr ',' '\n' | grep -c .)" -ge 200 ] && break; sleep 0.5
done
[ -n "$codes" ] || { echo "no subscriptions after 120 s" >&2; exit 1; }
echo "following $(echo "$codes" | tr ',' '\n' | grep -c .) codes"
peak=0
( while kill -0 $pid 2>/dev/null; do r=$(rss_kb $pid); echo "$r"; sleep 0.5; done ) >"$work/rss" &
python3 "$here/tools/ws-idle-clients.py" --url "ws://127.0.0.1:$port/ws" --clients 128 \
  --codes "$codes" --seconds "$seconds" >"$work/idle.json" &
idle=$!
wrk -t1 -c8 -d"${seconds}s" "http://127.0.0.1:$port/api/prices/005930" >"$work/wrk.txt" 2>&1 &
"$bench" ws --url "ws://127.0.0.1:$port/ws/prices/{code}" --code-list "$codes" --clients 128 \
  --seconds "$seconds" --warmup 5 --server-pid $pid >"$work/readers.json" 2>"$work/bench.err" || true
wait $idle || true
alive=no; curl -sf -m 5 "http://127.0.0.1:$port/api/health" >/dev/null && alive=yes
peak=$(sort -n "$work/rss" | tail -n1)
echo "server alive after the run: $alive"
echo "RSS at rest: $((idle_rss / 1024)) MiB; peak under load: $((peak / 1024)) MiB"
echo "readers (cybos-bench ws): $(cat "$work/readers.json") $(tail -n 3 "$work/bench.err")"
echo "idle clients: $(cat "$work/idle.json")"
echo "REST: $(grep -E 'Requests/sec|Non-2xx' "$work/wrk.txt" | tr -s ' ' | tr '\n' ' ')"
kill -INT $pid; wait $pid || true
[ "$alive" = yes ]
