"""Response curves in money: what a channel returns per period at a sustained spend per period.

Everything here reads a :class:`~debrief.mmm.posterior.Posterior` and converts its scaled
parameters back to the workspace's units: spend in money per period, outcome per period. Each
function returns one value per draw (row 0 the point estimate), so an interval is a quantile of
the same computation.

* ``response(s)`` = ``scale_y · beta · h(s / scale_x)``: the steady-state outcome per period;
* ``marginal(s)`` = its derivative: the **marginal ROAS** at ``s`` (carry-over included, since a
  sustained spend's adstock equals the spend);
* ``saturation_spend`` = the spend per period at which the response reaches 90% of its maximum
  (Hill: ``K · 9^(1/S)``; logistic: ``2 atanh(0.9) / λ``);
* ``contributions`` = ``scale_y · beta · h(adstock)`` on the spend as it happened, per period.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from debrief.mmm.posterior import Posterior
from debrief.mmm.transforms import (
    adstock_many,
    hill,
    hill_derivative,
    logistic,
    logistic_derivative,
)

__all__ = ["Curve", "contributions", "marginal", "response", "saturation_spend"]


def _h(post: Posterior, c: int, a: np.ndarray) -> np.ndarray:
    if post.saturation == "hill":
        return hill(a, post.half_sat[:, c, None], post.shape[:, c, None])
    return logistic(a, post.lam[:, c, None])


def response(post: Posterior, c: int, spend: np.ndarray | float) -> np.ndarray:
    """Outcome per period at sustained ``spend`` per period: (draws + 1, len(spend))."""
    s = np.atleast_1d(np.asarray(spend, dtype=float))[None, :] / post.scale_x[c]
    return post.scale_y * post.beta[:, c, None] * _h(post, c, s)


def marginal(post: Posterior, c: int, spend: np.ndarray | float) -> np.ndarray:
    """Marginal ROAS at sustained ``spend`` per period: (draws + 1, len(spend))."""
    s = np.atleast_1d(np.asarray(spend, dtype=float))[None, :] / post.scale_x[c]
    if post.saturation == "hill":
        d = hill_derivative(s, post.half_sat[:, c, None], post.shape[:, c, None])
    else:
        d = logistic_derivative(s, post.lam[:, c, None])
    return post.scale_y * post.beta[:, c, None] * d / post.scale_x[c]


def saturation_spend(post: Posterior, c: int) -> np.ndarray:
    """Spend per period at 90% of the channel's maximum response, per draw."""
    if post.saturation == "hill":
        return post.scale_x[c] * post.half_sat[:, c] * 9.0 ** (1.0 / post.shape[:, c])
    return post.scale_x[c] * 2.0 * np.arctanh(0.9) / post.lam[:, c]


def contributions(post: Posterior, c: int, spend: np.ndarray) -> np.ndarray:
    """The channel's contribution per period to the outcome, per draw: (draws + 1, n)."""
    a = adstock_many(np.asarray(spend, dtype=float) / post.scale_x[c], post.decay[:, c])
    return post.scale_y * post.beta[:, c, None] * _h(post, c, a)


@dataclass(frozen=True)
class Curve:
    """One draw of one channel's steady-state curve, with the interface the budget stage's
    allocation reads (``response`` and ``marginal`` of a spend per period)."""

    saturation: str
    scale_y: float
    scale_x: float
    beta: float
    half_sat: float
    shape: float
    lam: float

    @classmethod
    def of(cls, post: Posterior, c: int, draw: int = 0) -> Curve:
        return cls(
            post.saturation,
            post.scale_y,
            float(post.scale_x[c]),
            float(post.beta[draw, c]),
            float(post.half_sat[draw, c]),
            float(post.shape[draw, c]),
            float(post.lam[draw, c]),
        )

    def _scaled(self, spend: np.ndarray | float) -> np.ndarray:
        return np.asarray(spend, dtype=float) / self.scale_x

    def response(self, spend: np.ndarray | float) -> np.ndarray | float:
        s = self._scaled(spend)
        h = (
            hill(s, self.half_sat, self.shape)
            if self.saturation == "hill"
            else logistic(s, self.lam)
        )
        out = self.scale_y * self.beta * h
        return float(out) if np.ndim(out) == 0 else out

    def peak_marginal_spend(self) -> float:
        """The spend per period where the marginal ROAS is highest (0 unless S-shaped)."""
        if self.saturation != "hill" or self.shape <= 1:
            return 0.0
        k = self.half_sat * ((self.shape - 1) / (self.shape + 1)) ** (1 / self.shape)
        return float(self.scale_x * k)

    def marginal(self, spend: np.ndarray | float) -> np.ndarray | float:
        s = self._scaled(spend)
        if self.saturation == "hill":
            d = hill_derivative(s, self.half_sat, self.shape)
        else:
            d = logistic_derivative(s, self.lam)
        out = self.scale_y * self.beta * d / self.scale_x
        return float(out) if np.ndim(out) == 0 else out
