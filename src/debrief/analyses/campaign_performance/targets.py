"""Campaign performance against its targets: the month's targets and the success criteria of the
campaigns that ran in the month.

Part of stage 1 (:mod:`debrief.analyses.campaign_performance`, ``docs/stages/campaign_performance.md``);
the comparison and the finding wording are shared with :mod:`.findings` (shortfall, status,
:class:`~.findings.FindingCollector`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from debrief.analyses.campaign_performance.findings import (
    ADDITIVE,
    METRICS,
    FindingCollector,
    _blank,
    _shortfall,
    _status,
)
from debrief.metrics.catalogue import canonical as canonical_metric
from debrief.metrics.catalogue import direction as target_direction
from debrief.period import Period, as_date
from debrief.query import plain
from debrief.results import relative_change

__all__ = ["compare_targets", "flight_windows"]


def _scope_of(cid: Any, ch: Any) -> tuple[str, dict[str, Any]]:
    if not _blank(cid) and not _blank(ch):
        return "campaign_channel", {"campaign_id": cid, "channel": ch}
    if not _blank(cid):
        return "campaign", {"campaign_id": cid}
    if not _blank(ch):
        return "channel", {"channel": ch}
    return "overall", {}


def compare_targets(
    raw: list[dict[str, Any]],
    period: Period,
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    by_campaign: list[dict[str, Any]],
    by_campaign_channel: list[dict[str, Any]],
    found: FindingCollector,
    tolerance: float,
    in_progress: bool = False,
    campaigns: list[dict[str, Any]] | None = None,
    to_date: dict[tuple[Any, ...], dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Monthly targets (``month`` = the period's YYYY-MM) against actuals; a finding for each
    target missed by at least ``tolerance``. Targets on metrics this stage does not compute
    (MQLs, opportunities, ...) are left to the stages that do.

    A campaign's success criteria (its ``targets`` rows without a month) are targets of every
    month the campaign ran in (it spent, served or brought leads in the month: customers won
    from earlier leads do not make a finished flight run again), unless the month has its own target
    for the same metric and scope: ratios always (a ROAS of 3.0 holds in every month of the
    flight); totals only when the flight lies within the month (``campaigns``: the campaign rows,
    for the dates), otherwise the flight-to-date total (``to_date``: the campaign's rows keyed
    like the scope, summed from its start to the month's end, :func:`flight_windows`) is compared
    and labelled ``measured_over`` = ``flight_to_date`` with its first day in ``since``: a total
    short of an "at least" criterion while the flight goes on is ``in_progress``; no finding
    either way (the month's share of a flight total is not the criterion; the post-mortem judges
    the flight). Without those rows the status is ``flight_spans_months``. Their rows say
    ``source`` ``success_criterion``.

    ``in_progress`` (the review runs before the month ends): a total still short of an "at
    least" target (spend, revenue, leads, ...) has status ``in_progress`` and no finding, since the
    month has days left; ratios and totals already past an "at most" target are compared as usual.
    """
    index: dict[str, dict[Any, dict[str, Any]]] = {
        "overall": {(): overall[0]} if overall else {},
        "channel": {(r["channel"],): r for r in by_channel},
        "campaign": {(r["campaign_id"],): r for r in by_campaign},
        "campaign_channel": {(r["campaign_id"], r["channel"]): r for r in by_campaign_channel},
    }
    out: list[dict[str, Any]] = []
    monthly = [t for t in raw if str(t.get("month") or "").strip() == period.label]
    own = {_target_key(t) for t in monthly}
    dates = {
        str(c["campaign_id"]): (_day(c.get("start_date")), _day(c.get("end_date")))
        for c in campaigns or []
    }
    criteria = [
        t
        for t in raw
        if _blank(t.get("month")) and not _blank(t.get("campaign_id")) and _target_key(t) not in own
    ]
    for t, criterion in [*((t, False) for t in monthly), *((t, True) for t in criteria)]:
        if t.get("target") is None:
            continue
        metric = canonical_metric(t["metric"])
        if metric not in METRICS:
            continue
        scope, subject = _scope_of(t.get("campaign_id"), t.get("channel"))
        row = index[scope].get(tuple(subject.values()))
        if criterion and not _ran(row):
            continue  # the campaign did not run in the month
        actual = row.get(metric) if row else None
        target = float(t["target"])
        direction = target_direction(metric, t.get("direction"))
        gap = _shortfall(actual, target, direction)
        status = _status(actual, gap, tolerance)
        if in_progress and metric in ADDITIVE and direction == "min" and status != "met":
            status = "in_progress"
        extra: dict[str, Any] = {}
        if criterion and metric in ADDITIVE:
            start, end = dates.get(str(subject["campaign_id"]), (None, None))
            if start is None or end is None or start < period.start or end > period.end:
                status = "flight_spans_months"
                ftd = (to_date or {}).get((scope, *subject.values()))
                if ftd is not None and start is not None:
                    actual, extra = ftd.get(metric), {"measured_over": "flight_to_date"}
                    extra["since"] = start
                    gap = _shortfall(actual, target, direction)
                    status = _status(actual, gap, tolerance)
                    going_on = end is None or end > period.end
                    if going_on and direction == "min" and status != "met":
                        status = "in_progress"
        out.append(
            {
                "scope": scope,
                "campaign_id": subject.get("campaign_id"),
                "channel": subject.get("channel"),
                "metric": metric,
                "actual": actual,
                "target": target,
                "direction": direction,
                "relative_gap": relative_change(actual, target),
                "status": status,
                "source": "success_criterion" if criterion else "monthly_target",
                **extra,
            }
        )
        if status == "not_met" and row is not None and gap is not None and not extra:
            found.add(
                metric=metric,
                row=row,
                subject=subject,
                reference=target,
                reference_kind="target",
                direction=direction,
                gap=gap,
                threshold=tolerance,
                evidence={
                    "target_month": period.label,
                    "scope": scope,
                    **({"source": "the campaign's success criterion"} if criterion else {}),
                },
            )
    return out


#: A campaign ran in the month when one of these is above zero in it.
_ACTIVITY = ("spend", "impressions", "clicks", "conversions", "leads")


def _ran(row: dict[str, Any] | None) -> bool:
    return row is not None and any((row.get(k) or 0) > 0 for k in _ACTIVITY)


def _target_key(t: dict[str, Any]) -> tuple[Any, ...]:
    """A target's metric and scope: a month's own target replaces a criterion with this key."""
    scope, subject = _scope_of(t.get("campaign_id"), t.get("channel"))
    return (canonical_metric(t["metric"]), scope, *subject.values())


def _day(v: Any) -> dt.date | None:
    """A campaign date cell as a date; None when blank (an ongoing campaign has no end)."""
    return None if _blank(v) or plain(v) is None else as_date(v)


def flight_windows(
    raw: list[dict[str, Any]], period: Period, campaigns: list[dict[str, Any]], as_of: dt.date
) -> dict[str, Period]:
    """The flight-to-date window (its start to the month's end, or the as-of date before it) of
    each campaign with a success criterion on a total whose flight does not lie within
    ``period`` (see :func:`compare_targets`)."""
    wanted = {
        str(t["campaign_id"])
        for t in raw
        if _blank(t.get("month"))
        and not _blank(t.get("campaign_id"))
        and canonical_metric(t["metric"]) in ADDITIVE
    }
    out = {}
    for c in campaigns:
        cid, start, end = str(c["campaign_id"]), _day(c.get("start_date")), _day(c.get("end_date"))
        if cid not in wanted or start is None or start > period.end:
            continue
        if end is not None and end < period.start:
            continue  # ended before the month: not a target of it
        if start < period.start or end is None or end > period.end:
            last = min(d for d in (end, period.end, as_of) if d is not None)
            if last >= start:
                out[cid] = Period(start, last)
    return out
