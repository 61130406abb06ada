"""Who is invited and reminded: owners, facilitators, channel owners and their addresses.

* A person is a name; ``people`` maps names to email addresses. A name without an address cannot
  be invited or reminded: the tick says so instead of dropping it silently.
* The owner of a campaign is ``campaigns.owner``; the owner of the monthly review is
  ``cycle.review_owner``, else ``summary.default_owner``.
* A channel's owner: ``summary.owners[channel]`` when set, else whoever owns the most
  campaign-days among the campaigns whose main ``channel`` it is (the always-on program of the
  channel rather than a six-week flight that happened to lead on it).
* The facilitator comes from ``facilitators`` in rotation, one meeting after another, and is never
  the meeting's owner (the seed: "a facilitator who is not the campaign owner").
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass
from typing import TYPE_CHECKING

from debrief.period import as_date
from debrief.query import arrow
from debrief.schema import normalise_channel

if TYPE_CHECKING:
    from debrief.config import Settings
    from debrief.workspace import Workspace

__all__ = [
    "Campaign",
    "campaigns",
    "channel_owners",
    "main_channels",
    "month_channels",
    "next_facilitator",
    "wants_postmortem",
]


@dataclass(frozen=True)
class Campaign:
    campaign_id: str
    name: str
    start: dt.date
    end: dt.date
    owner: str | None
    channels: tuple[str, ...]


def campaigns(ws: Workspace) -> list[Campaign]:
    """Every campaign with its dates, owner and channels (those with delivery rows, else its main
    channel), ordered by start date. Empty when the workspace has no campaigns table."""
    t = ws.optional("campaigns")
    if t is None:
        return []
    cols = [
        c
        for c in ("campaign_id", "name", "start_date", "end_date", "owner", "channel")
        if c in t.columns
    ]
    rows = arrow(t.select(cols)).to_pylist()
    by_campaign: dict[str, set[str]] = {}
    ads = ws.optional("ad_performance")
    if ads is not None and "campaign_id" in ads.columns:
        pairs = arrow(ads.select("campaign_id", "channel").distinct()).to_pylist()
        for p in pairs:
            if p["campaign_id"] is not None and p["channel"] is not None:
                by_campaign.setdefault(str(p["campaign_id"]), set()).add(str(p["channel"]))
    out = []
    for r in rows:
        if r.get("start_date") is None or r.get("end_date") is None:
            continue
        cid = str(r["campaign_id"])
        chans = by_campaign.get(cid) or ({str(r["channel"])} if r.get("channel") else set())
        owner = str(r["owner"]).strip() if r.get("owner") else None
        out.append(
            Campaign(
                campaign_id=cid,
                name=str(r.get("name") or cid),
                start=as_date(r["start_date"]),
                end=as_date(r["end_date"]),
                owner=owner or None,
                channels=tuple(sorted(chans)),
            )
        )
    out.sort(key=lambda c: (c.start, c.campaign_id))
    return out


def wants_postmortem(campaign_id: str, settings: Settings) -> bool:
    return not any(fnmatch.fnmatchcase(campaign_id, p) for p in settings.cycle.no_postmortem)


def month_channels(ws: Workspace, start: dt.date, end: dt.date) -> list[str]:
    """Channels with delivery rows between ``start`` and ``end``."""
    ads = ws.optional("ad_performance")
    if ads is None:
        return []
    t = ads.filter((ads.date >= start) & (ads.date <= end)).select("channel").distinct()
    return sorted(str(r["channel"]) for r in arrow(t).to_pylist() if r["channel"])


def channel_owners(
    channels: list[str] | tuple[str, ...],
    settings: Settings,
    all_campaigns: list[Campaign],
    main_channel: dict[str, str],
) -> list[str]:
    """The owners of ``channels`` (see the module docstring), each once, in channel order."""
    by_setting = {normalise_channel(k): v for k, v in settings.summary.owners.items()}
    out: list[str] = []
    for ch in channels:
        if ch in by_setting:
            names = [by_setting[ch]]
        else:
            days: dict[str, int] = {}
            for c in all_campaigns:
                if c.owner and main_channel.get(c.campaign_id) == ch:
                    days[c.owner] = days.get(c.owner, 0) + (c.end - c.start).days + 1
            most = max(days.values(), default=0)
            names = sorted(n for n, d in days.items() if d == most)
        out += [n for n in names if n not in out]
    return out


def main_channels(ws: Workspace) -> dict[str, str]:
    """campaign_id -> the campaign's main channel (``campaigns.channel``), where it has one."""
    t = ws.optional("campaigns")
    if t is None or "channel" not in t.columns:
        return {}
    rows = arrow(t.select("campaign_id", "channel")).to_pylist()
    return {str(r["campaign_id"]): str(r["channel"]) for r in rows if r["channel"]}


def next_facilitator(settings: Settings, owner: str | None, previous: str | None) -> str | None:
    """The facilitator after ``previous`` in the rotation who is not ``owner``; None when nobody
    but the owner is listed."""
    names = list(settings.facilitators)
    first = names.index(previous) + 1 if previous in names else 0
    for i in range(len(names)):
        name = names[(first + i) % len(names)]
        if name != owner:
            return name
    return None
