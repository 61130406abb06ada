"""Invariants of the post-mortem statistics, over generated inputs."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from debrief.postmortem.compare import position, shortfall
from debrief.postmortem.measures import metric_from_counts
from debrief.stats import benjamini_hochberg, proportion_test, risk_ratio_interval, wilson_interval

counts2x2 = st.tuples(
    st.integers(1, 5_000), st.integers(1, 5_000), st.integers(0, 5_000), st.integers(0, 5_000)
).map(lambda t: (min(t[2], t[0]), t[0], min(t[3], t[1]), t[1]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=1, max_size=40))
def test_benjamini_hochberg_bound_and_order(p) -> None:
    q = benjamini_hochberg(p)
    assert all(pi <= qi + 1e-12 and qi <= 1 for pi, qi in zip(p, q, strict=True))
    pairs = sorted(zip(p, q, strict=True))
    assert all(a[1] <= b[1] + 1e-12 for a, b in itertools.pairwise(pairs))


@settings(max_examples=60, deadline=None)
@given(counts2x2)
def test_tests_and_intervals_are_well_formed(t) -> None:
    a, n1, c, n2 = t
    p, _ = proportion_test(a, n1, c, n2)
    assert 0 <= p <= 1
    lo, hi = risk_ratio_interval(a, n1, c, n2)
    if a and c:
        rr = (a / n1) / (c / n2)
        assert lo <= rr <= hi
    else:
        assert (lo, hi) == (None, None)
    wl, wh = wilson_interval(a, n1)
    assert 0 <= wl <= a / n1 <= wh <= 1


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_rates_stay_in_unit_interval_or_are_undefined(k, n) -> None:
    k = min(k, n)
    v = metric_from_counts("ctr", {"clicks": k, "impressions": n}).value
    assert (v is None) == (n == 0)
    assert v is None or 0 <= v <= 1


@settings(max_examples=60, deadline=None)
@given(st.floats(0, 1e6), st.floats(1e-3, 1e6), st.floats(0, 0.5))
def test_shortfall_is_the_unfavourable_side(actual, reference, tol) -> None:
    status = position(actual, reference, tol)
    assert status in ("below", "on", "above")
    if shortfall("ctr", status):
        assert actual < reference
    if shortfall("cpl", status):
        assert actual > reference
