"""Which campaigns await a post-mortem: ended, not reviewed, and how long the window has left.

A post-mortem is due within ``window_days`` (14) of a campaign's end. Input: the ``campaigns``
table, the as-of date and the campaigns the knowledge base already holds a post-mortem for.
Output rows: campaign_id, name, end_date, due (end + window), days_left (negative: overdue),
ordered by due date. A campaign whose end date is blank is still running and is never due.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.query import frame

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["campaigns_due"]


def campaigns_due(
    ws: Workspace, as_of: dt.date, reviewed: set[str], window_days: int = 14
) -> list[dict[str, Any]]:
    """Campaigns that ended before ``as_of`` and have no post-mortem (see the module docstring)."""
    t = ws.table("campaigns")
    # a blank end date is a campaign still running (always-on): it is never due
    ended = t.filter(t.end_date.notnull() & (t.end_date < as_of))
    df = frame(ended.select("campaign_id", "name", "end_date"))
    rows = []
    for r in df.to_dict("records"):
        if str(r["campaign_id"]) in reviewed:
            continue
        end = pd.Timestamp(r["end_date"]).date()
        due = end + dt.timedelta(days=window_days)
        rows.append(
            {
                "campaign_id": str(r["campaign_id"]),
                "name": str(r["name"]),
                "end_date": end,
                "due": due,
                "days_left": (due - as_of).days,
            }
        )
    rows.sort(key=lambda r: (r["due"], r["campaign_id"]))
    return rows
