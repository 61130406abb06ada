"""Ranking findings into insights and turning the top ones into actions.

Inputs: every stage's findings and the data-quality findings. Outputs: 3-5 insights (the findings
themselves, ranked) and up to 5 :class:`~debrief.results.Action`.

Ranking: money at stake (``Finding.impact``, workspace currency) first, then severity (critical,
warning, info), then stage order, then id, so the order is stable. Findings about the same subject
(the same campaign, channel, segment, ...) and metric are one insight: the highest-ranked one
stands for them. ``info`` findings (context such as a month-over-month change) are used only when
fewer than three warnings or criticals exist.

Actions: findings are grouped by subject (the same campaign or channel gets one action that cites
all its findings); the top five groups become actions. Within a group, the highest-ranked finding
against a commitment (a target or the plan) leads the title, the measure and the expected impact.
Expected impact is the lead finding's money at stake (impacts are never added up: the same
shortfall seen through ROAS and ROI is one); where the lead has none, the largest in the group;
where no money is at stake, the gap to the reference in the metric's own unit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from debrief.metrics.catalogue import in_sentence, kind
from debrief.registry import STAGES
from debrief.results import Action, Finding
from debrief.wording.labels import fmt_metric, step_label, subject_label

__all__ = ["actions_from", "area_label", "rank_findings", "select_insights", "subject_label"]

_COST_METRICS = ("spend", "cpa", "cpl", "cac", "cpc", "cpm")
_YIELD_METRICS = ("roas", "roi", "revenue", "won_amount", "ctr", "cvr", "conversions")
_COMMITMENTS = ("target", "plan")
#: Findings whose money at stake is spend however their metric reads (waste).
_SPEND_KINDS = ("no_conversions", "saturation", "below_floor")
_SEVERITY = {"critical": 2, "warning": 1, "info": 0}
_LAST = 1_000  # a stage nobody declared ranks after the declared ones


def _stage_rank(f: Finding) -> int:
    """Data quality first, then the stages in their declared order."""
    if f.stage == "data_quality":
        return 0
    return STAGES.get(f.stage).order if f.stage in STAGES else _LAST


def rank_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by money at stake (desc, to the cent), severity (desc), stage order and id.

    Money is compared in cents: two stages that sum the same spend in a different order differ
    in the last bits of a float (18,865.00999999998 against 18,865.01), and backends sum in
    different orders, so an unrounded comparison would let the backend pick the insight.
    """
    return sorted(
        findings,
        key=lambda f: (-round(f.impact or 0.0, 2), -_SEVERITY[f.severity], _stage_rank(f), f.id),
    )


def _subject_key(subject: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(k), repr(v)) for k, v in subject.items()))


def _is_step_rate(metric: str | None) -> bool:
    return bool(metric) and "_to_" in str(metric)


def _metric_words(metric: str) -> str:
    """A metric inside a sentence: ``ROAS``, ``spend``, ``MQL → SQL rate``."""
    return f"{step_label(metric)} rate" if _is_step_rate(metric) else in_sentence(metric)


def _who(f: Finding) -> str:
    """The finding's subject; the funnel step is left out where the metric already names it."""
    subject = f.subject
    if _is_step_rate(f.metric):
        subject = {k: v for k, v in subject.items() if k != "stage"}
    return subject_label(subject)


def area_label(f: Finding) -> str:
    """What a finding is about, as a focus area: ``MQL → SQL rate for AO-SYND``."""
    what = _metric_words(f.metric) if f.metric else f.kind.replace("_", " ")
    return f"{what[:1].upper()}{what[1:]} for {_who(f)}"


def select_insights(findings: Iterable[Finding], n_min: int = 3, n_max: int = 5) -> list[Finding]:
    """The top ``n_min``-``n_max`` findings, one per (subject, metric): warnings and criticals
    first by rank; info findings only fill up to ``n_min``."""
    ranked = rank_findings(findings)
    seen: set[Any] = set()
    major: list[Finding] = []
    minor: list[Finding] = []
    levels: dict[Any, str] = {}
    for f in ranked:
        key = (_subject_key(f.subject), f.metric, f.kind if f.metric is None else "")
        # One fact seen at two levels (a channel with a single campaign: the campaign and the
        # channel measure the same rate from the same rows, though each compares it with its own
        # reference) is one insight, not two. Only measured findings (with evidence) qualify.
        fact, level = _fact(f)
        if key in seen or (fact is not None and levels.get(fact, level) != level):
            continue
        seen.add(key)
        levels.setdefault(fact, level)
        (minor if f.severity == "info" else major).append(f)
    out = major[:n_max]
    if len(out) < n_min:
        out.extend(minor[: n_min - len(out)])
    return out


def _fact(f: Finding) -> tuple[Any, str]:
    """The measured fact behind a finding (None when it has no evidence) and its level."""
    level = "campaign" if f.subject.get("campaign_id") else "channel"
    if not f.evidence or f.actual is None:
        return None, level
    return (f.stage, f.metric, f.subject.get("stage"), round(float(f.actual), 9)), level


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
    who, label = _who(f), _metric_words(f.metric) if f.metric else ""
    if f.kind in _TITLES:
        return _TITLES[f.kind].format(who=who, label=label or "this stage")
    if f.reference_kind and f.metric:
        ref = _REFERENCES.get(f.reference_kind, str(f.reference_kind).replace("_", " "))
        if f.metric == "spend":
            return f"Align spend with the {ref} for {who}"
        back = "back " if f.reference_kind == "prior_period" else ""
        return f"Bring {label} for {who} {back}to the {ref}"
    if f.stage == "data_quality":
        return f"Check and correct the data: {f.kind.replace('_', ' ')} for {who}"
    return f"Look into {f.kind.replace('_', ' ')} for {who}"


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


def _measure(f: Finding, currency: str) -> str:
    if not f.metric:
        return f"No further {f.kind.replace('_', ' ')} findings for {_who(f)}"
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
) -> list[Action]:
    """Up to ``n_max`` actions from the ranked non-info findings, one per subject.

    ``owner_of(subject) -> str`` names the owner; ``due`` is every action's due date.
    """
    groups: dict[Any, list[Finding]] = {}
    group_of_fact: dict[Any, Any] = {}
    for f in rank_findings(x for x in findings if x.severity != "info"):
        key = _subject_key(f.subject)
        fact, _ = _fact(f)
        # the same fact at campaign and channel level is one action, as it is one insight
        key = group_of_fact.get(fact, key) if fact is not None else key
        if fact is not None:
            group_of_fact.setdefault(fact, key)
        groups.setdefault(key, []).append(f)
    out: list[Action] = []
    for i, group in enumerate(list(groups.values())[:n_max], 1):
        # A commitment (a target or the plan) names what to do better than a benchmark or a
        # month-over-month move about the same subject: it leads the title and the measure.
        committed = [f for f in group if f.reference_kind in _COMMITMENTS]
        lead = committed[0] if committed else group[0]
        group = [lead, *(f for f in group if f is not lead)]
        out.append(
            Action(
                id=f"action-{i}",
                title=_title(lead),
                rationale=" ".join(f.statement for f in group[:3]),
                expected_impact=_expected_impact(group, currency),
                owner=owner_of(lead.subject),
                due=due,
                measure=_measure(lead, currency),
                finding_ids=tuple(f.id for f in group),
            )
        )
    return out
