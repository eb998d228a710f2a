#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md back to back: cybos-server beside the seed's peer
# (FastAPI + sqlite3, ../shared/peers/seed-fastapi) under the same load on the same machine.
# Needs a built tree (./test.sh or ./run.sh), wrk, and Debian's python3-fastapi, uvicorn,
# uvloop and httptools for the peer. Prints what it measures; nothing is asserted.
#   tools/bench-compare.sh [rest] [ws] [ingest] [forward]     (default: all four)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${CYBOS_BUILD_DIR:-build}
SERVER=$BUILD/app/cybos-server
BENCH=$BUILD/bench/cybos-bench
PEER_DIR=${PEER_DIR:-$(cd .. && pwd)/shared/peers/seed-fastapi}
OURS_PORT=18000
PEER_PORT=18001
TMP=$(mktemp -d)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$TMP"' EXIT

section() { printf '\n## %s (load average %s)\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

wait_up() { # port path
    for _ in $(seq 100); do
        curl -sf "http://127.0.0.1:$1$2" >/dev/null && return 0
        sleep 0.2
    done
    echo "nothing answers on port $1" >&2
    return 1
}

start_ours() { # extra arguments
    rm -f "$TMP"/ours.db*
    "$SERVER" --headless --backend emulator --port $OURS_PORT --db "$TMP/ours.db" --log-level warning "$@" &
    OURS=$!
    PIDS+=("$OURS")
}

start_peer() { # PEER_CODES PEER_RATE
    rm -f "$TMP"/peer.db*
    PEER_CODES=$1 PEER_RATE=$2 PEER_DB="$TMP/peer.db" /usr/bin/python3 -m uvicorn app:app --app-dir "$PEER_DIR" \
        --host 127.0.0.1 --port $PEER_PORT --loop uvloop --http httptools --log-level warning &
    PEER=$!
    PIDS+=("$PEER")
}

stop_all() {
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
    PIDS=()
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

rest_once() { # name port pid: requests/s, latency, and server CPU per request
    local before after out
    before=$(cpu_ticks "$3")
    out=$(wrk -t1 -c50 -d10s --latency "http://127.0.0.1:$2/api/prices/005930")
    after=$(cpu_ticks "$3")
    echo "$out" | awk -v name="$1" -v cpu=$((after - before)) '
        /requests in/ { n = $1 } /Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
        END { printf "%s: %.0f req/s, p50 %s, p99 %s, server CPU %.1f us/request\n", name, rps, p50, p99, cpu * 10000 / n }'
}

rest() {
    section "REST GET /api/prices/005930, wrk 1 thread, 50 connections, 10 s; 2,000 ticks/s on the code"
    start_ours --subscribe 005930 --emulator-rate 2000
    start_peer 1 2000
    wait_up $OURS_PORT /api/prices/005930 && wait_up $PEER_PORT /api/prices/005930
    for _ in 1 2 3; do
        rest_once cybos-server $OURS_PORT "$OURS"
        rest_once "seed peer   " $PEER_PORT "$PEER"
    done
    stop_all
}

ws() {
    section "WebSocket: 100 clients on /ws/prices/005930, 2,000 ticks/s on that code"
    start_ours --subscribe 005930 --emulator-rate 2000
    start_peer 1 2000
    wait_up $OURS_PORT /api/prices/005930 && wait_up $PEER_PORT /api/prices/005930
    "$BENCH" ws --url "ws://127.0.0.1:$OURS_PORT/ws/prices/{code}" --code-list 005930 --clients 100 --threads 2 --server-pid "$OURS"
    "$BENCH" ws --url "ws://127.0.0.1:$PEER_PORT/ws/prices/{code}" --code-list 005930 --clients 100 --threads 2 --server-pid "$PEER"
    stop_all
    section "WebSocket: 100 clients x 400 codes on /ws (cybos-server only: the peer has one code per socket)"
    "$BENCH" ws --clients 100 --codes 400 --rate 2000 --threads 2
    "$BENCH" ws --clients 10 --codes 400 --rate 50000 --threads 2
    "$BENCH" ws --clients 100 --codes 400 --rate 50000 --threads 2
}

peer_ingest() { # stored ticks per second over 10 s, generator unthrottled
    start_peer 400 0
    wait_up $PEER_PORT /api/health
    sleep 2
    local a b
    a=$(curl -s "http://127.0.0.1:$PEER_PORT/api/stats")
    sleep 10
    b=$(curl -s "http://127.0.0.1:$PEER_PORT/api/stats")
    printf '%s\n%s\n' "$a" "$b" | /usr/bin/python3 -c '
import json, sys
a, b = (json.loads(l) for l in sys.stdin)
print("seed peer: generated/s %d, stored/s %d" % ((b["generated"] - a["generated"]) / 10, (b["stored"] - a["stored"]) / 10))'
    stop_all
}

ingest() {
    section "Ingest: source -> bus -> quote cache + SQLite, 10 s"
    peer_ingest
    "$BENCH" ingest --seconds 10
    peer_ingest
    "$BENCH" ingest --seconds 10
    "$BENCH" ingest --seconds 10 --rate 20000
}

forward() {
    section "Forwarding to a local relay (the peer has no forwarder)"
    "$BENCH" forward
}

for part in "${@:-rest ws ingest forward}"; do
    for p in $part; do
        case $p in
        rest | ws | ingest | forward) "$p" ;;
        *) echo "unknown part $p (rest, ws, ingest, forward)" >&2; exit 2 ;;
        esac
    done
done
