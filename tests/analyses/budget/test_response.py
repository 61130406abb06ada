"""The adstock + Hill model against plain-Python and finite-difference computations, and the
fit's recovery of known parameters on data generated from the model."""

from __future__ import annotations

import numpy as np
import pytest

from debrief.analyses.budget.response import (
    HillAdstock,
    _jacobian_scaled,
    _predict_scaled,
    adstock,
    fit_joint,
)

from .synthetic import synthetic_spend


def _adstock_loop(x: list[float], decay: float) -> list[float]:
    out, prev = [], x[0]
    for v in x:
        prev = (1 - decay) * v + decay * prev
        out.append(prev)
    return out


def test_adstock_matches_loop_and_keeps_level():
    x = [0.0, 10.0, 0.0, 5.0, 5.0, 20.0, 0.0]
    for decay in (0.0, 0.3, 0.8):
        assert adstock(np.array(x), decay) == pytest.approx(_adstock_loop(x, decay))
    # A constant spend has adstock equal to the spend: the curve reads in money per period.
    assert adstock(np.full(30, 7.5), 0.6) == pytest.approx(np.full(30, 7.5))


def test_marginal_is_the_derivative_of_the_response():
    for shape in (0.6, 1.0, 2.3):
        c = HillAdstock(decay=0.2, half_sat=800.0, shape=shape, max_response=5000.0)
        for s in (50.0, 800.0, 3000.0):
            h = 1e-3
            numeric = (c.response(s + h) - c.response(s - h)) / (2 * h)
            assert c.marginal(s) == pytest.approx(numeric, rel=1e-5)
    # Hill by hand: half the maximum at the half-saturation spend.
    c = HillAdstock(decay=0.0, half_sat=100.0, shape=2.0, max_response=900.0)
    assert c.response(100.0) == pytest.approx(450.0)
    assert c.response(200.0) == pytest.approx(900.0 * 40000 / (10000 + 40000))


def test_peak_marginal_spend_is_where_the_derivative_peaks():
    c = HillAdstock(decay=0.0, half_sat=1000.0, shape=2.5, max_response=1.0)
    grid = np.linspace(1, 5000, 200_001)
    assert c.peak_marginal_spend() == pytest.approx(grid[np.argmax(c.marginal(grid))], rel=1e-3)
    assert HillAdstock(0.0, 1000.0, 0.8, 1.0).peak_marginal_spend() == 0.0


def test_analytic_jacobian_matches_finite_differences():
    rng = np.random.default_rng(0)
    xs = np.abs(rng.normal(1, 0.5, (60, 2)))
    xs[5, 0] = 0.0
    theta = np.array([0.3, 0.4, 1.2, 1.7, 2.0, 0.2, 0.8, 0.7, 1.5])
    jac = _jacobian_scaled(theta, xs, True)
    eps = 1e-6
    for k in range(len(theta)):
        up, down = theta.copy(), theta.copy()
        up[k] += eps
        down[k] -= eps
        numeric = (_predict_scaled(up, xs, True) - _predict_scaled(down, xs, True)) / (2 * eps)
        assert jac[:, k] == pytest.approx(numeric, abs=1e-6)


@pytest.mark.parametrize(
    "true",
    [
        HillAdstock(decay=0.4, half_sat=1000.0, shape=1.6, max_response=6000.0),
        HillAdstock(decay=0.1, half_sat=400.0, shape=1.0, max_response=2500.0),
    ],
)
def test_fit_recovers_known_parameters(true):
    spend = synthetic_spend(400, 900.0, seed=3)
    rng = np.random.default_rng(4)
    revenue = true.predict(spend) * (1 + rng.normal(0, 0.02, spend.size))
    fit = fit_joint(spend, revenue)
    got = fit.curves[0]
    assert got.decay == pytest.approx(true.decay, abs=0.05)
    assert got.half_sat == pytest.approx(true.half_sat, rel=0.15)
    assert got.shape == pytest.approx(true.shape, rel=0.15)
    assert got.max_response == pytest.approx(true.max_response, rel=0.15)
    assert got.marginal(900.0) == pytest.approx(true.marginal(900.0), rel=0.05)
    assert fit.r2 > 0.9


def test_joint_fit_with_a_base_recovers_each_channel():
    a = HillAdstock(decay=0.3, half_sat=500.0, shape=1.2, max_response=3000.0)
    b = HillAdstock(decay=0.1, half_sat=2000.0, shape=1.0, max_response=4000.0)
    xa, xb = synthetic_spend(300, 500.0, 1), synthetic_spend(300, 1500.0, 2)
    rng = np.random.default_rng(5)
    y = 1000.0 + a.predict(xa) + b.predict(xb) + rng.normal(0, 10, 300)
    fit = fit_joint(np.column_stack([xa, xb]), y, intercept=True, n_starts=4)
    assert fit.base == pytest.approx(1000.0, rel=0.15)
    assert fit.curves[0].marginal(500.0) == pytest.approx(a.marginal(500.0), rel=0.1)
    assert fit.curves[1].marginal(1500.0) == pytest.approx(b.marginal(1500.0), rel=0.1)
