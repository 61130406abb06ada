"""Success criteria: every pre-launch target of the campaign against its actual and benchmark.

Input: the campaign's rows of ``targets`` (campaign-level, or narrowed to a channel), the campaign
counts and the benchmarks. Output: the ``success_criteria`` stage, table ``criteria`` with one row
per target: metric, channel, target, actual, direction (``min``: at least, ``max``: at most), met
(None when the actual is undefined), benchmark, benchmark_status (``below``/``on``/``above``).
A target is met exactly (no tolerance: it is the team's own line); the benchmark comparison uses
the tolerance band.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.postmortem.campaign import CampaignInfo, campaign_targets
from debrief.postmortem.compare import position
from debrief.postmortem.measures import Scope, counts, metric_from_counts
from debrief.postmortem.references import References
from debrief.postmortem.text import label, metric_text, sentence, was
from debrief.results import Finding, StageResult
from debrief.wording.language import assert_observational

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["criteria_rows", "success_criteria"]


def target_met(actual: float | None, target: float, direction: str) -> bool | None:
    """Whether ``actual`` meets ``target`` (``min``: at least, ``max``: at most)."""
    if actual is None:
        return None
    return actual >= target if direction == "min" else actual <= target


def criteria_rows(
    ws: Workspace, info: CampaignInfo, refs: References, as_of: dt.date, tolerance: float
) -> list[dict[str, Any]]:
    """One row per target of the campaign (see the module docstring)."""
    cache: dict[str | None, dict[str, float | None]] = {}
    rows = []
    for t in campaign_targets(ws, info.campaign_id):
        ch = t["channel"]
        if ch not in cache:
            cache[ch] = counts(
                ws,
                Scope(
                    campaign_id=info.campaign_id,
                    channels=(ch,) if ch else None,
                    as_of=as_of,
                ),
            )
        m = metric_from_counts(t["metric"], cache[ch])
        bench = refs.benchmark(t["metric"], ch) or (
            refs.benchmark(t["metric"]) if ch is None else None
        )
        rows.append(
            {
                "metric": t["metric"],
                "channel": ch,
                "target": t["target"],
                "actual": m.value,
                "direction": t["direction"],
                "met": target_met(m.value, t["target"], t["direction"]),
                "benchmark": bench[0] if bench else None,
                "benchmark_status": position(m.value, bench[0], tolerance) if bench else None,
                "numerator": m.numerator,
                "denominator": m.denominator,
            }
        )
    rows.sort(key=lambda r: (r["channel"] is not None, r["channel"] or "", r["metric"]))
    return rows


def _statement(r: dict[str, Any], currency: str) -> str:
    where = f" on {r['channel']}" if r["channel"] else ""
    bound = "at least" if r["direction"] == "min" else "at most"
    s = (
        f"{label(r['metric'])}{where} {was(r['metric'])} {metric_text(r['metric'], r['actual'], currency)} against a "
        f"target of {bound} {metric_text(r['metric'], r['target'], currency)}"
    )
    if r["benchmark"] is not None:
        s += f" and a benchmark of {metric_text(r['metric'], r['benchmark'], currency)}"
    return sentence(s + ".")


def success_criteria(
    ws: Workspace,
    info: CampaignInfo,
    refs: References,
    as_of: dt.date,
    tolerance: float,
    currency: str = "USD",
) -> StageResult:
    """The ``success_criteria`` stage."""
    rows = criteria_rows(ws, info, refs, as_of, tolerance)
    findings = []
    for i, r in enumerate(rows):
        if r["met"] is None:
            continue
        kind = (
            "target_met"
            if r["met"]
            else ("below_target" if r["direction"] == "min" else "above_target")
        )
        subject: dict[str, Any] = {"campaign_id": info.campaign_id}
        if r["channel"]:
            subject["channel"] = r["channel"]
        findings.append(
            Finding(
                id=f"success_criteria.{i + 1}",
                stage="success_criteria",
                kind=kind,
                statement=_statement(r, currency),
                subject=subject,
                metric=r["metric"],
                actual=r["actual"],
                reference=r["target"],
                reference_kind="target",
                severity="info" if r["met"] else "warning",
                evidence={
                    "numerator": r["numerator"],
                    "denominator": r["denominator"],
                    "benchmark": r["benchmark"],
                },
            )
        )
    assert_observational(f.statement for f in findings)
    notes = []
    if not rows:
        notes.append("The campaign has no pre-launch targets in the targets table.")
    met = sum(1 for r in rows if r["met"])
    notes.append(f"{met} of {len(rows)} targets met.")
    return StageResult(
        stage="success_criteria",
        tables={"criteria": rows},
        findings=tuple(findings),
        notes=tuple(notes),
    )
