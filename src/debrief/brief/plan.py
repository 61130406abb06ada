"""Success criteria of a new campaign, each with a benchmark-based suggestion.

The suggestion is what the campaign would reach at its references: each channel's planned budget
is followed down the funnel at that channel's reference rates and costs (impressions = budget ÷
CPM × 1000, clicks = impressions × CTR, conversions = clicks × CVR, leads = budget ÷ CPL, SQLs =
leads × lead-to-SQL rate, ...; revenue = budget × ROAS), and a metric is read off those planned
volumes with its catalogue formula: ``cpl`` = spend ÷ leads, ``ctr`` = clicks ÷ impressions. A
campaign-level suggestion sums the channels' volumes, so a campaign-level CTR is the channels'
benchmark CTRs weighted by the impressions their budgets buy — how a planner who trusts the
benchmarks would set it.

A reference for a metric on a channel is, in order: the benchmark the team applied from its own
history (``debrief benchmarks --apply``), the workspace's benchmark for the channel, the
workspace's benchmark for every channel, the median of the team's other campaigns. A volume that
needs a reference or a budget that is missing is unknown (None), and so is a campaign total that
lacks any channel's share: a partial sum would read as a plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from debrief.numbers import fmt
from debrief.postmortem.measures import METRICS
from debrief.postmortem.references import References
from debrief.postmortem.text import label, metric_text

__all__ = ["DEFAULT_CRITERIA", "Planned", "channel_plan", "criteria_rows", "reference", "suggest"]

#: Success criteria a brief proposes when neither the workspace's targets nor the template name
#: any, by the campaign's objective (the funnel layer the objective is about, and its cost).
DEFAULT_CRITERIA: dict[str | None, tuple[str, ...]] = {
    "awareness": ("impressions", "reach", "cpm", "ctr"),
    "engagement": ("clicks", "ctr", "engagement_rate", "cpc"),
    "leads": ("leads", "cvr", "cpl"),
    "pipeline": ("leads", "sqls", "opportunities", "lead_to_sql", "cost_per_opportunity"),
    "revenue": ("revenue", "roas", "cac"),
    None: ("leads", "cpl", "roas"),
}


@dataclass(frozen=True)
class Planned:
    """A value with how it was reached (``basis``: the arithmetic and its sources)."""

    value: float | None
    basis: str


def reference(metric: str, channel: str | None, refs: References) -> Planned:
    """The reference for ``metric`` on ``channel`` (see the module docstring for the order).
    ``refs.benchmarks`` already holds the team's applied benchmarks over the workspace's."""
    for ch in (channel, None) if channel is not None else (None,):
        found = refs.benchmark(metric, ch)
        if found is not None:
            value, source = found
            where = f"{ch} " if ch else ""
            return Planned(value, f"{where}{label(metric)} benchmark ({source or 'no source'})")
    hist = refs.history_median(metric)
    if hist is not None:
        value, n = hist
        return Planned(value, f"median {label(metric)} of {n} other campaigns")
    return Planned(None, f"no {label(metric)} benchmark")


# How each planned volume follows from a channel's budget: the first recipe whose references
# exist. ("x", "y") multiplies volume x by rate y; ("/", "c") divides the budget by cost c.
_RECIPES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("impressions", (("/", "cpm"),)),
    ("clicks", (("impressions", "ctr"), ("/", "cpc"))),
    ("conversions", (("clicks", "cvr"), ("/", "cpa"))),
    ("leads", (("/", "cpl"),)),
    ("mqls", (("leads", "lead_to_mql"), ("/", "cost_per_mql"))),
    ("sqls", (("leads", "lead_to_sql"), ("mqls", "mql_to_sql"), ("/", "cost_per_sql"))),
    (
        "opportunities",
        (
            ("sqls", "sql_to_opportunity"),
            ("leads", "lead_to_opportunity"),
            ("/", "cost_per_opportunity"),
        ),
    ),
    ("won", (("opportunities", "opportunity_to_won"), ("/", "cac"))),
    ("revenue", (("*", "roas"),)),
)


def channel_plan(
    channel: str, budget: float | None, refs: References, currency: str = "USD"
) -> dict[str, Planned]:
    """Planned volumes of one channel with ``budget`` at its references (see the module doc)."""
    plan: dict[str, Planned] = {"spend": Planned(budget, "planned budget")}
    if budget is None:
        return plan
    for volume, recipes in _RECIPES:
        for source, metric in recipes:
            ref = reference(metric, channel, refs)
            if ref.value is None:
                continue
            if source == "/":
                if ref.value <= 0:
                    continue
                scale = METRICS[metric].scale
                value = budget / ref.value * scale
                how = f"budget {metric_text('spend', budget, currency)} ÷ {ref.basis}"
                how += f" × {fmt(scale, 'count')}" if scale != 1 else ""
            elif source == "*":
                value = budget * ref.value
                how = f"budget {metric_text('spend', budget, currency)} × {ref.basis}"
            else:
                upstream = plan.get(source)
                if upstream is None or upstream.value is None:
                    continue
                value = upstream.value * ref.value
                how = f"{label(source)} × {ref.basis}"
            plan[volume] = Planned(value, how)
            break
    return plan


def _total(plans: dict[str, dict[str, Planned]], volume: str) -> Planned:
    missing = [ch for ch, p in plans.items() if p.get(volume) is None or p[volume].value is None]
    if missing or not plans:
        return Planned(
            None, f"no planned {label(volume)} for {', '.join(missing) or 'any channel'}"
        )
    total = sum(p[volume].value or 0.0 for p in plans.values())
    return Planned(total, f"sum of {len(plans)} channel plans")


def suggest(
    metric: str,
    channel: str | None,
    plans: dict[str, dict[str, Planned]],
    refs: References,
    currency: str = "USD",
) -> Planned:
    """The suggested target of ``metric`` (on ``channel``, or the whole campaign when None)."""
    d = METRICS.get(metric)
    if d is None:
        return Planned(None, f"{metric} is not a metric Debrief measures")
    scope = {channel: plans[channel]} if channel is not None and channel in plans else plans
    if channel is not None and channel not in plans:
        scope = {}

    def volume(name: str) -> Planned:
        if not scope:
            return Planned(None, "no budget for this channel")
        if len(scope) == 1:
            only = next(iter(scope.values()))
            return only.get(name) or Planned(None, f"no planned {label(name)}")
        return _total(scope, name)

    num = volume(d.numerator)
    if d.denominator is None:
        if num.value is not None:
            return num
    else:
        den = volume(d.denominator)
        if num.value is not None and den.value:
            basis = (
                reference(metric, channel, refs).basis
                if len(scope) == 1
                else f"{label(d.numerator)} ÷ {label(d.denominator)} of the channel plans"
            )
            return Planned(num.value / den.value * d.scale, basis)
    if d.denominator is not None:
        # A rate or cost the plans cannot derive (no budget, or a metric outside the chain, such
        # as the open rate): the reference itself, for the channel or the campaign.
        ref = reference(metric, channel, refs)
        if ref.value is not None or channel is not None or len(plans) != 1:
            return ref
        return reference(metric, next(iter(plans)), refs)
    return Planned(None, num.basis)


def criteria_rows(
    wanted: list[dict[str, Any]],
    plans: dict[str, dict[str, Planned]],
    refs: References,
    currency: str = "USD",
) -> list[dict[str, Any]]:
    """One row per criterion: metric, label, channel, target (the team's, or None), target_from,
    suggested, basis, direction."""
    rows = []
    for w in wanted:
        s = suggest(w["metric"], w.get("channel"), plans, refs, currency)
        rows.append(
            {
                "metric": w["metric"],
                "label": label(w["metric"]),
                "channel": w.get("channel"),
                "target": w.get("target"),
                "target_from": w.get("target_from"),
                "suggested": s.value,
                "basis": s.basis,
                "direction": w.get("direction"),
            }
        )
    return rows
