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


def test_a_pair_is_separated_only_when_its_intervals_do_not_overlap() -> None:
    from debrief.mmm.recovery import SetResult

    def row(ch: str, true: float, est: float, low: float, high: float) -> dict:
        return {"channel": ch, "true": true, "estimate": est, "low": low, "high": high}

    rows = [
        row("a", 3.0, 3.2, 2.5, 4.0),  # wholly above c's interval: separated, ordered right
        row("b", 2.0, 2.6, 0.5, 6.0),  # overlaps a (ordered right) and c
        row("c", 1.0, 2.8, 1.5, 2.4),  # read above b: misranked, with overlapping intervals
    ]
    for r in rows:
        r.update(covered=r["low"] <= r["true"] <= r["high"], warned=False)
    s = summarise([SetResult(0, "weekly", 3, rows, 0.1)])
    assert s["pairs"] == 3 and s["separated_pairs"] == 1 and s["ranking_separated"] == 1.0
    assert abs(s["ranking"] - 2 / 3) < 1e-12 and s["misranked_overlapping"] == 1
    assert s["ranking_oracle"] is None  # rows without an oracle estimate
    for r, oracle in zip(rows, (2.0, 2.5, 0.5), strict=True):
        r["oracle"] = oracle  # b read above a: one pair of three misranked
    assert abs(summarise([SetResult(0, "weekly", 3, rows, 0.1)])["ranking_oracle"] - 2 / 3) < 1e-12


def test_without_noise_the_oracle_recovers_every_marginal_roas() -> None:
    """The oracle is exact on noiseless data: the baseline's regressors span the simulator's
    baseline and the true curves are given, so what it misses on noisy data is the noise's."""
    from debrief.mmm.recovery import oracle_marginal

    for seed, grain, k in ((0, "weekly", 3), (1, "daily", 4)):
        sim = simulate(seed, grain=grain, n_channels=k, noise=0.0)
        got = oracle_marginal(sim)
        for t in sim.truth:
            assert abs(got[t.channel] - t.marginal_roas) <= 1e-6 * max(1.0, t.marginal_roas)
        noisy = simulate(seed, grain=grain, n_channels=k)
        # the noise scale changes the outcome only
        assert noisy.truth == sim.truth and noisy.data.spend.equals(sim.data.spend)
        assert not np.allclose(noisy.data.outcome, sim.data.outcome)
        assert sim.noise_cv == 0.0 < noisy.noise_cv
