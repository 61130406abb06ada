"""How well the lead score ranks and predicts: ROC-AUC with a DeLong interval, average precision,
Brier score, gains and lift by decile.

Every function takes *aggregated* leads: one row per distinct (score, outcome) with a ``leads``
count (``score``: any number, higher = more likely; ``positive``: bool, the lead reached the
outcome stage; ``leads``: int). Counts stand in for rows, so results equal those on one row per
lead (scikit-learn's ``sample_weight``), while only the small aggregate leaves the database.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from debrief.results import ratio

__all__ = ["classification_metrics", "delong_auc", "gains_table"]


def _pos_neg(agg: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Positive and negative counts per distinct score, scores ascending."""
    g = agg.assign(
        pos=np.where(agg["positive"], agg["leads"], 0),
        neg=np.where(agg["positive"], 0, agg["leads"]),
    )
    by = g.groupby("score")[["pos", "neg"]].sum().sort_index()
    return by["pos"].astype(float), by["neg"].astype(float)


def delong_auc(
    agg: pd.DataFrame, level: float = 0.95
) -> tuple[float | None, float | None, float | None]:
    """ROC-AUC and its DeLong (1988) confidence interval from aggregated leads.

    Placement values: each positive's share of negatives scored below it (ties count half), each
    negative's share of positives scored above it. AUC is the mean positive placement; its variance
    is var(positive placements)/m + var(negative placements)/n (sample variances). The interval is
    AUC ± z·se, clipped to [0, 1]. All None when either class is empty.
    """
    from scipy.stats import norm

    pos, neg = _pos_neg(agg)
    m, n = pos.sum(), neg.sum()
    if m == 0 or n == 0:
        return None, None, None
    neg_below = neg.cumsum() - neg  # negatives strictly below each score
    pos_above = pos[::-1].cumsum()[::-1] - pos  # positives strictly above each score
    v10 = (neg_below + 0.5 * neg) / n  # placement of a positive at this score
    v01 = (pos_above + 0.5 * pos) / m  # placement of a negative at this score
    auc = float((v10 * pos).sum() / m)
    s10 = float((pos * (v10 - auc) ** 2).sum() / (m - 1)) if m > 1 else 0.0
    s01 = float((neg * (v01 - auc) ** 2).sum() / (n - 1)) if n > 1 else 0.0
    se = math.sqrt(s10 / m + s01 / n)
    z = float(norm.ppf(0.5 + level / 2))
    return auc, max(0.0, auc - z * se), min(1.0, auc + z * se)


def classification_metrics(agg: pd.DataFrame, prob: pd.Series | None = None) -> dict[str, Any]:
    """n, positives, base_rate, auc (+ DeLong auc_low/auc_high), ap and, when ``prob`` (a
    probability per row of ``agg``) is given, the Brier score of that probability.

    scikit-learn computes AP and Brier from the counts as sample weights."""
    from sklearn.metrics import average_precision_score, brier_score_loss

    n = int(agg["leads"].sum())
    positives = int(agg.loc[agg["positive"], "leads"].sum())
    auc, lo, hi = delong_auc(agg)
    both = 0 < positives < n
    y, w = agg["positive"].astype(int).to_numpy(), agg["leads"].to_numpy(dtype=float)
    ap = float(average_precision_score(y, agg["score"], sample_weight=w)) if both else None
    brier = None
    if prob is not None and n > 0:
        brier = float(brier_score_loss(y, prob.to_numpy(dtype=float), sample_weight=w))
    return {
        "n": n,
        "positives": positives,
        "base_rate": ratio(positives, n),
        "auc": auc,
        "auc_low": lo,
        "auc_high": hi,
        "ap": ap,
        "brier": brier,
    }


def gains_table(agg: pd.DataFrame, groups: int = 10) -> list[dict[str, Any]]:
    """Gains and lift by decile (``groups`` equal shares of leads, highest scores first).

    Leads with one score are one tie group; a tie group that straddles a decile boundary is
    split between the deciles in proportion to the overlap, with its positives split alike —
    the expected result of breaking ties at random, so leads and positives may be fractional.
    ``lift`` = decile rate / base rate; ``cumulative_gain`` = share of all positives in deciles
    1..k; ``cumulative_lift`` = cumulative rate / base rate.
    """
    pos, neg = _pos_neg(agg)
    pos, neg = pos[::-1], neg[::-1]  # highest score first
    size = (pos + neg).to_numpy()
    total, total_pos = size.sum(), pos.sum()
    if total == 0:
        return []
    upper = np.cumsum(size)
    lower = upper - size
    base = total_pos / total
    rows, cum_leads, cum_pos = [], 0.0, 0.0
    for k in range(groups):
        a, b = total * k / groups, total * (k + 1) / groups
        overlap = np.clip(np.minimum(upper, b) - np.maximum(lower, a), 0, None)
        share = np.divide(overlap, size, out=np.zeros_like(overlap), where=size > 0)
        leads_k = float(overlap.sum())
        pos_k = float((share * pos.to_numpy()).sum())
        cum_leads += leads_k
        cum_pos += pos_k
        rate = ratio(pos_k, leads_k)
        rows.append(
            {
                "decile": k + 1,
                "leads": leads_k,
                "positives": pos_k,
                "rate": rate,
                "lift": ratio(rate, base) if rate is not None else None,
                "cumulative_leads": cum_leads,
                "cumulative_share": cum_leads / total,
                "cumulative_positives": cum_pos,
                "cumulative_gain": ratio(cum_pos, total_pos),
                "cumulative_lift": ratio(ratio(cum_pos, cum_leads), base),
            }
        )
    return rows
