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

The measure has the change's scope (issue 13: a mobile-only change is not measured on the
whole campaign). A change whose title names a channel (``... on display``) is measured on that
channel: the channel's figure from the root-cause chain as baseline, the channel's own reference
(its target, benchmark or the campaign's reference) as target, ``channels`` = that channel. A
change for a segment (``Rework the landing page and offer flow for mobile devices``) is measured on
the segment: ``segment`` = {dimension: value}, the baseline measured on the segment's rows (summed
in the engine), the target the rate of the rest of the campaign on the same channels (the
insight's ``rest_rate``), ``channels`` = the channels the segment ran on. Any other change is
campaign-wide: the campaign's channels and no segment. ``target_basis`` says where the target
comes from. The loop (:mod:`debrief.kb.loop`) measures the change on the same scope.

Owner: the campaign owner, else the owner of the channel (settings.summary.owners), else the
default owner. Due: ``change_business_days`` business days after the as-of date.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.metrics.catalogue import kind
from debrief.numbers import fmt
from debrief.period import add_business_days
from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.measures import METRICS, Scope, ad_counts, lead_counts, measure
from debrief.postmortem.text import label, metric_text, sentence
from debrief.query import plain
from debrief.results import Action, StageResult
from debrief.synthesis.settings import owner_phrase
from debrief.wording.labels import segment_phrase
from debrief.wording.language import assert_observational

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["one_change", "scope_text"]


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
) -> tuple[str, str | None]:
    """The change's title and what it is narrowed to: ``"channel"`` (the title names
    ``channel``), ``"segment"`` (it names the segment) or None (the whole campaign)."""
    title = _title_text(problem, channel, seg, metric, chain)
    if problem == "landing_page_or_offer" and seg and seg["ratio"] < 1:
        return title, "segment"
    if channel and problem in ("reach", "messaging", "landing_page_or_offer"):
        return title, "channel"
    return title, None


def _title_text(
    problem: str,
    channel: str | None,
    seg: dict[str, Any] | None,
    metric: str,
    chain: list[dict[str, Any]] | None = None,
) -> str:
    on = f" on {channel}" if channel else ""
    segment = segment_phrase(seg["dimension"], seg["value"])[1] if seg else None
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


_CAMPAIGN_BASIS = {
    "target": "the campaign's target",
    "plan": "the plan",
    "benchmark": "the benchmark",
    "prior_period": "the median of the team's other campaigns on the same channels",
}
_BASIS = {
    "target": "its channel target",
    "benchmark": "its channel benchmark",
    "campaign": "the campaign's reference",
}


def _channel_basis(row: dict[str, Any]) -> str:
    """Where a channel row's reference comes from (see :mod:`debrief.postmortem.root_cause`)."""
    if row.get("cpm_benchmark") is not None:
        spend = "planned spend" if row.get("planned_spend") is not None else "spend"
        return f"the impressions its {spend} buys at the benchmark CPM"
    return _BASIS.get(row.get("reference_kind") or "target", "its channel target")


def scope_text(change: dict[str, Any]) -> str:
    """Where a change is measured, in words: ``of mobile devices on display, paid_search``,
    ``on display, paid_search`` (the channels), ``across the whole campaign`` without either."""
    seg = change.get("segment") or {}
    chans = ", ".join(change.get("channels") or [])
    who = " and ".join(segment_phrase(k, v)[1] for k, v in seg.items())
    if who:
        return f"of {who}" + (f" on {chans}" if chans else "")
    return f"on {chans}" if chans else "across the whole campaign"


def _segment_measure(
    ws: Workspace | None,
    info: CampaignInfo,
    as_of: dt.date,
    seg: dict[str, Any],
    channels: list[str],
) -> tuple[float | None, list[str]]:
    """The segment's own value of its metric, measured on the segment's scope (the campaign's
    rows whose dimension holds the value, summed in the engine), and the channels it ran on.
    Without a workspace: the insight's segment rate over the campaign's channels."""
    if ws is None:
        return seg["segment_rate"], channels
    column, value = str(seg["dimension"]), str(seg["value"])
    scope = Scope(campaign_id=info.campaign_id, as_of=as_of, segment=((column, value),))
    d = METRICS[seg["metric"]]
    by = (lead_counts if seg.get("source") == "leads" else ad_counts)(ws, scope, by=["channel"])
    ran = sorted(
        str(r["channel"])
        for r in by.to_dict("records")
        if plain(r.get("channel")) is not None and (plain(r.get(d.denominator)) or 0) > 0
    )
    return measure(ws, seg["metric"], scope).value, ran or channels


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
    ws: Workspace | None = None,
) -> tuple[StageResult, Action]:
    """The ``one_change`` stage and the same change as an :class:`Action` for the summary.

    ``campaign_value`` maps metric name -> the campaign's value (for baselines of insights);
    ``ws`` measures a change narrowed to a segment on that segment.
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
    title, narrowed = _title(problem, top_channel, seg, metric, chain)
    channels: list[str] = list(info.channels)
    segment: dict[str, str] | None = None
    if problem != "none" and evidence:
        basis = _CAMPAIGN_BASIS.get(evidence[0].get("reference_kind") or "", "its reference")
    elif seg is not None:
        basis = "halfway to the segment's rate"
    else:
        basis = "the campaign's rate"
    if narrowed == "channel":
        # measured where the change is made: the channel's own figure against its own reference
        row = next(r for r in chain if r["level"] == "channel" and r["subject"] == top_channel)
        metric, baseline, target = row["metric"], row["actual"], row["reference"]
        channels = [str(top_channel)]
        basis = _channel_basis(row)
    elif narrowed == "segment" and seg is not None:
        # measured on the segment: its own rate now, and the rate of the rest of the campaign
        # on the same channels (what the same ads and pages did for everyone else)
        metric, target = seg["metric"], seg["rest_rate"]
        segment = {str(seg["dimension"]): str(seg["value"])}
        baseline, channels = _segment_measure(ws, info, as_of, seg, channels)
        basis = "the rate of the rest of the campaign"
    due = add_business_days(as_of, business_days, country)
    row = {
        "title": title,
        "owner": owner,
        "due": due,
        "measure": metric,
        "baseline": baseline,
        "target": target,
        "target_basis": basis,
        "rationale": rationale.strip(),
        "problem": problem,
        "channels": channels,
        "segment": segment,
    }
    where = scope_text(row)
    statement = (
        f"{title}. Measure: {label(metric)} {where}, from "
        f"{metric_text(metric, baseline, currency)} to {metric_text(metric, target, currency)} "
        f"({basis}), {owner_phrase(owner)}, due {due.isoformat()}"
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
        measure=f"{sentence(label(metric))} {where} from "
        f"{metric_text(metric, baseline, currency)} to {metric_text(metric, target, currency)}",
        finding_ids=("funnel_review.diagnosis",),
    )
    return (
        StageResult(
            stage="one_change",
            tables={"change": [row]},
            notes=(statement,),
            # baseline and target read in the measure's own unit (1.37%, not 0.0137)
            units={"change": dict.fromkeys(("baseline", "target"), kind(metric) or "number")},
        ),
        action,
    )
