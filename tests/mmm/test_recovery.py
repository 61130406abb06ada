"""A few simulated data sets with a known answer (the full run of 100+ is bench/mmm.py)."""

from __future__ import annotations

import numpy as np

from debrief.mmm.recovery import recover, summarise
from debrief.mmm.simulate import simulate
from debrief.mmm.transforms import hill_derivative


def test_the_truth_is_the_derivative_of_the_simulators_curve_at_current_spend() -> None:
    sim = simulate(3, grain="weekly", n_channels=2)
    spend = sim.data.spend.to_numpy(float)
    for c, t in enumerate(sim.truth):
        s = spend[-sim.current_periods :, c].mean()
        assert t.current_spend == s
        eps = 1e-3 * s
        slope = (t.response(s + eps) - t.response(s - eps)) / (2 * eps)
        assert t.marginal_roas == float(
            t.beta * hill_derivative(np.array([s]), t.half_sat, t.shape)[0]
        )
        assert abs(slope - t.marginal_roas) < 1e-6 * max(1.0, t.marginal_roas)


def test_six_sets_recover_ranking_and_cover_the_truth() -> None:
    results = [recover(seed, draws=400) for seed in range(6)]
    s = summarise(results)
    assert {r.grain for r in results} == {"weekly", "daily"}
    assert s["coverage"] >= 0.8, s
    assert s["ranking"] >= 0.85, s
