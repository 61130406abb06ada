"""Response curves per channel with bootstrap intervals, and whether each can be identified.

Input: one row per channel and period (day or week) of spend and revenue over the history up to
the end of the review period. Each channel's gaps are filled with zero spend between its first
and last row, so the adstock sees the real calendar.

A channel is **identified** only when all of these hold, checked in this order; otherwise the
table says which one failed (``reason``) and no curve is used downstream:

1. enough periods with spend (``min_periods``),
2. enough spend variation (coefficient of variation of spend on periods with spend >= ``min_cv``):
   a constant spend shows one point of the curve, not its shape,
3. some revenue,
4. a fit that explains the revenue (``r2 >= min_r2``) and is not flat at the current spend,
5. a moving-block bootstrap interval for the marginal ROAS at current spend that does not span
   everything: it fails when ``high > max_interval_ratio * low`` *and* ``high - low >
   max_interval_width`` (ROAS units). The second clause keeps a channel whose marginal ROAS is
   confidently near zero (0.001 to 0.05: a large ratio, a tiny width) identified.

Uncertainty: a moving-block bootstrap of the fit's residuals (blocks of ``block`` consecutive
periods keep autocorrelation and weekly patterns), each resample refitted from the point
estimate; intervals are the central ``interval`` share of the refits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from debrief.analyses.budget.response import HillAdstock, JointFit, fit_joint
from debrief.numbers import fmt

__all__ = [
    "ChannelCurve",
    "CurveSettings",
    "block_bootstrap_fits",
    "fit_channel_curves",
    "fit_mmm",
]


@dataclass(frozen=True)
class CurveSettings:
    """Identification thresholds and bootstrap size (defaults suit daily data)."""

    min_periods: int = 56
    min_cv: float = 0.10
    min_r2: float = 0.15
    max_interval_ratio: float = 10.0
    max_interval_width: float = 1.0
    max_nfev_joint: int = 400  # per start, for marketing-mix fits of many channels
    bootstrap: int = 100
    interval: float = 0.90
    seed: int = 0
    n_starts: int = 8
    block: int | None = None  # None: round(n ** (1/3)), at least 3


@dataclass(frozen=True)
class ChannelCurve:
    """One channel's curve, or the reason it could not be identified.

    Money per period (a day for daily data). ``samples`` are the bootstrap curves (empty when not
    identified); ``level_min`` / ``level_max`` the range of sustained spend seen in the history
    (rolling mean over ``level_window`` periods), used to bound reallocation.
    """

    channel: str
    identified: bool
    reason: str | None
    curve: HillAdstock | None
    n_periods: int
    current_spend: float
    marginal_roas: float | None = None
    marginal_roas_low: float | None = None
    marginal_roas_high: float | None = None
    average_roas: float | None = None
    r2: float | None = None
    level_min: float = 0.0
    level_max: float = 0.0
    samples: tuple[HillAdstock, ...] = field(default=(), repr=False)

    def row(self) -> dict[str, Any]:
        """A row of the ``curves`` table."""
        c = self.curve
        return {
            "channel": self.channel,
            "identified": self.identified,
            "reason": self.reason,
            "decay": None if c is None else c.decay,
            "half_saturation_spend": None if c is None else c.half_sat,
            "shape": None if c is None else c.shape,
            "max_response": None if c is None else c.max_response,
            "r2": self.r2,
            "n_periods": self.n_periods,
            "current_daily_spend": round(self.current_spend, 2),
            "marginal_roas": self.marginal_roas,
            "marginal_roas_low": self.marginal_roas_low,
            "marginal_roas_high": self.marginal_roas_high,
            "average_roas": self.average_roas,
        }


def _block_indices(n: int, block: int, rng: np.random.Generator) -> np.ndarray:
    """Indices of a moving-block resample of length ``n``."""
    starts = rng.integers(0, max(n - block, 0) + 1, size=n // block + 1)
    idx = np.concatenate([np.arange(s, s + block) for s in starts])[:n]
    return np.minimum(idx, n - 1)


def block_bootstrap_fits(
    spend: np.ndarray,
    revenue: np.ndarray,
    fit: JointFit,
    *,
    intercept: bool,
    n: int,
    seed: int,
    block: int | None = None,
    max_nfev: int = 200,
) -> list[JointFit]:
    """``n`` refits on ``fitted + block-resampled residuals`` (spend is kept as observed)."""
    rng = np.random.default_rng(seed)
    y = np.asarray(revenue, dtype=float)
    resid = y - fit.fitted
    length = len(y)
    b = block or max(3, round(length ** (1 / 3)))
    out: list[JointFit] = []
    for _ in range(n):
        y_star = fit.fitted + resid[_block_indices(length, b, rng)]
        try:
            out.append(fit_joint(spend, y_star, intercept=intercept, start=fit, max_nfev=max_nfev))
        except ValueError:
            continue
    return out


def _interval(values: np.ndarray, share: float) -> tuple[float | None, float | None]:
    values = values[np.isfinite(values)]
    if values.size == 0:
        return None, None
    q = (1 - share) / 2
    return float(np.quantile(values, q)), float(np.quantile(values, 1 - q))


def _levels(spend: np.ndarray, window: int) -> tuple[float, float]:
    s = pd.Series(spend).rolling(window, min_periods=window).mean().dropna()
    if s.empty:
        s = pd.Series(spend)
    return float(s.min()), float(s.max())


def _screen(
    channel: str, x: np.ndarray, y: np.ndarray, current: float, cs: CurveSettings
) -> str | None:
    """The reason a channel cannot be fitted at all (checks 1-3), or None."""
    active = x[x > 0]
    if active.size < cs.min_periods:
        return f"too few periods with spend ({active.size} < {cs.min_periods})"
    cv = float(active.std() / active.mean())
    if cv < cs.min_cv:
        return f"too little spend variation (coefficient of variation {fmt(cv, 'number', places=3)} < {cs.min_cv})"
    if float(np.sum(y)) <= 0:
        return "no revenue recorded"
    if current <= 0:
        return "no spend in the review period"
    return None


def _assess(
    channel: str,
    fit: JointFit,
    c: int,
    boots: list[JointFit],
    current: float,
    cs: CurveSettings,
) -> dict[str, Any]:
    """Marginal ROAS, its interval and checks 4-5 for channel ``c`` of a fit."""
    curve = fit.curves[c]
    m = float(curve.marginal(current))
    avg = float(curve.response(current)) / current
    samples = tuple(b.curves[c] for b in boots)
    low, high = _interval(np.array([s.marginal(current) for s in samples]), cs.interval)
    reason = None
    if fit.r2 is None or fit.r2 < cs.min_r2:
        r2 = "n/a" if fit.r2 is None else fmt(fit.r2, "number", places=2)
        reason = f"flat or degenerate fit (R² {r2} < {cs.min_r2})"
    elif avg <= 1e-9 or curve.max_response <= 1e-9:
        reason = "flat fit: the curve returns nothing at current spend"
    elif low is None or high is None:
        reason = "the bootstrap refits did not converge"
    elif high > cs.max_interval_ratio * low and high - low > cs.max_interval_width:
        reason = (
            f"the {fmt(cs.interval, 'rate', places=0)} bootstrap interval of marginal ROAS spans {fmt(low, 'number', places=2)} to "
            f"{fmt(high, 'number', places=2)}: the data do not pin the curve down at current spend"
        )
    return {
        "identified": reason is None,
        "reason": reason,
        "marginal_roas": m,
        "marginal_roas_low": low,
        "marginal_roas_high": high,
        "average_roas": avg,
        "samples": samples if reason is None else (),
    }


def _series(daily: pd.DataFrame, channel: str, end: Any) -> tuple[np.ndarray, np.ndarray]:
    d = daily.loc[daily["channel"] == channel, ["date", "spend", "revenue"]]
    d = d.groupby("date").sum().sort_index()
    idx = pd.date_range(pd.Timestamp(d.index.min()), pd.Timestamp(end), freq="D").date
    d = d.reindex(idx, fill_value=0.0)
    return d["spend"].to_numpy(float), d["revenue"].to_numpy(float)


def fit_channel_curves(
    daily: pd.DataFrame,
    current: dict[str, float],
    end: Any,
    settings: CurveSettings | None = None,
    level_window: int = 7,
) -> list[ChannelCurve]:
    """One curve per channel from daily, channel-attributed spend and revenue.

    ``daily``: columns ``date`` (datetime.date), ``channel``, ``spend``, ``revenue``.
    ``current``: channel -> mean daily spend in the review period (where marginal ROAS is read).
    ``end``: the last day of history (days without rows up to it count as zero spend).
    """
    cs = settings or CurveSettings()
    out = []
    for i, channel in enumerate(sorted(daily["channel"].dropna().unique())):
        x, y = _series(daily, channel, end)
        cur = float(current.get(channel, 0.0))
        lo, hi = _levels(x, level_window)
        base = {"channel": channel, "n_periods": int((x > 0).sum()), "current_spend": cur}
        reason = _screen(channel, x, y, cur, cs)
        if reason is not None:
            out.append(ChannelCurve(identified=False, reason=reason, curve=None, **base))
            continue
        fit = fit_joint(x, y, n_starts=cs.n_starts, seed=cs.seed)
        boots = block_bootstrap_fits(
            x, y, fit, intercept=False, n=cs.bootstrap, seed=cs.seed + i, block=cs.block
        )
        a = _assess(channel, fit, 0, boots, cur, cs)
        out.append(
            ChannelCurve(curve=fit.curves[0], r2=fit.r2, level_min=lo, level_max=hi, **base, **a)
        )
    return out


def fit_mmm(
    spend: pd.DataFrame,
    revenue: pd.Series | np.ndarray,
    current: dict[str, float] | None = None,
    settings: CurveSettings | None = None,
) -> list[ChannelCurve]:
    """Curves for marketing-mix data: total revenue = base + sum of channel curves.

    ``spend``: one column per channel, one row per period (in time order); ``revenue``: the total
    per period. ``current`` defaults to each channel's mean spend over the periods. Channels that
    fail the screening are left out of the joint fit and reported with their reason.
    """
    cs = settings or CurveSettings()
    y = np.asarray(revenue, dtype=float)
    cur = {c: float(spend[c].mean()) for c in spend.columns} | dict(current or {})
    out: dict[str, ChannelCurve] = {}
    kept = []
    for c in spend.columns:
        x = spend[c].to_numpy(float)
        reason = _screen(str(c), x, y, cur[c], cs)
        if reason is not None:
            out[c] = ChannelCurve(
                channel=str(c),
                identified=False,
                reason=reason,
                curve=None,
                n_periods=int((x > 0).sum()),
                current_spend=cur[c],
            )
        else:
            kept.append(c)
    if kept:
        x = spend[kept].to_numpy(float)
        fit = fit_joint(
            x,
            y,
            intercept=True,
            n_starts=min(cs.n_starts, 3),
            seed=cs.seed,
            max_nfev=cs.max_nfev_joint,
        )
        boots = block_bootstrap_fits(
            x,
            y,
            fit,
            intercept=True,
            n=cs.bootstrap,
            seed=cs.seed,
            block=cs.block,
            max_nfev=max(20, cs.max_nfev_joint // 8),
        )
        for j, c in enumerate(kept):
            lo, hi = _levels(x[:, j], 1)
            a = _assess(str(c), fit, j, boots, cur[c], cs)
            out[c] = ChannelCurve(
                channel=str(c),
                curve=fit.curves[j],
                n_periods=int((x[:, j] > 0).sum()),
                current_spend=cur[c],
                r2=fit.r2,
                level_min=lo,
                level_max=hi,
                **a,
            )
    return [out[c] for c in spend.columns]
