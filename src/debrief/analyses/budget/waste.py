"""Waste: spend that bought nothing, or spend past the point where the next unit returns less
than a floor.

Two kinds of rows in the ``waste`` table (money over the review period, workspace currency):

* ``no_conversions`` — a campaign (a whole channel when the table has no campaign ids), or a
  segment value of a channel (audience, geo, device, creative, placement, ad group), with at least ``min_spend`` of spend and zero conversions in the
  period. ``wasted_spend`` is that spend.
* ``past_floor`` — an identified channel whose marginal ROAS at current spend is below the floor
  (``roas_floor``, or the channel's ``marginal_roas`` target for the month where one is set).
  ``threshold_spend`` is the daily spend at which the curve's marginal ROAS crosses the floor on
  its falling side (0 when it never reaches the floor); ``wasted_spend`` = (current − threshold)
  daily spend × days and ``revenue_from_it`` what the curve says that spend brought back.
  ``observed_min_spend`` is the lowest sustained daily spend in the history: a threshold below it
  is an extrapolation, and the stage then words the finding as "below the floor across the spend
  levels observed" (kind ``below_floor``) instead of naming a point.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd
from scipy.optimize import brentq

from debrief.analyses.budget.curves import ChannelCurve
from debrief.analyses.budget.response import HillAdstock
from debrief.query import frame
from debrief.schema import normalise_channel

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["SEGMENT_DIMENSIONS", "floor_crossing", "no_conversion_rows", "past_floor_rows"]

SEGMENT_DIMENSIONS = ("audience", "geo", "device", "creative", "placement", "ad_group")


def floor_crossing(curve: HillAdstock, floor: float, current: float) -> float | None:
    """Daily spend where the marginal ROAS falls to ``floor`` on its falling side.

    None when the marginal ROAS at ``current`` is not below the floor; 0 when the marginal ROAS
    is below the floor at every spend up to ``current``.
    """
    if current <= 0 or float(curve.marginal(current)) >= floor:
        return None
    peak = curve.peak_marginal_spend()
    if peak >= current or float(curve.marginal(max(peak, 1e-9))) <= floor:
        return 0.0
    return float(brentq(lambda s: float(curve.marginal(s)) - floor, max(peak, 1e-9), current))


def past_floor_rows(
    curves: list[ChannelCurve], days: int, floor: float, floors: dict[str, float] | None = None
) -> list[dict[str, Any]]:
    """``past_floor`` waste rows for identified channels (``floors`` overrides per channel)."""
    rows = []
    for c in curves:
        if not c.identified or c.curve is None:
            continue
        f = (floors or {}).get(c.channel, floor)
        threshold = floor_crossing(c.curve, f, c.current_spend)
        if threshold is None:
            continue
        wasted = (c.current_spend - threshold) * days
        back = float(c.curve.response(c.current_spend) - c.curve.response(threshold)) * days
        rows.append(
            {
                "kind": "past_floor",
                "channel": c.channel,
                "campaign_id": None,
                "segment": None,
                "spend": round(c.current_spend * days, 2),
                "conversions": None,
                "marginal_roas": c.marginal_roas,
                "marginal_roas_low": c.marginal_roas_low,
                "marginal_roas_high": c.marginal_roas_high,
                "average_roas": c.average_roas,
                "floor": f,
                "threshold_spend": round(threshold, 2),
                "observed_min_spend": round(c.level_min, 2),
                "wasted_spend": round(wasted, 2),
                "revenue_from_it": round(back, 2),
            }
        )
    return rows


def no_conversion_rows(
    ws: Workspace, start: dt.date, end: dt.date, min_spend: float
) -> list[dict[str, Any]]:
    """``no_conversions`` waste rows: campaigns and channel segments with spend and no conversions.

    Each dollar is counted once. A campaign and a segment (an ad group, a device...) of it are
    nested views of the same spend, and two segments of one channel overlap: campaigns come
    first, then segments by spend, and each row's ``wasted_spend`` is the part of its spend no
    earlier row has counted (``counted_above`` the rest); a segment wholly inside rows already
    listed adds nothing and is not listed. The sum of ``wasted_spend`` is the distinct money.

    Aggregated in the engine: one row per combination of channel, campaign and segment values
    comes back (its size grows with campaigns and segments, not with rows).
    """
    t = ws.table("ad_performance")
    t = t.filter((t.date >= start) & (t.date <= end))
    has_value = "conversion_value" in t.columns
    top = ["channel", "campaign_id"] if "campaign_id" in t.columns else ["channel"]
    dims = [d for d in SEGMENT_DIMENSIONS if d in t.columns]
    cells_keys = [*top, *dims]
    agg = {"spend": t.spend.sum(), "conversions": t.conversions.sum()}
    if has_value:
        agg["revenue"] = t.conversion_value.sum()
    cells = frame(t.group_by(cells_keys).aggregate(**agg))
    cells["channel"] = cells["channel"].map(normalise_channel)
    # Campaigns when the table has them, else whole channels (a channel is the sum of its
    # campaigns, so both would report the same money twice).
    candidates: list[tuple[str | None, dict[str, Any]]] = []
    for dim, keys in [(None, top), *((d, ["channel", d]) for d in dims)]:
        # min_count=1: a group whose conversions are all unknown (an export without them) stays
        # unknown, never 0, so it is never "spend with no conversions".
        g = cells.groupby(keys, as_index=False, dropna=True).sum(numeric_only=True, min_count=1)
        g = g[(g["spend"] >= min_spend) & (g["conversions"] == 0)]
        found = [(dim, r._asdict()) for r in g.itertuples(index=False)]
        candidates += sorted(found, key=lambda c: -float(c[1]["spend"]))
    rows: list[dict[str, Any]] = []
    counted = pd.Series(False, index=cells.index)
    for dim, d in candidates:
        keys = top if dim is None else ["channel", dim]
        inside = pd.Series(True, index=cells.index)
        for k in keys:
            inside &= cells[k] == d[k]
        new = inside & ~counted
        fresh = float(cells.loc[new, "spend"].sum())
        counted |= inside
        if round(fresh, 2) <= 0:
            continue
        rows.append(
            {
                "kind": "no_conversions",
                "channel": d["channel"],
                "campaign_id": d.get("campaign_id") if dim is None else None,
                "segment": None if dim is None else {dim: d[dim]},
                "spend": round(float(d["spend"]), 2),
                "conversions": 0,
                "marginal_roas": None,
                "marginal_roas_low": None,
                "marginal_roas_high": None,
                "average_roas": None,
                "floor": None,
                "threshold_spend": None,
                "observed_min_spend": None,
                "wasted_spend": round(fresh, 2),
                "counted_above": round(float(d["spend"]) - fresh, 2),
                "revenue_from_it": round(float(d.get("revenue", 0.0) or 0.0), 2),
            }
        )
    rows.sort(key=lambda r: -r["wasted_spend"])
    return rows
