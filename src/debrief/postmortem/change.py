"""One concrete change: exactly one, from the diagnosis and the largest insight.

Input: the diagnosis and its evidence (the metric furthest from its reference), the kept segment
insights (largest effect first), the root-cause chain (the channel with the largest shortfall),
the campaign owner and the as-of date. Output: the ``one_change`` stage, table ``change`` with one
row: title, owner, due, measure, baseline, target, rationale, channels (the scope in which the
next review measures it).

* A diagnosed shortfall: the measure is the metric furthest from its reference, the baseline its
  actual, the target the reference it fell short of. The title names what to change for the
  problem class, narrowed by the largest insight on the same layer (e.g. a device whose clicks
  converted at 0.4x the rest).
* No shortfall (``none``): the largest insight with a ratio above 1 becomes the change (lean into
  the segment); the baseline is the campaign rate and the target halfway from it to the segment's
  rate, a gain the segment has already shown is reachable. Without any insight, the change is to
  keep the setup and re-measure the first layer's metric (target = baseline).

Owner: the campaign owner, else the owner of the channel (settings.summary.owners), else the
default owner. Due: ``change_business_days`` business days after the as-of date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from debrief.numbers import fmt
from debrief.period import add_business_days
from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.measures import METRICS
from debrief.postmortem.text import label, metric_text, sentence
from debrief.results import Action, StageResult
from debrief.wording.language import assert_observational

__all__ = ["one_change"]


def _largest(segments: list[dict[str, Any]], layer: str | None, above: bool | None):
    for s in segments:  # already sorted, largest effect first
        if layer is not None and METRICS[s["metric"]].layer != layer:
            continue
        if above is not None and (s["ratio"] > 1) != above:
            continue
        return s
    return None


def _title(
    problem: str,
    channel: str | None,
    seg: dict[str, Any] | None,
    metric: str,
    chain: list[dict[str, Any]] | None = None,
) -> str:
    on = f" on {channel}" if channel else ""
    segment = f"{seg['dimension']} {seg['value']}" if seg else None
    if problem == "reach":
        # The delivery split says whether the impressions went to price or to unspent budget.
        rows = [r for r in chain or [] if "impressions_lost_to_price" in r]
        price = sum(max(r["impressions_lost_to_price"], 0.0) for r in rows)
        underspend = sum(max(r["impressions_lost_to_underspend"], 0.0) for r in rows)
        if rows and price >= underspend:
            return (
                f"Plan impressions at the CPM actually paid and cap bids near the benchmark "
                f"CPM{on} before the next flight"
            )
        if rows:
            return f"Deliver the planned budget{on}, with weekly pacing checks against plan"
        return f"Size the audience and bids{on} from the {label(metric)} target before launch"
    if problem == "messaging":
        if seg and seg["ratio"] > 1:
            return f"Lead the next campaign's message with what worked for {segment}{on}"
        return f"Test two new messages against the current one{on} in the first week"
    if problem == "landing_page_or_offer":
        if seg and seg["ratio"] < 1:
            return f"Rework the landing page and offer flow for {segment}"
        return f"Test a revised landing page and offer against the current one{on}"
    if problem == "lead_quality_or_handoff":
        if seg and seg["ratio"] > 1:
            return (
                f"Agree the MQL definition and a hand-off SLA with sales, and weight "
                f"targeting toward {segment}"
            )
        return "Agree the MQL definition and a hand-off SLA with sales, reviewed weekly"
    if problem == "revenue":
        return "Review pricing, deal size and the sales process for this campaign's deals"
    if problem == "coordination":
        return (
            f"Derive every channel's target from one campaign-level {label(metric)} target "
            f"before launch"
        )
    if seg is not None:
        return f"Weight the next campaign's targeting toward {segment}"
    return "Keep this campaign's setup as the template for the next flight"


def one_change(
    info: CampaignInfo,
    diagnosis: dict[str, Any],
    evidence: list[dict[str, Any]],
    segments: list[dict[str, Any]],
    chain: list[dict[str, Any]],
    campaign_value: dict[str, float | None],
    as_of: dt.date,
    business_days: int,
    country: str | None,
    owner: str,
    currency: str = "USD",
) -> tuple[StageResult, Action]:
    """The ``one_change`` stage and the same change as an :class:`Action` for the summary.

    ``campaign_value`` maps metric name -> the campaign's value (for baselines of insights).
    """
    problem = diagnosis["problem"]
    top_channel = next(
        (r["subject"] for r in chain if r["level"] == "channel" and (r.get("missing") or 0) > 0),
        None,
    )
    seg: dict[str, Any] | None
    if problem != "none" and evidence:
        top = evidence[0]
        metric, baseline, target = top["metric"], top["actual"], top["reference"]
        # A lower-converting segment locates an offer problem; a higher one shows what to lean on.
        seg = _largest(segments, diagnosis["layer"], problem != "landing_page_or_offer")
        rationale = diagnosis["statement"]
        if seg:
            rationale += " " + seg.get("statement", "")
    else:
        seg = _largest(segments, None, True)
        if seg is not None:
            metric = seg["metric"]
            baseline = campaign_value.get(metric)
            target = (
                baseline + 0.5 * (seg["segment_rate"] - baseline) if baseline is not None else None
            )
            rationale = seg.get("statement", "")
        else:
            metric = next(
                (
                    m
                    for m in ("ctr", "cvr", "lead_to_opportunity")
                    if campaign_value.get(m) is not None
                ),
                "ctr",
            )
            baseline = target = campaign_value.get(metric)
            rationale = diagnosis["statement"]
    title = _title(problem, top_channel, seg, metric, chain)
    due = add_business_days(as_of, business_days, country)
    row = {
        "title": title,
        "owner": owner,
        "due": due,
        "measure": metric,
        "baseline": baseline,
        "target": target,
        "rationale": rationale.strip(),
        "problem": problem,
        "channels": list(info.channels),
        "segment": {seg["dimension"]: seg["value"]} if seg else None,
    }
    statement = (
        f"{title}. Measure: {label(metric)}, from {metric_text(metric, baseline, currency)} to "
        f"{metric_text(metric, target, currency)}, owner {owner}, due {due.isoformat()}"
        + (f" (segment ratio {fmt(seg['ratio'], 'multiple')})" if seg else "")
        + "."
    )
    assert_observational([title, statement, row["rationale"]])
    action = Action(
        id="one_change",
        title=title,
        rationale=row["rationale"],
        expected_impact={
            "metric": metric,
            "value": (target - baseline) if target is not None and baseline is not None else None,
            "unit": "rate" if METRICS.get(metric) and METRICS[metric].kind == "rate" else metric,
        },
        owner=owner,
        due=due,
        # the table row keeps the metric's name for machines; the action reads as a sentence
        measure=f"{sentence(label(metric))} from {metric_text(metric, baseline, currency)} to "
        f"{metric_text(metric, target, currency)}",
        finding_ids=("funnel_review.diagnosis",),
    )
    return (
        StageResult(stage="one_change", tables={"change": [row]}, notes=(statement,)),
        action,
    )
