"""Direct/assisted, distributions, top paths and interactions against plain Python and scipy."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from scipy.stats import fisher_exact

from debrief.analyses.attribution import diagnostics
from debrief.analyses.attribution.pathset import PathSet

RAW = [
    (("a", "b", "a"), 4, 40.0, 1),
    (("b",), 3, 30.0, 6),
    (("c", "a"), 2, 25.0, 2),
    (("a", "b"), 5, 55.0, 0),
    (("c",), 0, 0.0, 9),
    (("c", "b", "c", "a", "b"), 1, 5.0, 1),
]


def _ps() -> PathSet:
    return PathSet.from_sequences(
        [r[0] for r in RAW], [r[1] for r in RAW], [r[2] for r in RAW], [r[3] for r in RAW]
    )


def test_direct_assisted_plain_python() -> None:
    direct: Counter = Counter()
    assisted: Counter = Counter()
    for path, conv, _, _ in RAW:
        direct[path[-1]] += conv
        for ch in set(path) - {path[-1]}:
            assisted[ch] += conv
    rows = {r["channel"]: r for r in diagnostics.direct_assisted(_ps())}
    for ch in "abc":
        assert rows[ch]["direct"] == direct[ch]
        assert rows[ch]["assisted"] == assisted[ch]
        expected = assisted[ch] / direct[ch] if direct[ch] else None
        assert rows[ch]["assist_ratio"] == (pytest.approx(expected) if expected else None)


def test_length_distribution_and_mean() -> None:
    dist = diagnostics.length_distribution(_ps())
    assert dist["1"] == 3 and dist["2"] == 7 and dist["3"] == 4 and dist["5"] == 1
    assert sum(dist.values()) == 15
    mean = sum(len(p) * c for p, c, _, _ in RAW) / 15
    assert diagnostics.mean_length(_ps()) == pytest.approx(mean)


def test_distribution_rows_undefined_prior_share_is_none() -> None:
    rows = diagnostics.distribution_rows({"1": 2.0, "2": 0.0}, {"1": 0.0, "2": 0.0}, "touches")
    assert rows[0]["share"] == 1.0 and rows[0]["prior_share"] is None


def test_top_paths_order_and_rates() -> None:
    rows = diagnostics.top_paths(_ps(), n=3)
    assert [r["path"] for r in rows] == ["a > b", "a > b > a", "b"]
    assert rows[2]["conversion_rate"] == pytest.approx(3 / 9)
    assert all(r["conversions"] > 0 for r in diagnostics.top_paths(_ps(), n=10))


# 7 paths a block: the pair counts are summed over many blocks, as on millions of paths.
@pytest.mark.parametrize("block", [diagnostics._BLOCK, 7])
def test_interactions_lift_and_fisher(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnostics, "_BLOCK", block)
    rng = np.random.default_rng(3)
    seqs, conv = [], []
    for _ in range(400):
        n = int(rng.integers(1, 4))
        p = tuple(rng.choice(list("abcd"), n))
        if "a" in p and rng.random() < 0.5:
            p = (*p, "b")  # a and b travel together
        seqs.append(p)
        conv.append(1)
    ps = PathSet.from_sequences(seqs, conv)
    rows = {(r["channel_a"], r["channel_b"]): r for r in diagnostics.interactions(ps, 0.0)}
    total = len(seqs)
    for (a, b), r in rows.items():
        na = sum(a in s for s in seqs)
        nb = sum(b in s for s in seqs)
        nab = sum(a in s and b in s for s in seqs)
        assert r["conversions_both"] == nab
        assert r["lift"] == pytest.approx(nab * total / (na * nb))
        table = [[nab, na - nab], [nb - nab, total - na - nb + nab]]
        assert r["p_value"] == pytest.approx(fisher_exact(table, "greater")[1], rel=1e-6)
        assert 0 <= r["q_value"] <= 1 and r["q_value"] >= r["p_value"] - 1e-12
    assert rows[("a", "b")]["lift"] > 1 and rows[("a", "b")]["q_value"] < 0.01
