"""The public marketing-mix samples (``shared/data/mmm_samples``, see its SOURCES.md) as
:class:`MMMData`, with their known answers where the sample has one.

| name | file | outcome | channels | controls | truth |
| --- | --- | --- | --- | --- | --- |
| ``pymc_example`` | pymc-marketing ``mmm_example.csv`` | y | x1, x2 | event_1, event_2 | the generating process of pymc-marketing's example notebook (below) |
| ``pymc_tvp`` | pymc-marketing ``media_tvp_data.csv`` | y | x1, x2 | event_1, event_2 | true contributions per week (columns ``x*_contribution``) |
| ``robyn`` | Robyn ``dt_simulated_weekly.csv`` | revenue | tv_S, ooh_S, print_S, facebook_S, search_S | competitor_sales_B, newsletter, events (two 0/1 flags) | none shipped |
| ``meridian`` | Meridian ``national_media.csv`` | conversions × revenue_per_conversion | Channel0-3_spend | competitor_activity_score_control, sentiment_score_control | none shipped |

``pymc_example``'s answer: pymc-marketing's example notebook generates ``y = A (2 + trend +
seasonality + 1.5 event_1 + 2.5 event_2 + 3 sat(adstock(x1, 0.4), λ 4) + 2 sat(adstock(x2, 0.2),
λ 3) + noise)`` with pymc-marketing's normalised 8-week adstock and logistic saturation; the
shipped CSV is that data with ``A`` = 1000 (:func:`pymc_example_truth` re-estimates ``A`` from
the file and reports it). Its true marginal ROAS at a sustained spend ``s`` is
``A β λ/2 (1 - tanh²(λ s / 2))``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from debrief.mmm.data import MMMData

__all__ = ["SAMPLES", "load_sample", "pymc_example_truth"]

SAMPLES = ("pymc_example", "pymc_tvp", "robyn", "meridian")


def _frame(path: Path, date: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    df[date] = pd.to_datetime(df[date])
    return df.sort_values(date).reset_index(drop=True)


def load_sample(name: str, root: Path) -> MMMData:
    """One sample from ``root`` (the ``mmm_samples`` folder)."""
    if name in ("pymc_example", "pymc_tvp"):
        file = "mmm_example.csv" if name == "pymc_example" else "media_tvp_data.csv"
        df = _frame(root / "pymc-labs_pymc-marketing" / file, "date_week")
        return MMMData(
            dates=pd.DatetimeIndex(df["date_week"]),
            outcome=df["y"].to_numpy(float),
            spend=df[["x1", "x2"]].astype(float),
            controls=df[["event_1", "event_2"]].astype(float),
            kpi="revenue",
            period_days=7,
        )
    if name == "robyn":
        df = _frame(root / "facebookexperimental_Robyn" / "dt_simulated_weekly.csv", "DATE")
        controls = pd.DataFrame(
            {
                "competitor_sales": df["competitor_sales_B"].astype(float),
                "newsletter": df["newsletter"].astype(float),
                "event1": (df["events"] == "event1").astype(float),
                "event2": (df["events"] == "event2").astype(float),
            }
        )
        spend = df[["tv_S", "ooh_S", "print_S", "facebook_S", "search_S"]].astype(float)
        spend.columns = ["tv", "ooh", "print", "facebook", "search"]
        return MMMData(
            dates=pd.DatetimeIndex(df["DATE"]),
            outcome=df["revenue"].to_numpy(float),
            spend=spend,
            controls=controls,
            kpi="revenue",
            period_days=7,
        )
    if name == "meridian":
        df = _frame(root / "google_meridian" / "national_media.csv", "time")
        spend = df[[f"Channel{i}_spend" for i in range(4)]].astype(float)
        spend.columns = [f"channel{i}" for i in range(4)]
        return MMMData(
            dates=pd.DatetimeIndex(df["time"]),
            outcome=(df["conversions"] * df["revenue_per_conversion"]).to_numpy(float),
            spend=spend,
            controls=df[["competitor_activity_score_control", "sentiment_score_control"]].astype(
                float
            ),
            kpi="revenue",
            period_days=7,
        )
    raise KeyError(f"unknown sample {name!r}; samples: {', '.join(SAMPLES)}")


def _pmm_adstock(x: np.ndarray, alpha: float, l_max: int = 8) -> np.ndarray:
    w = alpha ** np.arange(l_max)
    w = w / w.sum()
    out = np.zeros_like(x)
    for k in range(l_max):
        out[k:] += w[k] * x[: len(x) - k]
    return out


def pymc_example_truth(root: Path, current_periods: int = 13) -> dict[str, Any]:
    """The known answer of ``pymc_example``: ``A`` re-estimated from the file, and per channel the
    true marginal ROAS at the mean spend of the last ``current_periods`` weeks and the true
    contribution over them."""
    df = _frame(root / "pymc-labs_pymc-marketing" / "mmm_example.csv", "date_week")
    n = len(df)
    params = {"x1": (0.4, 4.0, 3.0), "x2": (0.2, 3.0, 2.0)}
    sat = {
        ch: np.tanh(lam * _pmm_adstock(df[ch].to_numpy(float), a) / 2)
        for ch, (a, lam, _) in params.items()
    }
    trend = (np.linspace(0.0, 50, n) + 10) ** 0.25 - 1
    doy = df["date_week"].dt.day_of_year.to_numpy(float)
    season = 0.5 * (-np.sin(2 * 2 * np.pi * doy / 365.5) + np.cos(2 * np.pi * doy / 365.5))
    signal = (
        2.0
        + trend
        + season
        + 1.5 * df["event_1"].to_numpy(float)
        + 2.5 * df["event_2"].to_numpy(float)
        + sum(b * sat[ch] for ch, (_, _, b) in params.items())
    )
    y = df["y"].to_numpy(float)
    amplitude = float(signal @ y / (signal @ signal))
    noise_sd = float(np.std(y - amplitude * signal))
    window = slice(n - current_periods, n)
    out: dict[str, Any] = {"amplitude": amplitude, "noise_sd": noise_sd, "channels": {}}
    for ch, (_, lam, b) in params.items():
        s = float(df[ch].to_numpy(float)[window].mean())
        out["channels"][ch] = {
            "current_spend": s,
            "marginal_roas": amplitude * b * lam / 2 * (1 - np.tanh(lam * s / 2) ** 2),
            "contribution": float(amplitude * b * sat[ch][window].sum()),
            "spend": float(df[ch].to_numpy(float)[window].sum()),
        }
    return out
