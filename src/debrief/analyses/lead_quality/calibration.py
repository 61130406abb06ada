"""From score to probability, where the score keeps its promise, and the MQL threshold.

* :func:`fit_calibration` maps score to probability: a logistic (Platt) curve — the smooth,
  monotone promise of a points score — and an isotonic step function (the recalibration to adopt),
  both fitted on the *older* leads of a time split and applied to the newer ones.
* :func:`reliability_table` compares, per score band of the newer leads, the predicted rate with
  the observed one: a Hosmer-Lemeshow-like test per band (Poisson-binomial variance of the expected
  count) and the overall statistic.
* :func:`threshold_values` gives the expected value of every MQL threshold from observed outcomes:
  EV(t) = lead_value × positives(score ≥ t) − handling_cost × leads(score ≥ t).

Inputs are aggregated leads as in :mod:`.scoring` (score, positive, leads). Probabilities and
rates are fractions; values in the workspace currency.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from debrief.numbers import fmt
from debrief.results import ratio

__all__ = [
    "Calibration",
    "band_edges",
    "fit_calibration",
    "hosmer_lemeshow",
    "reliability_table",
    "score_scale",
    "threshold_values",
]


def score_scale(scores: pd.Series, setting: str = "auto") -> str:
    """``probability`` when the setting says so or (auto) every score lies in [0, 1]; else
    ``points`` (a score whose probability must be fitted)."""
    if setting != "auto":
        return setting
    s = scores.dropna()
    return "probability" if len(s) and s.min() >= 0 and s.max() <= 1 else "points"


def band_edges(scores: pd.Series, edges: list[float] | None = None, bands: int = 5) -> list[float]:
    """Score band edges: the configured ones; else equal-width bands over 0-1 (probabilities) or
    0-100 (the usual points range) when the scores fit inside; else score quantiles."""
    if edges:
        return sorted(float(e) for e in edges)
    s = scores.dropna()
    lo, hi = float(s.min()), float(s.max())
    for top in (1.0, 100.0):
        if lo >= 0 and hi <= top:
            return [top * k / bands for k in range(bands + 1)]
    q = np.unique(np.quantile(s, np.linspace(0, 1, bands + 1)))
    return [float(v) for v in q]


def band_labels(edges: list[float]) -> list[str]:
    return [
        f"{fmt(a, 'number', sig=6)}-{fmt(b, 'number', sig=6)}" for a, b in itertools.pairwise(edges)
    ]


def assign_band(scores: pd.Series, edges: list[float]) -> pd.Series:
    """Band index per score: [e_k, e_k+1), the last band closed; scores outside go to the ends."""
    idx = np.searchsorted(np.asarray(edges[1:-1]), scores.to_numpy(dtype=float), side="right")
    return pd.Series(idx, index=scores.index)


@dataclass(frozen=True)
class Calibration:
    """Score -> probability mappings fitted on older leads. ``predicted`` is the reference the
    reliability table tests against (Platt for points, the score itself for probabilities);
    ``isotonic`` the recalibration to adopt."""

    scale: str
    predicted: Callable[[np.ndarray], np.ndarray]
    isotonic: Callable[[np.ndarray], np.ndarray]
    platt: tuple[float, float] | None  # (intercept, slope) on the raw score


def fit_calibration(train: pd.DataFrame, scale: str) -> Calibration | None:
    """Fit the mappings on aggregated older leads; None when they hold only one outcome."""
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression

    y = train["positive"].astype(int).to_numpy()
    w = train["leads"].to_numpy(dtype=float)
    if len(set(y[w > 0])) < 2:
        return None
    x = train["score"].to_numpy(dtype=float)
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(x, y, sample_weight=w)
    platt = None
    if scale == "probability":

        def predicted(s: np.ndarray) -> np.ndarray:
            return np.clip(np.asarray(s, dtype=float), 0.0, 1.0)

    else:
        mu, sd = float(np.average(x, weights=w)), float(np.sqrt(np.cov(x, aweights=w))) or 1.0
        # Unpenalised (C = inf; scikit-learn 1.8 deprecates penalty=None): the fitted curve is
        # the maximum-likelihood logistic in the score.
        lr = LogisticRegression(C=np.inf).fit(((x - mu) / sd)[:, None], y, sample_weight=w)
        b1 = float(lr.coef_[0][0]) / sd
        b0 = float(lr.intercept_[0]) - b1 * mu
        platt = (b0, b1)

        def predicted(s: np.ndarray) -> np.ndarray:
            return 1.0 / (1.0 + np.exp(-(b0 + b1 * np.asarray(s, dtype=float))))

    return Calibration(scale, predicted, iso.predict, platt)


def reliability_table(
    holdout: pd.DataFrame,
    cal: Calibration,
    edges: list[float],
    *,
    alpha: float = 0.05,
    min_gap: float = 0.05,
) -> list[dict[str, Any]]:
    """Per score band of the newer leads: n, positives, mean_score_prob (mean predicted
    probability), observed_rate, the predicted rate's interval (pred_low, pred_high at 1 − alpha
    over the bands, Bonferroni), z and p of observed − expected positives with the
    Poisson-binomial variance Σ p(1 − p) (the level test), the isotonic recalibrated rate, and
    the step test: the observed rise over the band below (step_observed) against the predicted
    rise (step_predicted), z of the shortfall with the binomial variances of the two observed
    rates, one-sided p (step_p).

    ``flagged``: the level test has p < alpha / bands and |observed − predicted| ≥ ``min_gap``;
    for a points score (its probability is a fitted curve, which cannot follow every shape), the
    band must also rise over the band below by significantly less than predicted (step_p <
    alpha / bands) and by at least ``min_gap`` less — the score claims a separation there that
    outcomes do not show. A probability score is taken at its word: the level test alone."""
    from scipy.stats import norm

    labels = band_labels(edges)
    h = holdout.assign(
        band=assign_band(holdout["score"], edges).to_numpy(),
        p=cal.predicted(holdout["score"].to_numpy()),
        iso=cal.isotonic(holdout["score"].to_numpy(dtype=float)),
    )
    k = len(labels)
    zcrit = float(norm.ppf(1 - alpha / (2 * k)))
    rows: list[dict[str, Any]] = []
    for b, label in enumerate(labels):
        g = h[h["band"] == b]
        n = float(g["leads"].sum())
        pos = float(g.loc[g["positive"], "leads"].sum())
        exp = float((g["leads"] * g["p"]).sum())
        var = float((g["leads"] * g["p"] * (1 - g["p"])).sum())
        pred = ratio(exp, n)
        obs = ratio(pos, n)
        z = (pos - exp) / math.sqrt(var) if var > 0 else None
        pval = float(2 * norm.sf(abs(z))) if z is not None else None
        half = zcrit * math.sqrt(var) / n if n > 0 else None
        flagged = bool(
            pval is not None
            and pval < alpha / k
            and obs is not None
            and pred is not None
            and abs(obs - pred) >= min_gap
        )
        step = _step(rows[-1] if rows else None, n, obs, pred)
        if cal.scale != "probability":
            flagged = bool(
                flagged
                and step["step_p"] is not None
                and step["step_p"] < alpha / k
                and step["step_predicted"] - step["step_observed"] >= min_gap
            )
        rows.append(
            {
                "bin": label,
                "lo": edges[b],
                "hi": edges[b + 1],
                "n": int(n),
                "positives": int(pos),
                "mean_score_prob": pred,
                "observed_rate": obs,
                "pred_low": None if half is None or pred is None else max(0.0, pred - half),
                "pred_high": None if half is None or pred is None else min(1.0, pred + half),
                "expected_positives": exp,
                "z": z,
                "p_value": pval,
                "recalibrated_prob": ratio(float((g["leads"] * g["iso"]).sum()), n),
                **step,
                "flagged": flagged,
            }
        )
    return rows


def _step(
    below: dict[str, Any] | None, n: float, obs: float | None, pred: float | None
) -> dict[str, Any]:
    """The rise of this band's observed rate over the band below, against the predicted rise:
    z = (observed − predicted rise) / sqrt(r₁(1 − r₁)/n₁ + r₀(1 − r₀)/n₀), one-sided p (rise
    short of the prediction)."""
    from scipy.stats import norm

    out: dict[str, Any] = {
        "step_observed": None,
        "step_predicted": None,
        "step_z": None,
        "step_p": None,
    }
    if below is None or obs is None or pred is None or below["observed_rate"] is None:
        return out
    r0, n0 = below["observed_rate"], below["n"]
    out["step_observed"] = obs - r0
    out["step_predicted"] = pred - below["mean_score_prob"]
    var = obs * (1 - obs) / n + r0 * (1 - r0) / n0
    if var > 0:
        out["step_z"] = (out["step_observed"] - out["step_predicted"]) / math.sqrt(var)
        out["step_p"] = float(norm.cdf(out["step_z"]))
    return out


def hosmer_lemeshow(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Hosmer-Lemeshow statistic over the reliability bands: Σ (O − E)² / (E (1 − E/n)), with
    as many degrees of freedom as bands (the mapping was fitted on other leads)."""
    from scipy.stats import chi2

    stat, df = 0.0, 0
    for r in rows:
        n, e, o = r["n"], r["expected_positives"], r["positives"]
        if n > 0 and 0 < e < n:
            stat += (o - e) ** 2 / (e * (1 - e / n))
            df += 1
    return {
        "hl_stat": stat if df else None,
        "hl_df": df,
        "hl_p": float(chi2.sf(stat, df)) if df else None,
    }


def threshold_values(agg: pd.DataFrame, lead_value: float, handling_cost: float) -> pd.DataFrame:
    """Expected value of each candidate threshold t (every distinct score): leads and positives
    with score ≥ t, EV = lead_value × positives − handling_cost × leads, precision and recall."""
    by = (
        agg.assign(pos=np.where(agg["positive"], agg["leads"], 0))
        .groupby("score")[["leads", "pos"]]
        .sum()
        .sort_index(ascending=False)
    )
    leads = by["leads"].cumsum()
    pos = by["pos"].cumsum()
    total_pos = float(by["pos"].sum())
    out = pd.DataFrame(
        {
            "threshold": by.index.to_numpy(dtype=float),
            "leads": leads.to_numpy(dtype=int),
            "positives": pos.to_numpy(dtype=int),
        }
    )
    out["expected_value"] = lead_value * out["positives"] - handling_cost * out["leads"]
    out["precision"] = out["positives"] / out["leads"]
    out["recall"] = out["positives"] / total_pos if total_pos else None
    return out.sort_values("threshold").reset_index(drop=True)


def value_at(curve: pd.DataFrame, threshold: float) -> dict[str, Any]:
    """The curve's row for MQLs at ``threshold``: leads with score ≥ threshold."""
    above = curve[curve["threshold"] >= threshold]
    if above.empty:
        return {"threshold": threshold, "leads": 0, "positives": 0, "expected_value": 0.0}
    r = above.iloc[0].to_dict()
    r["threshold"] = float(threshold)
    return r
