"""Funnel review: the five layers read as one system, and where it lost momentum.

Input: the campaign counts, its campaign-level targets, benchmarks, the team's history and the
success criteria (for channel-level targets). Output: the ``funnel_review`` stage with tables

* ``layers``: one row per metric and reference (layer, metric, actual, reference,
  reference_kind ``target``/``plan`` (impressions only: what the planned spend buys at each
  channel's reference CPM)/``benchmark``/``prior_period`` (the team's history of other campaigns:
  each channel's median over the other campaigns on it, weighted by this campaign's share of the
  metric's denominator on that channel; channel benchmarks are weighted the same way), status ``below``/``on``/``above`` the reference within the tolerance band, shortfall
  (the unfavourable side for that metric), primary (whether this reference decides the layer));
* ``layer_status``: one row per layer (status ``below``/``on``/``above`` in the favourable sense,
  or ``n/a`` when the layer has no referenced metric);
* ``diagnosis``: one row (layer, problem, statement).

A rate compared with an estimate (a benchmark or the team's history) is off it only when the gap is
more than sampling noise: the reference lies outside the 95% Wilson interval of the campaign's own
count, and a history reference, itself measured on other campaigns' counts, must also be beaten by
more than its own noise (Newcombe's interval of the difference). A cost or a ratio (CPL, ROAS)
carries no sampling interval, but the other campaigns it is read against have a spread: it is off
their median only outside the middle 80% of them (``References.history_band``, mix-adjusted).
``within_noise`` marks a row a test put back ``on``. A target is the team's commitment:
it is met or missed whatever the count. A metric of the campaign's outcomes (win rate,
opportunity-to-won rate, closed-won deals, CAC, and revenue and ROAS where revenue is closed-won
deal amounts) is not short while the campaign's opportunities still open could, won, bring it to
the reference (``open_deals``: how many; open deals valued at the campaign's mean won deal): deals
still closing are an outcome not known yet, not a shortfall.

A layer is read against its strongest reference: the team's own targets where the layer has any,
else benchmarks, else history. It is below when any metric is short of that reference. The
diagnosis is the first layer, top-down, that is below while the layers above are not: awareness
-> ``reach``, engagement -> ``messaging``, conversion -> ``landing_page_or_offer``, pipeline ->
``lead_quality_or_handoff``, revenue -> ``revenue``. When every channel-level target of the
campaign was met and the campaign still fell short at pipeline or revenue, the problem is
``coordination``: each part did its job, the parts did not add up. Its statement then says what
the channel targets together implied against the goal (:mod:`debrief.postmortem.coordination`),
and the table ``coordination`` holds the arithmetic per channel.
"""

from __future__ import annotations

from typing import Any

from debrief.numbers import fmt
from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.compare import position, shortfall
from debrief.postmortem.coordination import implied_goal
from debrief.postmortem.measures import (
    METRICS,
    Measurement,
    metric_from_counts,
    revenue_source,
    with_revenue,
)
from debrief.postmortem.references import References, mix_weights
from debrief.postmortem.text import label, metric_text, was
from debrief.results import Finding, StageResult, relative_change
from debrief.stats import rate_difference
from debrief.wording.language import assert_observational

__all__ = ["LAYERS", "PROBLEMS", "diagnose", "funnel_layers", "funnel_review", "problem_meaning"]

LAYERS: tuple[str, ...] = ("awareness", "engagement", "conversion", "pipeline", "revenue")
PROBLEMS: dict[str, str] = {
    "awareness": "reach",
    "engagement": "messaging",
    "conversion": "landing_page_or_offer",
    "pipeline": "lead_quality_or_handoff",
    "revenue": "revenue",
}
_MEANING = {
    "reach": "the audience reached (size, targeting, budget or bids)",
    "messaging": "how the message landed with the people reached",
    "landing_page_or_offer": "the landing page or the offer after the click",
    "lead_quality_or_handoff": "lead quality or the hand-off to sales",
    "revenue": "pricing, sales execution or deal size",
    "coordination": "how the channel plans added up to the campaign goal",
}


def problem_meaning(problem: str | None) -> str:
    """A diagnosed problem class in words (``landing_page_or_offer`` -> "the landing page or the
    offer after the click"); ``none`` and unknown classes read as their own words."""
    if problem is None:
        return "n/a"
    return _MEANING.get(problem, problem.replace("_", " "))


#: A layer is decided by its strongest kind of reference: the team's own targets and plan, then
#: benchmarks, then its history.
_KIND_RANK = {"target": 0, "plan": 0, "benchmark": 1, "prior_period": 2}


#: References that estimate what the campaign should have done (other teams' or other campaigns'
#: rates), as opposed to the team's own commitments (targets, plan), which are met or not.
_ESTIMATES = ("benchmark", "prior_period")


def _within_noise(m: Measurement, reference: float, reference_n: float | None = None) -> bool:
    """Whether a rate's gap to an estimated reference is within sampling noise: the reference lies
    inside the 95% Wilson interval of the campaign's own count (``m``: a rate measured on its
    denominator, e.g. won deals of the closed ones). 11 won of 34 closed (32%) is not below a
    median of 36%; the same share of 3,400 is. A reference that is itself measured on a count
    (``reference_n``: the team's history, :meth:`References.history_count`) carries its own
    noise: the gap is then within noise when Newcombe's interval of the difference holds 0
    (127 of 415 SQLs, 31%, is not below a median of 38% read on 117 SQLs). Volumes, costs and
    ratios carry no interval (costs and ratios meet the peers' spread instead)."""
    if m.ci_low is None or m.ci_high is None:
        return False
    if reference_n and m.numerator is not None and m.denominator:
        diff = rate_difference(m.numerator, m.denominator, reference * reference_n, reference_n)
        if diff is not None:
            return diff.ci_low <= 0 <= diff.ci_high
    return m.ci_low <= reference <= m.ci_high


def _open_deals(metric: str, c: dict[str, Any], reference: float) -> int | None:
    """The campaign's opportunities still open when, all won, they would bring ``metric`` to
    ``reference``: an outcome not known yet is not a shortfall. Every metric read from the
    campaign's outcomes is bounded so: win rate (won of the closed), opportunity-to-won rate,
    closed-won deals, customers, CAC and, where revenue is closed-won deal amounts, revenue and
    ROAS (the open deals valued at the campaign's mean won deal so far: the contract carries no
    value for an open opportunity). None when none is open or the metric stays short even so."""
    opps, closed, won = (c.get(k) for k in ("opportunities", "closed_opportunities", "won"))
    if not opps or closed is None or won is None or opps <= closed:
        return None
    open_ = opps - closed
    bound = {**c, "won": won + open_, "closed_opportunities": opps}
    if c.get("customers") is not None:
        bound["customers"] = c["customers"] + open_
    if revenue_source(c) == "won" and won > 0:
        bound["won_amount"] = c["won_amount"] * (won + open_) / won
    value = metric_from_counts(metric, with_revenue(bound)).value
    if value is None or shortfall(metric, position(value, reference, 0.0)):
        return None
    return int(open_)


def funnel_layers(
    c: dict[str, float | None],
    info: CampaignInfo,
    targets: list[dict[str, Any]],
    refs: References,
    tolerance: float,
    by_channel: dict[str, dict[str, float | None]] | None = None,
    planned: dict[str, float] | None = None,
) -> list[dict[str, Any]]:
    """The ``layers`` rows for campaign counts ``c`` (see the module docstring); ``by_channel``:
    the campaign's counts per channel, which weight the mix-adjusted references; ``planned``:
    its planned spend per channel (``budgets``), which sets the impressions its plan buys."""
    campaign_targets_ = {t["metric"]: t for t in targets if t["channel"] is None}
    single = info.channels[0] if len(info.channels) == 1 else None
    rows: list[dict[str, Any]] = []
    for layer in LAYERS:
        for d in (m for m in METRICS.values() if m.layer == layer):
            m = metric_from_counts(d.name, c)
            actual = m.value
            if actual is None:
                continue
            candidates: list[tuple[str, float, dict[str, Any]]] = []
            if d.name in campaign_targets_:
                candidates.append(("target", campaign_targets_[d.name]["target"], {}))
            if d.name == "impressions" and planned:
                plan = refs.planned_impressions(planned)
                if plan:
                    candidates.append(("plan", plan[0], {"source": plan[1]}))
            weights = mix_weights(d.name, by_channel or {})
            if weights is None and single:
                weights = {single: 1.0}
            bench = refs.mixed_benchmark(d.name, weights)
            if bench:
                candidates.append(("benchmark", bench[0], {"source": bench[1]}))
            hist = refs.history_reference(d.name, weights, info.channels)
            if hist:
                candidates.append(("prior_period", hist[0], {"n_campaigns": hist[1]}))
            for kind, ref, extra in candidates:
                status = position(actual, ref, tolerance)
                ref_n = refs.history_count(d.name, weights) if kind == "prior_period" else None
                if status != "on" and kind in _ESTIMATES and _within_noise(m, ref, ref_n):
                    status, extra = "on", {**extra, "within_noise": True}
                elif status != "on" and kind == "prior_period" and m.ci_low is None:
                    # a cost or a ratio: within its peers' spread, it is one of them
                    band = refs.history_band(d.name, weights, info.channels)
                    if band and band[0] <= actual <= band[1]:
                        status, extra = "on", {**extra, "within_noise": True}
                open_deals = _open_deals(d.name, c, ref)
                if shortfall(d.name, status) and open_deals:
                    status, extra = "on", {**extra, "open_deals": open_deals}
                rows.append(
                    {
                        "layer": layer,
                        "metric": d.name,
                        "actual": actual,
                        "reference": ref,
                        "reference_kind": kind,
                        "status": status,
                        "shortfall": shortfall(d.name, status),
                        "gap": relative_change(actual, ref),
                        "primary": False,
                        **extra,
                    }
                )
    # The strongest reference kind present in a layer decides it.
    for layer in LAYERS:
        lr = [r for r in rows if r["layer"] == layer]
        if lr:
            best = min(_KIND_RANK[r["reference_kind"]] for r in lr)
            for r in lr:
                r["primary"] = _KIND_RANK[r["reference_kind"]] == best
    return rows


def layer_status(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per layer: ``below`` when a primary metric is short, ``above`` when every primary
    metric is on the favourable side, ``on`` otherwise, ``n/a`` without references."""
    out = []
    for layer in LAYERS:
        prim = [r for r in rows if r["layer"] == layer and r["primary"]]
        if not prim:
            status = "n/a"
        elif any(r["shortfall"] for r in prim):
            status = "below"
        elif all(r["status"] != "on" for r in prim):
            status = "above"
        else:
            status = "on"
        out.append(
            {
                "layer": layer,
                "status": status,
                "reference_kind": prim[0]["reference_kind"] if prim else None,
                "metrics": len(prim),
                "short": sum(1 for r in prim if r["shortfall"]),
            }
        )
    return out


#: How each kind of reference is named in a diagnosis.
_KIND_TEXT = {
    "target": "target",
    "plan": "plan",
    "benchmark": "benchmark",
    "prior_period": "median of the team's other campaigns on the same channels",
}


def diagnose(
    statuses: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    channel_criteria: list[dict[str, Any]],
    currency: str = "USD",
) -> dict[str, Any]:
    """The one-row ``diagnosis``: layer, problem, statement, evidence (the short metrics)."""
    first = next((s["layer"] for s in statuses if s["status"] == "below"), None)
    if all(s["status"] == "n/a" for s in statuses):
        return {
            "layer": None,
            "problem": "none",
            "statement": "No funnel metric had a target, a benchmark or another campaign to be "
            "compared with, so no layer can be placed.",
            "evidence": [],
        }
    if first is None:
        statement = "Every funnel layer was on or above its references."
        waiting = [r for r in rows if r["primary"] and r.get("open_deals")]
        if waiting:
            w = waiting[0]
            statement = (
                "Every funnel layer was on or above its references, or waits on deals still "
                f"open: {label(w['metric'])} {was(w['metric'])} "
                f"{metric_text(w['metric'], w['actual'], currency)} against a "
                f"{_KIND_TEXT[w['reference_kind']]} of "
                f"{metric_text(w['metric'], w['reference'], currency)} with "
                f"{fmt(w['open_deals'], 'count')} opportunities still open, which could close "
                "the gap."
            )
        return {"layer": None, "problem": "none", "statement": statement, "evidence": []}
    short = [r for r in rows if r["layer"] == first and r["primary"] and r["shortfall"]]
    # A layer's own rates name its problem best; its volumes and costs also carry what happened
    # upstream (fewer leads can be fewer clicks). Rates first, then the largest gap.
    kind_order = {"rate": 0, "ratio": 1, "volume": 2, "money": 2}
    # The team's own target names a shortfall before the plan's arithmetic does.
    short.sort(
        key=lambda r: (
            kind_order[METRICS[r["metric"]].kind],
            r["reference_kind"] == "plan",
            -abs(r["gap"] or 0),
        )
    )
    problem = PROBLEMS[first]
    met_channels = [r for r in channel_criteria if r["met"] is not None]
    coordination = (
        first in ("pipeline", "revenue")
        and bool(met_channels)
        and all(r["met"] for r in met_channels)
    )
    if coordination:
        problem = "coordination"
    top = short[0]
    kind_text = _KIND_TEXT[top["reference_kind"]]
    statement = (
        f"{first.capitalize()} was the first layer below its references while the layers above "
        f"were on them: {label(top['metric'])} {was(top['metric'])} {metric_text(top['metric'], top['actual'], currency)} "
        f"against a {kind_text} of {metric_text(top['metric'], top['reference'], currency)}. "
    )
    if coordination:
        statement += (
            f"Every one of the {len(met_channels)} channel-level targets was met, so the gap "
            f"points to {_MEANING['coordination']}."
        )
    else:
        statement += f"This pattern points to {_MEANING[problem]}."
    return {
        "layer": first,
        "problem": problem,
        "statement": statement,
        "evidence": [
            {k: r[k] for k in ("metric", "actual", "reference", "reference_kind", "gap")}
            for r in short
        ],
    }


def _chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    data = [
        {
            "layer": r["layer"],
            "metric": label(r["metric"]),
            "index": (r["actual"] / r["reference"]) if r["reference"] else None,
            "status": r["status"],
        }
        for r in rows
        if r["primary"]
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": "Each metric against its reference (1 = on the reference)",
        "data": {"values": data},
        "mark": "bar",
        "encoding": {
            "y": {"field": "metric", "type": "nominal", "sort": None},
            "x": {"field": "index", "type": "quantitative", "title": "actual / reference"},
            "color": {"field": "layer", "type": "nominal", "sort": list(LAYERS)},
            "tooltip": [{"field": "status"}, {"field": "index", "format": ".2f"}],
        },
    }


def funnel_review(
    c: dict[str, float | None],
    info: CampaignInfo,
    targets: list[dict[str, Any]],
    refs: References,
    criteria: list[dict[str, Any]],
    tolerance: float,
    currency: str = "USD",
    by_channel: dict[str, dict[str, float | None]] | None = None,
    planned: dict[str, float] | None = None,
) -> StageResult:
    """The ``funnel_review`` stage (see the module docstring)."""
    rows = funnel_layers(c, info, targets, refs, tolerance, by_channel, planned)
    statuses = layer_status(rows)
    channel_criteria = [r for r in criteria if r["channel"]]
    diag = diagnose(statuses, rows, channel_criteria, currency)
    implied: dict[str, Any] = {}
    coordination: list[dict[str, Any]] = []
    if diag["problem"] == "coordination" and diag["evidence"]:
        top = diag["evidence"][0]
        goal = top["reference"] if top["reference_kind"] == "target" else None
        coordination, total, text = implied_goal(
            top["metric"], goal, criteria, refs, info.channels, currency
        )
        diag["statement"] += " " + text
        implied = {"implied_by_channel_targets": total, "goal": goal}
    findings = [
        Finding(
            id="funnel_review.diagnosis",
            stage="funnel_review",
            kind="bottleneck" if diag["problem"] != "none" else "funnel_on_reference",
            statement=diag["statement"],
            subject={"campaign_id": info.campaign_id, "stage": diag["layer"]},
            metric=diag["evidence"][0]["metric"] if diag["evidence"] else None,
            actual=diag["evidence"][0]["actual"] if diag["evidence"] else None,
            reference=diag["evidence"][0]["reference"] if diag["evidence"] else None,
            reference_kind=diag["evidence"][0]["reference_kind"] if diag["evidence"] else None,
            severity="warning" if diag["problem"] != "none" else "info",
            evidence={"problem": diag["problem"], "short_metrics": diag["evidence"], **implied},
        )
    ]
    assert_observational(f.statement for f in findings)
    notes = (
        "Lead stages are read by cohort: leads of the campaign followed to the as-of date; "
        "leads created near the end may not have had time to progress.",
        f"A metric is on its reference within ±{fmt(tolerance, 'rate', places=0)}; history is "
        "each channel's "
        f"median over the team's other campaigns on it ({len(refs.history_campaigns)} with data), "
        "weighted by this campaign's mix, and is left out where a channel of the mix has fewer "
        "than two. A rate is off a benchmark only when the benchmark lies outside the 95% Wilson "
        "interval of the campaign's own count, and off the history only when the 95% interval of "
        "the difference excludes 0 (the history's median is measured on other campaigns' counts "
        "too): more than sampling noise; "
        "a metric of the campaign's outcomes (win rate, deals won, revenue, ROAS, CAC) is not short "
        "while its open opportunities, won, could still close the gap.",
    )
    return StageResult(
        stage="funnel_review",
        tables={
            "layers": rows,
            "layer_status": statuses,
            "diagnosis": [{k: diag[k] for k in ("layer", "problem", "statement")}],
            **({"coordination": coordination} if coordination else {}),
        },
        findings=tuple(findings),
        charts={"layers": _chart(rows)},
        notes=notes,
    )
