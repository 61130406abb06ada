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

# scipy.stats is imported where a test needs it, not here: importing it costs about 0.35 s of CPU,
# and a command that tests nothing (``debrief attribution``) should not pay for it.

__all__ = [
    "RateDifference",
    "StratifiedDifference",
    "benjamini_hochberg",
    "holm",
    "hypergeom_sf",
    "proportion_test",
    "rate_difference",
    "risk_ratio_interval",
    "stratified_difference",
    "two_proportion_p_value",
    "wald_difference",
    "wilson_interval",
]


def _z(alpha: float) -> float:
    from scipy.stats import norm

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
    from scipy.stats import norm

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
        from scipy.stats import fisher_exact

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
    from scipy.stats import chi2

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
    from scipy.stats import false_discovery_control

    tested = [float(p) for p in p_values if p is not None]
    qs = iter(false_discovery_control(tested) if tested else [])
    return [None if p is None else float(next(qs)) for p in p_values]


def hypergeom_sf(k: int, total: int, successes: int, draws: int) -> float:
    """P(X >= k) for X hypergeometric: ``draws`` taken without replacement from ``total`` items
    of which ``successes`` are successes (scipy's ``hypergeom.sf(k - 1, total, successes, draws)``).

    Up to :data:`EXACT_HYPERGEOM` items, exactly: whole-number sums of the terms of the tail that
    lies away from the mode, rounded once to the nearest float. Above, Catherine Loader's
    saddle-point method as R's ``phyper`` (one count's probability from three binomial densities
    built from Stirling's error and the deviance ``bd0``, times the sum of the term ratios over
    the smaller tail; about 1e-13 relative against the exact sums), where exact sums of numbers
    of tens of thousands of digits would take seconds. Here rather than scipy.stats, whose import
    costs 0.35 s of CPU, because the attribution's channel interactions need nothing else of it.
    """
    failures = total - successes
    if k <= max(0, draws - failures):
        return 1.0
    if k > min(successes, draws):
        return 0.0
    if total <= EXACT_HYPERGEOM:
        return _hypergeom_sf_exact(k, total, successes, draws)
    x, lower = k - 1, False  # P(X >= k) = 1 - P(X <= k - 1)
    if x * total > draws * successes:  # the upper tail is the smaller: count failures instead
        successes, failures = failures, successes
        x, lower = draws - x - 1, True
    args = (float(x), float(successes), float(failures), float(draws))
    d, pd = _dhyper(*args), _pdhyper(*args)
    return d * pd if lower else 0.5 - d * pd + 0.5


#: Populations up to this size get exact hypergeometric tails (see :func:`hypergeom_sf`).
EXACT_HYPERGEOM = 2000


def _hypergeom_sf_exact(k: int, total: int, successes: int, draws: int) -> float:
    lo, hi = max(0, draws - (total - successes)), min(successes, draws)
    if k <= lo or k > hi:
        return 1.0 if k <= lo else 0.0
    denominator = math.comb(total, draws)
    if k > (draws + 1) * (successes + 1) // (total + 2):  # above the mode: sum upwards
        return _tail(k, hi, 1, total, successes, draws) / denominator
    # below it: P(X >= k) = 1 - P(X <= k - 1), the lower tail summed downwards
    return (denominator - _tail(k - 1, lo, -1, total, successes, draws)) / denominator


def _tail(x: int, end: int, step: int, total: int, successes: int, draws: int) -> int:
    """The sum of ``C(successes, x) C(total - successes, draws - x)`` from ``x`` to ``end`` in
    ``step`` (away from the mode), stopped once the geometric bound on the rest is below 2**-64
    of the sum; whole numbers throughout (each term divides exactly)."""
    failures = total - successes
    term = math.comb(successes, x) * math.comb(failures, draws - x)
    acc = term
    while x != end:
        if step > 0:  # t(x+1) / t(x) = (K - x)(n - x) / ((x + 1)(N - K - n + x + 1))
            num, den = (successes - x) * (draws - x), (x + 1) * (failures - draws + x + 1)
        else:  # t(x-1) / t(x) = x (N - K - n + x) / ((K - x + 1)(n - x + 1))
            num, den = x * (failures - draws + x), (successes - x + 1) * (draws - x + 1)
        term = term * num // den
        x += step
        acc += term
        # The ratios only shrink away from the mode: the rest is below term * r / (1 - r).
        if num < den and (term * num << 64) < acc * (den - num):
            break
    return acc


_LN_SQRT_2PI = 0.5 * math.log(2.0 * math.pi)
#: Stirling's error for n = 0, 0.5, 1, ..., 15 (the series below is not accurate there).
_SFERR = [0.0] + [
    math.lgamma(h / 2 + 1) - (h / 2 + 0.5) * math.log(h / 2) + h / 2 - _LN_SQRT_2PI
    for h in range(1, 31)
]


def _stirlerr(n: float) -> float:
    """log(n!) - log(sqrt(2 pi n) (n / e)^n)."""
    if n <= 15.0:
        if (2 * n).is_integer():
            return _SFERR[int(2 * n)]
        return math.lgamma(n + 1) - (n + 0.5) * math.log(n) + n - _LN_SQRT_2PI
    nn = n * n
    if n > 500:
        return (1 / 12 - 1 / 360 / nn) / n
    if n > 80:
        return (1 / 12 - (1 / 360 - 1 / 1260 / nn) / nn) / n
    if n > 35:
        return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / nn) / nn) / nn) / n
    return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n


def _bd0(x: float, np_: float) -> float:
    """x log(x / np) + np - x, without the cancellation of computing it that way near x = np."""
    if abs(x - np_) < 0.1 * (x + np_):
        v = (x - np_) / (x + np_)
        s = (x - np_) * v
        ej = 2 * x * v
        v *= v
        for j in range(1, 1000):
            ej *= v
            s1 = s + ej / (2 * j + 1)
            if s1 == s:
                return s1
            s = s1
    return x * math.log(x / np_) + np_ - x


def _dbinom_raw(x: float, n: float, p: float, q: float) -> float:
    if p == 0:
        return 1.0 if x == 0 else 0.0
    if q == 0:
        return 1.0 if x == n else 0.0
    if x == 0:
        return math.exp(n * math.log1p(-p)) if p < 0.1 else math.exp(n * math.log(q))
    if x == n:
        return math.exp(n * math.log1p(-q)) if q < 0.1 else math.exp(n * math.log(p))
    if x < 0 or x > n:
        return 0.0
    lc = _stirlerr(n) - _stirlerr(x) - _stirlerr(n - x) - _bd0(x, n * p) - _bd0(n - x, n * q)
    lf = math.log(2 * math.pi) + math.log(x) + math.log1p(-x / n)
    return math.exp(lc - 0.5 * lf)


def _dhyper(x: float, r: float, b: float, n: float) -> float:
    """P(X = x) drawing ``n`` from ``r`` successes and ``b`` failures."""
    p = n / (r + b)
    q = (r + b - n) / (r + b)
    p1 = _dbinom_raw(x, r, p, q)
    p2 = _dbinom_raw(n - x, b, p, q)
    p3 = _dbinom_raw(n, r + b, p, q)
    return p1 * p2 / p3


def _pdhyper(x: float, r: float, b: float, n: float) -> float:
    """P(X <= x) / P(X = x), summing the term ratios downwards until they no longer count."""
    total, term = 0.0, 1.0
    while x > 0 and term >= 2.220446049250313e-16 * total:
        term *= x * (b - n + x) / (n + 1 - x) / (r + 1 - x)
        total += term
        x -= 1
    return 1 + total
