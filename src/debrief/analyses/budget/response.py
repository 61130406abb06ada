"""The response model: geometric adstock followed by Hill saturation, and its fit.

For one channel with spend ``x_t`` per period (a day, or a week for weekly data):

* adstock      ``a_t = (1 - decay) * x_t + decay * a_{t-1}``, started at ``a_0 = x_0``.
  The ``(1 - decay)`` normalisation keeps the adstock in spend units: a constant spend ``s`` has
  adstock ``s``, so the curve below is read directly in money per period.
* Hill         ``f(a) = max_response * a^shape / (half_sat^shape + a^shape)``
* revenue      ``y_t = base + sum over channels of f_c(a_{c,t}) + noise``

At a sustained spend ``s`` per period a channel returns ``f(s)`` per period, so its marginal ROAS
is ``f'(s) = max_response * shape * half_sat^shape * s^(shape-1) / (half_sat^shape + s^shape)^2``
and its average ROAS ``f(s) / s``. Fits are least squares with bounds (scipy ``least_squares``,
trust-region reflective) from several starts, on spend and revenue scaled to order one so that the
bounds and tolerances mean the same thing whatever the currency.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import least_squares
from scipy.signal import lfilter

__all__ = ["HillAdstock", "JointFit", "adstock", "fit_joint"]

# Bounds in scaled units (spend divided by its mean over days with spend, revenue by its mean).
_DECAY = (0.0, 0.9)
_HALF_SAT = (0.05, 20.0)
_SHAPE = (0.5, 3.0)
_MAX_RESPONSE = (0.0, 1e4)
_BASE = (0.0, 10.0)


def adstock(x: np.ndarray, decay: float) -> np.ndarray:
    """Normalised geometric adstock of ``x`` (see the module docstring); same units as ``x``."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return x
    out, _ = lfilter([1.0 - decay], [1.0, -decay], x, zi=[decay * x[0]])
    return out


@dataclass(frozen=True)
class HillAdstock:
    """One channel's fitted curve in workspace units: money per period in, revenue per period out.

    ``decay`` is the share of the adstock carried to the next period (0-1), ``half_sat`` the spend
    per period at which the response is half of ``max_response`` (revenue per period), ``shape``
    the Hill exponent (above 1: S-shaped; up to 1: concave from the first unit).
    """

    decay: float
    half_sat: float
    shape: float
    max_response: float

    def response(self, spend: np.ndarray | float) -> np.ndarray | float:
        """Revenue per period at a sustained ``spend`` per period (steady state)."""
        s = np.maximum(np.asarray(spend, dtype=float), 0.0)
        k = self.half_sat**self.shape
        p = s**self.shape
        return self.max_response * p / (k + p)

    def marginal(self, spend: np.ndarray | float) -> np.ndarray | float:
        """d revenue / d spend at a sustained ``spend`` per period (the marginal ROAS)."""
        s = np.maximum(np.asarray(spend, dtype=float), 1e-12)
        k = self.half_sat**self.shape
        p = s**self.shape
        return self.max_response * self.shape * k * p / s / (k + p) ** 2

    def predict(self, spend: np.ndarray) -> np.ndarray:
        """Revenue per period for a spend series, carry-over included."""
        return np.asarray(self.response(adstock(spend, self.decay)))

    def peak_marginal_spend(self) -> float:
        """The spend per period where the marginal ROAS is highest (0 when shape <= 1)."""
        if self.shape <= 1:
            return 0.0
        return float(self.half_sat * ((self.shape - 1) / (self.shape + 1)) ** (1 / self.shape))


@dataclass(frozen=True)
class JointFit:
    """A fit of ``revenue = base + sum of channel curves``. ``r2`` is on the fitted periods."""

    curves: tuple[HillAdstock, ...]
    base: float
    r2: float | None
    fitted: np.ndarray
    success: bool


def _predict_scaled(theta: np.ndarray, xs: np.ndarray, intercept: bool) -> np.ndarray:
    base = theta[0] if intercept else 0.0
    out = np.full(xs.shape[0], base, dtype=float)
    for c in range(xs.shape[1]):
        decay, half, shape, top = theta[int(intercept) + 4 * c : int(intercept) + 4 * c + 4]
        a = np.maximum(adstock(xs[:, c], decay), 0.0)
        p = a**shape
        out += top * p / (half**shape + p)
    return out


def _jacobian_scaled(theta: np.ndarray, xs: np.ndarray, intercept: bool) -> np.ndarray:
    """Analytic Jacobian of the scaled prediction: with ``p = a^S``, ``q = K^S``,
    ``dh/dtop = p/(q+p)``, ``dh/dK = -top S q p / (K (q+p)^2)``,
    ``dh/dS = top p q (ln a - ln K) / (q+p)^2``, ``dh/da = top S q p / (a (q+p)^2)`` and
    ``da_t/ddecay = a_{t-1} - x_t + decay * da_{t-1}/ddecay`` (zero at t = 0, where a_0 = x_0)."""
    n, n_channels = xs.shape
    off = int(intercept)
    jac = np.zeros((n, off + 4 * n_channels))
    if intercept:
        jac[:, 0] = 1.0
    for c in range(n_channels):
        decay, half, shape, top = theta[off + 4 * c : off + 4 * c + 4]
        x = xs[:, c]
        a = np.maximum(adstock(x, decay), 0.0)
        prev = np.concatenate([[a[0]], a[:-1]])
        drive = prev - x
        drive[0] = 0.0
        da = lfilter([1.0], [1.0, -decay], drive)
        pos = a > 0
        loga = np.where(pos, np.log(np.where(pos, a, 1.0)), 0.0)
        p = np.where(pos, np.exp(shape * loga), 0.0)
        q = half**shape
        den = (q + p) ** 2
        dh_da = np.where(pos, top * shape * q * p / np.where(pos, a, 1.0) / den, 0.0)
        j = off + 4 * c
        jac[:, j] = dh_da * da
        jac[:, j + 1] = -top * shape * q * p / half / den
        jac[:, j + 2] = top * p * q * (loga - np.log(half)) / den
        jac[:, j + 3] = p / (q + p)
    return jac


def _bounds(n_channels: int, intercept: bool) -> tuple[np.ndarray, np.ndarray]:
    lo = ([_BASE[0]] if intercept else []) + [
        b[0] for _ in range(n_channels) for b in (_DECAY, _HALF_SAT, _SHAPE, _MAX_RESPONSE)
    ]
    hi = ([_BASE[1]] if intercept else []) + [
        b[1] for _ in range(n_channels) for b in (_DECAY, _HALF_SAT, _SHAPE, _MAX_RESPONSE)
    ]
    return np.array(lo), np.array(hi)


def _starts(
    n_channels: int, intercept: bool, n_starts: int, rng: np.random.Generator
) -> list[np.ndarray]:
    """A fixed grid first (one channel) or a central start, then log-uniform random starts."""
    share = 1.0 / (n_channels + int(intercept))
    out: list[np.ndarray] = []

    def start(decay: float, half: float, shape: float) -> np.ndarray:
        # max_response chosen so each channel explains its share of the mean revenue at mean spend
        top = share * (half**shape + 1.0)
        return np.array(([share] if intercept else []) + [decay, half, shape, top] * n_channels)

    if n_channels == 1:
        for decay in (0.1, 0.5):
            for half in (0.7, 2.0):
                for shape in (1.0, 2.0):
                    out.append(start(decay, half, shape))
    else:
        out.append(start(0.3, 1.0, 1.0))
    lo, hi = _bounds(n_channels, intercept)
    while len(out) < n_starts:
        theta = []
        if intercept:
            theta.append(rng.uniform(0, 1))
        for _ in range(n_channels):
            decay = rng.uniform(*_DECAY)
            half = float(np.exp(rng.uniform(np.log(0.3), np.log(3.0))))
            shape = rng.uniform(0.7, 2.5)
            theta += [decay, half, shape, share * (half**shape + 1.0)]
        out.append(np.clip(np.array(theta), lo, hi))
    return out[: max(n_starts, 1)]


_CONTROLLER: Any = None


def _single_threaded_blas() -> Any:
    """A context limiting BLAS to one thread (threadpoolctl ships with scikit-learn; without it
    the fit runs as it is). The controller is built once: building it scans the loaded libraries,
    which took 51 ms the first time on a 2-core machine, when a bootstrap refit takes 5-16 ms."""
    global _CONTROLLER
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - scikit-learn depends on it
        return contextlib.nullcontext()
    if _CONTROLLER is None:
        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER.limit(limits=1, user_api="blas")


def _best_fit(
    residuals: Any,
    jacobian: Any,
    starts: list[np.ndarray],
    lo: np.ndarray,
    hi: np.ndarray,
    max_nfev: int | None,
    tol: float = 1e-8,
) -> Any:
    """The least-squares result with the lowest cost over ``starts`` (None if none converged)."""
    best = None
    for theta0 in starts:
        # Far from the optimum, scipy's trust-region step can overflow in a float power and
        # rejects that step itself; the warning it prints says nothing to the user (a bootstrap
        # resample of a short, flat channel did it in generated scenarios 240, 256 and 289).
        try:
            with np.errstate(over="ignore"):
                res = least_squares(
                    residuals,
                    np.clip(theta0, lo + 1e-9, hi - 1e-9),
                    jac=jacobian,
                    bounds=(lo, hi),
                    method="trf",
                    max_nfev=max_nfev,
                    ftol=tol,
                    xtol=tol,
                )
        except (ValueError, FloatingPointError):  # a start in a degenerate corner: try the next
            continue
        if best is None or res.cost < best.cost:
            best = res
    return best


def fit_joint(
    spend: np.ndarray,
    revenue: np.ndarray,
    *,
    intercept: bool = False,
    n_starts: int = 8,
    seed: int = 0,
    start: JointFit | None = None,
    max_nfev: int | None = None,
) -> JointFit:
    """Fit channel curves to ``revenue`` (length n) from ``spend`` (n x channels).

    ``intercept=False`` fits revenue attributed to the channels themselves (ad platforms: no spend,
    no revenue); ``intercept=True`` adds a non-negative base (total revenue, marketing-mix data).
    ``start`` (a previous fit) replaces the multi-start search by one start from it (bootstrap
    refits). Returns the best fit by squared error, in workspace units.
    """
    x = np.asarray(spend, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    y = np.asarray(revenue, dtype=float)
    n_channels = x.shape[1]
    sx = np.array(
        [x[:, c][x[:, c] > 0].mean() if (x[:, c] > 0).any() else 1.0 for c in range(n_channels)]
    )
    sy = float(np.mean(np.abs(y))) or 1.0
    xs, ys = x / sx, y / sy
    lo, hi = _bounds(n_channels, intercept)

    def residuals(theta: np.ndarray) -> np.ndarray:
        return _predict_scaled(theta, xs, intercept) - ys

    def jacobian(theta: np.ndarray) -> np.ndarray:
        return _jacobian_scaled(theta, xs, intercept)

    if start is not None:
        theta0 = ([start.base / sy] if intercept else []) + [
            v
            for c, cv in enumerate(start.curves)
            for v in (cv.decay, cv.half_sat / sx[c], cv.shape, cv.max_response / sy)
        ]
        starts = [np.clip(np.array(theta0), lo + 1e-9, hi - 1e-9)]
    else:
        starts = _starts(n_channels, intercept, n_starts, np.random.default_rng(seed))

    # The matrices are small (periods x parameters): BLAS threads have nothing to split and
    # contend with each other on a busy machine, so the fit runs single-threaded.
    with _single_threaded_blas():
        # A refit from a previous optimum only needs to move as far as the resample moved it.
        tol = 1e-6 if start is not None else 1e-8
        best = _best_fit(residuals, jacobian, starts, lo, hi, max_nfev, tol)
    if best is None:
        raise ValueError("no start of the curve fit converged")

    theta = best.x
    curves = tuple(
        HillAdstock(
            decay=float(theta[int(intercept) + 4 * c]),
            half_sat=float(theta[int(intercept) + 4 * c + 1] * sx[c]),
            shape=float(theta[int(intercept) + 4 * c + 2]),
            max_response=float(theta[int(intercept) + 4 * c + 3] * sy),
        )
        for c in range(n_channels)
    )
    fitted = _predict_scaled(theta, xs, intercept) * sy
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    r2 = None if ss_tot == 0 else 1.0 - float(np.sum((y - fitted) ** 2)) / ss_tot
    return JointFit(
        curves=curves,
        base=float(theta[0] * sy) if intercept else 0.0,
        r2=r2,
        fitted=fitted,
        success=bool(best.success),
    )
