"""Search movement: a change of average position larger than the item's usual day-to-day
movement (``docs/stages/content_performance.md``)."""

from __future__ import annotations

import math

import pandas as pd

from debrief.results import ratio


def daily_noise(mad: float) -> float:
    """The item's usual day-to-day movement: the robust standard deviation of one day's
    position, from the median absolute deviation ``mad`` of day-to-day differences
    (1.4826 × MAD / √2).

    Differences ignore a level shift (one jump is one outlier difference) and a steady trend, so
    the scale reflects daily noise, not the change being tested."""
    return 1.4826 * mad / math.sqrt(2.0)


def ranking_movements(
    noise: pd.DataFrame,
    current_mean: dict[str, float],
    prior_mean: dict[str, float],
    *,
    z_threshold: float = 3.0,
    min_change: float = 1.0,
    min_days: int = 5,
) -> pd.DataFrame:
    """The SEO movement test per item with at least ``min_days`` days of position in each month.

    ``change`` = current − prior average position (positive: the item moved down the results).
    ``noise`` = the item's daily noise over both months (``measures.position_noise``: days,
    prior_days, daily_noise per item);
    ``z`` = change / noise (None when noise is 0). A ``drop`` (``gain``) is a change of at least
    ``max(z_threshold × noise, min_change)`` positions down (up); otherwise ``none``.
    """
    rows = []
    for r in noise.sort_values("content_id").itertuples(index=False):
        cid = r.content_id
        if r.days < min_days or r.prior_days < min_days:
            continue
        cur, pri = current_mean.get(cid), prior_mean.get(cid)
        if cur is None or pri is None or pd.isna(cur) or pd.isna(pri):
            continue
        change = float(cur) - float(pri)
        item_noise = None if r.daily_noise is None or pd.isna(r.daily_noise) else r.daily_noise
        z = ratio(change, item_noise) if item_noise else None
        bar = max(z_threshold * (item_noise or 0.0), min_change)
        movement = "drop" if change >= bar else ("gain" if change <= -bar else "none")
        rows.append(
            {
                "content_id": cid,
                "avg_position": float(cur),
                "prior_avg_position": float(pri),
                "change": change,
                "daily_noise": item_noise,
                "z": z,
                "threshold": bar,
                "days": int(r.days),
                "prior_days": int(r.prior_days),
                "movement": movement,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "content_id",
            "avg_position",
            "prior_avg_position",
            "change",
            "daily_noise",
            "z",
            "threshold",
            "days",
            "prior_days",
            "movement",
        ],
    )
