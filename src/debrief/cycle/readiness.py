"""Is the month's data in? The last day each required source has data for.

A source is a dated table of the workspace: ``ad_performance`` (date), ``touchpoints`` and
``conversions`` (ts), ``leads`` (created_at), ``content_performance`` (date). It is ready for a
month when its latest day is on or after the month's last day. The latest day is one aggregate
computed by the engine per table. A table that is required but not loaded is never ready.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from debrief.nodata import DATED_TABLES
from debrief.query import arrow

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["SourceStatus", "source_status"]


@dataclass(frozen=True)
class SourceStatus:
    name: str
    last_day: dt.date | None  # None: the table is missing or empty
    ready: bool

    def describe(self, period_end: dt.date) -> str:
        if self.last_day is None:
            return f"{self.name} has no data"
        if self.ready:
            return f"{self.name} has data up to {self.last_day.isoformat()}"
        short = (period_end - self.last_day).days
        return (
            f"{self.name} has data up to {self.last_day.isoformat()}, "
            f"{short} day{'s' if short != 1 else ''} short of {period_end.isoformat()}"
        )


def _last_day(ws: Workspace, table: str) -> dt.date | None:
    t = ws.optional(table)
    col = DATED_TABLES.get(table)
    if t is None or col is None or col not in t.columns:
        return None
    value = arrow(t[col].max()).as_py()
    if value is None:
        return None
    return value.date() if isinstance(value, dt.datetime) else value


def source_status(
    ws: Workspace, period_end: dt.date, required: list[str] | None = None
) -> list[SourceStatus]:
    """Each required source (default: every dated table the workspace holds) with its last day
    and whether it reaches ``period_end``."""
    if required is None:
        names = [n for n in DATED_TABLES if ws.optional(n) is not None]
    else:
        unknown = [n for n in required if n not in DATED_TABLES]
        if unknown:
            raise ValueError(
                f"cycle.required_sources: {', '.join(unknown)} is not a dated table; "
                f"choose among {', '.join(DATED_TABLES)}"
            )
        names = list(required)
    out = []
    for name in names:
        last = _last_day(ws, name)
        out.append(SourceStatus(name, last, last is not None and last >= period_end))
    return out
