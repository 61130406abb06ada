"""Findings of the funnel-health stage: the bottleneck, other significant drops, targets.

Input: the rows built by :mod:`debrief.analyses.funnel_health`. Output: :class:`Finding` objects
whose statements are observations against references (a rate against the trailing three months,
a count against its target), never verdicts.

The bottleneck is the transition whose calendar rate fell furthest, relative to its trailing
three-month rate, among those whose drop is larger than chance (Newcombe's 95% interval for the
difference lies entirely below zero). Relative rather than absolute points, because stage rates
live on different scales (a 5-point fall matters more on a 20% stage than on a 60% one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scipy.stats import false_discovery_control

from debrief.analyses.funnel_measures import RATE_METRICS
from debrief.analyses.funnel_stats import rate_difference
from debrief.results import Finding

if TYPE_CHECKING:
    from debrief.context import StageContext

__all__ = ["funnel_findings", "method_notes", "stage_label"]

STAGE = "funnel_health"
_LABELS = {
    "created": "lead",
    "mql": "MQL",
    "sql": "SQL",
    "opportunity": "opportunity",
    "won": "won",
}
_PLURALS = {"leads": "Leads", "mqls": "MQLs", "sqls": "SQLs", "opportunities": "Opportunities"}


def stage_label(a: str, b: str) -> str:
    """``"SQL → opportunity"`` for the transition ``sql -> opportunity``."""
    return f"{_LABELS[a]} → {_LABELS[b]}"


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%" if abs(x) < 0.1 else f"{x * 100:.0f}%"


def _pts(x: float) -> str:
    return f"{x * 100:+.0f}".replace("-", "−").replace("+", "+")


def _subject_stage(row: dict[str, Any]) -> str:
    return f"{row['from_stage']}_to_{row['to_stage']}"


def _downstream_value(stages: list[dict[str, Any]], to_stage: str, deal: float | None) -> float:
    """Expected revenue of one more lead reaching ``to_stage``: the trailing calendar rates of the
    later transitions times the trailing average deal size (0 when any is unknown)."""
    if deal is None:
        return 0.0
    value, reached = float(deal), False
    for r in stages:
        if r["view"] != "calendar":
            continue
        if reached:
            if r["trailing_rate"] is None:
                return 0.0
            value *= min(1.0, r["trailing_rate"])
        reached = reached or r["to_stage"] == to_stage
    return value


def _bottleneck(
    ctx: StageContext,
    stages: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    velocity: list[dict[str, Any]],
) -> Finding | None:
    drops = [
        r
        for r in stages
        if r["view"] == "calendar"
        and r["rate_change_ci_high"] is not None
        and r["rate_change_ci_high"] < 0
        and r["trailing_rate"]
    ]
    if not drops:
        return None
    r = min(drops, key=lambda x: x["rate_change"] / x["trailing_rate"])
    a, b = r["from_stage"], r["to_stage"]
    label, month = stage_label(a, b), ctx.period.label
    alpha = ctx.settings.funnel.alpha
    level = f"{(1 - alpha) * 100:.0f}%"
    prior = rate_difference(
        r["converted"], r["entered"], r["prior_converted"], r["prior_entered"], alpha
    )
    trailing_deal = next(v["avg_deal_size"] for v in velocity if v["window"] == "trailing")
    missing = (r["trailing_rate"] - r["rate"]) * r["entered"]
    impact = max(0.0, missing * _downstream_value(stages, b, trailing_deal))
    relative = r["rate_change"] / r["trailing_rate"]
    statement = (
        f"{label} was {_pct(r['rate'])} in {month} against {_pct(r['trailing_rate'])} in the "
        f"prior three months (difference {_pts(r['rate_change'])} points, {level} CI "
        f"{_pts(r['rate_change_ci_low'])} to {_pts(r['rate_change_ci_high'])})."
    )
    channels = [
        {k: c[k] for k in ("channel", "entered", "converted", "rate", "trailing_rate")}
        for c in by_channel
        if c["view"] == "calendar" and c["from_stage"] == a and c["to_stage"] == b
    ]
    return Finding(
        id=f"funnel_health-bottleneck-{a}-{b}",
        stage=STAGE,
        kind="bottleneck",
        statement=statement,
        subject={"stage": _subject_stage(r), "dates": [str(ctx.period.start), str(ctx.period.end)]},
        metric=f"{a}_to_{b}_rate",
        actual=r["rate"],
        reference=r["trailing_rate"],
        reference_kind="prior_period",
        severity="critical" if relative <= -0.3 else "warning",
        impact=impact,
        evidence={
            "view": "calendar",
            "definition": f"leads reaching {_LABELS[b]} in {month} ÷ leads reaching {_LABELS[a]} "
            f"in {month}",
            "entered": r["entered"],
            "converted": r["converted"],
            "trailing_entered": r["trailing_entered"],
            "trailing_converted": r["trailing_converted"],
            "difference": r["rate_change"],
            "ci_low": r["rate_change_ci_low"],
            "ci_high": r["rate_change_ci_high"],
            "p_value": r["p_value"],
            "relative_change": relative,
            "prior_month_rate": r["prior_rate"],
            "prior_month_difference": prior.diff if prior else None,
            "prior_month_ci_low": prior.ci_low if prior else None,
            "prior_month_ci_high": prior.ci_high if prior else None,
            "prior_month_p_value": prior.p_value if prior else None,
            "missing_conversions": missing,
            "by_channel": channels,
        },
    )


def _drop_finding(
    ctx: StageContext, r: dict[str, Any], channel: str | None, q: float | None
) -> Finding:
    a, b = r["from_stage"], r["to_stage"]
    where = f" for {channel}" if channel else ""
    level = f"{(1 - ctx.settings.funnel.alpha) * 100:.0f}%"
    subject: dict[str, Any] = {"stage": _subject_stage(r)}
    if channel:
        subject["channel"] = channel
    return Finding(
        id=f"funnel_health-drop-{channel or 'all'}-{a}-{b}",
        stage=STAGE,
        kind="stage_rate_drop",
        statement=(
            f"{stage_label(a, b)}{where} was {_pct(r['rate'])} in {ctx.period.label} against "
            f"{_pct(r['trailing_rate'])} in the prior three months (difference "
            f"{_pts(r['rate_change'])} points, {level} CI {_pts(r['rate_change_ci_low'])} to "
            f"{_pts(r['rate_change_ci_high'])})."
        ),
        subject=subject,
        metric=f"{a}_to_{b}_rate",
        actual=r["rate"],
        reference=r["trailing_rate"],
        reference_kind="prior_period",
        severity="warning",
        evidence={
            "view": "calendar",
            "entered": r["entered"],
            "converted": r["converted"],
            "trailing_entered": r["trailing_entered"],
            "trailing_converted": r["trailing_converted"],
            "p_value": r["p_value"],
            "q_value": q,
        },
    )


def _significant_drop(r: dict[str, Any]) -> bool:
    return r["rate_change_ci_high"] is not None and r["rate_change_ci_high"] < 0


def _channel_drops(
    ctx: StageContext, by_channel: list[dict[str, Any]], skip: tuple[str, str] | None
) -> list[Finding]:
    """Channel drops against the channel's own trailing rate, Benjamini-Hochberg across all
    channel x transition tests (many tests: some would pass by chance)."""
    tested = [r for r in by_channel if r["view"] == "calendar" and r["p_value"] is not None]
    if not tested:
        return []
    qs = false_discovery_control([r["p_value"] for r in tested])
    out = []
    for r, q in zip(tested, qs, strict=True):
        if (r["from_stage"], r["to_stage"]) == skip:
            continue  # the bottleneck finding already lists every channel's rate
        if q < ctx.settings.funnel.alpha and _significant_drop(r):
            out.append(_drop_finding(ctx, r, r["channel"], float(q)))
    return out


def _target_finding(
    ctx: StageContext, fid: str, label: str, metric: str, actual: Any, target: float, direction: str
) -> Finding | None:
    if actual is None:
        return None
    below = actual < target
    off_side = below if direction == "min" else actual > target
    is_rate = metric.endswith("_rate")
    shown = _pct(actual) if is_rate else f"{actual:,.0f}"
    ref = _pct(target) if is_rate else f"{target:,.0f}"
    verb = "were" if label.endswith("s") else "was"
    return Finding(
        id=f"funnel_health-target-{fid}",
        stage=STAGE,
        kind="below_target" if below else "above_target",
        statement=f"{label} {verb} {shown} in {ctx.period.label} against a target of {ref}.",
        subject={"dates": [str(ctx.period.start), str(ctx.period.end)]},
        metric=metric,
        actual=float(actual),
        reference=target,
        reference_kind="target",
        severity="warning" if off_side else "info",
        evidence={"direction": direction},
    )


def funnel_findings(
    ctx: StageContext,
    stages: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    volumes: list[dict[str, Any]],
    velocity: list[dict[str, Any]],
    targets: dict[tuple[str, str | None], tuple[float, str]],
) -> list[Finding]:
    """Every funnel finding for the month: bottleneck first, then drops, then targets."""
    out: list[Finding] = []
    bottleneck = _bottleneck(ctx, stages, by_channel, velocity)
    skip = None
    if bottleneck is not None:
        out.append(bottleneck)
        stage = bottleneck.subject["stage"]
        skip = next((r["from_stage"], r["to_stage"]) for r in stages if _subject_stage(r) == stage)
    for r in stages:
        if (
            r["view"] == "calendar"
            and _significant_drop(r)
            and (r["from_stage"], r["to_stage"]) != skip
        ):
            out.append(_drop_finding(ctx, r, None, None))
    out.extend(_channel_drops(ctx, by_channel, skip))
    for r in stages:
        if r["view"] != "calendar" or r["target"] is None:
            continue
        metric = RATE_METRICS[(r["from_stage"], r["to_stage"])]
        f = _target_finding(
            ctx,
            metric,
            stage_label(r["from_stage"], r["to_stage"]),
            metric,
            r["rate"],
            r["target"],
            targets[(metric, None)][1],
        )
        if f:
            out.append(f)
    for v in volumes:
        if v["target"] is not None:
            label = _PLURALS.get(v["metric"], "Won deals")
            f = _target_finding(
                ctx,
                v["metric"],
                label,
                v["metric"],
                v["actual"],
                v["target"],
                targets[(v["metric"], None)][1],
            )
            if f:
                out.append(f)
    current = next(v for v in velocity if v["window"] == "current")
    for metric, label in (("win_rate", "Win rate"), ("pipeline_velocity", "Pipeline velocity")):
        if (metric, None) in targets:
            target, direction = targets[(metric, None)]
            f = _target_finding(ctx, metric, label, metric, current[metric], target, direction)
            if f:
                out.append(f)
    return out


def method_notes(ctx: StageContext, stages: list[dict[str, Any]]) -> tuple[str, ...]:
    """Short notes on the views, censoring and the bottleneck test, for the report."""
    month = ctx.period.label
    age = (ctx.as_of - ctx.period.end).days
    notes = [
        f"Calendar view: leads reaching the later stage in {month} ÷ leads reaching the earlier "
        "stage in the month (a flow ratio; not censored, can exceed 100% when volume falls).",
        f"Cohort view: leads created in {month}, followed to {ctx.as_of.isoformat()}.",
        "The bottleneck is read on the calendar view against the three months before, pooled; "
        "a drop counts only when its "
        f"{(1 - ctx.settings.funnel.alpha) * 100:.0f}% interval (Newcombe) lies below zero.",
    ]
    censored = [stage_label(r["from_stage"], r["to_stage"]) for r in stages if r["censored"]]
    if censored:
        notes.append(
            f"Cohort rates censored ({age} days since {ctx.period.end.isoformat()}, maturity "
            f"{ctx.settings.funnel.maturity_days} days or the stage's typical lag): "
            + ", ".join(censored)
            + "."
        )
    return tuple(notes)
