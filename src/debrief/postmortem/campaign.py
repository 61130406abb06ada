"""The campaign under review and its references: targets, benchmarks, the team's history.

Inputs are the ``campaigns``, ``targets`` and ``benchmarks`` tables (small: read whole into
Python) and the grouped counts of every other campaign (summed in the engine). Outputs are plain
dataclasses and dicts that the stages read.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.metrics import references
from debrief.postmortem.measures import (
    AD_COUNTS,
    LEAD_COUNTS,
    METRICS,
    Scope,
    ad_counts,
    canonical_metric,
    lead_counts,
    metric_from_counts,
    with_revenue,
)
from debrief.query import frame

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = [
    "CampaignInfo",
    "References",
    "campaign_targets",
    "load_campaign",
    "load_references",
]


@dataclass(frozen=True)
class CampaignInfo:
    campaign_id: str
    name: str
    start: dt.date
    end: dt.date
    objective: str | None = None
    owner: str | None = None
    audience: str | None = None
    offer: str | None = None
    channels: tuple[str, ...] = ()
    #: the end date is blank (an always-on programme still running): ``end`` is the as-of date
    ongoing: bool = False


def _value(v: Any) -> Any:
    if v is None:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return v


def _as_date(v: Any) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return pd.Timestamp(v).date()


def load_campaign(ws: Workspace, campaign_id: str, as_of: dt.date | None = None) -> CampaignInfo:
    """The campaign row and the channels it ran on (ad_performance, then leads).

    A blank end date means the campaign is still running: it is reviewed up to ``as_of``
    (default today) and ``ongoing`` is set. Raises ``ValueError`` naming close ids when the
    campaign is unknown.
    """
    t = ws.table("campaigns")
    rows = frame(t.filter(t.campaign_id == campaign_id))
    if rows.empty:
        import difflib

        ids = [str(x) for x in frame(t.select("campaign_id"))["campaign_id"]]
        close = difflib.get_close_matches(campaign_id, ids, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise ValueError(f"Unknown campaign {campaign_id!r}.{hint}")
    r = rows.iloc[0].to_dict()
    end = _value(r.get("end_date"))
    channels: list[str] = []
    for name in ("ad_performance", "leads"):
        tab = ws.optional(name)
        if tab is None or "campaign_id" not in tab.columns or "channel" not in tab.columns:
            continue
        ch = frame(tab.filter(tab.campaign_id == campaign_id).select("channel").distinct())
        channels.extend(str(c) for c in ch["channel"].dropna() if str(c) not in channels)
    return CampaignInfo(
        campaign_id=campaign_id,
        name=str(r.get("name") or campaign_id),
        start=_as_date(r["start_date"]),
        end=_as_date(end) if end is not None else (as_of or dt.date.today()),
        ongoing=end is None,
        objective=_value(r.get("objective")),
        owner=_value(r.get("owner")),
        audience=_value(r.get("audience")),
        offer=_value(r.get("offer")),
        channels=tuple(sorted(channels)),
    )


def campaign_targets(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    """The campaign's pre-launch targets: ``metric`` (catalogue name), ``target``, ``channel``
    (None for campaign-level), ``direction`` (``min``/``max``), ``label`` (the name as written)."""
    # A row with a month is a monthly target of the campaign, not a pre-launch criterion.
    return [
        {
            "metric": t.metric,
            "label": t.name,
            "target": t.target,
            "channel": t.channel,
            "direction": t.direction,
        }
        for t in references.targets(ws)
        if t.campaign_id == campaign_id and t.month is None
    ]


@dataclass(frozen=True)
class References:
    """Benchmarks (latest per metric and channel) and the team's history (other campaigns'
    metric values, one per campaign)."""

    benchmarks: dict[tuple[str, str | None], tuple[float, str | None]]
    history: dict[str, list[float]]
    history_campaigns: tuple[str, ...] = ()

    def benchmark(self, metric: str, channel: str | None = None) -> tuple[float, str | None] | None:
        """The benchmark for ``metric`` on ``channel``; a channel without one falls back to the
        all-channel benchmark only when asked for no channel (a campaign-level figure)."""
        return self.benchmarks.get((canonical_metric(metric), channel))

    def history_median(self, metric: str) -> tuple[float, int] | None:
        vals = self.history.get(canonical_metric(metric)) or []
        return (statistics.median(vals), len(vals)) if vals else None


def _benchmarks(ws: Workspace) -> dict[tuple[str, str | None], tuple[float, str | None]]:
    rows = sorted(references.benchmarks(ws), key=lambda b: (b.as_of is not None, b.as_of))
    # later rows (newer as_of) replace older ones
    return {(b.metric, b.channel): (b.value, b.source) for b in rows}


def campaign_count_table(ws: Workspace, as_of: dt.date | None) -> pd.DataFrame:
    """Counts of every campaign (ad sums and lead counts), one row per ``campaign_id``."""
    ad = ad_counts(ws, Scope(as_of=as_of), by=["campaign_id"])
    ld = lead_counts(ws, Scope(as_of=as_of), by=["campaign_id"])
    ad = ad.drop(columns=[c for c in ad.columns if c == "rows"])
    if ad.empty and ld.empty:
        return pd.DataFrame(columns=["campaign_id", *AD_COUNTS, *LEAD_COUNTS])
    if ad.empty:
        return ld
    if ld.empty:
        return ad
    return ad.merge(ld, on="campaign_id", how="outer")


def load_references(
    ws: Workspace, info: CampaignInfo, metrics: list[str], as_of: dt.date | None
) -> References:
    """Benchmarks and history for ``metrics``.

    History: the *comparable* campaigns among those that had started by ``as_of`` (the team knows
    only what has happened): campaigns whose length is within a factor of 3 of this one's (a
    six-week flight is not compared with a year-long always-on programme), when at least 3 of
    them have data; otherwise every other campaign. Volumes are left out of history: they scale
    with budget and duration, so another campaign's impressions say nothing about this one's.
    """
    history: dict[str, list[float]] = {}
    used: list[str] = []
    camps = frame(ws.table("campaigns").select("campaign_id", "start_date", "end_date"))
    length = (info.end - info.start).days + 1
    started: set[str] = set()
    similar: set[str] = set()
    for r in camps.to_dict("records"):
        start = _as_date(r["start_date"])
        end = _as_date(r["end_date"]) if _value(r["end_date"]) is not None else (as_of or start)
        if as_of is not None and start > as_of:
            continue
        started.add(str(r["campaign_id"]))
        days = (end - start).days + 1
        if length / 3 <= days <= length * 3:
            similar.add(str(r["campaign_id"]))
    table = campaign_count_table(ws, as_of)
    have = {str(r.get("campaign_id")) for r in table.to_dict("records")} - {info.campaign_id}
    pool = similar if len(similar & have - {info.campaign_id}) >= 3 else started
    for r in table.to_dict("records"):
        cid = str(r.get("campaign_id"))
        if cid == info.campaign_id or cid not in pool:
            continue
        c = with_revenue({k: _value(v) for k, v in r.items()})
        any_value = False
        for m in metrics:
            d = METRICS.get(m)
            if d is None or d.denominator is None:
                continue
            v = metric_from_counts(m, c).value
            if v is not None and math.isfinite(v):
                history.setdefault(m, []).append(v)
                any_value = True
        if any_value:
            used.append(cid)
    return References(_benchmarks(ws), history, tuple(sorted(used)))
