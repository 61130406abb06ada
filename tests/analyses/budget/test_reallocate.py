"""Reallocation: invariants under hypothesis, and the optimum against scipy's SLSQP."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import minimize

from debrief.analyses.budget.curves import ChannelCurve
from debrief.analyses.budget.reallocate import allocate, reallocate
from debrief.analyses.budget.response import HillAdstock


def _channel(i: int, curve: HillAdstock, cur: float, lo: float, hi: float, ok: bool):
    return ChannelCurve(
        channel=f"c{i}",
        identified=ok,
        reason=None if ok else "too little spend variation",
        curve=curve if ok else None,
        n_periods=300,
        current_spend=cur,
        marginal_roas=float(curve.marginal(cur)) if ok else None,
        level_min=lo,
        level_max=hi,
        samples=(
            curve,
            HillAdstock(curve.decay, curve.half_sat * 1.1, curve.shape, curve.max_response),
        ),
    )


@st.composite
def channels(draw):
    n = draw(st.integers(2, 5))
    out = []
    for i in range(n):
        curve = HillAdstock(
            decay=0.1,
            half_sat=draw(st.floats(50, 5000)),
            shape=draw(st.floats(0.5, 3.0)),
            max_response=draw(st.floats(100, 1e5)),
        )
        cur = round(draw(st.floats(10, 5000)), 2)
        lo = cur * draw(st.floats(0.2, 1.0))
        hi = cur * draw(st.floats(1.0, 2.0))
        out.append(_channel(i, curve, cur, lo, hi, draw(st.booleans()) or i < 2))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(curves=channels(), days=st.integers(28, 31), bound=st.floats(0.05, 0.5))
def test_total_bounds_and_direction(curves, days, bound):
    re = reallocate(curves, days, bound)
    rows = {r["channel"]: r for r in re.rows}
    # The total is kept to the cent.
    cur_total = sum(round(c.current_spend * days * 100) for c in curves)
    new_total = sum(round(r["recommended_spend"] * 100) for r in re.rows)
    assert new_total == cur_total
    n = len(curves)
    for c in curves:
        r = rows[c.channel]
        if not c.identified:
            assert r["change"] == 0 and r["note"].startswith("held fixed")
            continue
        # Bounds: ±bound of current spend, within the observed range (which contains current).
        lo = min(max(c.current_spend * (1 - bound), c.level_min), c.current_spend) * days
        hi = max(min(c.current_spend * (1 + bound), c.level_max), c.current_spend) * days
        assert lo - 0.01 * n <= r["recommended_spend"] <= hi + 0.01 * n
    # Money never goes toward the channel with the lower marginal ROAS at current spend.
    gave = [c for c in curves if rows[c.channel]["change"] < -0.01 * n]
    got = [c for c in curves if rows[c.channel]["change"] > 0.01 * n]
    for d in gave:
        for r in got:
            assert r.curve.marginal(r.current_spend) > d.curve.marginal(d.current_spend)
    for m in re.moves:
        assert m["to_marginal_roas_before"] > m["from_marginal_roas_before"]
    # The curves' forecast never loses revenue.
    assert re.total_change >= -1e-6 * max(
        1.0, sum(abs(r["expected_revenue_change"]) for r in re.rows)
    )


def test_matches_slsqp_on_concave_curves():
    """Independent optimum: scipy's SLSQP with the same total and bounds."""
    curves = [
        HillAdstock(0.0, 1000.0, 1.0, 3000.0),
        HillAdstock(0.0, 300.0, 0.8, 2000.0),
        HillAdstock(0.0, 5000.0, 1.0, 9000.0),
    ]
    cur = np.array([3000.0, 800.0, 1000.0])
    lo, hi = cur * 0.7, cur * 1.3
    alloc = allocate(curves, cur, lo, hi)

    def neg(s: np.ndarray) -> float:
        return -sum(float(c.response(x)) for c, x in zip(curves, s, strict=True))

    ref = minimize(
        neg,
        cur,
        method="SLSQP",
        bounds=list(zip(lo, hi, strict=True)),
        constraints=[{"type": "eq", "fun": lambda s: s.sum() - cur.sum()}],
    )
    assert ref.success
    assert alloc.spend.sum() == pytest.approx(cur.sum(), abs=1e-6)
    assert -neg(alloc.spend) >= -ref.fun - 1e-6 * abs(ref.fun)
    assert alloc.spend == pytest.approx(ref.x, rel=2e-3, abs=1.0)
    # Interior channels end with equal marginal ROAS (the optimality condition).
    inner = [i for i in range(3) if lo[i] + 1 < alloc.spend[i] < hi[i] - 1]
    m = [float(curves[i].marginal(alloc.spend[i])) for i in inner]
    if len(m) > 1:
        assert max(m) - min(m) < 0.01 * max(m)


def test_equal_curves_do_not_move_and_say_so():
    c = HillAdstock(0.0, 1000.0, 1.0, 3000.0)
    curves = [_channel(i, c, 900.0, 500.0, 1500.0, True) for i in range(3)]
    re = reallocate(curves, 30)
    assert re.status == "no_gain"
    assert all(r["change"] == 0 for r in re.rows)
    one = reallocate([curves[0], _channel(1, c, 900.0, 500, 1500, False)], 30)
    assert one.status == "not_enough_curves"
    assert one.held == {"c1": "too little spend variation"}


def test_moves_explain_the_change():
    low = HillAdstock(0.0, 200.0, 1.0, 1000.0)  # saturated at 1000/day: marginal ~0.03
    high = HillAdstock(0.0, 5000.0, 1.0, 20000.0)  # marginal ~2.8 at 500/day
    re = reallocate(
        [_channel(0, low, 1000.0, 600, 1400, True), _channel(1, high, 500.0, 300, 700, True)], 30
    )
    (move,) = re.moves
    assert (move["from_channel"], move["to_channel"]) == ("c0", "c1")
    assert move["amount"] == pytest.approx(150.0 * 30, abs=0.01)  # c1 capped at +30%
    expected = (
        high.response(650.0) - high.response(500.0) - low.response(1000) + low.response(850)
    ) * 30
    assert re.total_change == pytest.approx(expected, rel=1e-6)
    assert move["expected_revenue_change"] == pytest.approx(expected, rel=1e-6)
