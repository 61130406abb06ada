"""A simulator of marketing-mix data whose answer is known, to test the model against the truth.

Each data set draws, from ``seed``:

* a calendar: weekly (156 weeks from a Monday) or daily (730 days);
* an outcome baseline with a level, a linear trend (-10% to +30% over the history), yearly
  seasonality (two harmonics, 5-20% amplitude) and, for daily data, a day-of-week pattern (±8%);
* a **confounding control**: a persistent demand index (AR(1), ρ 0.8 per week) that raises the
  outcome *and* the spend of every channel (marketers spend more when demand is high). It is given
  to the model as a control; a model without it would credit the channels with demand;
* spend per channel: a base level (log-uniform 1,000 to 20,000 a week), shared budget swings
  across channels (collinearity), the demand index, seasonality, channel-own noise
  (log-sd 0.25-0.6, autocorrelated) and, for about one channel in three, flighting (on for 3-8
  weeks, off for 2-6);
* a response per channel: geometric adstock (half-life 1-21 days), Hill saturation (half
  saturation 0.5-2.5 × the channel's mean spend, shape 0.8-2.2) and a maximum chosen so that the
  channel's average ROAS at its mean spend is log-uniform 0.5-6;
* media's share of the outcome 15-40%, Gaussian noise of 3-8% (weekly) or 8-15% (daily) of the mean
  outcome, with lag-one autocorrelation 0-0.3.

**The truth** (:class:`Truth`) is computed from these known functions, with the definitions the
model reports: for each channel, the marginal ROAS ``beta h'(s)`` at ``s`` = its mean spend per
period over the last ``current_periods`` periods (the same reading point the model uses), the
contribution over those periods (``beta h(adstock)`` on the spend as it happened) and its ROAS.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from debrief.mmm.data import MMMData
from debrief.mmm.transforms import adstock, decay_from_half_life, hill, hill_derivative

__all__ = ["Simulation", "Truth", "simulate"]


@dataclass(frozen=True)
class Truth:
    """One channel's true parameters and readouts (money per period, outcome per period)."""

    channel: str
    decay: float
    half_sat: float
    shape: float
    beta: float
    current_spend: float
    marginal_roas: float
    contribution: float
    spend: float

    @property
    def roas(self) -> float:
        return self.contribution / self.spend if self.spend > 0 else float("nan")

    def response(self, s: np.ndarray | float) -> np.ndarray:
        """Steady-state outcome per period at a sustained spend ``s`` per period."""
        return self.beta * hill(np.asarray(s, dtype=float), self.half_sat, self.shape)


@dataclass(frozen=True)
class Simulation:
    data: MMMData
    truth: tuple[Truth, ...]
    current_periods: int
    noise_cv: float
    media_share: float

    def truth_of(self, channel: str) -> Truth:
        return next(t for t in self.truth if t.channel == channel)


def _ar1(rng: np.random.Generator, n: int, rho: float) -> np.ndarray:
    e = rng.normal(0, 1, n)
    out = np.empty(n)
    out[0] = e[0]
    for t in range(1, n):
        out[t] = rho * out[t - 1] + np.sqrt(1 - rho**2) * e[t]
    return out


def simulate(
    seed: int,
    *,
    grain: str = "weekly",
    n_channels: int = 3,
    n_periods: int | None = None,
    current_periods: int | None = None,
    noise: float = 1.0,
) -> Simulation:
    """One data set; see the module docstring. ``noise`` scales the outcome's noise (0: none);
    every other draw is the same whatever its value."""
    rng = np.random.default_rng(seed)
    daily = grain == "daily"
    pd_days = 1 if daily else 7
    n = n_periods or (730 if daily else 156)
    cur = current_periods or (91 if daily else 13)
    start = pd.Timestamp("2023-01-02")
    dates = pd.date_range(start, periods=n, freq="D" if daily else "7D")
    weeks_per = pd_days / 7
    # persistence per period: weekly ρ, so that a day carries ρ^(1/7)
    demand = _ar1(rng, n, 0.8**weeks_per)
    doy = dates.day_of_year.to_numpy(float)
    amp1, amp2 = rng.uniform(0.05, 0.2), rng.uniform(0.0, 0.08)
    ph1, ph2 = rng.uniform(0, 2 * np.pi, 2)
    season = amp1 * np.sin(2 * np.pi * doy / 365.25 + ph1) + amp2 * np.sin(
        4 * np.pi * doy / 365.25 + ph2
    )
    shared = _ar1(rng, n, 0.7**weeks_per)

    names = [f"ch{c + 1}" for c in range(n_channels)]
    spend = {}
    truth_params = []
    for name in names:
        level = np.exp(rng.uniform(np.log(1000), np.log(20000))) * weeks_per
        own = _ar1(rng, n, 0.5**weeks_per) * rng.uniform(0.25, 0.6)
        log_s = (
            own
            + rng.uniform(0.1, 0.35) * shared
            + rng.uniform(0.1, 0.3) * demand
            + rng.uniform(0.5, 1.5) * season
        )
        s = level * np.exp(log_s - np.mean(log_s))
        if rng.random() < 0.35:  # flighting: on for 3-8 weeks, off for 2-6
            on = np.zeros(n, dtype=bool)
            t, state = 0, bool(rng.random() < 0.7)
            while t < n:
                length = int(rng.integers(3, 9) if state else rng.integers(2, 7)) * (7 // pd_days)
                on[t : t + length] = state
                t += length
                state = not state
            s = np.where(on, s * n / max(on.sum(), 1), 0.0)
        spend[name] = s
        mean_s = float(s.mean())
        half_life = float(np.exp(rng.uniform(np.log(1.0), np.log(21.0))))
        decay = float(decay_from_half_life(half_life, pd_days))
        k = mean_s * rng.uniform(0.5, 2.5)
        shape = rng.uniform(0.8, 2.2)
        roas = float(np.exp(rng.uniform(np.log(0.5), np.log(6.0))))
        beta = roas * mean_s / float(hill(np.array([mean_s]), k, shape)[0])
        truth_params.append((name, decay, k, shape, beta))

    contrib = {
        name: beta * hill(adstock(spend[name], decay), k, shape)
        for name, decay, k, shape, beta in truth_params
    }
    media = sum(contrib.values())
    media_share = rng.uniform(0.15, 0.4)
    level_y = float(np.mean(media)) * (1 - media_share) / media_share
    trend = rng.uniform(-0.1, 0.3) * np.arange(n) / (n - 1)
    dow = 0.0
    if daily:
        pattern = np.r_[0, rng.uniform(-0.08, 0.08, 6)]
        dow = pattern[dates.day_of_week.to_numpy()]
    demand_effect = rng.uniform(0.03, 0.1)
    base = level_y * (1 + trend + season + dow + demand_effect * demand)
    mean_y = float(np.mean(base + media))
    noise_cv = rng.uniform(0.08, 0.15) if daily else rng.uniform(0.03, 0.08)
    y = base + media + noise * _ar1(rng, n, rng.uniform(0.0, 0.3)) * noise_cv * mean_y

    window = slice(n - cur, n)
    truths = []
    for name, decay, k, shape, beta in truth_params:
        s_now = float(spend[name][window].mean())
        truths.append(
            Truth(
                channel=name,
                decay=decay,
                half_sat=k,
                shape=shape,
                beta=beta,
                current_spend=s_now,
                marginal_roas=float(beta * hill_derivative(np.array([s_now]), k, shape)[0]),
                contribution=float(contrib[name][window].sum()),
                spend=float(spend[name][window].sum()),
            )
        )
    data = MMMData(
        dates=pd.DatetimeIndex(dates),
        outcome=y,
        spend=pd.DataFrame(spend),
        controls=pd.DataFrame({"demand_index": demand}),
        kpi="revenue",
        period_days=pd_days,
    )
    return Simulation(data, tuple(truths), cur, float(noise_cv * noise), float(media_share))


def write_contract(data: MMMData, folder: Path, *, daily_spend: bool = True) -> dict[str, Path]:
    """Write ``data`` as contract files (``outcomes``, ``controls``, ``ad_performance``) in
    ``folder``, as a team would export them: weekly spend is split over its seven days (to the
    cent, the rounding residue on the week's last day) when ``daily_spend``. Columns the contract
    requires and the data do not have (impressions, clicks, conversions where required) are
    written as 0 only when the contract requires them."""
    from debrief.schema import TABLES

    folder.mkdir(parents=True, exist_ok=True)
    days = data.dates.strftime("%Y-%m-%d")
    pd.DataFrame({"date": days, "kpi": data.kpi, "value": np.round(data.outcome, 2)}).to_csv(
        folder / "outcomes.csv", index=False
    )
    written = {"outcomes": folder / "outcomes.csv"}
    if data.controls is not None:
        ctl = data.controls.assign(date=days).melt(id_vars="date", var_name="name")
        ctl.to_csv(folder / "controls.csv", index=False)
        written["controls"] = folder / "controls.csv"
    rows = []
    split = daily_spend and not data.daily
    for ch in data.channels:
        cents = np.round(data.spend[ch].to_numpy(float) * 100).astype(np.int64)
        for start, total in zip(data.dates, cents, strict=True):
            if not split:
                rows.append((start.strftime("%Y-%m-%d"), ch, total / 100))
                continue
            part = np.full(7, total // 7)
            part[-1] += total - part.sum()
            for k in range(7):
                rows.append(
                    ((start + pd.Timedelta(days=k)).strftime("%Y-%m-%d"), ch, part[k] / 100)
                )
    ad = pd.DataFrame(rows, columns=["date", "channel", "spend"])
    for col in ("impressions", "clicks", "conversions"):
        if TABLES["ad_performance"].column(col).required:
            ad[col] = 0
    ad.to_csv(folder / "ad_performance.csv", index=False)
    written["ad_performance"] = folder / "ad_performance.csv"
    return written
