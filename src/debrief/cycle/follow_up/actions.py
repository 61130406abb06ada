"""The follow-up's ``actions`` table: the previous review's actions, their status and each one's
metric measured again in its own month and in this one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.cycle.follow_up.common import finding
from debrief.numbers import fmt as fmt_number
from debrief.period import Period
from debrief.results import Finding
from debrief.stats import wald_difference

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.kb.store import KnowledgeBase
    from debrief.workspace import Workspace

__all__ = ["actions_rows", "measure_action"]


def _metric(name: str | None) -> str | None:
    from debrief.postmortem.catalogue import METRICS, canonical_metric

    if not name:
        return None
    m = canonical_metric(name)
    if m not in METRICS and m.endswith("_rate"):
        m = canonical_metric(m[: -len("_rate")])
    return m if m in METRICS else None


def measure_action(
    action: dict[str, Any], ws: Workspace, period: Period, as_of: dt.date
) -> dict[str, Any]:
    """Measure a stored monthly action in its own month and in ``period`` (see the module doc);
    a row with ``measured`` False and the reason when it cannot be measured."""
    from debrief.postmortem.measures import METRICS, Scope, lower_is_better, measure
    from debrief.postmortem.text import fmt, label, was

    base = {
        "action_id": action["id"],
        "title": action["title"],
        "owner": action["owner"],
        "due": action["due"],
        "status": action["status"],
    }
    metric = _metric(action.get("metric"))
    subject = action.get("subject") or {}
    extra = set(subject) - {"campaign_id", "channel", "stage"}
    if metric is None or extra:
        why = (
            f"its metric {action.get('metric')!r} is not one Debrief measures per campaign or "
            "channel"
            if metric is None
            else f"its subject ({', '.join(sorted(extra))}) is narrower than a campaign or channel"
        )
        return {
            **base,
            "measured": False,
            "statement": f"“{action['title']}” is not measured "
            f"again: {why}; its status is {action['status']}.",
        }
    d = METRICS[metric]
    channels = (subject["channel"],) if subject.get("channel") else None
    before_month = Period(action["period_start"], action["period_end"])

    def scope(start: dt.date, end: dt.date, day: dt.date) -> Scope:
        return Scope(campaign_id=subject.get("campaign_id"), channels=channels, start=start,
                     end=end, as_of=day)  # fmt: skip

    before = measure(ws, metric, scope(before_month.start, before_month.end, action["created_on"]))
    after = measure(ws, metric, scope(period.start, period.end, as_of))
    bv, av = before.value, after.value
    per_day = d.denominator is None
    if per_day:  # volumes per day: months differ in length
        bv = bv / before_month.days if bv is not None else None
        av = av / period.days if av is not None else None
    diff = av - bv if av is not None and bv is not None else None
    lo = hi = None
    if d.kind == "rate" and diff is not None and before.denominator and after.denominator:
        ci = wald_difference(av, after.denominator, bv, before.denominator)  # type: ignore[arg-type]
        lo, hi = ci or (None, None)
    target = action.get("target") if action.get("reference_kind") == "target" else None
    if target is not None and per_day:
        target = None  # a monthly volume target is not a per-day one
    reached = None
    if av is not None and target is not None:
        reached = av <= target if lower_is_better(metric) else av >= target
    what = label(metric) + (" per day" if per_day else "")
    where = subject.get("campaign_id") or subject.get("channel") or "all channels"
    text = (
        f"After the action “{action['title']}” ({action['status']}), {what} for {where} "
        f"{was(metric)} {fmt(metric, av)} in {period.label} against {fmt(metric, bv)} in "
        f"{before_month.label}"
    )
    if lo is not None and hi is not None and diff is not None:
        points = [fmt_number(x, "points", places=2, signed=True) for x in (diff, lo, hi)]
        text += f" (difference {points[0]} points, 95% CI {points[1]} to {points[2]})"
    if target is not None:
        text += f"; the target is {fmt(metric, target)}"
    return {
        **base,
        "measured": True,
        "metric": metric,
        "subject": where,
        "before": bv,
        "after": av,
        "difference": diff,
        "diff_low": lo,
        "diff_high": hi,
        "target": target,
        "target_reached": reached,
        "statement": text + ".",
    }


def actions_rows(
    kb: KnowledgeBase, ctx: StageContext
) -> tuple[list[dict[str, Any]], list[Finding]]:
    from debrief.kb import actions_of

    prev = ctx.period.prior_month()
    actions = actions_of(kb, period_end=prev.end)
    if not actions:
        return [], []
    rows = [measure_action(a, ctx.workspace, ctx.period, ctx.as_of) for a in actions]
    done = sum(a["status"] == "done" for a in actions)
    dropped = sum(a["status"] == "dropped" for a in actions)
    target = ctx.settings.cycle.implemented_target
    text = (
        f"{done} of {len(actions)} recommendations of the {prev.label} review implemented "
        f"({dropped} dropped, {len(actions) - done - dropped} open), against a target of "
        f"{target}."
    )
    findings = [
        finding(
            "implemented",
            text,
            metric="recommendations_implemented",
            actual=float(done),
            reference=float(target),
            reference_kind="target",
            evidence={"actions": len(actions), "dropped": dropped},
        )
    ]
    for r in rows:
        if r["measured"]:
            findings.append(
                finding(
                    f"action.{r['action_id']}",
                    r["statement"],
                    subject={"action_id": r["action_id"]},
                    metric=r["metric"],
                    actual=r["after"],
                    reference=r["before"],
                    reference_kind="prior_period",
                )
            )
    return rows, findings
