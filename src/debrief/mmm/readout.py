"""Per-channel readouts with intervals: spend, contribution, ROAS, marginal ROAS, saturation.

Values are the median of their draws (the fit's own value without draws).
Read over the **window** (the last ``current_periods`` periods: a quarter by default): spend and
contribution are sums over it, ROAS their ratio, and the marginal ROAS and saturation are read at
the window's mean spend per period (the "current spend"). Point values are the fit's (row 0 of the
posterior); intervals are the central ``interval`` share of the draws. Without draws every
interval is n/a (None), never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from debrief.mmm.curves import contributions, marginal, saturation_spend
from debrief.mmm.data import MMMData
from debrief.mmm.posterior import Posterior

__all__ = ["Readout", "interval", "point", "read_channels"]


def point(draws: np.ndarray) -> float:
    """The reported value: the median of the draws (row 0, the fit's point estimate, without
    enough draws). The median of a readout's own draws is robust to the nonlinear map from
    parameters to readouts, and always lies inside its interval."""
    d = np.asarray(draws, dtype=float)[1:]
    d = d[np.isfinite(d)]
    return float(np.median(d)) if d.size >= 10 else float(np.asarray(draws, dtype=float)[0])


def interval(draws: np.ndarray, share: float) -> tuple[float | None, float | None]:
    """The central ``share`` of ``draws`` (row 0, the point, excluded); None without draws."""
    d = np.asarray(draws, dtype=float)[1:]
    d = d[np.isfinite(d)]
    if d.size < 10:
        return None, None
    q = (1 - share) / 2
    return float(np.quantile(d, q)), float(np.quantile(d, 1 - q))


@dataclass(frozen=True)
class Readout:
    """Per-channel draws over the window (row 0 the point estimate) and the table rows."""

    rows: list[dict[str, Any]]
    contribution_draws: np.ndarray  # (draws + 1, channels), window sums
    marginal_draws: np.ndarray  # (draws + 1, channels)
    per_period: np.ndarray  # (n, channels) point contribution per period
    current: np.ndarray  # current spend per period, per channel
    window: slice


def read_channels(post: Posterior, data: MMMData, window: slice, share: float) -> Readout:
    spend = data.spend.to_numpy(float)
    n_draws = post.decay.shape[0]
    contrib = np.zeros((n_draws, len(data.channels)))
    marg = np.zeros_like(contrib)
    per_period = np.zeros_like(spend)
    current = spend[window].mean(axis=0)
    rows = []
    for c, ch in enumerate(data.channels):
        series = contributions(post, c, spend[:, c])
        per_period[:, c] = series[0]
        contrib[:, c] = series[:, window].sum(axis=1)
        marg[:, c] = marginal(post, c, current[c])[:, 0]
        sat = saturation_spend(post, c)
        total = float(spend[window, c].sum())
        roas = contrib[:, c] / total if total > 0 else np.full(n_draws, np.nan)
        c_lo, c_hi = interval(contrib[:, c], share)
        r_lo, r_hi = interval(roas, share)
        m_lo, m_hi = interval(marg[:, c], share)
        s_lo, s_hi = interval(sat, share)
        rows.append(
            {
                "channel": ch,
                "spend": total,
                "contribution": point(contrib[:, c]),
                "contribution_low": c_lo,
                "contribution_high": c_hi,
                "roas": None if total <= 0 else point(roas),
                "roas_low": r_lo,
                "roas_high": r_hi,
                "marginal_roas": point(marg[:, c]),
                "marginal_roas_low": m_lo,
                "marginal_roas_high": m_hi,
                "current_spend_per_period": float(current[c]),
                "saturation_spend_per_period": point(sat),
                "saturation_spend_low": s_lo,
                "saturation_spend_high": s_hi,
                "half_life_days": float(np.log(0.5) / np.log(post.decay[0, c]) * data.period_days)
                if 0 < post.decay[0, c] < 1
                else 0.0,
            }
        )
    return Readout(rows, contrib, marg, per_period, current, window)
