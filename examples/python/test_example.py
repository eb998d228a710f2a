#!/usr/bin/python3
"""End-to-end test of the example client against the real server on the emulator.

usage: test_example.py PATH/TO/cybos-server
Starts `cybos-server --headless --backend emulator` on a free loopback port with a fresh
database, then: a REST quote, history through paging, and a WebSocket stream that drops its
connection and comes back, filling the gap through since_seq. Passes when the ticks received
are exactly the stored ticks of that code over the whole time (none lost, none twice, in seq
order). Exit 0 on success; prints "N passed, 0 failed".
"""
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cybos_client import Client, TickStream  # noqa: E402

CODE = "005930"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, folder):
    port = free_port()
    args = [binary, "--headless", "--backend", "emulator", "--port", str(port), "--bind", "127.0.0.1",
            "--db", os.path.join(folder, "test.db"), "--emulator-rate", "400", "--log-level", "warning",
            "--log-file", os.path.join(folder, "server.log")]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=open(os.path.join(folder, "stderr.log"), "w"))
    # A generous read timeout: history waits for the request budget, and CI runs this on a
    # loaded machine (the 32-bit build under an emulating qemu, several times slower).
    client = Client(f"http://127.0.0.1:{port}", timeout=300)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"cybos-server exited with {server.returncode}")
        try:
            if client.get("/api/health")["status"] == "ok" and client.get("/api/status")["feed"]["connected"]:
                return server, client
        except Exception:
            pass
        time.sleep(0.2)
    server.kill()
    raise RuntimeError("cybos-server did not come up within 60 s")


def check_quote(client):
    quote = client.quote(CODE)
    assert quote["code"] == CODE and quote["price"] > 0, quote


def check_history(client):
    bars = list(client.history(CODE, "1d", limit=7))
    assert len(bars) > 7, f"expected several pages of bars, got {len(bars)}"
    times = [b["time"] for b in bars]
    assert times == sorted(times) and len(set(times)) == len(times), "bars must ascend without repeats"


def check_stream_with_gap(client):
    client.session.post(client.base + "/api/subscriptions", json={"codes": [CODE]}).raise_for_status()
    stream, got = TickStream(client, [CODE]), []
    loop = asyncio.new_event_loop()
    for seconds in (2.0, 2.0):
        until = time.monotonic() + seconds
        loop.run_until_complete(stream.session(got.append, lambda: time.monotonic() >= until))
        time.sleep(1.5)  # away: the pinned code goes on trading and being stored
    seqs = [t["seq"] for t in got]
    assert len(seqs) > 10 and seqs == sorted(set(seqs)), "ticks must come once each, in seq order"
    stream._wait_committed(seqs[-1])
    stored = [t["seq"] for t in client.ticks_since(seqs[0] - 1) if t["code"] == CODE and t["seq"] <= seqs[-1]]
    assert stored == seqs, f"received {len(seqs)} ticks, the database holds {len(stored)} for the same span"


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "cybos-server"
    checks = [check_quote, check_history, check_stream_with_gap]
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        server, client = start_server(binary, folder)
        try:
            for check in checks:
                try:
                    check(client)
                    passed += 1
                    print(f"PASS {check.__name__}")
                except Exception as e:  # report every check, then fail
                    failed += 1
                    print(f"FAIL {check.__name__}: {e!r}")
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
