"""Findings of the funnel-health stage: the bottleneck, other significant drops, targets.

Input: the rows built by :mod:`debrief.analyses.funnel_health`. Output: :class:`Finding` objects
whose statements are observations against references (a rate against the trailing three months,
a count against its target), never verdicts.

The bottleneck is the transition whose rate fell furthest, relative to the three months before,
among those whose drop is larger than chance. Rates and test come from
:mod:`debrief.analyses.funnel_health.momentum` (stage-entry cohorts followed for a fixed horizon, within
campaigns): the interval of the difference lies entirely below zero and the Holm-adjusted CMH
p-value is under ``alpha``. Relative rather than absolute points, because stage rates live on
different scales (a 5-point fall matters more on a 20% stage than on a 60% one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.analyses.funnel_health.measures import RATE_METRICS
from debrief.metrics.catalogue import kind
from debrief.numbers import fmt
from debrief.results import Finding

if TYPE_CHECKING:
    import datetime as dt

    from debrief.context import StageContext

__all__ = ["VOLUME_LABELS", "funnel_findings", "method_notes", "stage_label"]

STAGE = "funnel_health"
_LABELS = {
    "visit": "visit",
    "created": "lead",
    "mql": "MQL",
    "sql": "SQL",
    "opportunity": "opportunity",
    "won": "won",
}
#: What the ``volumes`` table counts for each stage, as a sentence subject or chart label.
VOLUME_LABELS = {
    "visit": "Visits",
    "created": "Leads",
    "mql": "MQLs",
    "sql": "SQLs",
    "opportunity": "Opportunities",
    "won": "Won deals",
}


def stage_label(a: str, b: str) -> str:
    """``"SQL → opportunity"`` for the transition ``sql -> opportunity``."""
    return f"{_LABELS[a]} → {_LABELS[b]}"


def _pct(x: float) -> str:
    return fmt(x, "rate", places=1 if abs(x) < 0.1 else 0)


def _pts(x: float) -> str:
    return fmt(x, "points", places=0, signed=True, minus="−")


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


def _drop(r: dict[str, Any], alpha: float) -> bool:
    """A drop larger than chance: the within-campaign change is negative, its interval lies below
    zero and the multiplicity-adjusted CMH p-value is under ``alpha``."""
    hi, p = r["rate_change_ci_high"], r.get("p_adjusted")
    return hi is not None and hi < 0 and p is not None and p < alpha


def _relative(r: dict[str, Any]) -> float:
    return r["rate_change"] / r["adjusted_reference"] if r["adjusted_reference"] else 0.0


def _change_text(ctx: StageContext, r: dict[str, Any], where: str = "") -> str:
    a, b = r["from_stage"], r["to_stage"]
    level = fmt(1 - ctx.settings.funnel.alpha, "rate", places=0)
    return (
        f"{stage_label(a, b)}{where} was {_pct(r['adjusted_rate'])} in {ctx.period.label} against "
        f"{_pct(r['adjusted_reference'])} in the prior three months within the same campaigns "
        f"(difference {_pts(r['rate_change'])} points, {level} CI "
        f"{_pts(r['rate_change_ci_low'])} to {_pts(r['rate_change_ci_high'])})."
    )


def _test_evidence(r: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "horizon_days",
        "entered",
        "converted",
        "rate",
        "reference_entered",
        "reference_converted",
        "reference_rate",
        "adjusted_rate",
        "adjusted_reference",
        "rate_change",
        "rate_change_ci_low",
        "rate_change_ci_high",
        "p_value",
        "p_adjusted",
        "strata",
    )
    return {k: r.get(k) for k in keys}


def _bottleneck(
    ctx: StageContext,
    stages: list[dict[str, Any]],
    momentum: list[dict[str, Any]],
    momentum_by_channel: list[dict[str, Any]],
    velocity: list[dict[str, Any]],
) -> Finding | None:
    drops = [r for r in momentum if _drop(r, ctx.settings.funnel.alpha)]
    if not drops:
        return None
    r = min(drops, key=_relative)
    a, b = r["from_stage"], r["to_stage"]
    month = ctx.period.label
    calendar = next(
        x for x in stages if x["view"] == "calendar" and (x["from_stage"], x["to_stage"]) == (a, b)
    )
    trailing_deal = next(v["avg_deal_size"] for v in velocity if v["window"] == "trailing")
    # Leads that would have reached the later stage at the reference rate, over the whole month.
    missing = -r["rate_change"] * calendar["entered"]
    impact = max(0.0, missing * _downstream_value(stages, b, trailing_deal))
    relative = _relative(r)
    channels = [
        {
            k: c[k]
            for k in (
                "channel",
                "entered",
                "converted",
                "adjusted_rate",
                "adjusted_reference",
                "rate_change",
                "p_value",
            )
        }
        for c in momentum_by_channel
        if (c["from_stage"], c["to_stage"]) == (a, b) and c["entered"] > 0
    ]
    return Finding(
        id=f"funnel_health-bottleneck-{a}-{b}",
        stage=STAGE,
        kind="bottleneck",
        statement=_change_text(ctx, r),
        subject={"stage": f"{a}_to_{b}", "dates": [str(ctx.period.start), str(ctx.period.end)]},
        metric=f"{a}_to_{b}_rate",
        actual=r["adjusted_rate"],
        reference=r["adjusted_reference"],
        reference_kind="prior_period",
        severity="critical" if relative <= -0.3 else "warning",
        impact=impact,
        evidence={
            "method": f"leads reaching {_LABELS[a]} in {month} and whether they reached "
            f"{_LABELS[b]} within {fmt(r['horizon_days'], 'number', places=0)} days, against the three months before; "
            "campaign-stratified (Mantel-Haenszel) difference, Cochran-Mantel-Haenszel test",
            **_test_evidence(r),
            "relative_change": relative,
            "prior_month_difference": r["prior_rate_change"],
            "prior_month_ci_low": r["prior_rate_change_ci_low"],
            "prior_month_ci_high": r["prior_rate_change_ci_high"],
            "prior_month_p_value": r["prior_p_value"],
            "calendar_rate": calendar["rate"],
            "calendar_trailing_rate": calendar["trailing_rate"],
            "missing_conversions": missing,
            "by_channel": channels,
        },
    )


def _drop_finding(
    ctx: StageContext, r: dict[str, Any], channel: str | None, q: float | None
) -> Finding:
    a, b = r["from_stage"], r["to_stage"]
    subject: dict[str, Any] = {"stage": f"{a}_to_{b}"}
    if channel:
        subject["channel"] = channel
    return Finding(
        id=f"funnel_health-drop-{channel or 'all'}-{a}-{b}",
        stage=STAGE,
        kind="stage_rate_drop",
        statement=_change_text(ctx, r, f" for {channel}" if channel else ""),
        subject=subject,
        metric=f"{a}_to_{b}_rate",
        actual=r["adjusted_rate"],
        reference=r["adjusted_reference"],
        reference_kind="prior_period",
        severity="warning",
        evidence={**_test_evidence(r), "adjusted_p_value": q},
    )


def _channel_drops(
    ctx: StageContext, by_channel: list[dict[str, Any]], skip: tuple[str, str] | None
) -> list[Finding]:
    """Channel drops against the channel's own trailing rate (Benjamini-Hochberg q-values)."""
    return [
        _drop_finding(ctx, r, r["channel"], r["p_adjusted"])
        for r in by_channel
        # The bottleneck finding already lists every channel's change on its transition.
        if (r["from_stage"], r["to_stage"]) != skip and _drop(r, ctx.settings.funnel.alpha)
    ]


def _target_finding(
    ctx: StageContext, fid: str, label: str, metric: str, actual: Any, target: float, direction: str
) -> Finding | None:
    if actual is None:
        return None
    below = actual < target
    off_side = below if direction == "min" else actual > target
    is_rate = kind(metric, default=None) == "rate"
    # Pipeline velocity is money per day; the other non-rates are counts of leads.
    unit = f" {ctx.settings.currency} per day" if metric == "pipeline_velocity" else ""
    shown = _pct(actual) if is_rate else f"{fmt(actual, 'number', places=0)}{unit}"
    ref = _pct(target) if is_rate else f"{fmt(target, 'number', places=0)}{unit}"
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
    momentum: list[dict[str, Any]],
    momentum_by_channel: list[dict[str, Any]],
    volumes: list[dict[str, Any]],
    velocity: list[dict[str, Any]],
    targets: dict[tuple[str, str | None], tuple[float, str]],
) -> list[Finding]:
    """Every funnel finding for the month: bottleneck first, then drops, then targets."""
    out: list[Finding] = []
    bottleneck = _bottleneck(ctx, stages, momentum, momentum_by_channel, velocity)
    skip = None
    if bottleneck is not None:
        out.append(bottleneck)
        skip = next(
            (r["from_stage"], r["to_stage"])
            for r in momentum
            if f"{r['from_stage']}_to_{r['to_stage']}" == bottleneck.subject["stage"]
        )
    for r in momentum:
        if _drop(r, ctx.settings.funnel.alpha) and (r["from_stage"], r["to_stage"]) != skip:
            out.append(_drop_finding(ctx, r, None, r["p_adjusted"]))
    out.extend(_channel_drops(ctx, momentum_by_channel, skip))
    for r in stages:
        if r["view"] != "calendar" or r["target"] is None:
            continue
        metric = RATE_METRICS.get((r["from_stage"], r["to_stage"]))
        if metric is None:
            continue  # a bridged transition (a stage not recorded) has no target name
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
            f = _target_finding(
                ctx,
                v["metric"],
                VOLUME_LABELS[v["stage"]],
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


def method_notes(
    ctx: StageContext,
    stages: list[dict[str, Any]],
    age: float,
    recorded: tuple[str, ...] = tuple(_LABELS),
    seen: dt.date | None = None,
) -> tuple[str, ...]:
    """Short notes on the views, censoring and the bottleneck test, for the report; ``age`` is
    the days the month's youngest leads have been followed, ``recorded`` the stages the data has,
    ``seen`` the last day the leads record a stage when that is before the as-of date."""
    month = ctx.period.label
    followed = f"followed to {ctx.as_of.isoformat()}"
    if seen is not None and seen < ctx.as_of:
        followed = (
            f"followed to {seen.isoformat()}, the last day the leads record a stage (the review "
            f"is as of {ctx.as_of.isoformat()})"
        )
    notes = [
        f"Calendar view: leads reaching the later stage in {month} ÷ leads reaching the earlier "
        "stage in the month (a flow ratio; not censored, can exceed 100% when volume falls).",
        f"Cohort view: leads created in {month}, {followed}.",
        "The bottleneck and stage drops compare leads entering each stage in the month, followed "
        "for the same number of days, with the three months before, within campaigns "
        "(Mantel-Haenszel); a drop counts only when its "
        f"{fmt(1 - ctx.settings.funnel.alpha, 'rate', places=0)} interval lies below zero and its "
        f"multiplicity-adjusted p-value is under {fmt(ctx.settings.funnel.alpha, 'number', sig=6)}.",
    ]
    missing = [_LABELS[s] for s in _LABELS if s not in recorded and s != "visit"]
    if missing:
        notes.append(
            "Stages not recorded in the leads table, so bridged over: " + ", ".join(missing) + "."
        )
    censored = [stage_label(r["from_stage"], r["to_stage"]) for r in stages if r["censored"]]
    if censored:
        notes.append(
            f"Cohort rates censored ({fmt(max(age, 0.0), 'number', places=0)} days of follow-up after {ctx.period.end.isoformat()}, "
            "under the maturity of "
            f"{ctx.settings.funnel.maturity_days} days or the stage's typical lag): "
            + ", ".join(censored)
            + "."
        )
    return tuple(notes)
