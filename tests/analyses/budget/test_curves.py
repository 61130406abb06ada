"""Channel curves: identification reasons and marginal ROAS with intervals on synthetic data."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.budget.chart import curve_chart
from debrief.analyses.budget.curves import CurveSettings, fit_channel_curves, fit_mmm
from debrief.analyses.budget.response import HillAdstock

from .synthetic import synthetic_spend

START = dt.date(2025, 10, 1)
FAST = CurveSettings(bootstrap=15, n_starts=4)


def _frame(channel: str, spend: np.ndarray, revenue: np.ndarray) -> pd.DataFrame:
    days = [START + dt.timedelta(days=i) for i in range(len(spend))]
    return pd.DataFrame({"date": days, "channel": channel, "spend": spend, "revenue": revenue})


def test_known_curve_is_identified_and_constant_spend_is_not():
    n = 300
    true = HillAdstock(decay=0.3, half_sat=700.0, shape=1.3, max_response=4000.0)
    spend = synthetic_spend(n, 900.0, seed=11)
    rng = np.random.default_rng(12)
    revenue = true.predict(spend) * (1 + rng.normal(0, 0.05, n))
    flat = np.full(n, 500.0)
    few = spend[:30]
    daily = pd.concat(
        [
            _frame("search", spend, revenue),
            _frame("email", flat, flat * 3 * (1 + rng.normal(0, 0.05, n))),
            _frame("new", few, few * 2),
        ]
    )
    end = START + dt.timedelta(days=n - 1)
    current = {"search": 900.0, "email": 500.0, "new": 800.0}
    curves = {c.channel: c for c in fit_channel_curves(daily, current, end, FAST)}

    s = curves["search"]
    assert s.identified, s.reason
    assert s.marginal_roas == pytest.approx(true.marginal(900.0), rel=0.1)
    assert s.marginal_roas_low <= s.marginal_roas <= s.marginal_roas_high
    assert s.average_roas == pytest.approx(true.response(900.0) / 900.0, rel=0.05)
    assert len(s.samples) > 0

    e = curves["email"]
    assert not e.identified and e.curve is None
    assert "too little spend variation" in e.reason
    assert e.marginal_roas is None

    f = curves["new"]
    assert not f.identified
    assert "too few periods" in f.reason
    # Days without rows before the end count as zero spend, not as missing history.
    assert f.n_periods == 30

    chart = curve_chart(list(curves.values()))
    assert {v["channel"] for v in chart["layer"][0]["data"]["values"]} == {"search"}


def test_pure_noise_revenue_is_not_identified():
    n = 200
    spend = synthetic_spend(n, 1000.0, seed=21)
    rng = np.random.default_rng(22)
    revenue = rng.gamma(2.0, 1000.0, n)  # unrelated to spend
    end = START + dt.timedelta(days=n - 1)
    (c,) = fit_channel_curves(_frame("display", spend, revenue), {"display": 1000.0}, end, FAST)
    assert not c.identified
    assert c.reason


def test_no_revenue_and_no_current_spend_give_reasons():
    n = 120
    spend = synthetic_spend(n, 300.0, seed=5)
    end = START + dt.timedelta(days=n - 1)
    (c,) = fit_channel_curves(_frame("video", spend, np.zeros(n)), {"video": 300.0}, end, FAST)
    assert c.reason == "no revenue recorded"
    (c,) = fit_channel_curves(_frame("video", spend, spend), {}, end, FAST)
    assert c.reason == "no spend in the review period"


def test_mmm_joint_fit_reports_each_channel():
    n = 160
    a = HillAdstock(decay=0.3, half_sat=500.0, shape=1.2, max_response=3000.0)
    xa, xb = synthetic_spend(n, 500.0, 1), np.full(n, 100.0)
    rng = np.random.default_rng(3)
    y = 2000.0 + a.predict(xa) + rng.normal(0, 20, n)
    out = fit_mmm(
        pd.DataFrame({"tv": xa, "radio": xb}),
        y,
        settings=CurveSettings(min_periods=52, bootstrap=10, n_starts=3),
    )
    by = {c.channel: c for c in out}
    assert by["tv"].identified, by["tv"].reason
    assert by["tv"].marginal_roas == pytest.approx(a.marginal(float(xa.mean())), rel=0.15)
    assert "too little spend variation" in by["radio"].reason
