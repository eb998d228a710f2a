#!/usr/bin/python3
"""The OpenAPI document checked by tools nobody here wrote (pinned, from the cache that
.ci/npm-tools.sh fills): Redocly's CLI lints it (resources/api/redocly.yaml: the strict
recommended rules), and Stoplight Prism in proxy mode (--errors) validates every live answer
of the real server to a representative request set (tests/contract/requests.py) against it.
A control run first proves the harness sees a violation: a copy of the document whose Health
schema no answer can meet must be reported.

usage: openapi_tools.py PATH/TO/cybos-server SOURCE_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import PATIENCE, Checks, request, run_against_server, skip  # noqa: E402
from requests_set import KEY, run_set  # noqa: E402

CACHE = os.environ.get("CYBOS_NPM_CACHE", "/var/cache/cybos-server/npm")
BIN = os.path.join(CACHE, "node_modules", ".bin")


class Prism:
    """`prism proxy SPEC UPSTREAM --errors` on a free port; requests go through it."""

    def __init__(self, spec, upstream):
        self.proc = subprocess.Popen([os.path.join(BIN, "prism"), "proxy", spec, upstream, "--errors",
                                      "--validate-request", "false", "--port", "0", "--cors", "false"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
        self.log, self.base, found = [], None, threading.Event()

        def drain():
            for line in self.proc.stdout:
                self.log.append(line)
                m = re.search(r"Prism is listening on (http://[\d.]+:\d+)", line)
                if m:
                    self.base = m.group(1)
                    found.set()
            found.set()
        threading.Thread(target=drain, daemon=True).start()
        if not found.wait(60 * PATIENCE) or not self.base:
            self.stop()
            raise RuntimeError("prism did not start:\n" + "".join(self.log[-20:]))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)


def redocly(spec, source):
    config = os.path.join(source, "resources", "api", "redocly.yaml")
    return subprocess.run([os.path.join(BIN, "redocly"), "lint", "--config", config, "--format", "stylish", spec],
                          capture_output=True, text=True, env={**os.environ, "REDOCLY_TELEMETRY": "off",
                                                               "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"})


def lint(source, checks):
    """The document passes the strict rules; a copy with one operation's id taken away does not."""
    spec = os.path.join(source, "resources", "api", "openapi.json")
    r = redocly(spec, source)
    out = r.stdout + r.stderr
    checks.check(r.returncode == 0 and "warning" not in out and " error " not in out, "redocly lint:\n" + out[-3000:])
    with open(spec, encoding="utf-8") as f:
        doc = json.load(f)
    del doc["paths"]["/api/health"]["get"]["operationId"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(doc, f)
    r = redocly(f.name, source)
    os.unlink(f.name)
    checks.check(r.returncode != 0 and "operation-operationId" in r.stdout + r.stderr, "control: redocly let a missing operationId pass")


def control(server, source, checks):
    """A document the server cannot meet: Prism must answer 500 VIOLATIONS with sl-violations."""
    with open(os.path.join(source, "resources", "api", "openapi.json"), encoding="utf-8") as f:
        doc = json.load(f)
    doc["components"]["schemas"]["Health"]["properties"]["status"]["enum"] = ["never"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(doc, f)
    prism = Prism(f.name, server.base)
    try:
        status, _, headers = request(prism.base, "GET", "/api/health")
        checks.check(status == 500 and "sl-violations" in headers,
                     f"control: a broken document went unnoticed by prism ({status}, {headers})")
    finally:
        prism.stop()
        os.unlink(f.name)


def validate_answers(server, source, checks):
    codes = server.wait_ready({"Authorization": "Bearer " + KEY})
    control(server, source, checks)
    prism = Prism(os.path.join(source, "resources", "api", "openapi.json"), server.base)
    try:
        answers = run_set(prism.base, codes)
    finally:
        prism.stop()
    for what, status, body, headers in answers:
        violations = headers.get("sl-violations")
        checks.check(not violations, f"{what}: {status} violates the document: {violations}")
        checks.check(status != 0 and "stoplight.io/prism" not in body.decode(errors="replace"),
                     f"{what}: prism answered {status} itself: {body[:300]!r}")
    checks.check(len(answers) >= 60, f"only {len(answers)} requests were made")


def main():
    binary, source = sys.argv[1], sys.argv[2]
    if not (os.access(os.path.join(BIN, "prism"), os.X_OK) and os.access(os.path.join(BIN, "redocly"), os.X_OK)):
        skip(f"redocly/prism are not in {CACHE} (.ci/npm-tools.sh installs them)")
    checks = Checks()
    lint(source, checks)
    run_against_server(binary, ["--api-key", KEY, "--subscribe", "005930,000660"],
                       lambda server, c: validate_answers(server, source, c), checks)


if __name__ == "__main__":
    main()
