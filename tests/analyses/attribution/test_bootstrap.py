"""Bootstrap intervals: the Poisson resampling of aggregated paths behaves as resampling journeys."""

from __future__ import annotations

import numpy as np
import pytest

from debrief.analyses.attribution.bootstrap import bootstrap_intervals
from debrief.analyses.attribution.markov import markov
from debrief.analyses.attribution.pathset import PathSet
from debrief.analyses.attribution.shapley import shapley


def _ps(scale: int = 1) -> PathSet:
    return PathSet.from_sequences(
        [("a",), ("b",), ("a", "b"), ("c",), ("c", "a")],
        [40 * scale, 40 * scale, 30 * scale, 4 * scale, 3 * scale],
        [400.0 * scale, 400.0 * scale, 300.0 * scale, 40.0 * scale, 30.0 * scale],
        [60 * scale, 60 * scale, 20 * scale, 50 * scale, 10 * scale],
    )


def test_point_estimates_are_the_models() -> None:
    ps = _ps()
    iv = bootstrap_intervals(ps, replicates=50, seed=1)
    np.testing.assert_allclose(iv.point["markov"], markov(ps)[0], atol=1e-9)
    np.testing.assert_allclose(iv.point["shapley"], shapley(ps)[0], atol=1e-12)
    assert iv.draws["markov"].shape == (50, 3)


def test_intervals_cover_point_and_are_deterministic() -> None:
    ps = _ps()
    rows = bootstrap_intervals(ps, replicates=200, seed=7).rows()
    again = bootstrap_intervals(ps, replicates=200, seed=7).rows()
    assert rows == again
    for r in rows:
        assert r["low"] <= r["conversions"] <= r["high"]


def test_symmetric_channels_are_not_distinguishable_and_small_one_is() -> None:
    iv = bootstrap_intervals(_ps(), replicates=300, seed=3)
    same = iv.indistinguishable("shapley")
    assert "b" in same.get("a", set())  # a and b play symmetric roles
    assert "c" not in same.get("a", set())  # c is far smaller


def test_intervals_shrink_with_more_data() -> None:
    small = bootstrap_intervals(_ps(1), replicates=200, seed=0).rows()
    big = bootstrap_intervals(_ps(100), replicates=200, seed=0).rows()
    for s, b in zip(small, big, strict=True):
        rel_s = (s["high"] - s["low"]) / s["conversions"]
        rel_b = (b["high"] - b["low"]) / b["conversions"]
        assert rel_b < rel_s


def test_bootstrap_sd_matches_multinomial_resampling_of_journeys() -> None:
    # Shapley credit is linear in counts: its bootstrap s.d. for channel c under journey
    # resampling is sqrt(sum_p share_pc^2 * conv_p) (Poisson), checked here analytically.
    ps = _ps(10)
    iv = bootstrap_intervals(ps, replicates=4000, seed=11, models=("shapley",))
    share = {"a": [1, 0, 0.5, 0, 0.5], "b": [0, 1, 0.5, 0, 0], "c": [0, 0, 0, 1, 0.5]}
    for i, ch in enumerate(ps.channels):
        expected = np.sqrt(sum(s * s * c for s, c in zip(share[ch], ps.conversions, strict=True)))
        assert iv.draws["shapley"][:, i].std() == pytest.approx(expected, rel=0.06)
