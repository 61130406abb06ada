"""Carry-over and saturation: the two functions that turn a channel's spend into its effect.

For one channel with spend ``x_t`` per period (a day or a week):

* **geometric adstock**, normalised: ``a_t = (1 - d) x_t + d a_{t-1}``, started at ``a_{-1} =
  x_0`` (the period before the data is taken at the first period's level). A sustained spend ``s``
  has adstock ``s``, so curves read directly in money per period; the carry-over of one unit
  spent once adds up to the same effect as the unit itself in the linear range.
  ``d = 0.5 ** (period_days / half_life_days)``: the decay is parametrised by its half-life in
  days, so one prior serves daily and weekly data.
* **saturation** of the adstock ``a`` (``h`` between 0 and 1, times a channel's ``beta``):

  - Hill: ``h(a) = a^S / (K^S + a^S)``: ``K`` the half-saturation spend, ``S`` the shape (above
    1: S-shaped, up to 1: concave from the first unit);
  - logistic: ``h(a) = (1 - e^(-λa)) / (1 + e^(-λa)) = tanh(λa/2)``: concave from the first unit.

The steady-state response of a channel at a sustained spend ``s`` per period is ``beta h(s)``;
its **marginal ROAS** is ``beta h'(s)``: the outcome one more unit of money per period returns,
carry-over included.
"""

from __future__ import annotations

import numpy as np
from scipy.signal import lfilter
from scipy.special import expit

__all__ = [
    "adstock",
    "adstock_decay_derivative",
    "adstock_many",
    "decay_from_half_life",
    "hill",
    "hill_derivative",
    "logistic",
    "logistic_derivative",
]


def decay_from_half_life(half_life_days: np.ndarray | float, period_days: int) -> np.ndarray:
    """The share of adstock carried to the next period for a half-life in days."""
    return np.power(0.5, period_days / np.asarray(half_life_days, dtype=float))


def adstock(x: np.ndarray, decay: float) -> np.ndarray:
    """Normalised geometric adstock of one series (same units as ``x``)."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return x
    out, _ = lfilter([1.0 - decay], [1.0, -decay], x, zi=[decay * x[0]])
    return np.asarray(out)


def adstock_decay_derivative(x: np.ndarray, a: np.ndarray, decay: float) -> np.ndarray:
    """``d a_t / d decay`` for the adstock ``a`` of ``x``: ``a_{t-1} - x_t + d * da_{t-1}``, zero
    at t = 0 (where ``a_0 = x_0`` whatever the decay)."""
    drive = np.empty_like(a)
    drive[0] = 0.0
    drive[1:] = a[:-1] - x[1:]
    out, _ = lfilter([1.0], [1.0, -decay], drive, zi=[0.0])
    return np.asarray(out)


def adstock_many(x: np.ndarray, decays: np.ndarray) -> np.ndarray:
    """Adstock of one series ``x`` (n) under many decays (m): an (m, n) array, one pass over time."""
    x = np.asarray(x, dtype=float)
    d = np.asarray(decays, dtype=float)
    out = np.empty((d.size, x.size))
    prev = np.full(d.size, x[0] if x.size else 0.0)
    w = 1.0 - d
    for t in range(x.size):
        prev = w * x[t] + d * prev
        out[:, t] = prev
    return out


def hill(a: np.ndarray, half_sat: np.ndarray | float, shape: np.ndarray | float) -> np.ndarray:
    """``a^S / (K^S + a^S)`` (0 at a <= 0)."""
    a = np.asarray(a, dtype=float)
    pos = a > 0
    log_a = np.log(np.where(pos, a, 1.0))
    z = np.asarray(shape) * (log_a - np.log(np.asarray(half_sat, dtype=float)))
    return np.where(pos, expit(z), 0.0)


def hill_derivative(
    a: np.ndarray, half_sat: np.ndarray | float, shape: np.ndarray | float
) -> np.ndarray:
    """``d h / d a = S h (1 - h) / a`` (the limit at a = 0 is taken as 0 for S > 1, as the
    value at a tiny spend otherwise)."""
    a = np.maximum(np.asarray(a, dtype=float), 1e-12)
    h = hill(a, half_sat, shape)
    return np.asarray(shape) * h * (1.0 - h) / a


def logistic(a: np.ndarray, lam: np.ndarray | float) -> np.ndarray:
    """``tanh(λ a / 2)``: pymc-marketing's logistic saturation."""
    return np.tanh(np.asarray(lam) * np.maximum(np.asarray(a, dtype=float), 0.0) / 2.0)


def logistic_derivative(a: np.ndarray, lam: np.ndarray | float) -> np.ndarray:
    """``d h / d a = λ/2 (1 - h^2)``."""
    h = logistic(a, lam)
    return np.asarray(lam) / 2.0 * (1.0 - h * h)
