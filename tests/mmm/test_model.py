"""The model's pieces against independent computations: adstock, saturation, derivatives, fit."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from debrief.mmm.calibration import lift_rows
from debrief.mmm.data import LiftTest, MMMData
from debrief.mmm.design import baseline
from debrief.mmm.fit import fit_map
from debrief.mmm.model import Layout, jacobian, predict
from debrief.mmm.priors import Priors
from debrief.mmm.transforms import (
    adstock,
    adstock_many,
    hill,
    hill_derivative,
    logistic,
    logistic_derivative,
)


def test_adstock_keeps_a_sustained_spend_and_matches_the_recursion() -> None:
    assert np.allclose(adstock(np.full(20, 5.0), 0.6), 5.0)
    x = np.array([0.0, 10.0, 0.0, 0.0, 4.0])
    a, prev = [], x[0]
    for v in x:
        prev = 0.4 * v + 0.6 * prev
        a.append(prev)
    assert np.allclose(adstock(x, 0.6), a)
    assert np.allclose(adstock_many(x, np.array([0.6, 0.2]))[0], a)


@pytest.mark.parametrize("shape", [0.7, 1.0, 2.3])
def test_hill_derivative_is_the_slope(shape: float) -> None:
    a = np.array([0.3, 1.0, 4.0])
    eps = 1e-6
    num = (hill(a + eps, 1.3, shape) - hill(a - eps, 1.3, shape)) / (2 * eps)
    assert np.allclose(hill_derivative(a, 1.3, shape), num, rtol=1e-6)
    assert hill(np.array([1.3]), 1.3, shape)[0] == pytest.approx(0.5)


def test_logistic_is_pymc_marketings_and_its_derivative_the_slope() -> None:
    a = np.array([0.1, 0.5, 2.0])
    lam = 3.0
    assert np.allclose(logistic(a, lam), (1 - np.exp(-lam * a)) / (1 + np.exp(-lam * a)))
    eps = 1e-6
    num = (logistic(a + eps, lam) - logistic(a - eps, lam)) / (2 * eps)
    assert np.allclose(logistic_derivative(a, lam), num, rtol=1e-6)


@pytest.mark.parametrize("saturation", ["hill", "logistic"])
def test_analytic_jacobian_equals_finite_differences(saturation: str) -> None:
    rng = np.random.default_rng(1)
    n = 60
    dates = pd.date_range("2024-01-01", periods=n, freq="7D")
    base = baseline(dates, None, daily=False).matrix
    xs = rng.lognormal(0, 0.5, (n, 2)) * np.array([1.0, 0.5])
    lay = Layout(base.shape[1], 2, saturation, 7)  # type: ignore[arg-type]
    theta = rng.normal(0, 0.3, lay.size)
    theta[lay.block(0).start] = np.log(10.0)  # a half-life of 10 days
    theta[lay.block(1).start] = np.log(3.0)
    jac = jacobian(lay, theta, base, xs)
    num = np.empty_like(jac)
    for j in range(lay.size):
        up, down = theta.copy(), theta.copy()
        up[j] += 1e-6
        down[j] -= 1e-6
        num[:, j] = (predict(lay, up, base, xs)[0] - predict(lay, down, base, xs)[0]) / 2e-6
    assert np.allclose(jac, num, rtol=1e-4, atol=1e-7)


def _data(seed: int = 0, n: int = 156) -> tuple[MMMData, float]:
    """Two channels, the first with a known linear-range effect of 2.0 per unit."""
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2023-01-02", periods=n, freq="7D")
    x1 = rng.lognormal(np.log(1000), 0.5, n)
    x2 = rng.lognormal(np.log(500), 0.5, n)
    y = 10000 + 2.0 * adstock(x1, 0.3) + 1.0 * adstock(x2, 0.1) + rng.normal(0, 200, n)
    spend = pd.DataFrame({"a": x1, "b": x2})
    return MMMData(dates=dates, outcome=y, spend=spend, period_days=7), 2.0


def test_a_lift_test_pulls_the_channel_toward_it() -> None:
    data, _ = _data()
    free = fit_map(data)
    window = (data.dates[100].date(), data.dates[103].date())
    lay = free.layout
    rows = lift_rows(
        dataclasses.replace(data, lift_tests=(LiftTest("a", window[0], window[1], 1.0, 1.0),)),
        free.scale_y,
    )
    assert rows is not None
    predicted = float(rows.predicted(lay, free.theta, free.xs)[0]) * free.scale_y
    # A test that measured half of what the free fit predicts, with a tight error, moves the fit.
    test = LiftTest("a", window[0], window[1], predicted / 2, predicted / 50)
    calibrated = fit_map(dataclasses.replace(data, lift_tests=(test,)))
    rows2 = lift_rows(calibrated.data, calibrated.scale_y)
    assert rows2 is not None
    after = float(rows2.predicted(calibrated.layout, calibrated.theta, calibrated.xs)[0])
    after *= calibrated.scale_y
    assert abs(after - predicted / 2) < abs(predicted - predicted / 2) / 3


def test_a_benchmark_prior_moves_a_weakly_identified_channel() -> None:
    data, _ = _data(n=60)
    free = fit_map(data)
    tight = fit_map(data, Priors.from_benchmarks({"b": 20.0}, sd=0.05))
    beta = lambda f: np.exp(f.theta[f.layout.block(1)][-1])  # noqa: E731
    assert beta(tight) > beta(free)


def test_wape_weighs_each_period_by_its_size_where_mape_explodes() -> None:
    """The held-back fit is scored by WAPE (sum |error| / sum |actual|): thirteen weeks of about
    20,000 and two of a few hundred, each predicted 300 off. MAPE's mean of percentage errors is
    dominated by the two small weeks; WAPE reads the error against the outcome as a whole."""
    from debrief.mmm.diagnostics import wape

    actual = np.r_[np.full(13, 20_000.0), 666.0, 328.0]
    predicted = actual + 300.0
    mape = float(np.mean(np.abs(predicted - actual) / actual))
    assert mape > 0.1  # 10.8%, from two weeks out of fifteen
    assert wape(actual, predicted) == pytest.approx(15 * 300 / actual.sum())  # 1.7%
    assert wape(np.zeros(3), np.ones(3)) is None  # unknown, not a number


def test_a_channel_without_a_budget_row_is_held_at_its_current_spend_not_planned_at_zero() -> None:
    """Next month's plan names only channel a: b's plan is unknown, so b is forecast at its current
    spend and says so; the total is the total of both channels (b at zero cut its outcome)."""
    from debrief.mmm.run import run_mmm

    data, _ = _data()
    r = run_mmm(data, next_month={"a": 40000.0})
    rows = {row["channel"]: row for row in r.plan.next_month}
    assert set(rows) == {"a", "b", "total"}
    assert rows["a"]["plan"] == "budget" and rows["a"]["planned_spend"] == 40000.0
    b = rows["b"]
    assert b["plan"].startswith("no budget row") and b["planned_spend"] == b["current_spend"]
    assert b["change_vs_current"] == pytest.approx(0.0, abs=1e-6)
    total = rows["total"]
    assert total["planned_spend"] == pytest.approx(40000.0 + b["current_spend"], abs=0.01)
    assert total["change_vs_current"] == pytest.approx(rows["a"]["change_vs_current"], rel=1e-9)
