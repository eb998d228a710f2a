#!/usr/bin/python3
"""Soak benchmark (not a test): the server on the emulator at --rate ticks/s, --clients WebSocket
clients (cybos-bench ws, C++) each subscribed to --codes codes, and a REST poller, for
--minutes. Samples the server's RSS every --sample-s seconds and prints figures: RSS after the
warm-up against RSS at the end, its slope, ticks dropped anywhere (writer queue, WebSocket
clients' missing seqs, slow-client closes), REST errors and latency.

    tools/soak.py --minutes 60                # build/ next to this script's parent
    tools/soak.py --minutes 20 --warmup-min 3 --build /path/to/build

Prints one line per RSS sample on stderr while it runs, then one JSON object on stdout.
"""
import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import requests


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def start_server(binary, folder, rate):
    port = free_port()
    args = [binary, "--headless", "--backend", "emulator", "--port", str(port), "--db",
            os.path.join(folder, "soak.db"), "--emulator-rate", str(rate), "--log-level", "warning",
            "--log-file", os.path.join(folder, "server.log")]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"cybos-server exited with {server.returncode}")
        try:
            codes = [s["code"] for s in requests.get(base + "/api/stocks", params={"index": "kospi200", "limit": 200},
                                                     timeout=5).json()["items"]]
            if len(codes) >= 200:
                return server, port, codes
        except (requests.RequestException, ValueError, KeyError):
            pass
        time.sleep(0.5)
    server.kill()
    raise RuntimeError("cybos-server did not list its stocks within 120 s")


def metric(text, name):
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return None


class Poller(threading.Thread):
    """REST polling as a dashboard would: status, quotes, gap fills, metrics, subscriptions."""

    def __init__(self, base, codes, interval):
        super().__init__(daemon=True)
        self.base, self.codes, self.interval = base, codes, interval
        self.stop, self.requests, self.errors, self.latency = threading.Event(), 0, [], []
        self.session = requests.Session()
        self.rng = random.Random(1)

    def paths(self):
        code = self.rng.choice(self.codes)
        several = ",".join(self.rng.sample(self.codes, 20))
        status = self.call("/api/status")
        newest = (status or {}).get("database", {}).get("committed_seq") or 0
        return ["/api/prices/" + code, "/api/prices?codes=" + several, f"/api/ticks/{code}?limit=100",
                f"/api/ticks?since_seq={max(0, newest - 500)}&limit=500", "/metrics", "/api/subscriptions",
                f"/api/prices/{code}/history?interval=1d&limit=20", "/api/health"]

    def call(self, path):
        started = time.monotonic()
        try:
            r = self.session.get(self.base + path, timeout=10)
            self.latency.append((time.monotonic() - started) * 1000)
            self.requests += 1
            if r.status_code >= 400:
                self.errors.append(f"{r.status_code} {path}")
                return None
            return r.json() if "json" in r.headers.get("content-type", "") else None
        except (requests.RequestException, ValueError) as e:
            self.errors.append(f"{type(e).__name__} {path}")
            return None

    def run(self):
        while not self.stop.is_set():
            for path in self.paths():
                self.call(path)
            self.stop.wait(self.interval)


def slope_mb_per_h(samples):
    if len(samples) < 2:
        return 0.0
    ts, vs = [t for t, _ in samples], [v for _, v in samples]
    mt, mv = statistics.fmean(ts), statistics.fmean(vs)
    den = sum((t - mt) ** 2 for t in ts)
    return sum((t - mt) * (v - mv) for t, v in zip(ts, vs)) / den * 3600 if den else 0.0


def summarize(args, samples, warm_s, bench, poller, server_metrics):
    after = [(t, v) for t, v in samples if t >= warm_s]
    window = max(1, int(60 / args.sample_s))           # a minute of samples at each end
    lat = sorted(poller.latency) or [0.0]
    return {
        "minutes": round(samples[-1][0] / 60, 1) if samples else 0, "rate": args.rate, "clients": args.clients,
        "codes": args.codes, "warmup_min": args.warmup_min, "rss_samples": len(samples),
        "rss_mb_after_warmup": round(statistics.median(v for _, v in after[:window]), 1) if after else None,
        "rss_mb_end": round(statistics.median(v for _, v in after[-window:]), 1) if after else None,
        "rss_mb_max": round(max(v for _, v in samples), 1) if samples else None,
        "rss_slope_mb_per_h_after_warmup": round(slope_mb_per_h(after), 2),
        "ws": bench, "server": server_metrics,
        "rest": {"requests": poller.requests, "errors": len(poller.errors), "first_errors": poller.errors[:5],
                 "latency_ms_p50": round(lat[len(lat) // 2], 1), "latency_ms_p99": round(lat[int(len(lat) * 0.99)], 1),
                 "latency_ms_max": round(lat[-1], 1)},
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=60)
    p.add_argument("--warmup-min", type=float, default=5)
    p.add_argument("--rate", type=int, default=5000)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--codes", type=int, default=200)
    p.add_argument("--sample-s", type=float, default=5)
    p.add_argument("--poll-s", type=float, default=0.5, help="pause between REST polling rounds")
    p.add_argument("--build", default=os.path.join(here, "..", "build"))
    args = p.parse_args()
    folder = tempfile.mkdtemp(prefix="cybos-soak-")
    server, port, codes = start_server(os.path.join(args.build, "app", "cybos-server"), folder, args.rate)
    base, total_s, warm_s = f"http://127.0.0.1:{port}", args.minutes * 60, args.warmup_min * 60
    bench = subprocess.Popen([os.path.join(args.build, "bench", "cybos-bench"), "ws", "--url", f"ws://127.0.0.1:{port}/ws",
                              "--code-list", ",".join(codes[:args.codes]), "--server-pid", str(server.pid),
                              "--clients", str(args.clients), "--warmup", str(warm_s),
                              "--seconds", str(max(1.0, total_s - warm_s))], stdout=subprocess.PIPE, text=True)
    poller = Poller(base, codes[:args.codes], args.poll_s)
    poller.start()
    samples, started = [], time.monotonic()
    try:
        while bench.poll() is None and server.poll() is None:
            t = time.monotonic() - started
            samples.append((t, rss_mb(server.pid)))
            print(f"{t:7.0f} s  rss {samples[-1][1]:7.1f} MB  rest {poller.requests} ({len(poller.errors)} errors)",
                  file=sys.stderr, flush=True)
            time.sleep(args.sample_s)
        out = bench.stdout.read().strip().splitlines()
        ws = json.loads(out[-1]) if out else {"error": f"cybos-bench ws exited with {bench.returncode}"}
        text = requests.get(base + "/metrics", timeout=10).text
        server_metrics = {k: metric(text, "cybos_" + k) for k in
                          ("ticks_received_total", "ticks_stored_total", "storage_dropped_ticks_total",
                           "ws_ticks_sent_total")}
    finally:
        poller.stop.set()
        poller.join(15)
        bench.kill()
        alive = server.poll() is None
        server.terminate()
        server.wait(60)
    result = summarize(args, samples, warm_s, ws, poller, server_metrics)
    result["server_alive_at_end"] = alive
    print(json.dumps(result))


if __name__ == "__main__":
    main()
