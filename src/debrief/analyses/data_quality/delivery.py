"""The delivery checks on ``ad_performance`` (tracking gaps, missing days, clicks above
impressions, conversions above clicks) and the conversion-id check. Counting runs in the engine
(Ibis); only per-channel daily totals and a handful of example rows come back to Python.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

import ibis

from debrief.analyses.data_quality.common import (
    EXAMPLES,
    ads_in_period,
    examples,
    finding,
    in_period,
    money,
    runs,
    span,
)
from debrief.numbers import fmt
from debrief.period import as_date
from debrief.query import arrow, frame
from debrief.registry import check

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext
    from debrief.results import Finding

__all__ = [
    "clicks_above_impressions",
    "conversions_above_clicks",
    "duplicate_conversion_ids",
    "missing_days",
    "tracking_gaps",
]

#: A zero-click day is a gap only when the channel's own CTR predicts at least this many clicks
#: (Poisson: P(0 | 10) = 0.005%, so a real zero is implausible; below it zeros happen by chance).
MIN_EXPECTED_CLICKS = 10.0
#: A channel "otherwise delivers" when it has rows on at least this many days of the period.
MIN_ACTIVE_DAYS = 7


def _daily(ads: ir.Table, by: tuple[str, ...] = ("channel",)) -> list[dict[str, Any]]:
    """Per ``by`` and day: spend, impressions, clicks and rows (small: channels x days, or
    campaigns x days)."""
    keys = [*by, "date"]
    g = ads.group_by(keys).aggregate(
        spend=ads.spend.sum(),
        impressions=ads.impressions.sum(),
        clicks=ads.clicks.sum(),
        rows=ads.count(),
    )
    recs = frame(g.order_by(keys)).to_dict("records")
    for r in recs:
        r["date"] = as_date(r["date"])
    return recs


def _gap_days(days: list[dict[str, Any]]) -> tuple[list[dict], list[dict], float] | None:
    """The days of one channel (or campaign) with spend and no impressions, and with impressions
    but no clicks where its own CTR predicts at least :data:`MIN_EXPECTED_CLICKS`; and that CTR.
    None when it never reports impressions (a mapping matter, not a gap)."""
    delivering = [d for d in days if d["impressions"] > 0]
    if not delivering:
        return None
    ctr = sum(d["clicks"] for d in delivering) / sum(d["impressions"] for d in delivering)
    no_impr = [d for d in days if d["spend"] > 0 and d["impressions"] == 0]
    no_clicks = [
        d
        for d in delivering
        if d["spend"] > 0 and d["clicks"] == 0 and d["impressions"] * ctr >= MIN_EXPECTED_CLICKS
    ]
    return no_impr, no_clicks, ctr


@check("tracking_gaps")
def tracking_gaps(ctx: StageContext) -> list[Finding]:
    """Days on which a channel spent but recorded no impressions, or impressions but no clicks
    where its own click-through rate predicts many; and the same per campaign, where the channel's
    total hides it (another campaign of the channel delivered those days). Only channels and
    campaigns that report impressions on other days are judged (one that never reports them is a
    mapping matter, not a gap)."""
    ads = ads_in_period(ctx)
    if ads is None:
        return []
    by_channel: dict[str, list[dict[str, Any]]] = {}
    for r in _daily(ads):
        by_channel.setdefault(r["channel"], []).append(r)
    out: list[Finding] = []
    for channel, days in by_channel.items():
        found = _gap_days(days)
        if found is None:
            continue
        no_impr, no_clicks, ctr = found
        for gap_days, what, touches in (
            (no_impr, "no impressions", "CTR, CPM and CPC"),
            (no_clicks, "impressions but no clicks", "CTR, CPC and CVR"),
        ):
            for first, last in runs([d["date"] for d in gap_days]):
                rows = [d for d in gap_days if first <= d["date"] <= last]
                spend = sum(d["spend"] for d in rows)
                clicks = sum(d["clicks"] for d in rows)
                if what == "no impressions":
                    what = "no impressions and no clicks" if clicks == 0 else "no impressions"
                ex = examples(
                    ads.filter((ads.channel == channel) & ads.date.between(first, last)),
                    ["date"],
                )
                out.append(
                    finding(
                        "tracking_gap",
                        f"{channel}-{first.isoformat()}",
                        f"{channel} recorded {money(spend, ctx)} of spend with {what} on "
                        f"{span(first, last)}",
                        subject={"channel": channel, "dates": [first, last]},
                        evidence={
                            "dates": [d["date"] for d in rows],
                            "spend": spend,
                            "impressions": sum(d["impressions"] for d in rows),
                            "clicks": clicks,
                            "rows": sum(d["rows"] for d in rows),
                            "channel_ctr": ctr,
                            "examples": ex,
                        },
                        touches=f"{touches} for {channel} in {ctx.period.label}",
                        metric="spend",
                        actual=spend,
                    )
                )
    if "campaign_id" in ads.columns:
        out.extend(_campaign_gaps(ctx, ads, by_channel))
    # The spend whose results went unrecorded is the money at stake: what it bought is unknown.
    return [dataclasses.replace(f, impact=f.actual or 0.0) for f in out]


def _campaign_gaps(
    ctx: StageContext, ads: ir.Table, by_channel: dict[str, list[dict[str, Any]]]
) -> list[Finding]:
    """Campaign-days with the same gaps whose channel-day delivered (so the channel's total shows
    nothing): another campaign of the channel recorded impressions (or clicks) that day."""
    channel_day = {(d["channel"], d["date"]): d for days in by_channel.values() for d in days}
    by_campaign: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in _daily(ads.filter(ads.campaign_id.notnull()), ("channel", "campaign_id")):
        by_campaign.setdefault((r["channel"], r["campaign_id"]), []).append(r)
    out: list[Finding] = []
    for (channel, cid), days in by_campaign.items():
        found = _gap_days(days)
        if found is None:
            continue
        no_impr, no_clicks, ctr = found
        no_impr = [d for d in no_impr if channel_day[(channel, d["date"])]["impressions"] > 0]
        no_clicks = [d for d in no_clicks if channel_day[(channel, d["date"])]["clicks"] > 0]
        for gap_days, what, col, touches in (
            (no_impr, "no impressions", "impressions", "CTR, CPM and CPC"),
            (no_clicks, "impressions but no clicks", "clicks", "CTR, CPC and CVR"),
        ):
            for first, last in runs([d["date"] for d in gap_days]):
                rows = [d for d in gap_days if first <= d["date"] <= last]
                spend = sum(d["spend"] for d in rows)
                clicks = sum(d["clicks"] for d in rows)
                if what == "no impressions" and clicks == 0:
                    what = "no impressions and no clicks"
                others = sum(channel_day[(channel, d["date"])][col] - d[col] for d in rows)
                ex = examples(
                    ads.filter(
                        (ads.campaign_id == cid)
                        & (ads.channel == channel)
                        & ads.date.between(first, last)
                    ),
                    ["date"],
                )
                out.append(
                    finding(
                        "tracking_gap",
                        f"{channel}-{cid}-{first.isoformat()}",
                        f"{cid} on {channel} recorded {money(spend, ctx)} of spend with {what} on "
                        f"{span(first, last)}, while the channel's other campaigns recorded "
                        f"{fmt(others, 'number', places=0)} {col} on those days",
                        subject={"campaign_id": cid, "channel": channel, "dates": [first, last]},
                        evidence={
                            "dates": [d["date"] for d in rows],
                            "spend": spend,
                            "impressions": sum(d["impressions"] for d in rows),
                            "clicks": clicks,
                            "rows": sum(d["rows"] for d in rows),
                            "campaign_ctr": ctr,
                            f"other_campaigns_{col}": others,
                            "examples": ex,
                        },
                        touches=f"{touches} for {cid} in {ctx.period.label}",
                        metric="spend",
                        actual=spend,
                    )
                )
    return out


@check("missing_days")
def missing_days(ctx: StageContext) -> list[Finding]:
    """Days without any row for a channel, between its first and last day in the period, when the
    channel has rows on at least :data:`MIN_ACTIVE_DAYS` days (it otherwise delivers)."""
    ads = ads_in_period(ctx)
    if ads is None:
        return []
    seen: dict[str, set[dt.date]] = {}
    for r in _daily(ads):
        seen.setdefault(r["channel"], set()).add(r["date"])
    out = []
    for channel, days in seen.items():
        if len(days) < MIN_ACTIVE_DAYS:
            continue
        first, last = min(days), max(days)
        every = {first + dt.timedelta(days=i) for i in range((last - first).days + 1)}
        for a, b in runs(sorted(every - days)):
            n = (b - a).days + 1
            out.append(
                finding(
                    "missing_days",
                    f"{channel}-{a.isoformat()}",
                    f"{channel} has no rows on {span(a, b)} while it has rows on {len(days)} "
                    f"other days of {ctx.period.label}",
                    subject={"channel": channel, "dates": [a, b]},
                    evidence={
                        "missing_dates": [a + dt.timedelta(days=i) for i in range(n)],
                        "days_with_rows": len(days),
                        "first_day": first,
                        "last_day": last,
                    },
                    touches=f"spend, impressions, clicks and daily trends for {channel} in "
                    f"{ctx.period.label}",
                    metric="days",
                    actual=float(n),
                )
            )
    return out


def _row_anomaly(
    ctx: StageContext, kind: str, where: Any, ads: ir.Table, what: str, touches: str
) -> list[Finding]:
    bad = ads.filter(where)
    agg = bad.group_by("channel").aggregate(
        rows=bad.count(),
        first=bad.date.min(),
        last=bad.date.max(),
        days=bad.date.nunique(),
    )
    # every channel's distinct dates in one query, not one query per channel
    dates_of: dict[Any, list[dt.date]] = {}
    for d in arrow(bad.select("channel", "date").distinct()).to_pylist():
        dates_of.setdefault(d["channel"], []).append(as_date(d["date"]))
    out = []
    for r in frame(agg.order_by("channel")).to_dict("records"):
        channel = r["channel"]
        first, last = as_date(r["first"]), as_date(r["last"])
        dates = sorted(dates_of.get(channel, []))
        out.append(
            finding(
                kind,
                str(channel),
                f"{channel} has {int(r['rows'])} rows with {what} on {int(r['days'])} days "
                f"between {first.isoformat()} and {last.isoformat()}",
                subject={"channel": channel, "dates": [first, last]},
                evidence={
                    "rows": int(r["rows"]),
                    "dates": dates[:31],
                    "examples": examples(bad.filter(bad.channel == channel), ["date"]),
                },
                touches=f"{touches} for {channel} in {ctx.period.label}",
                metric="rows",
                actual=float(r["rows"]),
            )
        )
    return out


@check("clicks_above_impressions")
def clicks_above_impressions(ctx: StageContext) -> list[Finding]:
    """Rows whose clicks exceed their impressions (a click needs an impression)."""
    ads = ads_in_period(ctx)
    if ads is None:
        return []
    return _row_anomaly(
        ctx,
        "clicks_above_impressions",
        ads.clicks > ads.impressions,
        ads,
        "more clicks than impressions",
        "CTR and CPM",
    )


@check("conversions_above_clicks")
def conversions_above_clicks(ctx: StageContext) -> list[Finding]:
    """Rows whose conversions exceed their clicks. Rows with spend and neither impressions nor
    clicks are left to :func:`tracking_gaps`, which already reports them."""
    ads = ads_in_period(ctx)
    if ads is None:
        return []
    gap = (ads.spend > 0) & (ads.impressions == 0) & (ads.clicks == 0)
    return _row_anomaly(
        ctx,
        "conversions_above_clicks",
        (ads.conversions > ads.clicks) & ~gap,
        ads,
        "more conversions than clicks",
        "CVR and CPA",
    )


@check("duplicate_conversion_ids")
def duplicate_conversion_ids(ctx: StageContext) -> list[Finding]:
    """Conversion ids that appear on more than one row among the period's conversions."""
    conv = ctx.workspace.optional("conversions")
    if conv is None or "conversion_id" not in conv.columns:
        return []
    c = in_period(conv, "ts", ctx).filter(lambda t: t.conversion_id.notnull())
    value = c.value if "value" in c.columns else ibis.literal(0.0)
    dup = c.group_by("conversion_id").aggregate(
        n=c.count(),
        extra_value=value.sum() - value.max(),
        first=c.ts.min(),
        last=c.ts.max(),
    )
    dup = dup.filter(dup.n > 1)
    s = frame(
        dup.aggregate(
            ids=dup.count(),
            rows=dup.n.sum(),
            extra_value=dup.extra_value.sum(),
            first=dup.first.min(),
            last=dup.last.max(),
        )
    )
    ids = int(s["ids"].iloc[0] or 0)
    if ids == 0:
        return []
    rows = int(s["rows"].iloc[0])
    extra_value = float(s["extra_value"].iloc[0] or 0.0)
    first, last = as_date(s["first"].iloc[0]), as_date(s["last"].iloc[0])
    top = dup.order_by([ibis.desc("n"), "conversion_id"]).limit(EXAMPLES)
    ex_ids = list(frame(top)["conversion_id"])
    return [
        finding(
            "duplicate_conversion_ids",
            ctx.period.label,
            f"{ids} conversion ids appear on {rows} rows between {first.isoformat()} and "
            f"{last.isoformat()} ({rows - ids} extra rows, {money(extra_value, ctx)} of value "
            "counted more than once)",
            subject={"dates": [first, last]},
            evidence={
                "ids": ids,
                "rows": rows,
                "extra_rows": rows - ids,
                "extra_value": extra_value,
                "example_ids": ex_ids,
                "examples": examples(
                    c.filter(c.conversion_id.isin(ex_ids)), ["conversion_id", "ts"]
                ),
            },
            touches=f"conversions, revenue, CPA and attribution credits in {ctx.period.label}",
            metric="extra_rows",
            actual=float(rows - ids),
        )
    ]
