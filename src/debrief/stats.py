"""Small statistics for conversion rates: Wilson intervals, Newcombe and Wald differences, z-tests
(Fisher's exact test for small counts), Katz risk-ratio intervals, CMH, Holm and Benjamini-Hochberg
adjustments. The one statistics module: the stages, the post-mortem, the knowledge base's
commitments loop and the review's follow-up all test and bound rates here.

Inputs are counts (``converted`` out of ``entered``); outputs are rates as fractions in [0, 1] and
differences of rates as fractions (multiply by 100 for percentage points). Undefined quantities
(an empty denominator, a "rate" above 1 from a calendar flow ratio) are None, never 0.

Why these methods: the Wilson score interval keeps its coverage for small counts and rates near
0 or 1, where the Wald interval collapses; Newcombe's hybrid score interval (his method 10, 1998)
for a difference of two independent proportions is built from the two Wilson intervals and
inherits that behaviour. The test of "is the drop larger than chance" is the pooled two-proportion
z-test (equivalent to Pearson's chi-square on the 2x2 table without continuity correction).

When the mix of segments changes between two windows (a large flight with its own rates joins the
month), the crude difference mixes "the rates changed" with "the mix changed". The stratified
comparison holds the mix fixed: the Mantel-Haenszel weighted difference of the per-stratum rates
(weights ``n1 n0 / (n1 + n0)``), its Wald interval from the per-stratum binomial variances, and
the Cochran-Mantel-Haenszel chi-square test (1 df, no continuity correction).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.stats import chi2, false_discovery_control, fisher_exact, norm

__all__ = [
    "RateDifference",
    "StratifiedDifference",
    "benjamini_hochberg",
    "holm",
    "proportion_test",
    "rate_difference",
    "risk_ratio_interval",
    "stratified_difference",
    "two_proportion_p_value",
    "wald_difference",
    "wilson_interval",
]


def _z(alpha: float) -> float:
    return float(norm.ppf(1 - alpha / 2))


def _valid(x: float, n: float) -> bool:
    return n > 0 and 0 <= x <= n


def wilson_interval(x: float, n: float, alpha: float = 0.05) -> tuple[float, float] | None:
    """The Wilson score interval ``(low, high)`` for ``x`` successes out of ``n``.

    None when ``n`` is 0 or ``x`` is outside ``[0, n]`` (not a proportion).
    """
    if not _valid(x, n):
        return None
    z = _z(alpha)
    p = x / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # At x = 0 (x = n) the bound is exactly 0 (1); rounding would leave it a hair off.
    low = 0.0 if x == 0 else max(0.0, centre - half)
    high = 1.0 if x == n else min(1.0, centre + half)
    return low, high


def two_proportion_p_value(
    x1: float, n1: float, x0: float, n0: float, alternative: str = "two-sided"
) -> float | None:
    """p-value of the pooled z-test that ``x1/n1`` equals ``x0/n0``: two-sided, or one-sided
    against ``x1/n1`` below ``x0/n0`` (``alternative="less"``).

    None when either side is not a proportion, or when the pooled rate is 0 or 1 (the two rates
    are then identical and the test statistic is undefined).
    """
    if not (_valid(x1, n1) and _valid(x0, n0)):
        return None
    pooled = (x1 + x0) / (n1 + n0)
    var = pooled * (1 - pooled) * (1 / n1 + 1 / n0)
    if var <= 0:
        return None
    z = (x1 / n1 - x0 / n0) / math.sqrt(var)
    if alternative == "less":
        return float(norm.cdf(z))
    return float(2 * norm.sf(abs(z)))


def proportion_test(x1: int, n1: int, x0: int, n0: int) -> tuple[float, str]:
    """Two-sided p-value that ``x1/n1`` and ``x0/n0`` differ, and the test used (``"z"`` or
    ``"fisher"``).

    The pooled two-proportion z-test (:func:`two_proportion_p_value`) when every expected count
    of the 2x2 table is at least 5; Fisher's exact test otherwise (small counts, where the normal
    approximation fails). Identical rates on both sides (pooled rate 0 or 1) give p = 1.
    """
    table = np.array([[x1, n1 - x1], [x0, n0 - x0]], dtype=float)
    expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / table.sum()
    if (expected < 5).any():
        return float(fisher_exact(table.astype(int))[1]), "fisher"
    p = two_proportion_p_value(x1, n1, x0, n0)
    return (1.0 if p is None else p), "z"


def risk_ratio_interval(
    x1: int, n1: int, x0: int, n0: int, alpha: float = 0.05
) -> tuple[float | None, float | None]:
    """Katz's log interval of the risk ratio ``(x1/n1) / (x0/n0)``; ``(None, None)`` when either
    count is 0 (the ratio or its logarithm is undefined)."""
    if x1 == 0 or x0 == 0:
        return None, None
    rr = (x1 / n1) / (x0 / n0)
    se = math.sqrt(1 / x1 - 1 / n1 + 1 / x0 - 1 / n0)
    z = _z(alpha)
    return rr * math.exp(-z * se), rr * math.exp(z * se)


def wald_difference(
    rate: float, n: float, reference: float, n_reference: float, alpha: float = 0.05
) -> tuple[float, float] | None:
    """Wald interval ``(low, high)`` of ``rate - reference`` from two rates and their
    denominators (what a stored measurement keeps: not the counts); None when a denominator is 0
    or a rate is outside [0, 1]."""
    if not (n > 0 and n_reference > 0 and 0 <= rate <= 1 and 0 <= reference <= 1):
        return None
    se = math.sqrt(reference * (1 - reference) / n_reference + rate * (1 - rate) / n)
    diff = rate - reference
    z = _z(alpha)
    return diff - z * se, diff + z * se


@dataclass(frozen=True)
class RateDifference:
    """``rate`` minus ``reference`` with its confidence interval and test (fractions)."""

    rate: float
    reference: float
    diff: float
    ci_low: float
    ci_high: float
    p_value: float | None

    @property
    def relative(self) -> float | None:
        """The difference as a share of the reference rate (None when the reference is 0)."""
        return self.diff / self.reference if self.reference else None

    @property
    def significant_drop(self) -> bool:
        """True when the whole interval lies below zero: the drop is larger than chance."""
        return self.ci_high < 0


def rate_difference(
    x1: float, n1: float, x0: float, n0: float, alpha: float = 0.05
) -> RateDifference | None:
    """``x1/n1 - x0/n0`` with Newcombe's hybrid score interval and the pooled z-test p-value.

    None when either side is not a proportion (empty, or more conversions than entries).
    """
    w1 = wilson_interval(x1, n1, alpha)
    w0 = wilson_interval(x0, n0, alpha)
    if w1 is None or w0 is None:
        return None
    p1, p0 = x1 / n1, x0 / n0
    (l1, u1), (l0, u0) = w1, w0
    d = p1 - p0
    low = d - math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2)
    high = d + math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2)
    return RateDifference(p1, p0, d, low, high, two_proportion_p_value(x1, n1, x0, n0))


@dataclass(frozen=True)
class StratifiedDifference:
    """Mix-adjusted ``rate - reference`` over strata present in both windows (fractions).

    ``rate`` and ``reference`` are the Mantel-Haenszel weighted averages of the per-stratum rates,
    so ``diff = rate - reference``; ``strata`` counts the strata used, ``entered`` / ``converted``
    and ``reference_entered`` / ``reference_converted`` their totals.
    """

    rate: float
    reference: float
    diff: float
    ci_low: float
    ci_high: float
    p_value: float | None
    strata: int
    entered: int
    converted: int
    reference_entered: int
    reference_converted: int

    @property
    def relative(self) -> float | None:
        return self.diff / self.reference if self.reference else None

    @property
    def significant_drop(self) -> bool:
        return self.ci_high < 0


def stratified_difference(
    strata: list[tuple[int, int, int, int]], alpha: float = 0.05
) -> StratifiedDifference | None:
    """Mantel-Haenszel difference of ``x1/n1`` and ``x0/n0`` over strata ``(x1, n1, x0, n0)``.

    Strata empty on either side carry no comparison and are dropped; None when none is left or a
    stratum is not a proportion.
    """
    used = [(x1, n1, x0, n0) for x1, n1, x0, n0 in strata if n1 > 0 and n0 > 0]
    if not used or not all(_valid(x1, n1) and _valid(x0, n0) for x1, n1, x0, n0 in used):
        return None
    sw = swp1 = swp0 = var = 0.0
    dev = cmh_var = 0.0
    for x1, n1, x0, n0 in used:
        p1, p0 = x1 / n1, x0 / n0
        w = n1 * n0 / (n1 + n0)
        sw += w
        swp1 += w * p1
        swp0 += w * p0
        var += w * w * (p1 * (1 - p1) / n1 + p0 * (1 - p0) / n0)
        big_n, m1 = n1 + n0, x1 + x0
        dev += x1 - n1 * m1 / big_n
        if big_n > 1:
            cmh_var += n1 * n0 * m1 * (big_n - m1) / (big_n * big_n * (big_n - 1))
    rate, reference = swp1 / sw, swp0 / sw
    half = _z(alpha) * math.sqrt(var) / sw
    p_value = float(chi2.sf(dev * dev / cmh_var, 1)) if cmh_var > 0 else None
    return StratifiedDifference(
        rate=rate,
        reference=reference,
        diff=rate - reference,
        ci_low=rate - reference - half,
        ci_high=rate - reference + half,
        p_value=p_value,
        strata=len(used),
        entered=sum(s[1] for s in used),
        converted=sum(s[0] for s in used),
        reference_entered=sum(s[3] for s in used),
        reference_converted=sum(s[2] for s in used),
    )


def holm(p_values: list[float | None]) -> list[float | None]:
    """Holm's step-down adjusted p-values (family-wise error control); None stays None.

    Used across a funnel's transitions: four tests a month would otherwise flag a chance drop in
    about one month in five.
    """
    idx = sorted((i for i, p in enumerate(p_values) if p is not None), key=lambda i: p_values[i])
    m = len(idx)
    out: list[float | None] = [None] * len(p_values)
    running = 0.0
    for rank, i in enumerate(idx):
        running = max(running, min(1.0, (m - rank) * float(p_values[i])))  # type: ignore[arg-type]
        out[i] = running
    return out


def benjamini_hochberg(p_values: list[float | None]) -> list[float | None]:
    """Benjamini-Hochberg adjusted p-values (q-values, false discovery rate; scipy
    ``false_discovery_control``) over the p-values that are not None; None stays None."""
    tested = [float(p) for p in p_values if p is not None]
    qs = iter(false_discovery_control(tested) if tested else [])
    return [None if p is None else float(next(qs)) for p in p_values]
