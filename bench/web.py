"""Benchmark: how long ``debrief serve`` takes to answer each page on the demo.

Serves the workspace and knowledge base that ``make demo`` leaves (three monthly reviews, six
post-mortems, their changes and a benchmark recalibration) with the real app on a real uvicorn
server, and times each page over HTTP from a client on the same machine (wall time from request
to the last byte):

* **cold**: the first request of each page after the server starts, with the background warm-up
  turned off — the worst case: the report is read from the knowledge base, its charts drawn;
* **warm**: ``--repeat`` requests of each page afterwards (median, 95th percentile, max).

The reference ("peer") is the same October review as a static file: ``debrief-out/report.html``
served by Starlette's FileResponse on the same kind of server, which is what a reader opening the
delivered file over HTTP would wait for. The budget is 200 ms a page.

    make demo && .venv/bin/python bench/web.py [--repeat 30] [-w demo-data/debrief.duckdb]
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import statistics
import sys
import threading
import time
from pathlib import Path

BUDGET_MS = 200.0
TOKEN = "bench-token-0123456789abcdef"


def _serve(app) -> tuple[int, object]:
    """``app`` on a free port, on a socket made as ``debrief serve`` makes it."""
    import uvicorn

    from debrief.cli.serve import bind

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return port, server


def _connect(port: int) -> http.client.HTTPConnection:
    """One keep-alive connection, as a browser keeps one."""
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    con.connect()
    return con


def _timed_get(con: http.client.HTTPConnection, path: str) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    con.request("GET", path, headers={"Authorization": f"Bearer {TOKEN}"})
    res = con.getresponse()
    body = res.read()
    return (time.perf_counter() - t0) * 1000, res.status, len(body)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-w", "--workspace", default="demo-data/debrief.duckdb")
    ap.add_argument("--kb", default=None)
    ap.add_argument("--report", default="debrief-out/report.html", help="the static peer")
    ap.add_argument("--repeat", type=int, default=30)
    a = ap.parse_args()
    if not Path(a.workspace).is_file():
        print(f"No workspace at {a.workspace}: run `make demo` first.", file=sys.stderr)
        return 1

    from starlette.applications import Starlette
    from starlette.responses import FileResponse
    from starlette.routing import Route

    from debrief.kb import KnowledgeBase, default_kb_url
    from debrief.web import Access, ServeConfig, create_app

    kb_url = a.kb or default_kb_url(a.workspace)
    kb = KnowledgeBase.open(kb_url, create=False)
    if kb is None:
        print(f"No knowledge base at {kb_url}: run `make demo` first.", file=sys.stderr)
        return 1
    rows = kb.list_reports()
    kb.close()
    reviews = [r for r in rows if r["kind"] == "monthly_review"]
    postmortems = [r for r in rows if r["kind"] == "post_mortem"]
    if not reviews or not postmortems:
        print("The knowledge base needs a review and a post-mortem: run `make demo`.")
        return 1
    october = max(reviews, key=lambda r: r["period_start"])
    pm = postmortems[0]

    t0 = time.perf_counter()
    app = create_app(
        ServeConfig(
            workspace=a.workspace,
            kb_url=kb_url,
            access=Access(token=TOKEN, cookie_name="bench", allowed_hosts=None),
            warm=False,
        )
    )
    port, server = _serve(app)
    start_ms = (time.perf_counter() - t0) * 1000
    pages = [
        ("home", "/"),
        (f"review {october['period_start'].isoformat()[:7]}", f"/reports/{october['id']}"),
        (f"post-mortem {pm['campaign_id']}", f"/reports/{pm['id']}"),
        ("knowledge base", "/kb"),
        ("kb search 'mobile'", "/kb?q=mobile"),
        ("compare roas", "/compare?metric=roas"),
        ("compare AO-DISPLAY", "/compare?campaign=AO-DISPLAY&metric=roas"),
        ("campaign AO-DISPLAY", "/campaigns/AO-DISPLAY"),
    ]
    con = _connect(port)
    cold = {}
    for name, path in pages:
        ms, status, size = _timed_get(con, path)
        assert status == 200, (path, status)
        cold[name] = (ms, size)
    peer = Starlette(routes=[Route("/report.html", lambda r: FileResponse(a.report))])
    peer_port, peer_server = _serve(peer)
    pcon = _connect(peer_port)
    warm: dict[str, list[float]] = {name: [] for name, _ in pages}
    static: list[float] = []
    cpu0 = time.process_time()
    for _ in range(a.repeat):  # the peer interleaved with the pages: both see the same load
        for name, path in pages:
            warm[name].append(_timed_get(con, path)[0])
        static.append(_timed_get(pcon, "/report.html")[0])
    cpu_ms = (time.process_time() - cpu0) * 1000 / (a.repeat * (len(pages) + 1))
    server.should_exit = peer_server.should_exit = True
    static_ms = statistics.median(static)

    print(
        f"debrief serve on {a.workspace}: {len(reviews)} reviews, {len(postmortems)} post-mortems"
    )
    print(f"app built and listening in {start_ms:.0f} ms; {a.repeat} warm requests a page")
    print(
        f"{'page':<26} {'KB':>6} {'cold ms':>8} {'median':>7} {'p95':>7} {'max':>7} "
        f"{'x static':>8}  budget"
    )
    worst = 0.0
    for name, _ in pages:
        xs = sorted(warm[name])
        p95 = xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
        ms, size = cold[name]
        worst = max(worst, p95)
        print(
            f"{name:<26} {size / 1024:>6.0f} {ms:>8.1f} {statistics.median(xs):>7.1f} "
            f"{p95:>7.1f} {xs[-1]:>7.1f} {statistics.median(xs) / static_ms:>8.1f}  "
            f"{'ok' if p95 < BUDGET_MS else 'OVER'}"
        )
    review_ms = statistics.median(warm[pages[1][0]])
    print(
        f"peer: report.html as a static file ({Path(a.report).stat().st_size / 1024:.0f} KB) "
        f"median {static_ms:.1f} ms; the review page takes {review_ms / static_ms:.1f}x that "
        "('x static': each page's warm median against it)"
    )
    print(f"CPU per warm page (server and client, one process): {cpu_ms:.1f} ms")
    print(f"worst warm p95 {worst:.1f} ms against a budget of {BUDGET_MS:.0f} ms")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load average {load} at {dt.datetime.now().isoformat(timespec='seconds')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
