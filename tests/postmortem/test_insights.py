"""Segment statistics against scipy and hand computation; planted effects found, nulls not."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from scipy import stats

from debrief.postmortem.insights import (
    insights,
    scan_segments,
)
from debrief.stats import benjamini_hochberg, proportion_test, risk_ratio_interval

AS_OF = dt.date(2027, 1, 1)


@pytest.mark.parametrize("a, n1, c, n2", [(30, 200, 60, 800), (120, 1000, 100, 1000)])
def test_z_test_matches_chi_square_without_correction(a, n1, c, n2) -> None:
    p, test = proportion_test(a, n1, c, n2)
    chi2 = stats.chi2_contingency([[a, n1 - a], [c, n2 - c]], correction=False)
    assert test == "z"
    assert p == pytest.approx(chi2.pvalue, rel=1e-9)


def test_small_counts_use_fisher() -> None:
    p, test = proportion_test(2, 20, 1, 30)
    assert test == "fisher"
    assert p == pytest.approx(stats.fisher_exact([[2, 18], [1, 29]]).pvalue)


def test_risk_ratio_interval_by_hand() -> None:
    a, n1, c, n2 = 30, 200, 60, 800
    rr = (30 / 200) / (60 / 800)
    se = math.sqrt(1 / 30 - 1 / 200 + 1 / 60 - 1 / 800)
    lo, hi = risk_ratio_interval(a, n1, c, n2)
    assert lo == pytest.approx(rr * math.exp(-1.959963984540054 * se))
    assert hi == pytest.approx(rr * math.exp(1.959963984540054 * se))
    assert risk_ratio_interval(0, 10, 5, 10) == (None, None)


def test_bh_matches_scipy() -> None:
    rng = np.random.default_rng(0)
    p = list(rng.uniform(size=30) ** 3)
    assert benjamini_hochberg(p) == pytest.approx(list(stats.false_discovery_control(p)))
    assert benjamini_hochberg([]) == []


def test_scan_counts_match_plain_rows(pm_ws, pm_frames) -> None:
    frames = pm_frames(big_segment_opp=0.9, seed=5)
    ws = pm_ws(big_segment_opp=0.9, seed=5)
    rows = scan_segments(ws, "C1", AS_OF, min_segment_size=50)
    row = next(
        r for r in rows if r["dimension"] == "company_size" and r["metric"] == "sql_to_opportunity"
    )
    leads = frames["leads"]
    leads = leads[leads.campaign_id == "C1"]
    seg = leads[leads.company_size == row["value"]]
    rest = leads[leads.company_size != row["value"]]
    assert row["segment_n"] == seg.sql_at.notna().sum()
    assert row["segment_k"] == seg.opportunity_at.notna().sum()
    assert row["rest_n"] == rest.sql_at.notna().sum()
    assert row["rest_k"] == rest.opportunity_at.notna().sum()
    expected_p = stats.chi2_contingency(
        [
            [row["segment_k"], row["segment_n"] - row["segment_k"]],
            [row["rest_k"], row["rest_n"] - row["rest_k"]],
        ],
        correction=False,
    ).pvalue
    assert row["p_value"] == pytest.approx(expected_p, rel=1e-9)
    assert [r["q_value"] for r in rows] == pytest.approx(
        list(stats.false_discovery_control([r["p_value"] for r in rows]))
    )


def test_planted_segment_is_found_and_null_is_not(pm_ws) -> None:
    planted = insights(pm_ws(big_segment_opp=0.9, seed=2), "C1", AS_OF, 100, 0.05, 0.1)
    hits = {(r["dimension"], r["value"], r["metric"]) for r in planted.tables["segments"]}
    assert ("company_size", "201-500", "lead_to_opportunity") in hits
    best = planted.tables["segments"][0]
    assert best["ratio"] > 1.5
    assert best["ci_low"] < best["ratio"] < best["ci_high"]
    assert "201-500" in planted.findings[0].statement or any(
        "201-500" in f.statement for f in planted.findings
    )
    null = insights(pm_ws(seed=2), "C1", AS_OF, 100, 0.05, 0.1)
    assert not [r for r in null.tables["segments"] if r["dimension"] == "company_size"]


def test_min_segment_size_skips_small_segments(pm_ws) -> None:
    rows = scan_segments(pm_ws(big_segment_opp=0.9), "C1", AS_OF, min_segment_size=10**9)
    assert rows == []


def test_rows_without_a_value_are_in_neither_side(pm_frames, make_ws) -> None:
    frames = pm_frames(seed=4)
    leads = frames["leads"]
    leads.loc[leads.index[::5], "company_size"] = None
    ws = make_ws(**frames)
    rows = scan_segments(ws, "C1", AS_OF, min_segment_size=20)
    row = next(
        r for r in rows if r["dimension"] == "company_size" and r["metric"] == "lead_to_opportunity"
    )
    mine = leads[(leads.campaign_id == "C1") & leads.company_size.notna()]
    assert row["segment_n"] + row["rest_n"] == len(mine)
    seg = mine[mine.company_size == row["value"]]
    assert row["segment_k"] == seg.opportunity_at.notna().sum()


def test_a_segment_statement_names_the_segment_in_words() -> None:
    from debrief.postmortem.insights import _statement

    row = {
        **{"source": "ad_performance", "dimension": "device", "value": "mobile"},
        **{"metric": "cvr", "ratio": 0.4, "ci_low": 0.34, "ci_high": 0.48},
        **{"segment_rate": 0.008, "rest_rate": 0.019, "segment_n": 21558, "rest_n": 26702},
    }
    text = _statement(row)
    assert text.startswith("Ads on mobile devices converted after the click at 0.40x"), text
    assert "device mobile" not in text
