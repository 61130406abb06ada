"""When the model cannot tell channels apart, and how well it predicts what it did not see.

**Warnings** (each names its channels; a warned channel is held fixed in the reallocation):

* ``collinear``: two channels' spend series correlate at |r| >= 0.9, or one channel's spend is
  explained by the others and the baseline at R² >= 0.9 (variance inflation >= 10): the data show
  them moving together, so their effects can be traded one for the other;
* ``little_variation``: spend's coefficient of variation over the periods below 0.10, or fewer
  than 8 periods with spend (weekly; 28 for daily data): one point of the curve, not its shape;
* ``traded_off``: the posterior correlation of two channels' contributions is <= -0.7: the fit
  explains the outcome equally well by giving one's effect to the other;
* ``wide_interval``: the marginal ROAS interval spans more than a factor of 10 and more than 1.

**Held-back fit**: the model is refitted without the last ``holdout`` periods and predicts them
from their spend and controls; the mean absolute percentage error (MAPE) over those periods is
the out-of-sample fit. Periods whose outcome is 0 are left out of the MAPE (a percentage of
nothing is undefined).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from debrief.mmm.data import MMMData
from debrief.mmm.design import baseline
from debrief.mmm.fit import Fit, fit_map
from debrief.mmm.model import predict
from debrief.numbers import fmt

__all__ = ["holdout_mape", "posterior_warnings", "spend_warnings", "wape"]


def spend_warnings(data: MMMData, design: np.ndarray) -> list[dict[str, Any]]:
    x = data.spend.to_numpy(float)
    names = data.channels
    out: list[dict[str, Any]] = []
    min_periods = 28 if data.daily else 8
    for c, ch in enumerate(names):
        active = int((x[:, c] > 0).sum())
        cv = float(x[:, c].std() / x[:, c].mean()) if x[:, c].mean() > 0 else 0.0
        if active < min_periods:
            out.append(
                {
                    "kind": "little_variation",
                    "channels": [ch],
                    "detail": f"spend in {active} {data.unit}s (fewer than {min_periods})",
                }
            )
        elif cv < 0.10:
            out.append(
                {
                    "kind": "little_variation",
                    "channels": [ch],
                    "detail": f"spend's coefficient of variation is {fmt(cv, 'number', places=2)} (below 0.10)",
                }
            )
    if len(names) > 1:
        corr = np.corrcoef(x.T)
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                if np.isfinite(corr[i, j]) and abs(corr[i, j]) >= 0.9:
                    out.append(
                        {
                            "kind": "collinear",
                            "channels": [names[i], names[j]],
                            "detail": f"spend correlation {fmt(corr[i, j], 'number', places=2)}",
                        }
                    )
        for c, ch in enumerate(names):
            others = np.hstack([design, np.delete(x, c, axis=1)])
            coef = np.linalg.lstsq(others, x[:, c], rcond=None)[0]
            resid = x[:, c] - others @ coef
            tot = float(np.sum((x[:, c] - x[:, c].mean()) ** 2))
            r2 = 1 - float(resid @ resid) / tot if tot > 0 else 1.0
            if r2 >= 0.9 and not any(w["channels"] == [ch] for w in out):
                out.append(
                    {
                        "kind": "collinear",
                        "channels": [ch],
                        "detail": f"the other channels and the baseline explain {fmt(r2, 'rate', places=0)} of its spend",
                    }
                )
    return out


def posterior_warnings(
    names: tuple[str, ...], contribution_draws: np.ndarray, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    d = contribution_draws[1:]
    if d.shape[0] >= 10 and d.shape[1] > 1:
        sd = d.std(axis=0)
        ok = sd > 0
        corr = np.full((d.shape[1], d.shape[1]), np.nan)
        if ok.sum() > 1:
            corr[np.ix_(ok, ok)] = np.corrcoef(d[:, ok].T)
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                if np.isfinite(corr[i, j]) and corr[i, j] <= -0.7:
                    out.append(
                        {
                            "kind": "traded_off",
                            "channels": [names[i], names[j]],
                            "detail": f"posterior correlation of contributions {fmt(corr[i, j], 'number', places=2)}",
                        }
                    )
    for r in rows:
        lo, hi = r["marginal_roas_low"], r["marginal_roas_high"]
        if lo is None or hi is None:
            out.append(
                {"kind": "wide_interval", "channels": [r["channel"]], "detail": "no interval"}
            )
        elif hi > 10 * max(lo, 1e-12) and hi - lo > 1.0:
            out.append(
                {
                    "kind": "wide_interval",
                    "channels": [r["channel"]],
                    "detail": f"marginal ROAS between {fmt(lo, 'number', places=2)} and {fmt(hi, 'number', places=2)}",
                }
            )
    return out


def wape(actual: np.ndarray, predicted: np.ndarray) -> float | None:
    """Weighted absolute percentage error: sum |error| / sum |actual| (None when every actual
    is 0). Unlike the mean of percentage errors it does not explode on near-zero periods: each
    period weighs by its size."""
    a = np.asarray(actual, dtype=float)
    total = float(np.abs(a).sum())
    return (
        float(np.abs(a - np.asarray(predicted, dtype=float)).sum()) / total if total > 0 else None
    )


def holdout_mape(data: MMMData, periods: int, **fit_kwargs: Any) -> dict[str, Any] | None:
    """Refit without the last ``periods`` and score the prediction of them (None when the
    history is too short to hold anything back)."""
    n = len(data.dates)
    if periods <= 0 or n - periods < max(3 * periods, 26):
        return None
    train = data.head(n - periods)
    fit: Fit = fit_map(train, **fit_kwargs)
    like = fit.base
    full = baseline(data.dates, data.controls, daily=data.daily, like=like)
    xs = data.spend.to_numpy(float) / fit.scale_x
    pred, _ = predict(fit.layout, fit.theta, full.matrix, xs)
    pred = pred * fit.scale_y
    y = data.outcome
    held = slice(n - periods, n)
    ok = np.abs(y[held]) > 0
    mape = (
        float(np.mean(np.abs(y[held][ok] - pred[held][ok]) / np.abs(y[held][ok])))
        if ok.any()
        else None
    )
    return {
        "periods": periods,
        "wape": wape(y[held], pred[held]),
        "train_wape": wape(fit.ys, fit.fitted),
        "start": data.dates[n - periods].date(),
        "end": data.dates[-1].date(),
        "mape": mape,
        "train_mape": float(
            np.mean(np.abs(fit.ys - fit.fitted) / np.maximum(np.abs(fit.ys), 1e-12))
        ),
    }
