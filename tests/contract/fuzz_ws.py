"""The WebSocket part of the fuzz run: raw clients (standard library, so frames can be as wrong as
wanted) sending random messages to /ws and /ws/prices/{code}. Every text frame the server sends
must be a JSON array of typed messages; errors carry a code of api.md; a client that broke no
framing rule still gets its pong at the end."""
import base64
import json
import os
import socket
import struct
import time

from harness import PATIENCE

WS_ERRORS = {"bad_request", "unauthorized", "unknown_code", "subscription_limit", "slow_client",
             "too_many_connections"}


def frame(opcode, payload, fin=True, mask=True):
    head = bytes([(0x80 if fin else 0) | opcode])
    n = len(payload)
    bit = 0x80 if mask else 0
    if n < 126:
        head += bytes([bit | n])
    elif n < 65536:
        head += bytes([bit | 126]) + struct.pack("!H", n)
    else:
        head += bytes([bit | 127]) + struct.pack("!Q", n)
    if not mask:
        return head + payload
    key = os.urandom(4)
    return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


class RawWs:
    def __init__(self, port, path):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("closed during the handshake")
            self.buf += chunk
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        self.status = int(head.split(b" ")[1])
        self.texts, self.closed, self.close_code = [], False, None

    def send(self, data):
        try:
            self.sock.sendall(data)
        except OSError:
            self.closed = True

    def pump(self, seconds):
        """Reads what arrives for `seconds`, answering pings; keeps the text messages."""
        deadline = time.monotonic() + seconds
        while not self.closed and time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                break
            except OSError:
                chunk = b""
            if not chunk:
                self.closed = True
                break
            self.buf += chunk
            self._frames()

    def _frames(self):
        while len(self.buf) >= 2:
            opcode, n, at = self.buf[0] & 0x0F, self.buf[1] & 0x7F, 2
            if n == 126:
                if len(self.buf) < 4:
                    return
                n, at = struct.unpack("!H", self.buf[2:4])[0], 4
            elif n == 127:
                if len(self.buf) < 10:
                    return
                n, at = struct.unpack("!Q", self.buf[2:10])[0], 10
            if len(self.buf) < at + n:
                return
            payload, self.buf = self.buf[at:at + n], self.buf[at + n:]
            if opcode == 1:
                self.texts.append(payload)
            elif opcode == 8:
                self.close_code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                self.closed = True
            elif opcode == 9:
                self.send(frame(0xA, payload))

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def random_message(rng, codes):
    """A text or binary frame a confused or hostile client might send, and whether it breaks framing."""
    op = rng.choice(["subscribe", "unsubscribe", "list", "ping", "auth", "nope", "", None, 7])
    msg = {"op": op, "id": rng.choice([1, -1, "x", None, 2 ** 63, [1], {"a": 1}])}
    pick = rng.random()
    if pick < 0.4:
        msg["codes"] = rng.choice([[rng.choice(codes)], ["zz"], "005930", [1, None], [], ["005930"] * 500,
                                   [rng.choice(codes) for _ in range(rng.randint(1, 50))], {"a": "b"}])
        text = json.dumps(msg)
    elif pick < 0.55:
        text = json.dumps(msg)[:rng.randint(0, 20)]                      # cut short
    elif pick < 0.65:
        text = "[" * rng.randint(1, 5000)                                  # deep nesting
    elif pick < 0.72:
        return frame(0x2, rng.randbytes(rng.randint(0, 300))), False         # binary
    elif pick < 0.78:
        return frame(0x1, b"\xff\xfe" + rng.randbytes(8)), True              # not UTF-8
    elif pick < 0.83:
        return frame(0x1, b"x" * (70 * 1024)), True                       # over 64 KiB
    elif pick < 0.88:
        return frame(0x9, b"fuzz"), False                                 # client ping
    elif pick < 0.92:
        body = json.dumps(msg).encode()
        return frame(0x1, body[:3], fin=False) + frame(0x0, body[3:]), False   # fragmented
    elif pick < 0.95:
        return frame(rng.choice([0x3, 0x7, 0xB]), b"??"), True           # reserved opcode
    elif pick < 0.97:
        return frame(0x1, b'{"op":"ping"}', mask=False), True             # unmasked
    else:
        text = json.dumps(msg, ensure_ascii=False) + "\u0000\u2028한글"
    return frame(0x1, text.encode()), False


def check_texts(ws, what, checks):
    for t in ws.texts:
        try:
            msgs = json.loads(t)
        except ValueError:
            checks.check(False, f"{what}: a frame that is not JSON: {t[:120]!r}")
            continue
        if not checks.check(isinstance(msgs, list) and all(isinstance(m, dict) and "type" in m for m in msgs),
                            f"{what}: a frame that is not an array of typed messages: {t[:120]!r}"):
            continue
        for m in msgs:
            if m["type"] == "error":
                checks.check(m.get("code") in WS_ERRORS and isinstance(m.get("message", ""), str),
                             f"{what}: error outside api.md: {m}")


def fuzz_websocket(port, codes, rng, seconds, checks):
    deadline, clients = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        path = rng.choice(["/ws", "/ws", f"/ws/prices/{rng.choice(codes)}", "/ws/prices/zz", "/ws?token=x"])
        try:
            ws = RawWs(port, path)
        except (OSError, ConnectionError, ValueError, IndexError) as e:
            checks.check(False, f"WebSocket {path}: no handshake ({e})")
            if isinstance(e, ConnectionRefusedError):
                return clients                   # the server is gone: the summary says so
            continue
        clients += 1
        broken = ws.status != 101
        for _ in range(rng.randint(1, 40)):
            if ws.closed or broken:
                break
            data, breaks = random_message(rng, codes)
            ws.send(data)
            broken = broken or breaks
            ws.pump(0.005)
        if not broken and not ws.closed:
            ws.send(frame(0x1, b'{"op":"ping","id":424242}'))
            # Up to 40 ops wait before the ping (subscribes hop to the feed's thread): seconds
            # on a native machine, more under emulation (i386 through qemu-user).
            until = time.monotonic() + 10 * PATIENCE
            while not ws.closed and time.monotonic() < until and not any(b'"id":424242' in t for t in ws.texts):
                ws.pump(0.2)
            checks.check(any(b'"pong"' in t and b'"id":424242' in t for t in ws.texts),
                         f"WebSocket {path}: no pong after valid-framed random messages (closed={ws.closed}, "
                         f"code={ws.close_code})")
        else:
            ws.pump(0.05)
        check_texts(ws, f"WebSocket {path}", checks)
        ws.close()
    return clients


def churn(port, codes, rng, seconds, checks):
    """Clients that subscribe to codes nobody watches yet and vanish at once, while ticks flow:
    a change that resumed after its client had gone once left a dangling pointer in the hub's
    tick index (heap corruption a moment later). The server must simply carry on."""
    deadline, clients = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        try:
            ws = RawWs(port, "/ws")
        except (OSError, ConnectionError, ValueError, IndexError) as e:
            checks.check(False, f"churn: no handshake ({e})")
            return clients
        clients += 1
        ws.send(frame(0x1, json.dumps({"op": "subscribe", "codes": rng.sample(codes, 50), "id": 1}).encode()))
        ws.pump(0.005)
        for _ in range(3):
            ws.send(frame(0x2, rng.randbytes(90)))
            ws.pump(0.005)
        ws.close()
    return clients
