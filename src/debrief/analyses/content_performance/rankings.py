"""Search movement: a change of average position larger than the item's usual day-to-day
movement (``docs/stages/content_performance.md``)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from debrief.results import ratio


def _daily_noise(positions: np.ndarray) -> float | None:
    """The item's usual day-to-day movement: the robust standard deviation of one day's
    position, from the median absolute deviation of day-to-day differences (1.4826 × MAD / √2).

    Differences ignore a level shift (one jump is one outlier difference) and a steady trend, so
    the scale reflects daily noise, not the change being tested."""
    if len(positions) < 3:
        return None
    d = np.diff(positions)
    mad = float(np.median(np.abs(d - np.median(d))))
    return 1.4826 * mad / math.sqrt(2.0)


def ranking_movements(
    current: pd.DataFrame,
    prior: pd.DataFrame,
    current_mean: dict[str, float],
    prior_mean: dict[str, float],
    *,
    z_threshold: float = 3.0,
    min_change: float = 1.0,
    min_days: int = 5,
) -> pd.DataFrame:
    """The SEO movement test per item with at least ``min_days`` days of position in each month.

    ``change`` = current − prior average position (positive: the item moved down the results).
    ``noise`` = :func:`_daily_noise` over both months' daily positions in date order;
    ``z`` = change / noise (None when noise is 0). A ``drop`` (``gain``) is a change of at least
    ``max(z_threshold × noise, min_change)`` positions down (up); otherwise ``none``.
    """
    rows = []
    both = pd.concat([prior, current]).sort_values(["content_id", "date"])
    n_cur = current.groupby("content_id").size()
    n_pri = prior.groupby("content_id").size()
    for cid, g in both.groupby("content_id", sort=True):
        if n_cur.get(cid, 0) < min_days or n_pri.get(cid, 0) < min_days:
            continue
        cur, pri = current_mean.get(cid), prior_mean.get(cid)
        if cur is None or pri is None or pd.isna(cur) or pd.isna(pri):
            continue
        change = float(cur) - float(pri)
        noise = _daily_noise(g["avg_position"].to_numpy(dtype=float))
        z = ratio(change, noise) if noise else None
        bar = max(z_threshold * (noise or 0.0), min_change)
        movement = "drop" if change >= bar else ("gain" if change <= -bar else "none")
        rows.append(
            {
                "content_id": cid,
                "avg_position": float(cur),
                "prior_avg_position": float(pri),
                "change": change,
                "daily_noise": noise,
                "z": z,
                "threshold": bar,
                "days": int(n_cur[cid]),
                "prior_days": int(n_pri[cid]),
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
