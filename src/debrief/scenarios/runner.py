"""Issue 10's scenarios, many at a time: each result streamed to a log, figures at any time.

    python -m debrief.scenarios.runner -n 200 [--first 0] [--jobs 2] [--log run.jsonl] [--json out.json]
    python -m debrief.scenarios.runner --summarise run.jsonl

Each scenario's result is appended to ``--log`` (one JSON line, flushed) as soon as it is done, so
a run stopped half way keeps what it measured; rerunning with the same log skips the seeds it
holds. ``--summarise`` prints the figures of a log, finished or not. Scoring is
:mod:`debrief.scenarios.evaluate`; what the figures mean is docs/scenarios.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from debrief.numbers import fmt
from debrief.scenarios.company import DIAGNOSES
from debrief.scenarios.evaluate import (
    OTHER,
    ScenarioResult,
    run_scenario,
    summarise,
)

__all__ = [
    "confusion_table",
    "format_summary",
    "main",
    "read_log",
    "run_many",
]


def _one(seed: int) -> ScenarioResult:
    return run_scenario(seed)


def result_from(d: dict[str, Any]) -> ScenarioResult:
    """A :class:`ScenarioResult` from its JSON form (a log line)."""
    names = {f.name for f in dataclasses.fields(ScenarioResult)}
    kept = {k: v for k, v in d.items() if k in names}
    kept["diagnoses"] = {k: tuple(v) for k, v in (kept.get("diagnoses") or {}).items()}
    return ScenarioResult(**kept)


def read_log(path: Path) -> list[ScenarioResult]:
    """Every result in a log, in seed order (a line cut short by a stopped run is skipped)."""
    out: dict[int, ScenarioResult] = {}
    if not path.exists():
        return []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            r = result_from(json.loads(line))
        except (ValueError, TypeError):
            continue
        out[r.seed] = r
    return [out[s] for s in sorted(out)]


def run_many(seeds: Iterable[int], jobs: int = 1, log: Path | None = None) -> list[ScenarioResult]:
    """Run ``seeds`` (``jobs`` processes), appending each result to ``log`` as it finishes;
    seeds already in ``log`` are read back, not rerun. Results come back in seed order."""
    seeds = list(seeds)
    done = {r.seed: r for r in read_log(log)} if log else {}
    todo = [s for s in seeds if s not in done]
    sink = log.open("a", encoding="utf-8") if log else None
    try:

        def keep(r: ScenarioResult) -> None:
            done[r.seed] = r
            if sink is not None:
                sink.write(json.dumps(dataclasses.asdict(r), default=str) + "\n")
                sink.flush()

        if jobs <= 1:
            for s in todo:
                keep(run_scenario(s))
        elif todo:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor, as_completed

            # spawn, not fork: a forked child would share the parent's open DuckDB handles
            ctx = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
                for fut in as_completed([pool.submit(_one, s) for s in todo]):
                    keep(fut.result())
    finally:
        if sink is not None:
            sink.close()
    return [done[s] for s in seeds]


def confusion_table(results: list[ScenarioResult]) -> str:
    """The confusion matrix as a Markdown table (rows planted, columns reported)."""
    cm = Counter(p for r in results for p in r.diagnoses.values())
    reported = [*DIAGNOSES, *OTHER]
    reported += sorted({b for _, b in cm} - set(reported))
    short = {
        "landing_page_or_offer": "offer",
        "lead_quality_or_handoff": "handoff",
        "coordination": "coord",
    }
    head = "| planted \\ reported | " + " | ".join(short.get(c, c) for c in reported) + " | n |"
    lines = [head, "|" + " --- |" * (len(reported) + 2)]
    for a in DIAGNOSES:
        row = [cm.get((a, b), 0) for b in reported]
        lines.append(f"| {a} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    return "\n".join(lines)


def format_summary(s: dict[str, Any]) -> str:
    def pct(x: float | None) -> str:
        return fmt(x, "rate", places=1)

    out = [
        f"scenarios: {s['scenarios']}, flights: {s['flights']}, "
        f"{fmt(s['seconds_per_scenario'], places=1)} s per scenario, errors in {s['errors']}",
        f"diagnosis accuracy: {pct(s['accuracy'])}; healthy flights given a problem: "
        f"{pct(s['healthy_flagged'])} of {s['healthy_flights']}",
        f"planted facts in the key insights: {pct(s['facts_in_key_insights'])}",
        "| fact | found | key insight | action | stated twice in key insights |",
        "| --- | --- | --- | --- | --- |",
    ]
    for fact, v in s["facts"].items():
        out.append(
            f"| {fact} | {pct(v['found'])} | {pct(v['key_insight'])} | {pct(v['action'])} | "
            f"{pct(v['repeated'])} |"
        )
    out += [
        f"hidden tracking gaps (another campaign of the channel delivering) found: "
        f"{pct(s['hidden_tracking_gap_found'])}",
        f"bottom campaigns with a success-criterion ROAS target found: "
        f"{pct(s['criterion_bottom_campaign_found'])}",
        f"attribution credits each conversion id once: {pct(s['attribution_counts_ids_once'])}",
        f"duplicate ids reported by data quality: {pct(s['duplicates_reported'])}",
        f"blank end_date refused at ingest: {pct(s['blank_end_date_refused'])}",
        f"debrief due lists an ongoing campaign: {pct(s['due_lists_ongoing'])}",
        f"overspend cut beside a reallocation into the same channel: {pct(s['contradictions'])}",
    ]
    return "\n".join(out)


def report(results: list[ScenarioResult], wall: float | None = None, jobs: int = 1) -> str:
    """The confusion matrix and the summary figures, as printed by :func:`main`."""
    out = [confusion_table(results), "", format_summary(summarise(results))]
    if wall is not None:
        out.append(f"\nwall time {fmt(wall, places=0)} s with {jobs} job(s)")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="number of scenarios")
    ap.add_argument("--first", type=int, default=0, help="first seed")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--log", type=Path, default=None, help="append each result here (JSON lines)")
    ap.add_argument("--summarise", type=Path, default=None, help="print the figures of a log")
    ap.add_argument("--json", type=Path, default=None, help="write every result here")
    a = ap.parse_args(argv)
    if a.summarise is not None:
        results = read_log(a.summarise)
        print(report(results))
        return 0
    t0 = time.perf_counter()
    results = run_many(range(a.first, a.first + a.n), a.jobs, a.log)
    print(report(results, time.perf_counter() - t0, a.jobs))
    if a.json:
        a.json.write_text(
            json.dumps(
                {
                    "summary": summarise(results),
                    "results": [dataclasses.asdict(r) for r in results],
                },
                indent=1,
                default=str,
            ),
            encoding="utf-8",
        )
    for r in results:
        for e in r.errors:
            print(f"seed {r.seed}: {e.splitlines()[0] if e else e}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
