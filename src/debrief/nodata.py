"""Whether a period has any data at all (see :mod:`debrief.coverage` for how much of it).

A monthly review of a month the workspace holds nothing for must not read as a month where
nothing happened (unknown is not zero): :func:`no_data_reason` gives the sentence that the engine
puts on every stage of such a report instead of running them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from debrief.period import Period, as_date

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.workspace import Workspace

__all__ = ["DATED_TABLES", "NO_DATA_FIX", "latest_month", "no_data_reason"]

#: The dated tables of the data contract (what happened) and the column that dates each row;
#: the review cycle's readiness check reads the same map.
DATED_TABLES: dict[str, str] = {
    "ad_performance": "date",
    "touchpoints": "ts",
    "conversions": "ts",
    "leads": "created_at",
    "content_performance": "date",
}


def _days(t: ir.Table, column: str) -> tuple[ir.DateValue, ir.DateValue]:
    """The first and last day of each row of ``t``: a row over a range of days (``date_end``:
    weekly, monthly exports) runs to its end; any other row is one day."""
    day = t[column].cast("date")
    until = t.date_end.cast("date").coalesce(day) if "date_end" in t.columns else day
    return day, until


def no_data_reason(ws: Workspace, period: Period) -> str | None:
    """None when any activity table has a row in ``period``; otherwise the sentence saying that
    the period has no data and which dates the workspace does hold (one query per table)."""
    first: dt.date | None = None
    last: dt.date | None = None
    present = []
    for name, column in DATED_TABLES.items():
        t = ws.optional(name)
        if t is None or column not in t.columns:
            continue
        present.append(name)
        day, until = _days(t, column)  # a row over a range of days counts where it overlaps
        inside = ((until >= period.start) & (day <= period.end)).ifelse(1, 0).sum()
        row = t.aggregate(n=inside, lo=day.min(), hi=until.max()).to_pyarrow().to_pylist()[0]
        if row["n"]:
            return None
        lo, hi = as_date(row["lo"]), as_date(row["hi"])
        if lo is not None:
            first = lo if first is None else min(first, lo)
        if hi is not None:
            last = hi if last is None else max(last, hi)
    label = period.label
    if not present:
        held = "the workspace holds none of " + ", ".join(DATED_TABLES)
    elif first is None:
        held = f"its {', '.join(present)} tables are empty"
    else:
        held = f"its data runs from {first.isoformat()} to {last.isoformat()}"
    return f"no data for {label}: no row of {', '.join(DATED_TABLES)} falls in the month ({held})"


def latest_month(ws: Workspace, as_of: dt.date) -> Period | None:
    """The month ``debrief monthly`` reviews when none is given: the month of the workspace's last
    dated row (on or before ``as_of``), or the month before it when that month has not ended by
    ``as_of`` (data through 4 December, run on 5 December: November). None when no activity
    table has a dated row."""
    last: dt.date | None = None
    for name, column in DATED_TABLES.items():
        t = ws.optional(name)
        if t is None or column not in t.columns:
            continue
        day, until = _days(t, column)
        hi = as_date(
            t.filter(day <= as_of).aggregate(hi=until.max()).to_pyarrow().to_pylist()[0]["hi"]
        )
        if hi is not None:
            # a week that runs past as_of has been seen only up to as_of
            hi = min(hi, as_of)
            last = hi if last is None else max(last, hi)
    if last is None:
        return None
    month = Period.month(f"{last:%Y-%m}")
    return month.prior_month() if month.end >= as_of else month


#: What to do about a month without data (said once, in the report's summary).
NO_DATA_FIX = "Check --month, or load the month's exports with `debrief ingest`."
