"""Benchmark: ``debrief ingest`` on large generated files.

Writes ``ad_performance.csv`` (``--ad-rows``, default 2,000,000: CSV, the slow format) and
``touchpoints.parquet`` (``--touch-rows``, default 10,000,000: a year of a mid-size team's
touches), then ingests each into a fresh DuckDB workspace in its own process, so the peak memory
printed (ru_maxrss) is that ingest's alone. Prints rows, file size, wall and CPU seconds, peak MB
and the load average (wall time on a shared machine measures the neighbours too).

There is no peer: no other tool validates a marketing table against a contract. The figures in
docs/data-contract.md ("Large files") come from this script.

    .venv/bin/python bench/ingest.py [--ad-rows N] [--touch-rows N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

CHANNELS = np.array(["paid_search", "paid_social", "display", "email", "video"])

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from debrief.ingest import ingest
    path = Path(sys.argv[1])
    t0, c0 = time.perf_counter(), time.process_time()
    ingest([path], path.parent / (path.stem + ".duckdb"))
    print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    """
)


def ad_performance(n: int, out: Path) -> Path:
    """``n`` ad-day rows: 365 days per ad, 200 campaigns over five channels."""
    rng = np.random.default_rng(1)
    ad = np.arange(n) // 365
    table = pa.table(
        {
            "date": (np.datetime64("2026-01-01") + (np.arange(n) % 365)).astype(str),
            "channel": CHANNELS[ad % 5],
            "campaign_id": np.char.add("C", (ad % 200).astype(str)),
            "ad": np.char.add("ad", ad.astype(str)),
            "spend": np.round(rng.random(n) * 100, 2),
            "impressions": rng.integers(1000, 5000, n),
            "clicks": rng.integers(0, 100, n),
            "conversions": rng.integers(0, 5, n),
        }
    )
    path = out / "ad_performance.csv"
    pacsv.write_csv(table, path)
    return path


def touchpoints(n: int, out: Path) -> Path:
    """``n`` touches of ``n / 3`` people over a year, UTC timestamps."""
    rng = np.random.default_rng(2)
    micros = rng.integers(0, 365 * 86_400 * 10**6, n).astype("timedelta64[us]")
    table = pa.table(
        {
            "user_id": np.char.add("u", rng.integers(0, max(n // 3, 1), n).astype(str)),
            "ts": pa.array(
                np.datetime64("2026-01-01T00:00:00", "us") + micros, pa.timestamp("us", "UTC")
            ),
            "channel": CHANNELS[rng.integers(0, 5, n)],
            "campaign_id": np.char.add("C", rng.integers(0, 200, n).astype(str)),
            "interaction": np.array(["impression", "click", "visit"])[rng.integers(0, 3, n)],
        }
    )
    path = out / "touchpoints.parquet"
    pq.write_table(table, path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ad-rows", type=int, default=2_000_000)
    ap.add_argument("--touch-rows", type=int, default=10_000_000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/debrief-bench-ingest"))
    a = ap.parse_args()
    print("| file | rows | MB | wall s | CPU s | peak MB |\n| --- | --- | --- | --- | --- | --- |")
    for make, n in ((ad_performance, a.ad_rows), (touchpoints, a.touch_rows)):
        d = a.dir / make.__name__
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.duckdb*"):
            old.unlink()  # a fresh workspace: the swap into an existing one is not what is timed
        path = make(n, d)
        run = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=False
        )
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return run.returncode
        r = json.loads(run.stdout.strip().splitlines()[-1])
        size = path.stat().st_size / 1e6
        print(
            f"| {path.name} | {n:,} | {size:,.0f} | {r['seconds']:.1f} | {r['cpu']:.1f} | "
            f"{r['peak_mb']:,.0f} |"
        )
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
