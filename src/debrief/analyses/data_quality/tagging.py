"""Tagging data-quality checks: clicks that never arrive as sessions, and spend without a campaign.

Registered with ``@check`` like the checks in :mod:`debrief.analyses.data_quality`,
whose helpers they share; each returns ``list[Finding]`` over ``ctx.period``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.analyses.data_quality.common import (
    ads_in_period,
    examples,
    finding,
    money,
    runs,
    span,
)
from debrief.numbers import fmt
from debrief.period import as_date
from debrief.query import arrow, frame
from debrief.registry import check

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.results import Finding

__all__ = ["clicks_without_sessions", "untagged_spend"]

#: A day's zero sessions is a tagging gap only when the channel's own click-to-session rate
#: predicts at least this many (same reasoning as zero clicks: below it, zeros happen).
MIN_EXPECTED_SESSIONS = 10.0


@check("clicks_without_sessions")
def clicks_without_sessions(ctx: StageContext) -> list[Finding]:
    """Channel-days with clicks but no sessions where the channel's click-to-session rate for the
    period predicts many: the landing pages' analytics tag or the UTM parameters were lost. Only
    rows that report sessions are read, on channels that record sessions on other days."""
    ads = ads_in_period(ctx)
    if ads is None or "sessions" not in ads.columns:
        return []
    t = ads.filter(ads.sessions.notnull())
    daily = frame(
        t.group_by(["channel", "date"])
        .aggregate(clicks=t.clicks.sum(), sessions=t.sessions.sum(), spend=t.spend.sum())
        .order_by(["channel", "date"])
    ).to_dict("records")
    by_channel: dict[str, list[dict[str, Any]]] = {}
    for r in daily:
        r["date"] = as_date(r["date"])
        by_channel.setdefault(r["channel"], []).append(r)
    out = []
    for channel, days in by_channel.items():
        clicks = sum(d["clicks"] for d in days)
        sessions = sum(d["sessions"] for d in days)
        if clicks == 0 or sessions == 0:
            continue  # a channel that never records sessions is a mapping matter, not a gap
        rate = sessions / clicks
        gap = [
            d for d in days if d["sessions"] == 0 and d["clicks"] * rate >= MIN_EXPECTED_SESSIONS
        ]
        for first, last in runs([d["date"] for d in gap]):
            rows = [d for d in gap if first <= d["date"] <= last]
            n_clicks = sum(d["clicks"] for d in rows)
            out.append(
                finding(
                    "clicks_without_sessions",
                    f"{channel}-{first.isoformat()}",
                    f"{channel} recorded {fmt(n_clicks, 'count')} clicks and no sessions on {span(first, last)}",
                    subject={"channel": channel, "dates": [first, last]},
                    evidence={
                        "dates": [d["date"] for d in rows],
                        "clicks": n_clicks,
                        "spend": sum(d["spend"] for d in rows),
                        "sessions_per_click": rate,
                        "examples": examples(
                            t.filter((t.channel == channel) & t.date.between(first, last)),
                            ["date"],
                        ),
                    },
                    touches=f"sessions, engaged sessions and on-site conversion rates for "
                    f"{channel} in {ctx.period.label}",
                    metric="clicks",
                    actual=float(n_clicks),
                )
            )
    return out


@check("untagged_spend")
def untagged_spend(ctx: StageContext) -> list[Finding]:
    """Spend recorded without a campaign id, on a workspace whose ad rows otherwise carry one:
    the money is in the channel totals but in no campaign's figures. One finding per channel."""
    ads = ads_in_period(ctx)
    if ads is None or "campaign_id" not in ads.columns:
        return []
    if arrow(ads.filter(ads.campaign_id.notnull()).count()).as_py() == 0:
        return []  # this workspace does not tag campaigns at all: nothing is missing
    bad = ads.filter(ads.campaign_id.isnull() & (ads.spend > 0))
    agg = bad.group_by("channel").aggregate(
        rows=bad.count(), spend=bad.spend.sum(), first=bad.date.min(), last=bad.date.max()
    )
    out = []
    for r in frame(agg.order_by("channel")).to_dict("records"):
        channel = r["channel"]
        first, last = as_date(r["first"]), as_date(r["last"])
        out.append(
            finding(
                "untagged_spend",
                str(channel),
                f"{channel} has {int(r['rows'])} rows with {money(float(r['spend']), ctx)} of "
                f"spend and no campaign id between {first.isoformat()} and {last.isoformat()}",
                subject={"channel": channel, "dates": [first, last]},
                evidence={
                    "rows": int(r["rows"]),
                    "spend": float(r["spend"]),
                    "examples": examples(bad.filter(bad.channel == channel), ["date"]),
                },
                touches=f"per-campaign spend, ROAS and CPA for {channel} in {ctx.period.label} "
                "(channel totals include it)",
                metric="spend",
                actual=float(r["spend"]),
            )
        )
    return out
