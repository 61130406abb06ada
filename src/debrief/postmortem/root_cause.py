"""Root cause: the evidence chain from the diagnosed layer to channels, segments and days.

Input: the diagnosis (its layer and the metric furthest from its reference), the campaign's
counts by channel and by day (summed in the engine), the insights and the timeline. Output: the
``root_cause`` stage, table ``chain``: ordered rows ``level`` (layer | channel | segment | day),
``subject``, ``metric``, ``actual``, ``reference``, ``missing`` and ``statement``.

``missing`` is the shortfall in the metric's own units, against the diagnosis reference:
for a rate or ROAS ``numerator / denominator`` (higher is better) it is
``reference × denominator − numerator`` (the clicks, conversions, SQLs... that the reference rate
would have produced on the same base); for a cost ``spend / units`` (lower is better) it is
``spend / reference − units`` (the units the same spend buys at the reference cost); for a volume it
is ``channel target − actual`` where a channel-level target exists. Channels and days are ranked by
``missing``: the largest explains most of the gap. Timeline events within a day of a listed day
are attached to it. For ``coordination`` the chain lists every channel-level target (all met)
next to the campaign-level shortfall.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.numbers import fmt
from debrief.postmortem.delivery import delivery_rows
from debrief.postmortem.measures import (
    METRICS,
    Scope,
    ad_counts,
    lead_counts,
    lower_is_better,
    metric_from_counts,
    with_revenue,
)
from debrief.postmortem.references import References
from debrief.postmortem.text import label, metric_text, sentence, was
from debrief.results import Finding, StageResult
from debrief.wording.language import assert_observational

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["missing_units", "root_cause"]

_LEAD_NUMS = {"leads", "mqls", "sqls", "opportunities", "won", "closed_opportunities"}


def missing_units(metric: str, c: dict[str, Any], reference: float | None) -> float | None:
    """The shortfall of counts ``c`` against ``reference`` in units (see the module docstring);
    negative when the group is ahead of the reference, None when it cannot be computed."""
    d = METRICS.get(metric)
    if d is None or reference is None or d.denominator is None:
        return None
    num, den = c.get(d.numerator), c.get(d.denominator)
    if num is None or den is None or pd.isna(num) or pd.isna(den):
        return None
    ref = reference / d.scale
    if lower_is_better(metric):
        return None if ref == 0 else float(num) / ref - float(den)
    return ref * float(den) - float(num)


def _grouped(ws: Workspace, metric: str, scope: Scope, by: str) -> list[dict[str, Any]]:
    """Counts grouped by ``by`` from the table that holds the metric's parts."""
    d = METRICS[metric]
    parts = {d.numerator, d.denominator} - {None}
    frames = []
    if parts & _LEAD_NUMS or "revenue" in parts:
        frames.append(lead_counts(ws, scope, by=["created_date" if by == "date" else by]))
    if parts - _LEAD_NUMS:
        frames.append(ad_counts(ws, scope, by=[by]))
    out: dict[Any, dict[str, Any]] = {}
    for f in frames:
        if "created_date" in f.columns:
            f = f.rename(columns={"created_date": "date"})
        for r in f.to_dict("records"):
            key = r.get(by)
            if key is None or (not isinstance(key, str) and pd.isna(key)):
                continue
            out.setdefault(key, {by: key}).update({k: v for k, v in r.items() if k != by})
    return [with_revenue(r) for r in out.values()]


def _channel_reference(
    metric: str,
    channel: str,
    criteria: list[dict[str, Any]],
    refs: References | None,
    campaign_reference: float,
) -> tuple[float, str]:
    """A channel's own reference for a rate: its channel-level target, else its channel
    benchmark, else the campaign's. Channels differ in their economics (a display CVR is not a
    search CVR), so each is read against what was expected of it."""
    for r in criteria:
        if r["channel"] == channel and r["metric"] == metric:
            return r["target"], "target"
    bench = refs.benchmark(metric, channel) if refs is not None else None
    if bench is not None:
        return bench[0], "benchmark"
    return campaign_reference, "campaign"


def _volume_rows(
    ws: Workspace, metric: str, scope: Scope, criteria: list[dict[str, Any]], currency: str
) -> list[dict[str, Any]]:
    """Per-channel volumes against channel-level targets, where they exist."""
    channel_targets = {r["channel"]: r for r in criteria if r["channel"] and r["metric"] == metric}
    out = []
    for c in _grouped(ws, metric, scope, "channel"):
        value = metric_from_counts(metric, c).value
        t = channel_targets.get(c["channel"])
        miss = (t["target"] - value) if t and value is not None else None
        out.append(
            {
                "level": "channel",
                "subject": c["channel"],
                "metric": metric,
                "actual": value,
                "reference": t["target"] if t else None,
                "missing": miss,
                "statement": f"{label(metric)} on {c['channel']} {was(metric)} {metric_text(metric, value, currency)}"
                + (
                    f" against its channel target of {metric_text(metric, t['target'], currency)}."
                    if t
                    else "."
                ),
            }
        )
    return out


def root_cause(
    ws: Workspace,
    campaign_id: str,
    as_of: dt.date | None,
    diagnosis: dict[str, Any],
    evidence: list[dict[str, Any]],
    criteria: list[dict[str, Any]],
    segments: list[dict[str, Any]],
    events: list[dict[str, Any]],
    currency: str = "USD",
    top_days: int = 3,
    refs: References | None = None,
) -> StageResult:
    """The ``root_cause`` stage for the diagnosis (see the module docstring)."""
    problem = diagnosis["problem"]
    if problem == "none" or not evidence:
        return StageResult(
            stage="root_cause",
            tables={"chain": []},
            notes=("No layer was below its references, so there is no shortfall to trace.",),
        )
    top = evidence[0]
    metric, reference = top["metric"], top["reference"]
    chain: list[dict[str, Any]] = [
        {
            "level": "layer",
            "subject": diagnosis["layer"],
            "metric": metric,
            "actual": top["actual"],
            "reference": reference,
            "missing": None,
            "statement": diagnosis["statement"],
        }
    ]
    scope = Scope(campaign_id=campaign_id, as_of=as_of)
    d = METRICS[metric]
    if problem == "coordination":
        for r in (x for x in criteria if x["channel"]):
            chain.append(
                {
                    "level": "channel",
                    "subject": r["channel"],
                    "metric": r["metric"],
                    "actual": r["actual"],
                    "reference": r["target"],
                    "missing": None,
                    "statement": (
                        f"{label(r['metric'])} on {r['channel']} {was(r['metric'])} "
                        f"{metric_text(r['metric'], r['actual'], currency)} against its channel target "
                        f"of {metric_text(r['metric'], r['target'], currency)}."
                    ),
                }
            )
    if d.denominator is None and problem != "coordination":
        if metric in ("impressions", "reach") and refs is not None:
            chain.extend(delivery_rows(ws, campaign_id, scope, refs, currency))
        else:
            chain.extend(_volume_rows(ws, metric, scope, criteria, currency))
    if d.denominator is not None:
        by_channel = _grouped(ws, metric, scope, "channel")
        rows = []
        for c in by_channel:
            ref, kind = _channel_reference(metric, c["channel"], criteria, refs, reference)
            miss = missing_units(metric, c, ref)
            rows.append((miss, {**c, "_ref": ref, "_kind": kind}))
        rows.sort(key=lambda x: -(x[0] if x[0] is not None else float("-inf")))
        total_missing = sum(m for m, _ in rows if m is not None and m > 0)
        if problem != "coordination":
            for miss, c in rows:
                value = metric_from_counts(metric, c).value
                share = (miss / total_missing) if miss and miss > 0 and total_missing else 0.0
                kind_text = {
                    "target": "its channel target",
                    "benchmark": "its channel benchmark",
                    "campaign": "the campaign reference",
                }[c["_kind"]]
                chain.append(
                    {
                        "level": "channel",
                        "subject": c["channel"],
                        "metric": metric,
                        "actual": value,
                        "reference": c["_ref"],
                        "reference_kind": c["_kind"],
                        "missing": miss,
                        "share_of_missing": share,
                        "statement": (
                            f"{label(metric)} on {c['channel']} {was(metric)} {metric_text(metric, value, currency)}"
                            f" against {kind_text} of {metric_text(metric, c['_ref'], currency)}"
                            + (
                                f", {fmt(share, 'rate', places=0)} of the campaign's shortfall."
                                if share
                                else "."
                            )
                        ),
                    }
                )
        for s in segments:
            if s["metric"] != metric and METRICS.get(s["metric"], d).layer != d.layer:
                continue
            if s["ratio"] is None or s["ratio"] >= 1:
                continue
            chain.append(
                {
                    "level": "segment",
                    "subject": f"{s['dimension']}={s['value']}",
                    "metric": s["metric"],
                    "actual": s["segment_rate"],
                    "reference": s["rest_rate"],
                    "missing": (s["rest_rate"] - s["segment_rate"]) * s["segment_n"],
                    "statement": s.get("statement", ""),
                }
            )
        days = _grouped(ws, metric, scope, "date")
        ranked = sorted(
            ((missing_units(metric, c, reference), c) for c in days),
            key=lambda x: -(x[0] if x[0] is not None else float("-inf")),
        )
        for miss, c in ranked[:top_days]:
            if miss is None or miss <= 0:
                continue
            day = pd.Timestamp(c["date"]).date()
            near = [
                e
                for e in events
                if abs((pd.Timestamp(e["ts"]).date() - day).days) <= 1
                and e["kind"] not in ("launch", "end")
            ]
            value = metric_from_counts(metric, c).value
            text = (
                f"On {day.isoformat()} {label(metric)} {was(metric)} {metric_text(metric, value, currency)} against "
                f"{metric_text(metric, reference, currency)}"
            )
            if near:
                text += "; events within a day: " + "; ".join(
                    e["description"].rstrip(".") for e in near
                )
            chain.append(
                {
                    "level": "day",
                    "subject": day.isoformat(),
                    "metric": metric,
                    "actual": value,
                    "reference": reference,
                    "missing": miss,
                    "events": [e["description"] for e in near],
                    "statement": text + ".",
                }
            )
    for r in chain:
        r["statement"] = sentence(r["statement"])
    generated = [r["statement"] for r in chain if r["level"] != "segment"]
    assert_observational(generated)
    findings = [
        Finding(
            id=f"root_cause.{i + 1}",
            stage="root_cause",
            kind="shortfall_source",
            statement=r["statement"],
            subject={"campaign_id": campaign_id, r["level"]: r["subject"]}
            if r["level"] in ("channel", "segment")
            else {"campaign_id": campaign_id, "dates": [r["subject"]]},
            metric=r["metric"],
            actual=r["actual"],
            reference=r["reference"],
            reference_kind=top["reference_kind"],
            evidence={"missing": r["missing"]},
        )
        for i, r in enumerate(x for x in chain if x["level"] in ("channel", "day"))
        if r.get("missing") and r["missing"] > 0
    ]
    return StageResult(
        stage="root_cause",
        tables={"chain": chain},
        findings=tuple(findings),
        notes=(
            f"Shortfalls are in {label(metric)} units against the diagnosis reference "
            f"({metric_text(metric, reference, currency)}).",
        ),
    )
