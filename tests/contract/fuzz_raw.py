"""The raw part of the fuzz run: malformed HTTP on bare sockets (bad request lines, huge headers,
negative Content-Length, broken chunking, a TLS ClientHello, bad upgrades), and half-sent
requests held open. The server may close such a connection without a word; when it answers,
the answer is no 5xx but 503 and an error in the envelope."""
import os
import socket
import time

from harness import envelope_problem

# A TLS 1.2 ClientHello (record header, handshake header, random, no session, two suites, SNI).
TLS_HELLO = bytes.fromhex(
    "16030100a5010000a10303") + os.urandom(32) + bytes.fromhex(
    "000004c02fc030010000740000000e000c0000096c6f63616c686f7374000b000403000102000a000a0008001d00170018"
    "0019000d0020001e060106020603050105020503040104020403030103020303020102020203")


def malformed(port, rng):
    host = f"Host: 127.0.0.1:{port}\r\n"
    cases = [
        b"GARBAGE\r\n\r\n", b"GET\r\n\r\n", b"GET /api/health HTTP/9.9\r\n" + host.encode() + b"\r\n",
        b"GET /api/health\r\n\r\n", b"\x00\x01\x02\x03\r\n\r\n", b"GET /api/health HTTP/1.1\r\n\r\n",
        b"GET /" + b"a" * 200_000 + b" HTTP/1.1\r\n" + host.encode() + b"\r\n",
        b"GET /api/health HTTP/1.1\r\n" + host.encode() + b"X-Big: " + b"b" * 2_000_000 + b"\r\n\r\n",
        b"GET /api/health HTTP/1.1\r\n" + host.encode() + b"".join(b"X-%d: y\r\n" % i for i in range(20000)) + b"\r\n",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Content-Length: -5\r\n\r\n{}",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Content-Length: abc\r\n\r\n{}",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Content-Length: 99999999999999999999\r\n\r\n{}",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Content-Length: 2\r\nContent-Length: 7\r\n\r\n{}",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Transfer-Encoding: chunked\r\n\r\nZZ\r\nxx\r\n0\r\n\r\n",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Transfer-Encoding: chunked\r\n\r\n"
        b"fffffffffffffffffff\r\nxx\r\n\r\n",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n"
        b"3\r\n{}}\r\n0\r\n\r\n",
        b"POST /api/subscriptions HTTP/1.1\r\n" + host.encode() + b"Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}",
        TLS_HELLO, b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        b"GET /ws HTTP/1.1\r\n" + host.encode() + b"Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
        b"GET /ws HTTP/1.1\r\n" + host.encode() + b"Upgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: x\r\nSec-WebSocket-Version: 99\r\n\r\n",
        b"GET /api/health HTTP/1.1\r\n" + host.encode() + b"Upgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\n"
        b"HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n",
        b"POST /ws HTTP/1.1\r\n" + host.encode() + b"Upgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n",
        b"GET /api/health HTTP/1.1\r\n" + host.encode() + b"\r\nGET /api/status HTTP/1.1\r\n" + host.encode() + b"\r\n",
        b"GET /api/health HTTP/1.1\r\nHost: \xff\xfe\r\n\r\n", b"GET /api/health HTTP/1.1\r\n" + host.encode() + b"Bad Header\r\n\r\n",
        b"GET /api/%zz%00 HTTP/1.1\r\n" + host.encode() + b"\r\n", b"GET http://x/ HTTP/1.1\r\n" + host.encode() + b"\r\n",
        b"CONNECT 127.0.0.1:22 HTTP/1.1\r\n" + host.encode() + b"\r\n",
    ]
    for _ in range(20):
        cases.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 2000))))
    return cases


def read_answer(sock, seconds):
    """Bytes the server sends before it closes or goes quiet for `seconds`."""
    sock.settimeout(seconds)
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (socket.timeout, OSError):
            return data
        if not chunk:
            return data
        data += chunk
        if b"\r\n\r\n" in data:
            head, body = data.split(b"\r\n\r\n", 1)
            length = [int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:")]
            if length and len(body) >= length[0]:
                return data


def judge(data, what, checks):
    """The first response in `data` (if any): no 5xx but 503, errors in the envelope."""
    if not data:
        return
    head, _, body = data.partition(b"\r\n\r\n")
    line = head.split(b"\r\n")[0].split(b" ")
    status = int(line[1]) if len(line) > 1 and line[1].isdigit() else 0
    headers = {h.split(b":")[0].strip().lower(): h.split(b":", 1)[1].strip()
               for h in head.split(b"\r\n")[1:] if b":" in h}
    length = int(headers.get(b"content-length", b"0") or 0)
    checks.check(status and (status < 500 or status == 503), f"raw {what}: answered {line[:3]}")
    if status >= 400:
        problem = envelope_problem(status, body[:length], headers.get(b"content-type", b"").decode(errors="replace"))
        checks.check(problem is None, f"raw {what}: {problem}")


def fuzz_raw(port, rng, checks):
    for i, payload in enumerate(malformed(port, rng)):
        what = f"case {i} ({payload[:40]!r})"
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        except OSError as e:
            checks.check(False, f"raw {what}: cannot connect ({e})")
            continue
        try:
            sock.sendall(payload)
        except OSError:
            pass                                   # the server may close before all is sent
        else:
            judge(read_answer(sock, 2.0), what, checks)
        finally:
            sock.close()


def half_sent(port, rng, count=50):
    """Sockets holding requests the server cannot finish: cut off in the line, the headers or the body."""
    held = []
    parts = [b"GET /api/hea", b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
             b"POST /api/subscriptions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"codes\":",
             b"POST /api/subscriptions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{",
             b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"]
    for i in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(parts[i % len(parts)])
        held.append(s)
    return held


def health_latency(port, attempts=5):
    """Seconds each of `attempts` sequential GET /api/health took (None: no 200 within 10 s)."""
    out = []
    for _ in range(attempts):
        started = time.monotonic()
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            s.sendall(f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
            data = read_answer(s, 10)
            s.close()
            out.append(time.monotonic() - started if data.startswith(b"HTTP/1.1 200") else None)
        except OSError:
            out.append(None)
    return out
