"""``make bench``: every benchmark, one after the other, each printing its own table of ratios.

    .venv/bin/python bench/run.py [--quick]

``--quick`` runs small sizes (a smoke run of the scripts, not a measurement).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    runs = [
        [sys.executable, str(HERE / "attribution.py"), *(["--quick"] if a.quick else [])],
        [sys.executable, str(HERE / "budget_mmm.py")],
        [sys.executable, str(HERE / "mmm.py"), *(["--quick"] if a.quick else [])],
        [
            sys.executable,
            str(HERE / "ingest.py"),
            *(["--ad-rows", "20000", "--touch-rows", "100000"] if a.quick else []),
        ],
        [sys.executable, str(HERE / "monthly.py"), "--scale", "2" if a.quick else "100"],
        # the pages of `debrief serve` on what `make demo` leaves (it says so when that is absent)
        [sys.executable, str(HERE / "web.py"), "--repeat", "5" if a.quick else "30"],
        [sys.executable, str(HERE / "scenarios.py"), "-n", "6" if a.quick else "200"],
    ]
    status = 0
    for cmd in runs:
        print(
            f"\n$ {' '.join(Path(c).name if i < 2 else c for i, c in enumerate(cmd))}", flush=True
        )
        status |= subprocess.run(cmd, check=False).returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
