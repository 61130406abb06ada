"""Benchmark recalibration against a hand computation of the empirical-Bayes steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from debrief.kb import recalibrate, shrink_rates


def test_shrinkage_by_hand() -> None:
    obs = [
        ("a", 10, 100),
        ("a", 14, 100),
        ("a", 12, 100),
        ("a", 8, 100),
        ("b", 30, 100),
        ("c", 5, 100),
        ("c", 7, 100),
    ]
    rows = {r["channel"]: r for r in shrink_rates(obs)}
    p = {"a": [0.10, 0.14, 0.12, 0.08], "b": [0.30], "c": [0.05, 0.07]}
    allp = [x for v in p.values() for x in v]
    mu0 = sum(allp) / len(allp)
    means = {k: sum(v) / len(v) for k, v in p.items()}
    sigma2 = sum((x - means[k]) ** 2 for k, v in p.items() for x in v) / (len(allp) - 3)
    grand = sum(means.values()) / 3
    var_means = sum((m - grand) ** 2 for m in means.values()) / 2
    tau2 = var_means - sigma2 * (1 / 4 + 1 / 1 + 1 / 2) / 3
    se2 = sum((x - mu0) ** 2 for x in allp) / (len(allp) - 1) / len(allp)
    strength = mu0 * (1 - mu0) / max(tau2, se2) - 1
    for ch in ("a", "b", "c"):
        m, n = means[ch], len(p[ch])
        n_eff = mu0 * (1 - mu0) * n / sigma2
        a = mu0 * strength + m * n_eff
        b = (1 - mu0) * strength + (1 - m) * n_eff
        assert rows[ch]["value"] == pytest.approx(a / (a + b))
        assert rows[ch]["ci_low"] == pytest.approx(stats.beta.ppf(0.025, a, b))
        assert rows[ch]["n_campaigns"] == n
        assert rows[ch]["pooled"] == pytest.approx(mu0)
    # one campaign is pulled further toward the pool than four
    assert rows["b"]["weight"] < rows["a"]["weight"]
    assert min(rows["b"]["raw"], mu0) < rows["b"]["value"] < max(rows["b"]["raw"], mu0)


def test_a_channel_at_zero_keeps_its_information() -> None:
    rows = {
        r["channel"]: r
        for r in shrink_rates([("a", 0, 10), ("a", 0, 10), ("b", 10, 10), ("b", 10, 10)])
    }
    assert rows["a"]["value"] < 0.01 and rows["b"]["value"] > 0.99


def test_no_spread_between_channels_means_the_pooled_value() -> None:
    rows = shrink_rates([("a", 10, 100), ("a", 11, 100), ("b", 10, 100), ("b", 11, 100)])
    assert all(r["value"] == pytest.approx(r["pooled"], abs=1e-4) for r in rows)
    assert shrink_rates([]) == []


def test_recalibrate_reads_campaign_channel_rates(pm_ws) -> None:
    rows = recalibrate(pm_ws(), dt.date(2027, 1, 1))
    ctr = [r for r in rows if r["metric"] == "ctr"]
    assert {r["channel"] for r in ctr} == {"paid_search", "paid_social"}
    assert all(r["n_campaigns"] == 3 for r in ctr)
    assert all(0 <= r["ci_low"] <= r["value"] <= r["ci_high"] <= 1 for r in rows)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 500), st.integers(1, 500)),
        min_size=1,
        max_size=25,
    )
)
def test_shrunk_value_lies_between_raw_and_pooled(obs) -> None:
    obs = [(ch, min(k, n), n) for ch, k, n in obs]
    for r in shrink_rates(obs):
        lo, hi = sorted((r["raw"], r["pooled"]))
        assert lo - 1e-9 <= r["value"] <= hi + 1e-9
        assert 0 <= r["ci_low"] <= r["value"] + 1e-9 and r["value"] - 1e-9 <= r["ci_high"] <= 1
        assert 0 <= r["weight"] <= 1


def test_applied_benchmarks_become_channel_references(pm_ws, tmp_path) -> None:
    from debrief.engine import Request, run
    from debrief.kb import KnowledgeBase

    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    kb = KnowledgeBase.open(url)
    row = {
        "metric": "cvr",
        "channel": "paid_search",
        "value": 0.2,
        "pooled": 0.1,
        "n_campaigns": 3,
        "ci_low": 0.1,
        "ci_high": 0.3,
        "method": "test",
    }
    kb.save_benchmarks([row], dt.date(2026, 12, 1))
    kb.save_benchmarks([{**row, "value": 0.9}], dt.date(2027, 6, 1))  # after the as-of date
    kb.close()
    req = Request(
        kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=dt.date(2027, 1, 1)
    )
    report = run(replace(req, kb=url), pm_ws(cvr=0.04))
    chain = report.stages["root_cause"].tables["chain"]
    search = next(r for r in chain if r["level"] == "channel" and r["subject"] == "paid_search")
    social = next(r for r in chain if r["level"] == "channel" and r["subject"] == "paid_social")
    assert (search["reference"], search["reference_kind"]) == (0.2, "benchmark")
    assert social["reference_kind"] == "campaign"
