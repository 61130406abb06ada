"""The campaign under review: its row, its channels and its pre-launch targets.

Inputs are the ``campaigns`` and ``targets`` tables (small: read whole into Python). What the
campaign is compared with (benchmarks, plan, the team's history) is :mod:`.references`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from debrief.metrics import references
from debrief.period import as_date
from debrief.query import frame, rows

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["CampaignInfo", "campaign_targets", "load_campaign"]


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
    #: The campaign row's free-text notes (the team's own words, quoted in the pre-read).
    notes: str | None = None


def load_campaign(ws: Workspace, campaign_id: str, as_of: dt.date | None = None) -> CampaignInfo:
    """The campaign row and the channels it ran on (ad_performance, then leads).

    A blank end date means the campaign is still running: it is reviewed up to ``as_of``
    (default today) and ``ongoing`` is set. Raises ``ValueError`` naming close ids when the
    campaign is unknown.
    """
    t = ws.table("campaigns")
    found = rows(t.filter(t.campaign_id == campaign_id))
    if not found:
        import difflib

        ids = [str(x["campaign_id"]) for x in rows(t.select("campaign_id"))]
        close = difflib.get_close_matches(campaign_id, ids, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise ValueError(f"Unknown campaign {campaign_id!r}.{hint}")
    r = found[0]  # missing values are None (debrief.query)
    end = r.get("end_date")
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
        start=as_date(r["start_date"]),
        end=as_date(end) if end is not None else (as_of or dt.date.today()),
        ongoing=end is None,
        objective=r.get("objective"),
        owner=r.get("owner"),
        audience=r.get("audience"),
        offer=r.get("offer"),
        channels=tuple(sorted(channels)),
        notes=r.get("notes") or None,
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
