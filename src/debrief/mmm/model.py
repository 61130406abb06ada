"""The model's equation, its parameters and its derivatives.

On the scaled data (outcome ÷ its mean, each channel's spend ÷ its mean spend per period)::

    y_t = B_t · w + Σ_c beta_c h_c(adstock(x_c; d_c)_t) + noise_t

``B`` is the baseline design (:mod:`debrief.mmm.design`), ``w`` its coefficients; each channel
has a decay ``d_c`` (through its half-life), saturation parameters (Hill: ``K``, ``S``;
logistic: ``λ``) and ``beta_c``. The parameter vector ``theta`` is ``w`` followed by one block per
channel on unconstrained scales: Hill ``(log half-life, log K, log S, log beta)``, logistic
``(log half-life, log λ, log beta)``.

Derivatives used by the fit (with ``h`` the Hill value, ``a`` the adstock):
``dh/dlog K = -S h (1-h)``, ``dh/dlog S = S h (1-h) (ln a - ln K)``, ``dh/da = S h (1-h) / a``;
logistic ``dh/dlog λ = (λa/2)(1-h²)``, ``dh/da = (λ/2)(1-h²)``; ``dd/dlog half-life = -d ln d``
and ``da/dd`` from :func:`debrief.mmm.transforms.adstock_decay_derivative`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from debrief.mmm.transforms import (
    adstock,
    adstock_decay_derivative,
    decay_from_half_life,
    hill,
    logistic,
)

__all__ = ["Layout", "Saturation", "channel_values", "jacobian", "predict"]

Saturation = Literal["hill", "logistic"]
#: Above this decay per period a channel's effect would never fade within the data.
MAX_DECAY = 0.98


@dataclass(frozen=True)
class Layout:
    """Where each parameter sits in ``theta``."""

    n_linear: int
    n_channels: int
    saturation: Saturation
    period_days: int

    @property
    def per_channel(self) -> int:
        return 4 if self.saturation == "hill" else 3

    @property
    def size(self) -> int:
        return self.n_linear + self.per_channel * self.n_channels

    def block(self, c: int) -> slice:
        start = self.n_linear + self.per_channel * c
        return slice(start, start + self.per_channel)

    def names(self) -> tuple[str, ...]:
        return (
            ("log_half_life", "log_half_sat", "log_shape", "log_beta")
            if self.saturation == "hill"
            else ("log_half_life", "log_lam", "log_beta")
        )


def channel_values(layout: Layout, theta: np.ndarray, c: int) -> dict[str, float]:
    """Channel ``c``'s parameters on their natural scales (decay per period, K, S or λ, beta)."""
    u = theta[layout.block(c)]
    decay = float(min(decay_from_half_life(np.exp(u[0]), layout.period_days), MAX_DECAY))
    if layout.saturation == "hill":
        return {
            "decay": decay,
            "half_life_days": float(np.exp(u[0])),
            "half_sat": float(np.exp(u[1])),
            "shape": float(np.exp(u[2])),
            "beta": float(np.exp(u[3])),
        }
    return {
        "decay": decay,
        "half_life_days": float(np.exp(u[0])),
        "lam": float(np.exp(u[1])),
        "beta": float(np.exp(u[2])),
    }


def _saturate(layout: Layout, a: np.ndarray, v: dict[str, float]) -> np.ndarray:
    if layout.saturation == "hill":
        return hill(a, v["half_sat"], v["shape"])
    return logistic(a, v["lam"])


def predict(
    layout: Layout, theta: np.ndarray, base: np.ndarray, xs: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The fitted outcome (n) and each channel's contribution (n x channels), scaled units."""
    contrib = np.empty_like(xs)
    for c in range(layout.n_channels):
        v = channel_values(layout, theta, c)
        contrib[:, c] = v["beta"] * _saturate(layout, adstock(xs[:, c], v["decay"]), v)
    return base @ theta[: layout.n_linear] + contrib.sum(axis=1), contrib


def jacobian(layout: Layout, theta: np.ndarray, base: np.ndarray, xs: np.ndarray) -> np.ndarray:
    """d fitted outcome / d theta (n x size)."""
    n = xs.shape[0]
    jac = np.zeros((n, layout.size))
    jac[:, : layout.n_linear] = base
    for c in range(layout.n_channels):
        v = channel_values(layout, theta, c)
        x = xs[:, c]
        d = v["decay"]
        a = np.maximum(adstock(x, d), 0.0)
        da_dd = adstock_decay_derivative(x, a, d)
        dd_du = 0.0 if d >= MAX_DECAY else -d * np.log(max(d, 1e-300))
        beta = v["beta"]
        j = layout.block(c).start
        if layout.saturation == "hill":
            k, s = v["half_sat"], v["shape"]
            h = hill(a, k, s)
            g = s * h * (1.0 - h)  # dh/dlog a
            pos = a > 0
            dh_da = np.where(pos, g / np.where(pos, a, 1.0), 0.0)
            log_a = np.log(np.where(pos, a, 1.0))
            jac[:, j] = beta * dh_da * da_dd * dd_du
            jac[:, j + 1] = -beta * g
            jac[:, j + 2] = np.where(pos, beta * g * (log_a - np.log(k)), 0.0)
            jac[:, j + 3] = beta * h
        else:
            lam = v["lam"]
            h = logistic(a, lam)
            one = 1.0 - h * h
            jac[:, j] = beta * (lam / 2.0) * one * da_dd * dd_du
            jac[:, j + 1] = beta * (lam * a / 2.0) * one
            jac[:, j + 2] = beta * h
    return jac
