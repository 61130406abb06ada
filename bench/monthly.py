"""Benchmark: the whole monthly review on a large demo company.

Generates the demo company with ``--scale`` times its touchpoints (default 1000: about 98.5M
touchpoints) and ``--lead-scale`` times its leads (default 470: about 10M leads) as Parquet, in
chunks (bench/company.py), ingests it into a DuckDB workspace, then runs ``debrief monthly`` for
2026-10. Each step runs in its own process and reports its own wall time, CPU time and peak memory
(ru_maxrss), so one step's memory does not hide another's; the load average is printed at the end
(on a shared machine wall time measures the neighbours too).

    .venv/bin/python bench/monthly.py [--scale 100 --lead-scale 100] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

STEP = textwrap.dedent(
    """
    import json, resource, sys, time
    t0, c0 = time.perf_counter(), time.process_time()
    {body}
    print(json.dumps({{"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      **extra}}))
    """
)

GENERATE = """
from pathlib import Path
sys.path.insert(0, sys.argv[5])
from company import generate
extra = generate(Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]))
"""

INGEST = """
from debrief.ingest import ingest
ingest([sys.argv[1]], sys.argv[2])
extra = {}
"""

MONTHLY = """
import datetime as dt
from debrief.engine import Request, run
from debrief.render import write_report
stages = {}
report = run(Request(kind="monthly_review", workspace=sys.argv[2], month="2026-10",
                     as_of=dt.date(2026, 11, 23), progress=lambda s: print(s, file=sys.stderr)))
write_report(report, sys.argv[3])
extra = {"findings": len(report.all_findings()),
         "stages": {k: ("skipped" if v.skipped else "ok") for k, v in report.stages.items()}}
"""


def _step(name: str, body: str, *args: str) -> dict[str, object]:
    code = STEP.format(body=textwrap.indent(textwrap.dedent(body), "").strip())
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"{name} failed")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["step"] = name
    # Each step as it ends (a 100M run takes a while; a cut run still shows its finished steps).
    print(f"{name}: {json.dumps(result)}; load {os.getloadavg()[0]:.1f}", flush=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1000.0, help="touchpoints: demo x SCALE")
    ap.add_argument("--lead-scale", type=float, default=None, help="leads (default 0.47 x SCALE)")
    ap.add_argument("--chunks", type=int, default=None, help="generated in chunks of scale 50")
    ap.add_argument("--keep", type=Path, default=None, help="keep the generated data here")
    ap.add_argument("--data", type=Path, default=None, help="use data bench/company.py wrote")
    a = ap.parse_args()
    root = a.keep or Path(tempfile.mkdtemp(prefix="debrief-bench-"))
    data, ws, out = a.data or root / "data", str(root / "bench.duckdb"), str(root / "out")
    Path(ws).unlink(missing_ok=True)
    try:
        rows = (
            []
            if a.data
            else [
                _step(
                    "generate",
                    GENERATE,
                    str(data),
                    str(a.scale),
                    str(a.scale * 0.47 if a.lead_scale is None else a.lead_scale),
                    str(a.chunks or max(1, round(a.scale / 50))),
                    str(Path(__file__).parent),
                ),
            ]
        )
        rows.append(_step("ingest", INGEST, str(data), ws))
        rows.append(_step("monthly review", MONTHLY, str(data), ws, out))
    finally:
        if a.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(f"\nMonthly review benchmark (scale {a.scale:g})")
    print(f"{'step':<16}{'wall s':>10}{'CPU s':>10}{'peak MB':>10}  detail")
    for r in rows:
        detail = {k: v for k, v in r.items() if k not in ("step", "seconds", "cpu", "peak_mb")}
        print(
            f"{r['step']:<16}{r['seconds']:>10.1f}{r['cpu']:>10.1f}{r['peak_mb']:>10.0f}  "
            f"{json.dumps(detail)}"
        )
    print(f"{os.cpu_count()} cores, load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
