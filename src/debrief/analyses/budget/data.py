"""The small aggregated frames the budget stage reads, built as Ibis expressions.

Every query aggregates in the engine (DuckDB, a warehouse, Spark) and brings into Python only one
row per channel-day or per channel-campaign-day: the maths (pacing, curve fits, allocation) then
runs on a few thousand rows at most. Channel labels are normalised after the aggregation with
:func:`debrief.schema.normalise_channel` (``Paid Search`` and ``paid_search`` are one channel), and
the frame is summed again over the normalised label.

Money is in the workspace currency; ``revenue`` is ``conversion_value`` (ad platforms).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.coverage import coverage_of
from debrief.metrics.budgets import budgets_frame
from debrief.query import frame
from debrief.schema import normalise_channel

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = [
    "budgets_frame",
    "channel_daily",
    "data_through",
    "spend_by_campaign_day",
    "sustained_daily",
]


def _normalise(df: pd.DataFrame, keys: list[str], values: list[str]) -> pd.DataFrame:
    """Normalise channel labels and sum again: two spellings of one channel become one row."""
    if df.empty:
        return df
    df = df.copy()
    df["channel"] = df["channel"].map(normalise_channel)
    for k in keys:
        if k != "channel":
            # Missing keys (no campaign) must survive the group-by as their own group.
            df[k] = df[k].astype(object).where(df[k].notna(), None)
    return df.groupby(keys, dropna=False, as_index=False, sort=True)[values].sum(min_count=1)


def _rows_by_day(
    ws: Workspace,
    start: dt.date | None,
    end: dt.date,
    keys: list[str],
    measures: dict[str, Any],
) -> pd.DataFrame:
    """``ad_performance`` summed per ``keys`` and day in ``[start, end]``, rows over several days
    shared out evenly by day (weekly, monthly and date-range rows; a weekly table's row covers the
    week its date starts), lifetime rows left out. Aggregated in the engine first: one row per key
    and distinct (date, date_end) comes back, then is spread over its days here."""
    t = ws.table("ad_performance")
    cov = coverage_of(t)
    cols = set(t.columns)
    if "grain" in cols:
        t = t.filter(t.grain.isnull() | (t.grain != "lifetime"))
    ranged = "date_end" in cols or cov.grain in ("week", "month")
    first = start or dt.date(1900, 1, 1)
    # A weekly or monthly row starts at most a month before the first day it covers; a row
    # with date_end may start any time before it.
    lo = first - dt.timedelta(days=31 if ranged else 0)
    keep = t.date >= lo
    if "date_end" in cols:
        keep = keep | (t.date_end >= first)
    t = t.filter(keep & (t.date <= end))
    by = [t.date, *(t[k] for k in keys)]
    if "date_end" in cols:
        by.append(t.date_end)
    df = frame(t.group_by(by).aggregate(**{k: f(t) for k, f in measures.items()}))
    if df.empty:
        return df
    df["date"] = pd.to_datetime(df["date"]).dt.date
    if not ranged:
        return df.drop(columns=["date_end"], errors="ignore")
    ends = []
    for d, e in zip(df["date"], df.get("date_end", [None] * len(df)), strict=True):
        if e is not None and not pd.isna(e):
            ends.append(max(pd.Timestamp(e).date(), d))
        elif cov.grain == "week":
            ends.append(d + dt.timedelta(days=6))
        elif cov.grain == "month":
            nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            ends.append(nxt - dt.timedelta(days=1))
        else:
            ends.append(d)
    df["_end"] = ends
    df["_days"] = [(e - d).days + 1 for d, e in zip(df["date"], df["_end"], strict=True)]
    df["date"] = [
        [d + dt.timedelta(days=i) for i in range(n)]
        for d, n in zip(df["date"], df["_days"], strict=True)
    ]
    df = df.explode("date")
    for m in measures:
        df[m] = df[m].astype(float) / df["_days"]
    df = df[(df["date"] >= (start or dt.date.min)) & (df["date"] <= end)]
    df = df.drop(columns=["_end", "_days", "date_end"], errors="ignore")
    return df.groupby(["date", *keys], dropna=False, as_index=False)[list(measures)].sum(
        min_count=1
    )


def channel_daily(
    ws: Workspace, end: dt.date, start: dt.date | None = None
) -> tuple[pd.DataFrame, bool]:
    """One row per channel, campaign and day with data, from ``start`` (default: all history) to
    ``end``.

    Returns ``(frame, has_revenue)``: the frame has columns ``date`` (datetime.date), ``channel``,
    ``campaign_id`` (None where the table has none), ``spend``, ``revenue`` (conversion value, 0
    where absent), ``conversions``; ``has_revenue`` is False when ``ad_performance`` has no
    ``conversion_value`` column, in which case no response curve can be fitted.
    """
    t = ws.table("ad_performance")
    has_revenue = "conversion_value" in t.columns
    keys = ["channel"] + (["campaign_id"] if "campaign_id" in t.columns else [])
    df = _rows_by_day(
        ws,
        start,
        end,
        keys,
        {
            "spend": lambda t: t.spend.sum(),
            "revenue": (lambda t: t.conversion_value.sum())
            if has_revenue
            else (lambda t: t.spend.sum() * 0),
            "conversions": lambda t: t.conversions.sum(),
        },
    )
    cols = ["date", "channel", "campaign_id", "spend", "revenue", "conversions"]
    if "campaign_id" not in df.columns:
        df["campaign_id"] = None
    if df.empty:
        return pd.DataFrame(columns=cols), has_revenue
    df = _normalise(df, ["channel", "campaign_id", "date"], ["spend", "revenue", "conversions"])
    for col in ("spend", "revenue", "conversions"):
        df[col] = df[col].fillna(0).astype(float)
    df["campaign_id"] = df["campaign_id"].map(lambda v: v if isinstance(v, str) else None)
    return df[cols], has_revenue


def sustained_daily(
    df: pd.DataFrame, min_days: int
) -> tuple[pd.DataFrame, dict[str, tuple[str, ...] | None]]:
    """Channel-day spend and revenue over the campaigns that run long enough to show a curve.

    A campaign with fewer than ``min_days`` days of spend (a flight) earns at its own rate for a
    few weeks; summed into its channel it bends the channel's curve toward that rate (on the demo
    data it lifts paid_search's marginal ROAS from 0.45 to 1.27, docs/stages/budget.md). So each
    channel's curve is fitted on its campaigns with at least ``min_days`` days of spend; a channel
    without any such campaign (or without campaign ids) keeps all its rows.

    Returns the channel-day frame (``date``, ``channel``, ``spend``, ``revenue``, ``conversions``)
    and, per channel, the campaigns kept (None: all rows).
    """
    if df.empty:
        return df.drop(columns=["campaign_id"], errors="ignore"), {}
    active = df[df["spend"] > 0]
    days = active.groupby(["channel", "campaign_id"], dropna=False)["date"].nunique()
    parts: list[pd.DataFrame] = []
    scope: dict[str, tuple[str, ...] | None] = {}
    for channel, rows in df.groupby("channel", sort=True):
        long = sorted(
            str(c)
            for (ch, c), n in days.items()
            if ch == channel and isinstance(c, str) and n >= min_days
        )
        if long:
            rows = rows[rows["campaign_id"].isin(long)]
            scope[str(channel)] = tuple(long)
        else:
            scope[str(channel)] = None
        parts.append(rows)
    out = pd.concat(parts, ignore_index=True)
    out = out.groupby(["channel", "date"], as_index=False, sort=True)[
        ["spend", "revenue", "conversions"]
    ].sum()
    return out, scope


def spend_by_campaign_day(ws: Workspace, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Spend per channel, campaign and day in ``[start, end]`` (both inclusive).

    Columns ``date`` (datetime.date), ``channel``, ``campaign_id`` (None when the table has no
    campaign column or the row has none), ``spend``.
    """
    t = ws.table("ad_performance")
    keys = ["channel"] + (["campaign_id"] if "campaign_id" in t.columns else [])
    df = _rows_by_day(ws, start, end, keys, {"spend": lambda t: t.spend.sum()})
    if "campaign_id" not in df.columns:
        df["campaign_id"] = None
    if df.empty:
        return pd.DataFrame(columns=["date", "channel", "campaign_id", "spend"])
    df = _normalise(df, ["channel", "campaign_id", "date"], ["spend"])
    df["spend"] = df["spend"].fillna(0).astype(float)
    return df


def data_through(ws: Workspace, as_of: dt.date) -> dt.date | None:
    """The last day ``ad_performance`` covers on or before ``as_of`` (None: no rows): a weekly
    row covers its week, a row with ``date_end`` its range."""
    cov = coverage_of(ws.table("ad_performance"))
    days = [min(b, as_of) for a, b in cov.spans if a <= as_of]
    return max(days) if days else None
