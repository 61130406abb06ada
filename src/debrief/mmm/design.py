"""The baseline's regressors: intercept, trend, yearly seasonality, day of week and controls.

Columns of the baseline design matrix, each with the standard deviation of its Gaussian prior in
units of the mean outcome (the outcome is divided by its mean before fitting):

* ``intercept`` (prior sd 10: in effect unconstrained);
* ``trend``: time from 0 at the first period to 1 at the last (prior sd 1: the outcome may double
  or vanish over the history, not more);
* ``sin_k`` / ``cos_k``, k = 1..order: yearly seasonality as Fourier terms of the day of the year
  (365.25-day period; prior sd 0.5);
* ``dow_1..dow_6`` (daily data only): day-of-week offsets against Monday (prior sd 0.5);
* one column per control, standardised to mean 0 and sd 1 (prior sd 1). A control that never
  varies is dropped (it is the intercept).

The matrix is built once from the dates; a forecast or a held-back period builds it from the same
``origin`` and ``span`` so that the trend continues rather than restarts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["Baseline", "baseline"]


@dataclass(frozen=True)
class Baseline:
    """The baseline design: ``matrix`` (n x p), column ``names`` and prior ``sd`` per column."""

    matrix: np.ndarray
    names: tuple[str, ...]
    sd: np.ndarray
    origin: pd.Timestamp
    span_days: float
    control_mean: dict[str, float]
    control_sd: dict[str, float]
    fourier_order: int
    daily: bool


def _fourier(dates: pd.DatetimeIndex, order: int) -> tuple[np.ndarray, list[str]]:
    doy = dates.day_of_year.to_numpy(float)
    cols, names = [], []
    for k in range(1, order + 1):
        angle = 2 * np.pi * k * doy / 365.25
        cols += [np.sin(angle), np.cos(angle)]
        names += [f"sin_{k}", f"cos_{k}"]
    return (np.column_stack(cols) if cols else np.zeros((len(dates), 0))), names


def baseline(
    dates: pd.DatetimeIndex,
    controls: pd.DataFrame | None,
    *,
    daily: bool,
    fourier_order: int | None = None,
    like: Baseline | None = None,
) -> Baseline:
    """The design for ``dates`` (and ``controls``, one column per control, same rows).

    ``like``: a design built on the training periods; its origin, span, seasonality order and
    control scaling are reused (for held-back periods and forecasts).
    """
    dates = pd.DatetimeIndex(dates)
    n = len(dates)
    if like is not None:
        origin, span, order = like.origin, like.span_days, like.fourier_order
    else:
        origin = dates[0]
        span = max(float((dates[-1] - dates[0]).days), 1.0)
        years = span / 365.25
        # Two harmonics need about two years to be told from trend and noise; three for daily data.
        order = fourier_order if fourier_order is not None else (0 if years < 0.9 else 2 + daily)
    cols: list[np.ndarray] = [np.ones(n), (dates - origin).days.to_numpy(float) / span]
    names = ["intercept", "trend"]
    sd = [10.0, 1.0]
    f, fn = _fourier(dates, order)
    cols += list(f.T)
    names += fn
    sd += [0.5] * len(fn)
    if daily:
        dow = dates.day_of_week.to_numpy()
        for k in range(1, 7):
            cols.append((dow == k).astype(float))
            names.append(f"dow_{k}")
            sd.append(0.5)
    means: dict[str, float] = {}
    sds: dict[str, float] = {}
    if controls is not None:
        for c in controls.columns:
            v = controls[c].to_numpy(float)
            if like is not None:
                if c not in like.control_mean:
                    continue
                m, s = like.control_mean[c], like.control_sd[c]
            else:
                m, s = float(np.mean(v)), float(np.std(v))
                if s <= 1e-12 * max(abs(m), 1.0):
                    continue
            means[str(c)], sds[str(c)] = m, s
            cols.append((v - m) / s)
            names.append(f"control:{c}")
            sd.append(1.0)
    return Baseline(
        matrix=np.column_stack(cols),
        names=tuple(names),
        sd=np.array(sd, dtype=float),
        origin=origin,
        span_days=span,
        control_mean=means,
        control_sd=sds,
        fourier_order=order,
        daily=daily,
    )
