"""The fit: the most probable parameters given the data and the priors (MAP), by least squares.

Residuals, all divided by their scale so that the sum of squares is minus twice the log posterior
(up to a constant):

* data: ``(fitted_t - y_t) / sigma`` for every period;
* priors: ``(theta_j - mean_j) / sd_j`` for every parameter (:mod:`debrief.mmm.priors`,
  :mod:`debrief.mmm.design`);
* benchmarks: ``(log average ROAS at mean spend - log benchmark) / sd`` where one is given;
* partial pooling: for every channel without a benchmark, ``(log average ROAS - the channels'
  common level) / POOL_SD`` — the common level is the mean log average ROAS of a first fit, and the
  fit is refined from there (an empirical-Bayes step; :mod:`debrief.mmm.priors` says why);
* lift tests: ``(predicted lift - measured lift) / standard error`` (:mod:`debrief.mmm.calibration`).

scipy's ``least_squares`` (trust-region reflective, analytic Jacobian for the data rows) runs from
a few starts (the prior medians, short and long carry-over, low and high saturation); each start's
linear coefficients come from a ridge regression at its channel parameters. The noise scale
``sigma`` is unknown: the fit is repeated with ``sigma`` re-estimated from the residuals (degrees
of freedom: periods minus linear coefficients minus two per channel) until it settles (three
rounds at most). The lowest posterior cost wins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import least_squares
from threadpoolctl import threadpool_limits

from debrief.mmm.calibration import LiftRows, lift_rows
from debrief.mmm.data import MMMData
from debrief.mmm.design import Baseline, baseline
from debrief.mmm.model import Layout, Saturation, jacobian, predict
from debrief.mmm.priors import Priors
from debrief.mmm.transforms import adstock, decay_from_half_life, hill, logistic

#: sd of the log of a channel's average ROAS around the channels' common level (partial pooling)
POOL_SD: float | None = 1.0

__all__ = ["Fit", "fit_map", "scaled_inputs"]


@dataclass(frozen=True)
class Fit:
    """A MAP fit on scaled data. ``cov`` is the Laplace covariance of ``theta`` (None when the
    Hessian is singular); ``sigma`` the residual sd (scaled units), ``rho`` the residuals' lag-one
    autocorrelation, ``inflation`` the variance factor applied for it."""

    data: MMMData
    layout: Layout
    theta: np.ndarray
    base: Baseline
    scale_y: float
    scale_x: np.ndarray
    xs: np.ndarray
    ys: np.ndarray
    fitted: np.ndarray
    contributions: np.ndarray
    sigma: float
    rho: float
    inflation: float
    cost: float
    converged: bool
    cov: np.ndarray | None = field(default=None, repr=False)


def scaled_inputs(data: MMMData) -> tuple[np.ndarray, float, np.ndarray, float]:
    """Scaled spend (n x channels), outcome scale, spend scales, and the scaled outcome's mean.

    Spend is divided by each channel's mean per period (a channel that never spent is refused
    upstream); the outcome by the mean of its absolute values."""
    x = data.spend.to_numpy(float)
    sx = x.mean(axis=0)
    sx = np.where(sx > 0, sx, 1.0)
    sy = float(np.mean(np.abs(data.outcome))) or 1.0
    return x / sx, sy, sx, float(np.mean(data.outcome) / sy)


def _prior_vectors(
    layout: Layout,
    base: Baseline,
    channels: tuple[str, ...],
    priors: Priors,
    sx: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    mean = np.zeros(layout.size)
    sd = np.ones(layout.size)
    sd[: layout.n_linear] = base.sd
    for c, ch in enumerate(channels):
        p = priors.of(ch)
        pairs = (
            [p.log_half_life, p.log_half_sat, p.log_shape, p.log_beta]
            if layout.saturation == "hill"
            else [p.log_half_life, p.log_lam, p.log_beta]
        )
        blk = layout.block(c)
        mean[blk] = [m for m, _ in pairs]
        sd[blk] = [s for _, s in pairs]
        if sx is not None:  # beta in proportion to the channel's share of spend
            mean[blk.stop - 1] += float(np.log(len(channels) * sx[c] / sx.sum()))
    return mean, sd


def _benchmark_rows(
    layout: Layout, channels: tuple[str, ...], priors: Priors, sy: float, sx: np.ndarray
) -> list[tuple[int, float, float]]:
    """(channel index, log benchmark in scaled units, sd) for channels with a benchmark ROAS."""
    out = []
    for c, ch in enumerate(channels):
        r = priors.of(ch).roas
        if r is not None:
            out.append((c, float(np.log(r[0] * sx[c] / sy)), float(r[1])))
    return out


def _log_avg_roas(layout: Layout, u: np.ndarray) -> tuple[float, np.ndarray]:
    """log(beta h(1)) for a channel block ``u`` and its gradient over the block."""
    grad = np.zeros(layout.per_channel)
    if layout.saturation == "hill":
        k, s = np.exp(u[1]), np.exp(u[2])
        h1 = float(hill(np.array([1.0]), k, s)[0])
        grad[1] = -s * (1 - h1)
        grad[2] = -s * (1 - h1) * u[1]
        grad[3] = 1.0
        return float(u[3] + np.log(max(h1, 1e-300))), grad
    lam = np.exp(u[1])
    h1 = float(logistic(np.array([1.0]), lam)[0])
    grad[1] = (lam / 2) * (1 - h1 * h1) / max(h1, 1e-300)
    grad[2] = 1.0
    return float(u[2] + np.log(max(h1, 1e-300))), grad


@dataclass
class _Problem:
    layout: Layout
    base: np.ndarray
    xs: np.ndarray
    ys: np.ndarray
    prior_mean: np.ndarray
    prior_sd: np.ndarray
    bench: list[tuple[int, float, float]]
    lifts: LiftRows | None

    def residuals(self, theta: np.ndarray, sigma: float) -> np.ndarray:
        fitted, _ = predict(self.layout, theta, self.base, self.xs)
        parts = [(fitted - self.ys) / sigma, (theta - self.prior_mean) / self.prior_sd]
        for c, target, sd in self.bench:
            val, _ = _log_avg_roas(self.layout, theta[self.layout.block(c)])
            parts.append(np.array([(val - target) / sd]))
        if self.lifts is not None:
            parts.append(self.lifts.residuals(self.layout, theta, self.xs))
        return np.concatenate(parts)

    def jac(self, theta: np.ndarray, sigma: float) -> np.ndarray:
        rows = [
            jacobian(self.layout, theta, self.base, self.xs) / sigma,
            np.diag(1 / self.prior_sd),
        ]
        for c, _, sd in self.bench:
            blk = self.layout.block(c)
            _, g = _log_avg_roas(self.layout, theta[blk])
            r = np.zeros((1, self.layout.size))
            r[0, blk] = g / sd
            rows.append(r)
        if self.lifts is not None:
            rows.append(self.lifts.jacobian(self.layout, theta, self.xs))
        return np.vstack(rows)


def _start(
    problem: _Problem, channel_u: list[np.ndarray], channels: int, linear_sd: np.ndarray
) -> np.ndarray:
    """A start: channel parameters as given, beta and the linear coefficients by ridge."""
    lay = problem.layout
    feats = np.empty_like(problem.xs)
    for c in range(channels):
        u = channel_u[c]
        d = float(decay_from_half_life(np.exp(u[0]), lay.period_days))
        a = adstock(problem.xs[:, c], d)
        feats[:, c] = (
            hill(a, np.exp(u[1]), np.exp(u[2]))
            if lay.saturation == "hill"
            else (logistic(a, np.exp(u[1])))
        )
    design = np.hstack([problem.base, feats])
    penalty = np.concatenate([1 / linear_sd**2, np.full(channels, 1.0)]) * 1e-2
    coef = np.linalg.solve(design.T @ design + np.diag(penalty), design.T @ problem.ys)
    theta = np.zeros(lay.size)
    theta[: lay.n_linear] = coef[: lay.n_linear]
    for c in range(channels):
        u = np.array(channel_u[c], dtype=float)
        u[-1] = np.log(max(coef[lay.n_linear + c], 0.02))
        theta[lay.block(c)] = u
    return theta


def _starts(problem: _Problem, n_starts: int, seed: int) -> list[np.ndarray]:
    lay = problem.layout
    n_ch = lay.n_channels
    mean = problem.prior_mean
    sd = problem.prior_sd
    shifts = [(0.0, 0.0), (-1.2, -0.5), (1.0, 0.6), (0.0, 1.0)]
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n_starts):
        us = []
        for c in range(n_ch):
            blk = lay.block(c)
            u = mean[blk].copy()
            if i < len(shifts):
                u[0] += shifts[i][0]
                u[1] += shifts[i][1]
            else:
                u[:-1] += rng.normal(0, 0.7, lay.per_channel - 1) * sd[blk][:-1]
            us.append(u)
        out.append(_start(problem, us, n_ch, problem.prior_sd[: lay.n_linear]))
    return out


def _solve(problem: _Problem, theta0: np.ndarray, sigma: float, max_nfev: int) -> Any:
    # The matrices are small (periods x parameters): BLAS threads have nothing to split and, on a
    # busy machine, contend (an SVD of 760 x 27 took 0.23 s threaded, milliseconds on one thread).
    with threadpool_limits(limits=1, user_api="blas"):
        return _least_squares(problem, theta0, sigma, max_nfev)


def _least_squares(problem: _Problem, theta0: np.ndarray, sigma: float, max_nfev: int) -> Any:
    return least_squares(
        lambda t: problem.residuals(t, sigma),
        theta0,
        jac=lambda t: problem.jac(t, sigma),
        method="trf",
        x_scale="jac",
        max_nfev=max_nfev,
        ftol=1e-8,
        xtol=1e-8,
    )


def _lag1(r: np.ndarray) -> float:
    r = r - r.mean()
    den = float(r @ r)
    return 0.0 if den <= 0 else float(r[1:] @ r[:-1]) / den


def fit_map(
    data: MMMData,
    priors: Priors | None = None,
    *,
    saturation: Saturation = "hill",
    fourier_order: int | None = None,
    n_starts: int = 4,
    seed: int = 0,
    max_nfev: int = 300,
    progress: Callable[[str], None] | None = None,
    pool_sd: float | None = POOL_SD,
) -> Fit:
    """Fit the model to ``data``; see the module docstring."""
    priors = priors or Priors()
    xs, sy, sx, _ = scaled_inputs(data)
    ys = data.outcome / sy
    base = baseline(data.dates, data.controls, daily=data.daily, fourier_order=fourier_order)
    layout = Layout(base.matrix.shape[1], xs.shape[1], saturation, data.period_days)
    mean, sd = _prior_vectors(layout, base, data.channels, priors, sx)
    lifts = lift_rows(data, sy) if data.lift_tests else None
    problem = _Problem(
        layout,
        base.matrix,
        xs,
        ys,
        mean,
        sd,
        _benchmark_rows(layout, data.channels, priors, sy, sx),
        lifts,
    )
    coef = np.linalg.lstsq(base.matrix, ys, rcond=None)[0]
    sigma = max(float(np.std(ys - base.matrix @ coef)) * 0.8, 1e-6)
    dof = max(len(ys) - layout.n_linear - 2 * layout.n_channels, 1)
    best = None
    for theta0 in _starts(problem, n_starts, seed):
        res = _solve(problem, theta0, sigma, max_nfev)
        if best is None or res.cost < best.cost:
            best = res
    assert best is not None
    theta = best.x
    if pool_sd is not None and layout.n_channels >= 2:
        problem = _pooled(problem, theta, data.channels, priors, sy, sx, pool_sd)
        best = _solve(problem, theta, sigma, max_nfev)
        theta = best.x
    for _ in range(3):
        fitted, _ = predict(layout, theta, base.matrix, xs)
        new_sigma = max(float(np.sqrt(np.sum((ys - fitted) ** 2) / dof)), 1e-9)
        if abs(new_sigma - sigma) <= 0.02 * sigma:
            sigma = new_sigma
            break
        sigma = new_sigma
        best = _solve(problem, theta, sigma, max_nfev)
        theta = best.x
    fitted, contrib = predict(layout, theta, base.matrix, xs)
    rho = _lag1(ys - fitted)
    inflation = float(min((1 + rho) / (1 - rho), 4.0)) if rho > 0 else 1.0
    jac = problem.jac(theta, sigma * np.sqrt(inflation))
    cov = _covariance(jac.T @ jac)
    return Fit(
        data=data,
        layout=layout,
        theta=theta,
        base=base,
        scale_y=sy,
        scale_x=sx,
        xs=xs,
        ys=ys,
        fitted=fitted,
        contributions=contrib,
        sigma=sigma,
        rho=rho,
        inflation=inflation,
        cost=float(best.cost),
        converged=bool(best.success),
        cov=cov,
    )


def _pooled(
    problem: _Problem,
    theta: np.ndarray,
    channels: tuple[str, ...],
    priors: Priors,
    sy: float,
    sx: np.ndarray,
    sd: float,
) -> _Problem:
    """The problem with every channel's average ROAS drawn toward the channels' common level."""
    lay = problem.layout
    logs = np.array(
        [
            _log_avg_roas(lay, theta[lay.block(c)])[0] + np.log(sy / sx[c])
            for c in range(len(channels))
        ]
    )
    centre = float(np.mean(logs))
    rows = list(problem.bench)
    have = {c for c, _, _ in rows}
    rows += [
        (c, centre + float(np.log(sx[c] / sy)), sd) for c in range(len(channels)) if c not in have
    ]
    return dataclasses.replace(problem, bench=rows)


def _covariance(hessian: np.ndarray) -> np.ndarray | None:
    """The inverse Hessian, symmetrised; None when it is not positive definite."""
    try:
        chol = np.linalg.cholesky(hessian + np.eye(len(hessian)) * 1e-10)
    except np.linalg.LinAlgError:
        return None
    inv = np.linalg.inv(chol)
    return inv.T @ inv
