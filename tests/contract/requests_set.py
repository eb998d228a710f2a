"""A representative request set: every documented HTTP route, its success and its error cases,
as a client of ../shared/api.md would send them (the server runs with the API key KEY)."""
import json

from harness import request

KEY = "contract-key"
AUTH = {"Authorization": "Bearer " + KEY}


def reads(code, other):
    """GET requests: (what, path) — each answered 2xx or an error of the envelope."""
    return [
        ("health", "/api/health"), ("status", "/api/status"), ("metrics", "/metrics"),
        ("openapi", "/api/openapi.json"), ("docs", "/docs"),
        ("stocks", "/api/stocks?limit=3"), ("stocks filtered", "/api/stocks?market=kospi&market=etf&q=%EC%82%BC%EC%84%B1"),
        ("stocks kospi200", "/api/stocks?index=kospi200&status=normal&limit=2"), ("stocks csv", "/api/stocks?limit=2&format=csv"),
        ("stocks bad limit", "/api/stocks?limit=0"), ("stocks bad market", "/api/stocks?market=nyse"),
        ("stocks bad token", "/api/stocks?page_token=%%%"), ("stock", f"/api/stocks/{code}"),
        ("stock cybos form", f"/api/stocks/A{code}"), ("stock bad code", "/api/stocks/zz"),
        ("stock unknown", "/api/stocks/999999"),
        ("quote", f"/api/prices/{code}"), ("quote fresh", f"/api/prices/{other}?fresh=true"),
        ("quote bad code", "/api/prices/12"), ("quote unknown", "/api/prices/999999"),
        ("quote bad wait", f"/api/prices/{code}?max_wait_ms=-5"),
        ("quotes", f"/api/prices?codes={code},{other},999999"), ("quotes none", "/api/prices"),
        ("quotes bad", "/api/prices?codes=zz"), ("quotes too many", "/api/prices?codes=" + ",".join(["005930"] * 401)),
        ("history", f"/api/prices/{code}/history?limit=3"), ("history 1m", f"/api/prices/{code}/history?interval=1m&limit=3"),
        ("history range", f"/api/prices/{code}/history?interval=1w&from=2026-01-01&to=2026-06-30&adjusted=false"),
        ("history csv", f"/api/prices/{code}/history?limit=2&format=csv"),
        ("history bad interval", f"/api/prices/{code}/history?interval=2h"),
        ("history bad from", f"/api/prices/{code}/history?from=yesterday"),
        ("history bad format", f"/api/prices/{code}/history?format=xml"),
        ("orderbook", f"/api/orderbook/{code}"), ("orderbook bad", "/api/orderbook/x"),
        ("ticks since", "/api/ticks?since_seq=0&limit=3"), ("ticks since csv", "/api/ticks?since_seq=0&limit=2&format=csv"),
        ("ticks since bad", "/api/ticks?since_seq=abc"), ("ticks since missing", "/api/ticks"),
        ("ticks since limit", "/api/ticks?since_seq=0&limit=10001"),
        ("ticks code", f"/api/ticks/{code}?limit=3"), ("ticks code range", f"/api/ticks/{code}?from=2026-01-01&to=1999999999999"),
        ("ticks code csv", f"/api/ticks/{code}?limit=2&format=csv"), ("ticks code bad to", f"/api/ticks/{code}?to=soon"),
        ("ticks code bad", "/api/ticks/!!"), ("subscriptions", "/api/subscriptions"),
        ("job unknown", "/api/jobs/987654"), ("job bad id", "/api/jobs/abc"),
    ]


def writes(code, other):
    """(what, method, path, body): mutating calls, success and error."""
    return [
        ("sync", "POST", "/api/stocks/sync", None), ("sync again", "POST", "/api/stocks/sync", None),
        ("pin", "POST", "/api/subscriptions", {"codes": [code, other]}),
        ("pin bad code", "POST", "/api/subscriptions", {"codes": ["zz"]}),
        ("pin not a list", "POST", "/api/subscriptions", {"codes": "005930"}),
        ("pin bad json", "POST", "/api/subscriptions", b"{codes:"),
        ("pin too large", "POST", "/api/subscriptions", b'{"codes":["' + b"0" * (1100 * 1024) + b'"]}'),
        ("unpin", "DELETE", f"/api/subscriptions/{other}", None), ("unpin bad", "DELETE", "/api/subscriptions/zz", None),
        ("backfill", "POST", "/api/history/backfill", {"codes": [code], "interval": "1d", "from": "2026-10-01"}),
        ("backfill bad interval", "POST", "/api/history/backfill", {"codes": [code], "interval": "7x"}),
        ("backfill no codes", "POST", "/api/history/backfill", {"interval": "1d"}),
        ("rate", "POST", "/api/emulator/rate", {"ticks_per_s": 400}),
        ("rate bad", "POST", "/api/emulator/rate", {"ticks_per_s": -1}),
        ("disconnect bad", "POST", "/api/emulator/disconnect", {"seconds": 0}),
        ("ingest (relay only)", "POST", "/api/ingest", {"source": "x", "ticks": []}),
    ]


def run_set(base, codes):
    """Sends every request of the set through `base`; [(what, status, body, headers)]."""
    code, other = codes[0], codes[1]
    out = []
    for what, path in reads(code, other):
        out.append((what, *request(base, "GET", path, headers=AUTH)))
    for what, method, path, body in writes(code, other):
        out.append((what, *request(base, method, path, body=body, headers=AUTH)))
        if what == "sync":
            job = json.loads(out[-1][2] or b"{}").get("job", {}).get("id")
            out.append(("job", *request(base, "GET", f"/api/jobs/{job}", headers=AUTH)))
    # Pages: the token handed out comes back with the other parameters unchanged.
    _, body, _ = request(base, "GET", f"/api/ticks/{code}?limit=2", headers=AUTH)
    token = json.loads(body or b"{}").get("next_page_token")
    if token:
        out.append(("ticks page 2", *request(base, "GET", f"/api/ticks/{code}?limit=2&page_token={token}", headers=AUTH)))
    out.append(("wrong key", *request(base, "GET", "/api/status", headers={"Authorization": "Bearer wrong"})))
    out.append(("foreign host", *request(base, "GET", "/api/status", headers={**AUTH, "Host": "evil.example"})))
    out.append(("foreign origin", *request(base, "GET", "/api/status", headers={**AUTH, "Origin": "http://evil.example"})))
    return out
