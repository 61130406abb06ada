"""The visit step of the funnel: visits -> leads (issue 18, "visitor -> customer").

Visits are the ``sessions`` column of ``ad_performance`` (the contract's web sessions by day,
channel and campaign, from ad platforms or analytics exports). A lead counts against the visits
of its own channel (of its own campaign, in the campaign view), so the step compares like with
like (in the campaign view, a lead counts against the visits of its campaign and channel): leads
of a channel whose sessions are unknown (no ``sessions`` value in the window, e.g.
organic or referral traffic the exports do not cover) are left out of the step and named in a
note, never divided by visits they did not come from.

Calendar step: leads created in the month ÷ visits in the month, per window (the month, the
prior month, the three months before pooled), with its Wilson interval and, against the
three months before, Newcombe's interval of the difference and the z-test p-value (the rate is
a ratio of two counts of the same window, read as a proportion; when a channel has more leads
than recorded visits the rate is shown without an interval or test). Without a ``sessions``
column, or without any session in the month, the step is unknown: no row, and a note says so.

Only aggregates come back from the engine: sessions and leads per day, channel and campaign of
the four months read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import ibis

from debrief.period import as_date
from debrief.query import arrow
from debrief.results import ratio
from debrief.stats import rate_difference, wilson_interval

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period
    from debrief.workspace import Workspace

__all__ = ["SOURCE", "visit_step"]

SOURCE = "ad_performance.sessions"
WINDOWS = ("current", "prior", "trailing")
Key = tuple[str | None, ...]


def _in_windows(day: dt.date, periods: Mapping[str, Period]) -> list[str]:
    """The windows a day belongs to (the prior month is inside the three months before)."""
    return [w for w in WINDOWS if periods[w].start <= day <= periods[w].end]


def _sessions(ws: Workspace, periods: Mapping[str, Period]) -> list[dict[str, Any]] | None:
    """Sessions per window, channel and campaign (rows ``window, channel, campaign,
    sessions``); None without a sessions column."""
    ad = ws.optional("ad_performance")
    if ad is None or "sessions" not in ad.columns:
        return None
    lo, hi = periods["trailing"].start, periods["current"].end
    day = ad.date.cast("date")
    ad = ad.filter(ad.sessions.notnull(), day >= lo, day <= hi, ad.channel.notnull())
    camp = ad.campaign_id if "campaign_id" in ad.columns else ibis.literal(None, type="string")
    ad = ad.mutate(day=ad.date.cast("date"), campaign=camp)
    per_day = arrow(
        ad.group_by(["day", "channel", "campaign"]).aggregate(
            sessions=ad.sessions.cast("float64").sum()
        )
    ).to_pylist()
    return [{**r, "window": w} for r in per_day for w in _in_windows(as_date(r["day"]), periods)]


def _leads(
    leads: ir.Table,
    periods: Mapping[str, Period],
    bounds: Mapping[str, tuple[dt.datetime, dt.datetime]],
) -> list[dict[str, Any]]:
    """Leads created per window, channel and campaign (rows ``window, ch, campaign, n``)."""
    created = leads.created_at
    typ = created.type()
    channel = leads.channel if "channel" in leads.columns else ibis.literal(None, type="string")
    camp = leads.campaign_id if "campaign_id" in leads.columns else ibis.literal(None, "string")
    t = leads.mutate(ch=channel, campaign=camp)
    out: list[dict[str, Any]] = []
    for w in WINDOWS:  # one query per window: the prior month is inside the three months before
        lo, hi = bounds[w]
        if not typ.timezone:
            lo, hi = lo.replace(tzinfo=None), hi.replace(tzinfo=None)
        inw = t.filter(
            t.created_at >= ibis.literal(lo, type=typ), t.created_at < ibis.literal(hi, type=typ)
        )
        rows = arrow(inw.group_by(["ch", "campaign"]).aggregate(n=ibis._.count())).to_pylist()
        out += [{**r, "window": w} for r in rows]
    return out


def visit_step(
    ws: Workspace,
    leads: ir.Table,
    periods: Mapping[str, Period],
    bounds: Mapping[str, tuple[dt.datetime, dt.datetime]],
    alpha: float,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """``(overall rows, by-channel rows, by-campaign rows, info)``: rows of the funnel's
    ``stages`` shape for the step visit -> lead (see the module docstring); ``info`` holds the
    volumes (visits per window), the channels counted and left out, and a note."""
    sessions = _sessions(ws, periods)
    if sessions is None:
        return [], [], [], {"note": f"Visits are unknown: the workspace has no {SOURCE}."}
    lead_rows = _leads(leads, periods, bounds)

    def totals(level: str) -> dict[Key, dict[str, list[float]]]:
        """{group: {window: [visits, leads]}} over the cells whose sessions are known."""
        known: dict[str, set[Key]] = {w: set() for w in WINDOWS}
        out: dict[Key, dict[str, list[float]]] = {}

        def group(ch: Any, camp: Any) -> Key:
            return {"all": (None,), "channel": (ch,), "campaign": (camp,)}[level]

        def cell(ch: Any, camp: Any) -> Key:
            return (ch, camp) if level == "campaign" else (ch,)

        for r in sessions:
            if r["window"] is None or (level == "campaign" and r["campaign"] is None):
                continue
            known[r["window"]].add(cell(r["channel"], r["campaign"]))
            g = out.setdefault(group(r["channel"], r["campaign"]), {})
            g.setdefault(r["window"], [0.0, 0.0])[0] += float(r["sessions"] or 0.0)
        for r in lead_rows:
            c = cell(r["ch"], r["campaign"])
            if c not in known[r["window"]]:
                continue
            g = out.setdefault(group(r["ch"], r["campaign"]), {})
            g.setdefault(r["window"], [0.0, 0.0])[1] += float(r["n"])
        return out

    overall = totals("all").get((None,), {})
    if not overall.get("current", [0.0])[0]:
        return (
            [],
            [],
            [],
            {
                "note": f"Visits are unknown for {periods['current'].label}: "
                f"no {SOURCE} value in the month."
            },
        )
    counted = sorted({str(r["channel"]) for r in sessions if r["window"] == "current"})
    lead_channels = {
        str(r["ch"]) if r["ch"] is not None else "no channel"
        for r in lead_rows
        if r["window"] == "current"
    }
    left_out = sorted(lead_channels - set(counted))
    source = f"{SOURCE} ({', '.join(counted)}); leads.created_at of the same channels"

    def rows(groups: dict[Key, dict[str, list[float]]], name: str | None) -> list[dict[str, Any]]:
        out = []
        for key in sorted(groups, key=lambda k: str(k[0])):
            g = groups[key]
            cur = g.get("current")
            if not cur or not cur[0]:
                continue
            row = _row(cur, g.get("prior"), g.get("trailing"), alpha)
            row["counted_from"] = source if name is None else SOURCE
            out.append({name: key[0], **row} if name else row)
        return out

    info = {
        "volumes": {w: overall.get(w, [None, None])[0] for w in WINDOWS},
        "counted": counted,
        "left_out": left_out,
        "note": (
            f"Visits: {SOURCE} of {', '.join(counted)}; the visit-to-lead rate counts the leads "
            "created in the month in those channels"
            + (
                f" (leads from {', '.join(left_out)} have no recorded visits and are left out "
                "of that step)."
                if left_out
                else "."
            )
        ),
    }
    return (
        rows({(None,): overall}, None),
        rows(totals("channel"), "channel"),
        rows(totals("campaign"), "campaign_id"),
        info,
    )


def _row(
    cur: list[float], prior: list[float] | None, trailing: list[float] | None, alpha: float
) -> dict[str, Any]:
    visits, leads = cur
    proportion = leads <= visits
    ci = wilson_interval(leads, visits, alpha) if proportion else None
    row: dict[str, Any] = {
        "from_stage": "visit",
        "to_stage": "created",
        "view": "calendar",
        "entered": int(visits),
        "converted": int(leads),
        "rate": ratio(leads, visits),
        "ci_low": ci[0] if ci else None,
        "ci_high": ci[1] if ci else None,
        "median_days": None,
        "mean_days": None,
        "prior_rate": ratio(prior[1], prior[0]) if prior else None,
        "trailing_rate": ratio(trailing[1], trailing[0]) if trailing else None,
        "prior_entered": int(prior[0]) if prior else None,
        "prior_converted": int(prior[1]) if prior else None,
        "trailing_entered": int(trailing[0]) if trailing else None,
        "trailing_converted": int(trailing[1]) if trailing else None,
        "target": None,
        "censored": False,
        "rate_change": None,
        "rate_change_ci_low": None,
        "rate_change_ci_high": None,
        "p_value": None,
    }
    if trailing and proportion and trailing[0] and trailing[1] <= trailing[0]:
        diff = rate_difference(leads, visits, trailing[1], trailing[0], alpha)
        if diff is not None:
            row["rate_change"] = diff.diff
            row["rate_change_ci_low"] = diff.ci_low
            row["rate_change_ci_high"] = diff.ci_high
            row["p_value"] = diff.p_value
    return row
