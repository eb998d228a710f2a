#!/usr/bin/env python3
"""WebSocket clients that subscribe and then stop reading: the slow readers of a memory or
contract benchmark. Standard library only (raw sockets), so any Python 3 runs it.

    tools/ws-idle-clients.py --url ws://127.0.0.1:8000/ws --clients 128 --codes 005930,000660 \
        --seconds 60

Each client shrinks its receive buffer, does the handshake, sends one subscribe message and
reads nothing more for --seconds. Then it drains what the server sent and reports, per client,
whether the server told it slow_client and closed with 1008 (the contract of ../shared/api.md)
or the connection was reset. Prints one JSON object.
"""
import argparse
import concurrent.futures
import base64
import json
import os
import socket
import struct
import sys
import time
from urllib.parse import urlparse


def handshake(url, rcvbuf):
    u = urlparse(url)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.connect((u.hostname, u.port or 80))
    key = base64.b64encode(os.urandom(16)).decode()
    path = (u.path or "/") + (("?" + u.query) if u.query else "")
    s.sendall((f"GET {path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
               "Sec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = s.recv(1)
        if not chunk:
            raise ConnectionError("closed during the handshake")
        head += chunk
    if b" 101 " not in head.split(b"\r\n", 1)[0]:
        raise ConnectionError(head.split(b"\r\n", 1)[0].decode(errors="replace"))
    return s


def frame(text):
    payload = text.encode()
    mask = os.urandom(4)
    n = len(payload)
    head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack("!H", n))
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def drain(s, limit_s):
    """Reads until the server closes (or limit_s passes); returns (bytes, reset)."""
    s.settimeout(1.0)
    data, deadline = bytearray(), time.monotonic() + limit_s
    while time.monotonic() < deadline:
        try:
            chunk = s.recv(1 << 20)
        except socket.timeout:
            continue
        except ConnectionResetError:
            return bytes(data), True
        if not chunk:
            return bytes(data), False
        data += chunk
    return bytes(data), False


def frames(data):
    """Yields (opcode, payload) of the server's (unmasked) frames; stops at a truncated one."""
    i = 0
    while i + 2 <= len(data):
        op, n = data[i] & 0x0F, data[i + 1] & 0x7F
        i += 2
        if n == 126:
            n, i = struct.unpack("!H", data[i:i + 2])[0], i + 2
        elif n == 127:
            n, i = struct.unpack("!Q", data[i:i + 8])[0], i + 8
        if i + n > len(data):
            return
        yield op, data[i:i + n]
        i += n


def verdict(data, reset):
    told, close_code, ticks = False, None, 0
    for op, payload in frames(data):
        if op == 0x1:
            told = told or b'"slow_client"' in payload
            ticks += payload.count(b'"type":"tick"')
        elif op == 0x8 and len(payload) >= 2:
            close_code = struct.unpack("!H", payload[:2])[0]
    return {"told_slow": told, "close_code": close_code, "reset": reset, "ticks": ticks}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--url", required=True)
    p.add_argument("--clients", type=int, default=128)
    p.add_argument("--codes", default="005930")
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--rcvbuf", type=int, default=4096)
    a = p.parse_args()
    sub = json.dumps({"op": "subscribe", "codes": a.codes.split(","), "id": 1})
    socks = []
    for _ in range(a.clients):
        s = handshake(a.url, a.rcvbuf)
        s.sendall(frame(sub))
        socks.append(s)
    time.sleep(a.seconds)
    # Every client drains at once, as idle readers waking together would: drained one after
    # another, the later ones would be past the server's grace only because of this script.
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(socks) or 1) as pool:
        results = [verdict(*r) for r in pool.map(lambda s: drain(s, 30), socks)]
    for s in socks:
        s.close()
    out = {
        "clients": a.clients,
        "told_slow_then_1008": sum(r["told_slow"] and r["close_code"] == 1008 for r in results),
        "closed_other": sum(r["close_code"] not in (None, 1008) for r in results),
        "reset_or_untold": sum(r["reset"] or (r["close_code"] == 1008 and not r["told_slow"]) for r in results),
        "still_open": sum(r["close_code"] is None and not r["reset"] for r in results),
        "ticks_read_after_pause": sum(r["ticks"] for r in results),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
