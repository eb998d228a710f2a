#!/usr/bin/python3
"""A bounded, seeded fuzz run against the real server on the emulator (about a minute):
random methods, path segments, query strings and bodies on every documented route; random
WebSocket messages and clients that subscribe and vanish at once (fuzz_ws.py); raw malformed
HTTP and 50 half-sent requests held open (fuzz_raw.py). Passes when no answer is a 5xx but
503, every error is in the envelope of api.md, and afterwards the server is alive and
GET /api/health answers: all five sequential attempts within 10 s, and at least one within
a second (a liveness bound, generous on purpose on a loaded 2-core machine; the latencies
are printed).

usage: fuzz.py PATH/TO/cybos-server SOURCE_DIR [--seed N] [--seconds S]
"""
import argparse
import collections
import http.client
import json
import os
import random
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fuzz_raw import fuzz_raw, half_sent, health_latency  # noqa: E402
from fuzz_ws import churn, fuzz_websocket  # noqa: E402
from harness import envelope_problem, run_against_server  # noqa: E402

PARAMS = ["limit", "since_seq", "from", "to", "format", "interval", "page_token", "codes", "q", "market",
          "fresh", "max_wait_ms", "adjusted", "index", "status", "token", "x"]


def value(rng, codes):
    return rng.choice([
        str(rng.randint(-10, 20000)), str(2 ** rng.randint(31, 80)), "-0", "1e9", "0x10", "", "null", "true",
        rng.choice(codes), "A" + rng.choice(codes), ",".join(rng.sample(codes, 5)), "2026-11-26", "2026-13-45",
        "2026-11-26T09:00:01.123+09:00", "1796379532398", "삼성", "%", "\u0000", "a" * rng.randint(1, 3000),
        "csv", "json", "1m", "1d", "1mo", "kospi200", "etf", "../../etc/passwd", "'; DROP TABLE ticks;--"])


def segment(rng, codes):
    return rng.choice([rng.choice(codes), "A" + rng.choice(codes), "zz", "", "999999", "Q500001", "U001",
                       "%00", "%2F", "..", "한글", "a" * rng.randint(1, 5000), str(rng.randint(-5, 10 ** 12)),
                       "%E0%A4%A", "{code}", "005930;x", "005930%20"])


def body(rng, codes):
    pick = rng.random()
    if pick < 0.5:
        fields = {"codes": rng.choice([[rng.choice(codes)], "kospi200", [], ["zz"], [1], None, {"a": 1},
                                       rng.sample(codes, 30), ["005930"] * 450]),
                  "interval": rng.choice(["1d", "1m", "7x", None, 5]), "from": rng.choice(["2026-10-01", "x", None]),
                  "ticks_per_s": rng.choice([-1, 0, 50, 400, 10 ** 12, "x", None]),
                  "seconds": rng.choice([-1, 0, 1, 10 ** 9, "x", None]), "source": "fuzz",
                  "ticks": rng.choice([[], [{"seq": 1}], "x", None])}
        return json.dumps({k: v for k, v in fields.items() if rng.random() < 0.5}).encode()
    if pick < 0.65:
        return rng.randbytes(rng.randint(0, 2000))
    if pick < 0.75:
        return b"[" * rng.randint(1, 20000)
    if pick < 0.85:
        return b""
    return json.dumps(rng.choice([[], 1, "x", None, {"codes": {"codes": []}}])).encode()


def random_request(rng, paths, codes):
    path = rng.choice(paths)
    path = "/".join(urllib.parse.quote(segment(rng, codes), safe="%") if part.startswith("{") else part
                    for part in path.split("/"))
    if rng.random() < 0.1:
        path += "/" + urllib.parse.quote(segment(rng, codes), safe="%")
    query = [(rng.choice(PARAMS), value(rng, codes)) for _ in range(rng.randint(0, 6))]
    if query:
        path += "?" + urllib.parse.urlencode(query)
    method = rng.choice(["GET", "GET", "GET", "POST", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS", "FUZZ"])
    return method, path, body(rng, codes) if method in ("POST", "PUT", "PATCH", "DELETE") and rng.random() < 0.9 else None


def keep_emulator_sane(method, path, data):
    """No rate that would swamp the machine, no outage longer than a few seconds."""
    if method == "POST" and path.startswith(("/api/emulator/rate", "/api/emulator/disconnect")) and data:
        try:
            fields = json.loads(data)
        except (ValueError, RecursionError):
            return data
        if isinstance(fields, dict):
            for key, top in (("ticks_per_s", 2000), ("seconds", 3)):
                if isinstance(fields.get(key), int) and fields[key] > top:
                    fields[key] = top
            return json.dumps(fields).encode()
    return data


def fuzz_http(port, paths, codes, rng, seconds, checks):
    deadline, statuses, conn = time.monotonic() + seconds, collections.Counter(), None
    while time.monotonic() < deadline:
        method, path, data = random_request(rng, paths, codes)
        data = keep_emulator_sane(method, path, data)
        headers = {"Content-Type": rng.choice(["application/json", "text/plain", "x/y"])} if data is not None else {}
        try:
            conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request(method, path, body=data, headers=headers)
            r = conn.getresponse()
            content = r.read()
            status, ctype = r.status, r.getheader("Content-Type", "")
            if r.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as e:
            checks.check(False, f"{method} {path[:120]}: no answer ({type(e).__name__}: {e})")
            conn = None
            continue
        statuses[status] += 1
        checks.check(status < 500 or status == 503, f"{method} {path[:160]}: {status} {content[:200]!r}")
        if status >= 400 and method != "HEAD":
            problem = envelope_problem(status, content, ctype)
            checks.check(problem is None, f"{method} {path[:160]}: {problem}")
    return statuses


def run_phases(server, paths, rng, args, checks):
    codes = server.wait_ready()
    started = time.monotonic()
    requests = fuzz_http(server.port, paths, codes, rng, args.seconds * 0.55, checks)
    clients = fuzz_websocket(server.port, codes, rng, args.seconds * 0.2, checks)
    clients += churn(server.port, codes, rng, args.seconds * 0.1, checks)
    fuzz_raw(server.port, rng, checks)
    held = half_sent(server.port, rng)
    during = health_latency(server.port, 3)
    checks.check(None not in during, f"/api/health while 50 half-sent requests are held: {during}")
    for s in held:
        s.close()
    after = health_latency(server.port)
    print(f"seed {args.seed}: {sum(requests.values())} HTTP requests {dict(sorted(requests.items()))}, {clients} WebSocket clients in "
          f"{time.monotonic() - started:.0f} s; /api/health latency with 50 held open "
          f"{[round(t * 1000, 1) if t else t for t in during]} ms, afterwards "
          f"{[round(t * 1000, 1) if t else t for t in after]} ms")
    checks.check(None not in after and min(after) < 1.0, f"/api/health afterwards: {after} s")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("binary")
    p.add_argument("source")
    p.add_argument("--seed", type=int, default=int(os.environ.get("CYBOS_FUZZ_SEED", "15")))
    p.add_argument("--seconds", type=float, default=float(os.environ.get("CYBOS_FUZZ_SECONDS", "60")))
    args = p.parse_args()
    rng = random.Random(args.seed)
    with open(os.path.join(args.source, "resources", "api", "openapi.json"), encoding="utf-8") as f:
        paths = [path for path in json.load(f)["paths"] if not path.startswith("/ws")]
    run_against_server(args.binary, ["--subscribe", "005930,000660,035420"],
                       lambda server, checks: run_phases(server, paths, rng, args, checks))

if __name__ == "__main__":
    main()
