#!/usr/bin/python3
"""/docs rendered by Debian's chromium, headless, with no network but the server on 127.0.0.1:
every other host name resolves to nothing and every other address goes to a proxy that refuses.
Passes when the rendered page (scripts removed, so the inlined document does not count) shows
every operation of /api/openapi.json as ReDoc renders one: its method and its path, and loads
nothing from outside (no src= or stylesheet from a remote address).

usage: docs_chromium.py PATH/TO/cybos-server SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import PATIENCE, request, run_against_server, skip  # noqa: E402


def render(url):
    browser = shutil.which("chromium")
    with tempfile.TemporaryDirectory(prefix="cybos-chromium-") as profile:
        r = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--disable-extensions", "--disable-background-networking", "--user-data-dir=" + profile,
                            "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                            "--virtual-time-budget=20000", "--dump-dom", url],
                           capture_output=True, text=True, errors="replace", timeout=120 * PATIENCE)
    return r.returncode, r.stdout, r.stderr


def check_docs(server, checks):
    status, body, _ = request(server.base, "GET", "/api/openapi.json")
    checks.check(status == 200, f"/api/openapi.json answered {status}")
    documented = {(method, path) for path, ops in json.loads(body)["paths"].items() for method in ops}
    code, dom, err = render(server.base + "/docs")
    checks.check(code == 0 and "</html>" in dom, f"chromium exited {code}: {err[-1500:]}")
    page = re.sub(r"<script\b.*?</script>", "", dom, flags=re.S)
    shown = set(re.findall(r'http-verb (\w+)">\1</span><span[^>]*>([^<]+)</span>', page))
    for method, path in sorted(documented):
        checks.check((method, path) in shown, f"the rendered page does not show {method.upper()} {path}")
    checks.check(len(documented) >= 20, f"only {len(documented)} operations documented")
    remote = re.findall(r'<(?:script|link|img|iframe)\b[^>]*(?:src|href)="(https?://(?!127\.0\.0\.1)[^"]+)"', dom)
    checks.check(not remote, f"the page loads from outside: {remote[:5]}")


def main():
    if not shutil.which("chromium"):
        skip("chromium is not installed (Debian package chromium; .ci/setup.sh installs it)")
    run_against_server(sys.argv[1], [], check_docs)


if __name__ == "__main__":
    main()
