#!/usr/bin/python3
"""A small client of the cybos-server API (../../docs and /docs on a running server).

Needs Debian's python3-requests and python3-websockets (run it with /usr/bin/python3).

    cybos_client.py quote 005930
    cybos_client.py history 005930 --interval 1d --from 2024-01-01
    cybos_client.py stream 005930 000660 --seconds 30

The stream command shows the pattern every realtime client needs: remember the last `seq`
seen; after a reconnect, fetch what was missed with GET /api/ticks?since_seq=, then go on
with the live stream, dropping anything already seen.
"""
import argparse
import asyncio
import json
import sys
import time

import requests
import websockets


class ApiError(Exception):
    def __init__(self, status, code, message, retry_after=None):
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.retry_after = status, code, retry_after


class Client:
    def __init__(self, base="http://127.0.0.1:8000", key=None, timeout=30):
        self.base = base.rstrip("/")
        self.session = requests.Session()
        self.timeout = timeout
        self.key = key
        if key:
            self.session.headers["Authorization"] = f"Bearer {key}"

    def get(self, path, **params):
        r = self.session.get(self.base + path, params=params, timeout=self.timeout)
        if r.status_code >= 400:
            error = r.json().get("error", {})
            raise ApiError(r.status_code, error.get("code"), error.get("message"), r.headers.get("Retry-After"))
        return r.json()

    def quote(self, code, fresh=False):
        return self.get(f"/api/prices/{code}", **({"fresh": "true"} if fresh else {}))

    def history(self, code, interval="1d", start=None, end=None, limit=1000):
        """Every bar of the range, following next_page_token."""
        params = {"interval": interval, "limit": limit}
        if start:
            params["from"] = start
        if end:
            params["to"] = end
        while True:
            page = self.get(f"/api/prices/{code}/history", **params)
            yield from page["bars"]
            if not page["next_page_token"]:
                return
            params["page_token"] = page["next_page_token"]

    def ticks_since(self, seq, limit=1000):
        """Every stored tick with a seq above `seq`, all codes, in seq order."""
        while True:
            page = self.get("/api/ticks", since_seq=seq, limit=limit)
            yield from page["ticks"]
            if not page["next_page_token"]:
                return
            seq = page["next_since_seq"]

    def ws_url(self, path="/ws"):
        url = "ws" + self.base[len("http"):] + path
        return url + (f"?token={self.key}" if self.key else "")


class TickStream:
    """Ticks of some codes, live, without gaps across reconnects (in seq order, no duplicates)."""

    def __init__(self, client, codes):
        self.client, self.codes, self.last_seq = client, set(codes), None

    def _accept(self, tick):
        if tick["code"] not in self.codes or (self.last_seq is not None and tick["seq"] <= self.last_seq):
            return False
        self.last_seq = tick["seq"]
        return True

    def _wait_committed(self, seq, seconds=10.0):
        """Until the database holds every tick up to seq (the writer commits in batches)."""
        deadline = time.monotonic() + seconds
        while self.client.get("/api/status")["database"]["committed_seq"] < seq:
            if time.monotonic() > deadline:
                raise TimeoutError(f"ticks up to seq {seq} not committed in {seconds} s")
            time.sleep(0.05)

    def fill_gap(self, before_seq):
        """The stored ticks after the last one seen and before the first live one."""
        if self.last_seq is None:
            return []
        self._wait_committed(before_seq - 1)
        gap = []
        for tick in self.client.ticks_since(self.last_seq):
            if tick["seq"] >= before_seq:
                break
            if tick["code"] in self.codes:
                gap.append(tick)
        return gap

    async def _first_live(self, ws):
        """Subscribes; returns the ticks that came with the answer, at least one of them."""
        await ws.send(json.dumps({"op": "subscribe", "codes": sorted(self.codes), "id": 1}))
        live, subscribed = [], False
        while not (subscribed and live):
            for message in json.loads(await ws.recv()):
                if message["type"] == "tick":
                    live.append(message)
                elif message["type"] == "subscribed" and message.get("id") == 1:
                    subscribed = True
                elif message["type"] == "error" and message["code"] != "unknown_code":
                    raise ApiError(0, message["code"], message.get("message"))
        return live

    async def session(self, on_tick, stop):
        """One connection: subscribe, fill the gap up to the first live tick, then stream."""
        async with websockets.connect(self.client.ws_url(), max_size=2**24) as ws:
            live = await self._first_live(ws)
            for tick in self.fill_gap(live[0]["seq"]) + live:
                if self._accept(tick):
                    on_tick(tick)
            while not stop():
                try:
                    frame = await asyncio.wait_for(ws.recv(), timeout=0.2)
                except asyncio.TimeoutError:
                    continue
                for message in json.loads(frame):
                    if message["type"] == "tick" and self._accept(message):
                        on_tick(message)
                    elif message["type"] == "error" and message["code"] == "slow_client":
                        return  # the server closes; the caller reconnects and fills the gap


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", default="http://127.0.0.1:8000")
    ap.add_argument("--key")
    sub = ap.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quote")
    q.add_argument("code")
    q.add_argument("--fresh", action="store_true")
    h = sub.add_parser("history")
    h.add_argument("code")
    h.add_argument("--interval", default="1d")
    h.add_argument("--from", dest="start")
    h.add_argument("--to", dest="end")
    s = sub.add_parser("stream")
    s.add_argument("codes", nargs="+")
    s.add_argument("--seconds", type=float, default=10)
    a = ap.parse_args()
    client = Client(a.url, a.key)
    if a.command == "quote":
        print(json.dumps(client.quote(a.code, a.fresh), ensure_ascii=False))
    elif a.command == "history":
        for bar in client.history(a.code, a.interval, a.start, a.end):
            print(json.dumps(bar))
    else:
        loop = asyncio.new_event_loop()
        deadline = loop.time() + a.seconds
        stream = TickStream(client, a.codes)
        while loop.time() < deadline:
            try:
                loop.run_until_complete(stream.session(lambda t: print(json.dumps(t)), lambda: loop.time() >= deadline))
            except (OSError, websockets.ConnectionClosed) as e:
                print(f"reconnecting after {e!r}", file=sys.stderr)
                loop.run_until_complete(asyncio.sleep(1))


if __name__ == "__main__":
    main()
