"""The top facts as actions: one per fact, the facts about one subject together, five at most.

Within one, the highest-ranked finding against a commitment (a target or the plan) leads the title,
the measure and the expected impact: the lead's money at stake (never added up: the same shortfall
seen through ROAS and ROI is one), else the group's largest, else the gap in the metric's unit.
A record problem (a data-quality finding) is an action of its own, measured by next month's data.
The reason for each choice: docs/stages/executive_summary.md and docs/scenarios.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from debrief.metrics.catalogue import kind
from debrief.results import Action, Finding
from debrief.synthesis.ranking import (
    area_label,
    fact_groups,
    metric_words,
    sources,
    stated_first,
    subject_key,
    undated,
    who,
)
from debrief.wording.labels import fmt_metric

__all__ = ["actions_from"]

_COST_METRICS = ("spend", "cpa", "cpl", "cac", "cpc", "cpm")
_YIELD_METRICS = ("roas", "roi", "revenue", "won_amount", "ctr", "cvr", "conversions")
_COMMITMENTS = ("target", "plan")
#: Findings whose money at stake is spend however their metric reads (waste).
_SPEND_KINDS = ("no_conversions", "saturation", "below_floor")


_TITLES = {
    "tracking_gap": "Restore and verify tracking for {who}",
    "overspend": "Align spend with the plan for {who}",
    "underspend": "Align spend with the plan for {who}",
    "bottleneck": "Review what changed in the {label} for {who}",
    "stage_rate_drop": "Review what changed in the {label} for {who}",
    "saturation": "Move spend on {who} to where the next dollar returns more",
    "below_floor": "Move spend on {who} to where the next dollar returns more",
    "no_conversions": "Review spend on {who} that recorded no conversions",
    "reallocation": "Apply the recommended budget reallocation",
    "ranking_drop": "Review search ranking of {who}",
    "content_gap": "Plan content for {who}",
    "calibration_gap": "Recalibrate the lead score for {who}",
    "feedback_shift": "Review sales feedback for {who}",
}


#: How a reference reads in an action. A prior period may be the month before or the three
#: months before (funnel health): the finding's statement says which.
_REFERENCES = {"prior_period": "prior-period level", "rest_of_population": "rest of the leads"}


def _title(f: Finding) -> str:
    name, label = who(f), metric_words(f.metric) if f.metric else ""
    if f.kind in _TITLES:
        return _TITLES[f.kind].format(who=name, label=label or "this stage")
    if f.reference_kind and f.metric:
        ref = _REFERENCES.get(f.reference_kind, str(f.reference_kind).replace("_", " "))
        if f.metric == "spend":
            return f"Align spend with the {ref} for {name}"
        back = "back " if f.reference_kind == "prior_period" else ""
        return f"Bring {label} for {name} {back}to the {ref}"
    if f.stage == "data_quality":
        return f"Check and correct the data: {f.kind.replace('_', ' ')} for {name}"
    return f"Look into {f.kind.replace('_', ' ')} for {name}"


def _unit(metric: str | None, currency: str) -> str:
    """The unit of a gap in ``metric`` (its kind in :mod:`debrief.metrics.catalogue`): the
    currency for money, else ``rate``, ``count`` or ``ratio``."""
    if not metric:
        return "count"
    unit = kind(metric)
    return currency if unit == "money" else str(unit)


def _expected_impact(group: list[Finding], currency: str) -> dict[str, Any]:
    """The money the group's lead finding puts at stake (what its action addresses); when the
    lead has none, the largest in the group; else the lead's gap in its own unit."""
    lead = group[0]
    if (lead.impact or 0.0) <= 0:
        lead = max(group, key=lambda f: round(f.impact or 0.0, 2))
    if (lead.impact or 0.0) > 0:
        # a cost metric's gap is spend that buys nothing more; a yield metric's gap is revenue
        metric = "spend" if lead.metric in _COST_METRICS else "revenue"
        if lead.kind in _SPEND_KINDS:
            metric = "spend"  # waste: spend that bought nothing, not revenue
        if lead.metric is None or lead.metric not in (*_COST_METRICS, *_YIELD_METRICS):
            metric = "money_at_stake"
        return {"metric": metric, "value": round(lead.impact, 2), "unit": currency}
    f = group[0]
    if f.actual is not None and f.reference is not None:
        return {
            "metric": f.metric or f.kind,
            "value": f.reference - f.actual,
            "unit": _unit(f.metric, currency),
        }
    return {"metric": "findings_addressed", "value": len(group), "unit": "count"}


def _is_overspend(f: Finding) -> bool:
    return f.kind == "overspend" or (f.metric == "spend" and f.kind == "above_target")


def _reconcile(
    groups: list[list[Finding]], findings: list[Finding]
) -> tuple[list[list[Finding]], list[Finding]]:
    """``groups`` without the overspend findings that a reallocation action overrides (on a
    channel it moves money into, or on all channels), and those findings (folded into the
    reallocation's recommendation). Unchanged when no reallocation becomes an action."""
    if not any(g[0].kind == "reallocation" for g in groups):
        return groups, []
    into = {
        f.subject.get("channel")
        for f in findings
        if f.kind == "reallocation_move" and f.subject.get("channel")
    }

    def overridden(f: Finding) -> bool:
        ch = f.subject.get("channel")
        return _is_overspend(f) and not f.subject.get("campaign_id") and (ch is None or ch in into)

    folded = [f for g in groups for f in g if overridden(f)]
    kept = [[f for f in g if not overridden(f)] for g in groups]
    return [stated_first(g) for g in kept if g], folded


def _measure(f: Finding, currency: str) -> str:
    if f.stage == "data_quality":  # corrected when next month's data no longer shows it
        area = area_label(f)
        return f"No {area[:1].lower()}{area[1:]} in next month's data"
    if not f.metric:
        return f"No further {f.kind.replace('_', ' ')} findings for {who(f)}"
    ref = ""
    if f.reference is not None:
        kind = _REFERENCES.get(f.reference_kind or "", (f.reference_kind or "reference"))
        ref = f" against the {kind.replace('_', ' ')} of {fmt_metric(f.metric, f.reference, currency=currency)}"
    return f"{area_label(f)}{ref}"


def actions_from(
    findings: Iterable[Finding],
    *,
    owner_of: Any,
    due: dt.date,
    currency: str = "USD",
    n_max: int = 5,
    channels_of: Mapping[str, Iterable[str]] | None = None,
) -> list[Action]:
    """Up to ``n_max`` actions from the ranked non-info findings, one per fact
    (:func:`fact_groups`), the facts stated about one subject together.

    ``owner_of(subject) -> str`` names the owner; ``due`` is every action's due date. A budget
    reallocation and an overspend on a channel it moves money into (or on all channels) are one
    recommendation: the reallocation's, whose rationale states the overspend; no action asks to
    cut spend where another moves money in.
    """
    findings = list(findings)
    groups = fact_groups(
        (x for x in findings if x.severity != "info"), channels_of, sources(findings)
    )
    groups, folded = _reconcile(groups, findings)
    # the facts stated about one subject (a campaign's ROAS and its CPA) make one action
    by_subject: dict[Any, list[Finding]] = {}
    for g in groups:
        lead = g[0]
        key: Any = subject_key(lead.subject)
        if lead.stage == "data_quality":  # a record problem is corrected on its own
            key = ("data_quality", lead.kind, subject_key(undated(lead.subject)))
        by_subject.setdefault(key, []).extend(g)
    groups = list(by_subject.values())
    out: list[Action] = []
    for i, group in enumerate(groups[:n_max], 1):
        # A commitment (a target or the plan) leads the title and the measure before a benchmark
        # or a month-over-month move; a reallocation leads the floors that are its reasons.
        committed = [f for f in group if f.reference_kind in _COMMITMENTS]
        committed = [] if group[0].kind == "reallocation" else committed
        lead = committed[0] if committed else group[0]
        group = [lead, *(f for f in group if f is not lead)]
        out.append(
            Action(
                id=f"action-{i}",
                title=_title(lead),
                rationale=" ".join(
                    [f.statement for f in group[:3]]
                    + ([f.statement for f in folded] if lead.kind == "reallocation" else [])
                ),
                expected_impact=_expected_impact(group, currency),
                owner=owner_of(lead.subject),
                due=due,
                measure=_measure(lead, currency),
                finding_ids=tuple(f.id for f in group),
            )
        )
    return out
