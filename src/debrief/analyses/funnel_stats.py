"""Small statistics for stage conversion rates: Wilson intervals, Newcombe differences, z-tests.

Inputs are counts (``converted`` out of ``entered``); outputs are rates as fractions in [0, 1] and
differences of rates as fractions (multiply by 100 for percentage points). Undefined quantities
(an empty denominator, a "rate" above 1 from a calendar flow ratio) are None, never 0.

Why these methods: the Wilson score interval keeps its coverage for small counts and rates near
0 or 1, where the Wald interval collapses; Newcombe's hybrid score interval (his method 10, 1998)
for a difference of two independent proportions is built from the two Wilson intervals and
inherits that behaviour. The test of "is the drop larger than chance" is the pooled two-proportion
z-test (equivalent to Pearson's chi-square on the 2x2 table without continuity correction).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy.stats import norm

__all__ = ["RateDifference", "rate_difference", "two_proportion_p_value", "wilson_interval"]


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
    return max(0.0, centre - half), min(1.0, centre + half)


def two_proportion_p_value(x1: float, n1: float, x0: float, n0: float) -> float | None:
    """Two-sided p-value of the pooled z-test that ``x1/n1`` equals ``x0/n0``.

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
    return float(2 * norm.sf(abs(z)))


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
