"""Calibration, reliability and threshold value against scikit-learn and plain Python."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2
from sklearn.calibration import calibration_curve
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from debrief.analyses.lead_quality import (
    fit_calibration,
    hosmer_lemeshow,
    reliability_table,
    threshold_values,
)
from debrief.analyses.lead_quality.calibration import band_edges, value_at


def _rows(seed: int, n: int, prob_scale: bool) -> pd.DataFrame:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = rng.random() if prob_scale else float(rng.randint(0, 100))
        p = s * 0.8 if prob_scale else 1 / (1 + np.exp(-(s - 60) / 12))
        out.append({"score": s, "positive": rng.random() < p})
    return pd.DataFrame(out)


def _agg(rows: pd.DataFrame) -> pd.DataFrame:
    return (
        rows.groupby(["score", "positive"], as_index=False).size().rename(columns={"size": "leads"})
    )


def test_platt_and_isotonic_match_sklearn_on_rows() -> None:
    rows = _rows(1, 3000, False)
    fit = fit_calibration(_agg(rows), "points")
    # unpenalised, as ours (C = inf; scikit-learn 1.8 deprecates penalty=None)
    lr = LogisticRegression(C=np.inf, max_iter=1000).fit(rows[["score"]].to_numpy(), rows.positive)
    grid = np.array([0.0, 25.0, 50.0, 75.0, 100.0])
    assert fit.predicted(grid) == pytest.approx(lr.predict_proba(grid[:, None])[:, 1], abs=1e-4)
    iso = IsotonicRegression(y_min=0, y_max=1, out_of_bounds="clip").fit(rows.score, rows.positive)
    assert fit.isotonic(grid) == pytest.approx(iso.predict(grid), abs=1e-12)


def test_reliability_matches_calibration_curve_for_probability_scores() -> None:
    train, test = _rows(2, 2000, True), _rows(3, 2000, True)
    fit = fit_calibration(_agg(train), "probability")
    rel = reliability_table(_agg(test), fit, band_edges(test.score), alpha=0.05, min_gap=0.05)
    true, pred = calibration_curve(test.positive, test.score, n_bins=5, strategy="uniform")
    assert [r["observed_rate"] for r in rel] == pytest.approx(list(true))
    assert [r["mean_score_prob"] for r in rel] == pytest.approx(list(pred))
    assert [r["n"] for r in rel] == list(np.histogram(test.score, bins=5, range=(0, 1))[0])
    # the planted truth is 0.8 x score: the upper bands are below the score's promise
    assert rel[-1]["flagged"] and not rel[0]["flagged"]
    for r in rel:
        p = test.score[(test.score >= r["lo"]) & (test.score < r["hi"])]
        y = test.positive[p.index]
        z = (y.sum() - p.sum()) / np.sqrt((p * (1 - p)).sum())
        assert r["z"] == pytest.approx(z)
    hl = hosmer_lemeshow(rel)
    stat = sum(
        (r["positives"] - r["expected_positives"]) ** 2
        / (r["expected_positives"] * (1 - r["expected_positives"] / r["n"]))
        for r in rel
    )
    assert hl["hl_stat"] == pytest.approx(stat) and hl["hl_df"] == 5
    assert hl["hl_p"] == pytest.approx(chi2.sf(stat, 5))


def test_well_calibrated_scores_are_flagged_at_most_at_the_familywise_rate() -> None:
    # Bonferroni over the bands keeps the chance of any flag on calibrated scores near alpha.
    flagged = 0
    for seed in range(40):
        rng = random.Random(seed)
        scores = [rng.random() for _ in range(2000)]
        rows = pd.DataFrame({"score": scores, "positive": [rng.random() < s for s in scores]})
        fit = fit_calibration(_agg(rows.iloc[:1000]), "probability")
        rel = reliability_table(_agg(rows.iloc[1000:]), fit, band_edges(rows.score), alpha=0.05)
        flagged += any(r["flagged"] for r in rel)
    assert flagged <= 6  # expected about 2 of 40; P(6 or more) is about 1.4% at exactly alpha


def test_threshold_values_match_brute_force() -> None:
    rows = _rows(6, 800, False)
    curve = threshold_values(_agg(rows), lead_value=1000.0, handling_cost=150.0)
    for t in (0.0, 37.0, 60.0, 88.0, 100.0):
        above = rows[rows.score >= t]
        r = value_at(curve, t)
        assert r["leads"] == len(above)
        assert r["positives"] == int(above.positive.sum())
        assert r["expected_value"] == pytest.approx(
            1000.0 * above.positive.sum() - 150.0 * len(above)
        )
    best = max(
        sorted(rows.score.unique()),
        key=lambda t: (
            1000.0 * rows[rows.score >= t].positive.sum() - 150.0 * (rows.score >= t).sum()
        ),
    )
    assert curve.loc[curve.expected_value.idxmax(), "threshold"] == best


def test_points_score_flags_only_the_band_that_rises_less_than_promised() -> None:
    # truth: none below the MQL threshold of 50, rising to 62, flat above: leads scored 80-100
    # convert at about the rate of 60-80 while a monotone curve in the score promises more
    rng = random.Random(8)
    rows = []
    for _ in range(12000):
        s = float(rng.randint(0, 100))
        p = 0.0 if s < 50 else 0.36 * (0.4 + 0.6 * min((s - 50) / 12, 1.0))
        rows.append({"score": s, "positive": rng.random() < p})
    df = pd.DataFrame(rows)
    fit = fit_calibration(_agg(df.iloc[:6000]), "points")
    rel = reliability_table(_agg(df.iloc[6000:]), fit, band_edges(df.score), alpha=0.05)
    assert [r["bin"] for r in rel if r["flagged"]] == ["80-100"]
    for below, r in itertools.pairwise(rel):
        rise = r["observed_rate"] - below["observed_rate"]
        promised = r["mean_score_prob"] - below["mean_score_prob"]
        se = np.sqrt(
            r["observed_rate"] * (1 - r["observed_rate"]) / r["n"]
            + below["observed_rate"] * (1 - below["observed_rate"]) / below["n"]
        )
        assert r["step_observed"] == pytest.approx(rise)
        assert r["step_z"] == (pytest.approx((rise - promised) / se) if se > 0 else None)
