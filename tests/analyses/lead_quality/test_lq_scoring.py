"""Ranking metrics against scikit-learn and plain Python over one row per lead."""

from __future__ import annotations

import itertools
import math
import random

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from debrief.analyses.lead_quality import classification_metrics, delong_auc, gains_table


def _rows(seed: int, n: int, ties: bool) -> pd.DataFrame:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = rng.randint(0, 20) * 5.0 if ties else rng.random() * 100
        out.append({"score": s, "positive": rng.random() < 0.05 + 0.6 * s / 100})
    return pd.DataFrame(out)


def _agg(rows: pd.DataFrame) -> pd.DataFrame:
    return (
        rows.groupby(["score", "positive"], as_index=False).size().rename(columns={"size": "leads"})
    )


def _delong_naive(rows: pd.DataFrame) -> tuple[float, float]:
    """AUC and its DeLong variance from the O(m n) kernel over every positive-negative pair."""
    pos = list(rows.loc[rows.positive, "score"])
    neg = list(rows.loc[~rows.positive, "score"])

    def k(x: float, y: float) -> float:
        return 1.0 if x > y else 0.5 if x == y else 0.0

    v10 = [sum(k(x, y) for y in neg) / len(neg) for x in pos]
    v01 = [sum(k(x, y) for x in pos) / len(pos) for y in neg]
    auc = sum(v10) / len(v10)
    s10 = sum((v - auc) ** 2 for v in v10) / (len(v10) - 1)
    s01 = sum((v - auc) ** 2 for v in v01) / (len(v01) - 1)
    return auc, s10 / len(pos) + s01 / len(neg)


@pytest.mark.parametrize("ties", [False, True])
def test_auc_and_delong_interval(ties: bool) -> None:
    rows = _rows(1, 600, ties)
    auc, lo, hi = delong_auc(_agg(rows))
    assert auc == pytest.approx(roc_auc_score(rows.positive, rows.score), abs=1e-12)
    naive_auc, var = _delong_naive(rows)
    assert auc == pytest.approx(naive_auc, abs=1e-12)
    half = 1.959963984540054 * math.sqrt(var)
    assert lo == pytest.approx(auc - half, abs=1e-9)
    assert hi == pytest.approx(auc + half, abs=1e-9)


def test_delong_interval_covers_like_a_bootstrap() -> None:
    rows = _rows(2, 800, False)
    _, lo, hi = delong_auc(_agg(rows))
    rng = np.random.default_rng(0)
    boots = []
    for _ in range(200):
        b = rows.iloc[rng.integers(0, len(rows), len(rows))]
        boots.append(roc_auc_score(b.positive, b.score))
    # the two standard errors agree within the bootstrap's sampling noise (about 5% at 200)
    assert (hi - lo) / 2 / 1.96 == pytest.approx(float(np.std(boots)), rel=0.15)


def test_ap_brier_and_counts_match_sklearn() -> None:
    rows = _rows(3, 500, True)
    agg = _agg(rows)
    prob = agg["score"] / 100
    m = classification_metrics(agg, prob)
    assert m["n"] == len(rows) and m["positives"] == int(rows.positive.sum())
    assert m["base_rate"] == pytest.approx(rows.positive.mean())
    assert m["ap"] == pytest.approx(average_precision_score(rows.positive, rows.score), abs=1e-12)
    assert m["brier"] == pytest.approx(brier_score_loss(rows.positive, rows.score / 100), abs=1e-12)


def test_single_class_gives_undefined_metrics() -> None:
    agg = pd.DataFrame({"score": [1.0, 2.0], "positive": [False, False], "leads": [3, 4]})
    m = classification_metrics(agg)
    assert m["auc"] is None and m["ap"] is None and m["base_rate"] == 0.0


def test_gains_without_ties_match_plain_sort() -> None:
    rows = _rows(4, 1000, False)
    got = gains_table(_agg(rows))
    order = rows.sort_values("score", ascending=False).positive.tolist()
    total = sum(order)
    cum = 0
    for k, g in enumerate(got):
        part = order[k * 100 : (k + 1) * 100]
        cum += sum(part)
        assert g["leads"] == pytest.approx(100)
        assert g["positives"] == pytest.approx(sum(part))
        assert g["lift"] == pytest.approx((sum(part) / 100) / (total / 1000))
        assert g["cumulative_gain"] == pytest.approx(cum / total)
    assert got[-1]["cumulative_gain"] == pytest.approx(1.0)


def test_gains_with_ties_average_over_random_tie_orders() -> None:
    # 3 tie groups over 10 leads, 5 deciles: exact expectation over every order of the ties
    rows = pd.DataFrame(
        {"score": [3, 3, 3, 2, 2, 2, 2, 1, 1, 1], "positive": [1, 1, 0, 1, 0, 0, 0, 1, 0, 0]}
    ).astype({"positive": bool, "score": float})
    got = gains_table(_agg(rows), groups=5)
    sums = [0.0] * 5
    groups = [list(g.positive) for _, g in rows.groupby("score", sort=False)]
    perms = [list(itertools.permutations(g)) for g in groups]
    count = 0
    for combo in itertools.product(*perms):
        seq = [x for g in combo for x in g]
        for k in range(5):
            sums[k] += sum(seq[2 * k : 2 * k + 2])
        count += 1
    for k in range(5):
        assert got[k]["positives"] == pytest.approx(sums[k] / count)
        assert got[k]["leads"] == pytest.approx(2.0)
