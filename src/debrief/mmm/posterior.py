"""Uncertainty: draws of the channel parameters, whichever way they were obtained.

:class:`Posterior` is the interface every readout uses: for each channel its decay, saturation
parameters and beta on the scaled data, one row per draw, **row 0 the point estimate**. Two
producers fill it:

* :func:`laplace` (the default): the Laplace approximation at the MAP fit — a Gaussian on the
  unconstrained parameters with the inverse Gauss-Newton Hessian of the log posterior as
  covariance (residual variance inflated by ``(1 + ρ) / (1 - ρ)`` when the residuals are
  autocorrelated with lag-one correlation ρ > 0, since autocorrelated periods carry less
  information than independent ones). Drawing on the log scales keeps every draw positive and
  lets intervals be skewed, as they should be for ROAS.
* :func:`debrief.mmm.bayes.posterior` (optional ``[bayes]`` extra): PyMC-Marketing's MCMC draws,
  converted to the same scales.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from debrief.mmm.fit import Fit
from debrief.mmm.model import MAX_DECAY, Saturation
from debrief.mmm.transforms import decay_from_half_life

__all__ = ["Posterior", "laplace"]


@dataclass(frozen=True)
class Posterior:
    """Draws (rows; row 0 the point estimate) of each channel's (columns) parameters."""

    method: str
    saturation: Saturation
    channels: tuple[str, ...]
    decay: np.ndarray
    beta: np.ndarray
    half_sat: np.ndarray
    shape: np.ndarray
    lam: np.ndarray
    scale_y: float
    scale_x: np.ndarray
    #: scaled baseline (everything but media) per period at the point estimate
    baseline: np.ndarray = field(repr=False)
    #: linear coefficient draws (rows as above) when the producer has them
    linear: np.ndarray | None = field(default=None, repr=False)

    @property
    def draws(self) -> int:
        return self.decay.shape[0] - 1


def laplace(fit: Fit, draws: int = 1000, seed: int = 0) -> Posterior:
    """Draws from the Laplace approximation of ``fit`` (only the point estimate when its
    Hessian is singular: every interval is then n/a)."""
    lay = fit.layout
    rng = np.random.default_rng(seed)
    theta = fit.theta[None, :]
    if fit.cov is not None and draws > 0:
        chol = np.linalg.cholesky(fit.cov + np.eye(lay.size) * 1e-12)
        z = rng.standard_normal((draws, lay.size))
        theta = np.vstack([fit.theta, fit.theta + z @ chol.T])
    m, n_ch = theta.shape[0], lay.n_channels
    decay = np.empty((m, n_ch))
    beta = np.empty((m, n_ch))
    half_sat = np.full((m, n_ch), np.nan)
    shape = np.full((m, n_ch), np.nan)
    lam = np.full((m, n_ch), np.nan)
    for c in range(n_ch):
        u = theta[:, lay.block(c)]
        decay[:, c] = np.minimum(decay_from_half_life(np.exp(u[:, 0]), lay.period_days), MAX_DECAY)
        beta[:, c] = np.exp(u[:, -1])
        if lay.saturation == "hill":
            half_sat[:, c] = np.exp(u[:, 1])
            shape[:, c] = np.exp(u[:, 2])
        else:
            lam[:, c] = np.exp(u[:, 1])
    return Posterior(
        method="laplace",
        saturation=lay.saturation,
        channels=fit.data.channels,
        decay=decay,
        beta=beta,
        half_sat=half_sat,
        shape=shape,
        lam=lam,
        scale_y=fit.scale_y,
        scale_x=fit.scale_x,
        baseline=fit.base.matrix @ fit.theta[: lay.n_linear],
        linear=theta[:, : lay.n_linear],
    )
