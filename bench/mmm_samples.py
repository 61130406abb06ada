"""``debrief ingest`` + ``debrief mmm`` on every shared MMM sample, as a stranger would: one
Markdown row each (docs/mmm.md quotes the table), with the wall time and the 1-minute load.

Usage: ``.venv/bin/python bench/mmm_samples.py [sample ...]`` (names as in ``MMM_SAMPLES`` of
tests/ingest/test_wide.py, which says how each sample loads).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROOT = REPO.parent / "shared" / "data" / "mmm_samples"
DEBRIEF = str(Path(sys.executable).parent / "debrief")


def _samples() -> dict:
    sys.path.insert(0, str(REPO / "tests" / "ingest"))
    from test_wide import MMM_SAMPLES  # type: ignore[import-not-found]

    return MMM_SAMPLES


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def _run(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.time()
    done = subprocess.run(["nice", "-n", "10", DEBRIEF, *args], capture_output=True, text=True)
    return done, time.time() - t0


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _errors(fit: dict) -> str:
    """Held-back WAPE (the model's score since 4 Dec evening) and MAPE, each with in-sample."""
    if "holdout_wape" not in fit:
        return f"MAPE {_pct(fit['holdout_mape'])} (in sample {_pct(fit['mape'])})"
    return (
        f"WAPE {_pct(fit['holdout_wape'])} (in sample {_pct(fit['wape'])}), MAPE "
        f"{_pct(fit['holdout_mape'])} (in sample {_pct(fit['mape'])})"
    )


def _readout(report: Path) -> str:
    st = json.loads(report.read_text())["stages"]["marketing_mix"]["tables"]
    ch, fit = st["channels"], st["fit"][0]
    top = max(ch, key=lambda r: -1e99 if r["marginal_roas"] is None else r["marginal_roas"])
    kinds = sorted({str(w.get("kind") or w.get("warning")) for w in st.get("warnings") or []})
    return (
        f"{len(ch)} channels ({', '.join(r['channel'] for r in ch)}); kpi {fit['kpi']}, "
        f"{fit['periods']} {fit['grain']} periods; top marginal ROAS {top['channel']} "
        f"{top['marginal_roas']:.2f} ({top['marginal_roas_low']:.2f}-"
        f"{top['marginal_roas_high']:.2f}); R² {fit['r2']:.2f}, held-back "
        + _errors(fit)
        + (f"; warnings: {', '.join(kinds)}" if kinds else "")
    )


def main(names: list[str]) -> None:
    samples = _samples()
    out = Path(tempfile.mkdtemp(prefix="mmm-samples-"))
    for name in names or sorted(samples):
        flags = samples.get(name)
        stem = Path(name).stem
        ws = str(out / f"{stem}.duckdb")
        args = [a for k, v in (flags or {}).items() for a in (f"--{k}", ",".join(v))]
        how = "as it comes" if flags == {} else "refused" if flags is None else " ".join(args)
        ing, t_ing = _run("ingest", str(ROOT / name), "-w", ws, *args)
        if ing.returncode != 0:
            first = (ing.stdout + ing.stderr).strip().splitlines()[0][:160]
            print(f"| {name} | {how} | not run: {first} | ingest {t_ing:.1f} s | {_load()} |")
            continue
        mm, t_mmm = _run("mmm", "-w", ws, "--out", str(out / stem))
        times = f"ingest {t_ing:.1f} s, mmm {t_mmm:.1f} s"
        if mm.returncode != 0:
            last = (mm.stdout + mm.stderr).strip().splitlines()[-1][:200]
            print(f"| {name} | {how} | mmm failed: {last} | {times} | {_load()} |")
            continue
        print(f"| {name} | {how} | {_readout(out / stem / 'report.json')} | {times} | {_load()} |")


if __name__ == "__main__":
    main(sys.argv[1:])
