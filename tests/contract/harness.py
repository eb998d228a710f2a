"""Shared by the contract checks under tests/contract: the real cybos-server on the emulator,
started headless on port 0 (the port read from its "listening on" line), and the ways a check
reports. Standard library only, so Debian's /usr/bin/python3 runs it as it is.

Exit codes: 0 passed, 1 failed, 77 skipped (a tool the check needs is not installed; CTest
knows 77 as SKIP_RETURN_CODE).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

SKIP = 77
PATIENCE = int(os.environ.get("CYBOS_TEST_PATIENCE", "4"))   # as tests/support/patience.h


def skip(reason):
    print(f"SKIP: {reason}")
    print("0 passed, 0 failed, 1 skipped")
    sys.exit(SKIP)


class Server:
    """One cybos-server child; stderr is drained by a thread and searched for the port."""

    def __init__(self, binary, extra_args=(), rate=400):
        self.folder = tempfile.TemporaryDirectory(prefix="cybos-contract-")
        args = [binary, "--headless", "--backend", "emulator", "--port", "0", "--bind", "127.0.0.1",
                "--db", os.path.join(self.folder.name, "contract.db"), "--emulator-rate", str(rate),
                "--log-level", "info", "--log-file", os.path.join(self.folder.name, "server.log"), *extra_args]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     errors="replace")
        self.log, self.port = [], 0
        self._found = threading.Event()
        threading.Thread(target=self._drain, daemon=True).start()
        if not self._found.wait(30 * PATIENCE) or not self.port:
            self.stop()
            raise RuntimeError("cybos-server did not say where it listens:\n" + "".join(self.log[-20:]))
        self.base = f"http://127.0.0.1:{self.port}"

    def _drain(self):
        pattern = re.compile(r"listening on (?:https?://)?[^:\s]+:(\d+)")
        for line in self.proc.stderr:
            self.log.append(line)
            m = pattern.search(line)
            if m and not self.port:
                self.port = int(m.group(1))
                self._found.set()
        self._found.set()

    def alive(self):
        return self.proc.poll() is None

    def wait_ready(self, headers=None, codes=200):
        """Until the feed is connected and the stock master lists `codes` KOSPI 200 codes."""
        deadline = time.monotonic() + 60 * PATIENCE
        while time.monotonic() < deadline and self.alive():
            status, body, _ = request(self.base, "GET", f"/api/stocks?index=kospi200&limit={codes}", headers=headers)
            if status == 200 and len(json.loads(body).get("items", [])) >= codes:
                return [s["code"] for s in json.loads(body)["items"]]
            time.sleep(0.3)
        raise RuntimeError("the server did not list its stocks in time:\n" + "".join(self.log[-20:]))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30 * PATIENCE)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


def request(base, method, path, body=None, headers=None, timeout=30):
    """(status, body bytes, headers dict with lower-case names); status 0 when nothing came."""
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers=dict(headers or {}))
    if data is not None and "Content-Type" not in req.headers:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read(), {k.lower(): v for k, v in r.headers.items()}
    except urllib.error.HTTPError as e:
        return e.code, e.read(), {k.lower(): v for k, v in e.headers.items()}
    except (urllib.error.URLError, OSError):
        return 0, b"", {}


def envelope_problem(status, body, content_type):
    """Why a non-2xx answer is not the envelope of api.md, or None when it is."""
    if "application/json" not in (content_type or ""):
        return f"{status} with content type {content_type!r}"
    try:
        error = json.loads(body).get("error")
    except (ValueError, AttributeError):
        return f"{status} with a body that is not a JSON object: {body[:120]!r}"
    if not isinstance(error, dict) or not re.fullmatch(r"[a-z][a-z0-9_]*", str(error.get("code", ""))) \
            or not isinstance(error.get("message"), str) or not error["message"]:
        return f"{status} without error.code (snake_case) and error.message: {body[:160]!r}"
    return None


class Checks:
    """Counts checks and keeps the failures; finish() prints them and the closing line."""

    def __init__(self):
        self.passed, self.failures = 0, []

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
        return ok

    def finish(self):
        for f in self.failures[:40]:
            print("FAIL:", f)
        if len(self.failures) > 40:
            print(f"... and {len(self.failures) - 40} more")
        print(f"{self.passed} passed, {len(self.failures)} failed")
        sys.exit(1 if self.failures else 0)


def run_against_server(binary, extra_args, body, checks=None):
    """Starts the server, runs body(server, checks), then requires that it is still alive and
    shuts down cleanly; prints the verdict and exits."""
    checks = checks or Checks()
    server = Server(binary, extra_args)
    try:
        body(server, checks)
        checks.check(server.alive(), "the server died")
    except OSError as e:
        checks.check(False, f"{type(e).__name__}: {e}")
    finally:
        code = server.stop()
    if not checks.check(code == 0, f"the server did not shut down cleanly (exit {code})"):
        print("server log:\n" + "".join(server.log[-40:]))
    checks.finish()
