"""Per-item measures from ``content_performance``: summed counts, engaged seconds, average
position, day-to-day position noise and click-through by position band. Ibis expressions;
per-item aggregates come back."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import ibis
import numpy as np
import pandas as pd

from debrief.analyses.content_performance.rankings import daily_noise
from debrief.metrics.formulas import in_period
from debrief.numbers import fmt
from debrief.portable import count_where, median_where
from debrief.query import frame
from debrief.results import ratio

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period


#: Summed daily counts; each is None for an item when the workspace lacks the column.
COUNTS = ("pageviews", "sessions", "downloads", "conversions", "organic_clicks")
#: Position bands for click-through against position: [lo, hi) in search-result positions.
POSITION_BANDS = ((1.0, 4.0), (4.0, 11.0), (11.0, 21.0), (21.0, math.inf))


def content_metrics(cp: ir.Table, period: Period) -> pd.DataFrame:
    """Per content item over ``period``: summed counts, engaged seconds and average position.

    ``engaged_seconds`` = Σ avg_engagement_seconds × sessions over days (pageviews where sessions
    are absent); ``avg_position`` = impression-weighted mean of daily positions (Search Console's
    own period average) where impressions exist, else the plain mean of days with a position.
    Counts are integers; a column missing from the workspace gives None.
    """
    cols = set(cp.columns)
    t = cp.filter(in_period(cp.date, period))
    aggs: dict[str, Any] = {"days": t.date.nunique()}
    for c in COUNTS:
        if c in cols:
            aggs[c] = t[c].sum()
    if "organic_impressions" in cols:
        aggs["organic_impressions"] = t.organic_impressions.sum()
    weight = t.sessions if "sessions" in cols else (t.pageviews if "pageviews" in cols else None)
    if "avg_engagement_seconds" in cols and weight is not None:
        aggs["engaged_seconds"] = (t.avg_engagement_seconds * weight.cast("float64")).sum()
    if "avg_position" in cols:
        pos = t.avg_position
        if "organic_impressions" in cols:
            w = ibis.ifelse(pos.notnull(), t.organic_impressions, 0).cast("float64")
            aggs["_pos_w"] = (pos.fill_null(0.0) * w).sum()
            aggs["_w"] = w.sum()
        aggs["_pos_mean"] = pos.mean()
    df = frame(t.group_by("content_id").aggregate(**aggs))
    out = pd.DataFrame({"content_id": df["content_id"].astype(str), "days": df["days"]})
    for c in (*COUNTS, "organic_impressions"):
        out[c] = df[c].fillna(0).astype("int64") if c in df else None
    out["engaged_seconds"] = (
        df["engaged_seconds"].astype(float) if "engaged_seconds" in df else None
    )
    if "_pos_mean" in df:
        weighted = (
            df["_pos_w"] / df["_w"].where(df["_w"] > 0)
            if "_w" in df
            else pd.Series(np.nan, df.index)
        )
        out["avg_position"] = weighted.where(weighted.notna(), df["_pos_mean"]).astype(float)
    else:
        out["avg_position"] = None
    return out


def position_noise(cp: ir.Table, prior: Period, current: Period) -> pd.DataFrame:
    """Per item with a daily position in ``prior`` or ``current``: content_id, days and
    prior_days (days with a position in each) and daily_noise, the item's usual day-to-day
    movement (:func:`~.rankings.daily_noise` of the median absolute deviation of day-to-day
    differences over both months' daily positions in date order; None under 3 positions).

    Days without a position (or without impressions) are left out. The differences and both
    medians are computed in the engine: one row per item comes back, not one per item and day.
    """
    cols = ["content_id", "days", "prior_days", "daily_noise"]
    if "avg_position" not in cp.columns:
        return pd.DataFrame(columns=cols)
    t = cp.filter(
        cp.avg_position.notnull(),
        cp.date.between(prior.start, prior.end) | cp.date.between(current.start, current.end),
    )
    if "organic_impressions" in cp.columns:
        t = t.filter(t.organic_impressions.fill_null(0) > 0)
    t = t.select("content_id", "date", pos=t.avg_position.cast("float64"))
    t = t.mutate(
        current=t.date >= current.start,
        step=t.pos - t.pos.lag().over(ibis.window(group_by="content_id", order_by="date")),
    )
    centre = t.group_by("content_id").aggregate(
        days=count_where(t.current),
        prior_days=count_where(~t.current),
        median_step=median_where(t.step),
    )
    spread = t.join(centre, "content_id")
    per = spread.group_by("content_id", "days", "prior_days").aggregate(
        mad=median_where((spread.step - spread.median_step).abs())
    )
    df = frame(per)
    df["content_id"] = df["content_id"].astype(str)
    positions = df["days"] + df["prior_days"]
    df["daily_noise"] = [
        daily_noise(float(m)) if n >= 3 and m is not None and not pd.isna(m) else None
        for m, n in zip(df["mad"], positions, strict=True)
    ]
    return df[cols].sort_values("content_id").reset_index(drop=True)


def ctr_by_position(cp: ir.Table, period: Period) -> list[dict[str, Any]]:
    """Click-through against position: daily item rows grouped by position band, with organic
    clicks, impressions and ctr = clicks / impressions (None when no impressions)."""
    need = {"avg_position", "organic_clicks", "organic_impressions"}
    if not need <= set(cp.columns):
        return []
    t = cp.filter(in_period(cp.date, period), cp.avg_position.notnull())
    labels = [
        f"{fmt(lo, 'number', sig=6)}-{fmt(hi - 1, 'number', sig=6)}"
        if math.isfinite(hi)
        else f"{fmt(lo, 'number', sig=6)}+"
        for lo, hi in POSITION_BANDS
    ]
    band = ibis.cases(
        *[
            ((t.avg_position >= lo) & (t.avg_position < hi), label)
            for (lo, hi), label in zip(POSITION_BANDS, labels, strict=True)
        ],
        else_="<1",
    )
    b = t.mutate(band=band)
    df = frame(
        b.group_by("band").aggregate(
            organic_clicks=b.organic_clicks.sum(),
            organic_impressions=b.organic_impressions.sum(),
            rows=b.count(),
        )
    )
    out = []
    for b in ["<1", *labels]:
        r = df[df["band"] == b]
        if r.empty:
            continue
        clicks, impr = (
            int(r["organic_clicks"].iloc[0] or 0),
            int(r["organic_impressions"].iloc[0] or 0),
        )
        out.append(
            {
                "position_band": b,
                "organic_clicks": clicks,
                "organic_impressions": impr,
                "ctr": ratio(clicks, impr),
                "rows": int(r["rows"].iloc[0]),
            }
        )
    return out
