"""The scenario generator plants what it says, unambiguously, in tables the contract accepts.

The checks read the generated tables with pandas (``oracle.flight_measures``), never the
analyses: a planted layer sits at 0.25-0.45 of what the company's own channel rates predict on
the flight's own denominators, every other layer within the spread of a normal campaign, a
healthy flight meets every success criterion, a coordination flight meets every channel target and
misses its campaign opportunity goal.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pandas as pd
import pytest

from debrief.scenarios import generate
from debrief.scenarios.company import DIAGNOSES, LAYER_OF

from .oracle import LAYER_RATES, flight_measures

SEEDS = range(40)


@pytest.fixture(scope="module")
def scenarios():
    return {s: generate(s) for s in SEEDS}


def test_deterministic():
    a, b = generate(11), generate(11)
    assert a.truth == b.truth
    for name in a.frames:
        pd.testing.assert_frame_equal(a.frames[name], b.frames[name])


def test_varies_what_the_demo_fixes(scenarios):
    companies = [sc.company for sc in scenarios.values()]
    assert len({c.currency for c in companies}) >= 5
    assert len({len(c.channels) for c in companies}) >= 4
    n_ao = Counter(sum(k.kind == "always_on" for k in c.campaigns) for c in companies)
    assert 0 in n_ao and max(n_ao) >= 7
    weeks = {(f.end - f.start).days // 7 + 1 for c in companies for f in c.flights}
    assert min(weeks) <= 2 and max(weeks) >= 11
    assert {c.has_benchmarks for c in companies} == {True, False}
    assert {bool(f.criteria) for c in companies for f in c.flights} == {True, False}
    blank = sum(bool(sc.truth.blank_end_dates) for sc in scenarios.values())
    assert 0 < blank < len(companies)
    planted = Counter(d for sc in scenarios.values() for d in sc.truth.diagnoses.values())
    assert set(planted) == set(DIAGNOSES)
    assert {sc.truth.gap_hidden for sc in scenarios.values()} == {True, False}
    assert {sc.truth.bottom_target_form for sc in scenarios.values()} == {"criterion", "monthly"}


def test_planted_layers_are_far_outside_normal_spread(scenarios):
    for seed, sc in scenarios.items():
        for f in sc.company.flights:
            m = flight_measures(sc, f.campaign_id)
            planted = LAYER_OF[f.diagnosis] if f.diagnosis != "coordination" else None
            for layer, keys in LAYER_RATES.items():
                ratios = [m["ratios"][k] for k in keys]
                if layer == planted:
                    assert min(ratios) <= 0.5, (seed, f.campaign_id, layer, ratios)
                elif planted is None or list(LAYER_RATES).index(layer) < list(LAYER_RATES).index(
                    planted
                ):
                    # layers above the planted one (and every layer of an unplanted flight)
                    # sit within the spread of normal campaigns and sampling noise
                    assert all(0.8 <= r <= 1.2 for r in ratios), (seed, f.campaign_id, layer)


def test_success_criteria_read_as_planted(scenarios):
    above = {
        "reach": (),
        "messaging": ("impressions", "reach"),
        "landing_page_or_offer": ("impressions", "reach", "ctr"),
        "lead_quality_or_handoff": ("impressions", "reach", "ctr", "cvr", "leads", "cpl", "mqls"),
    }
    for seed, sc in scenarios.items():
        for f in sc.company.flights:
            m = flight_measures(sc, f.campaign_id)
            where = (seed, f.campaign_id, f.diagnosis, m["met"])
            if f.diagnosis == "none":
                assert all(m["met"].values()), where
            elif f.diagnosis == "coordination":
                assert all(m["channel_met"].values()), where
                assert m["met"]["opportunities"] is False, where
                assert m["met"]["leads"] and m["met"]["impressions"], where
            elif m["met"]:
                assert all(m["met"][k] for k in above[f.diagnosis] if k in m["met"]), where
                assert not all(m["met"].values()), where


def test_monthly_plants(scenarios):
    for seed, sc in scenarios.items():
        t, ad = sc.truth, sc.frames["ad_performance"]
        month = ad[ad["date"].str[:7] == t.review_month]
        assert 1.28 <= t.overspend_utilisation <= 1.62, seed
        budgets = sc.frames["budgets"]
        plan = budgets[budgets["month"] == t.review_month].groupby("channel")["planned_spend"].sum()
        util = month.groupby("channel")["spend"].sum() / plan
        others = util.drop(t.overspend_channel)
        assert (others <= 1.0 + 1e-6).all() and (others >= 0.9).all(), (seed, util)
        assert t.bottom_roas is not None and t.bottom_roas <= 0.45 * t.bottom_roas_target, seed
        days = [d.isoformat() for d in t.gap_days]
        gap = month[(month["campaign_id"] == t.gap_campaign) & month["date"].isin(days)]
        gap = gap[gap["channel"] == t.gap_channel]
        assert len(gap) and (gap["spend"] > 0).all() and (gap["impressions"] == 0).all(), seed
        others_on_channel = month[
            (month["channel"] == t.gap_channel)
            & (month["campaign_id"] != t.gap_campaign)
            & month["date"].isin(days)
        ]
        assert t.gap_hidden == (others_on_channel["impressions"].sum() > 0), seed
        conv = sc.frames["conversions"]
        in_month = conv[conv["ts"] >= pd.Timestamp(t.review_month + "-01")]
        assert in_month["conversion_id"].duplicated().sum() == t.duplicate_ids > 0, seed


def test_debrief_ingest_loads_every_table(scenarios, tmp_path):
    """Written in contract form: ``debrief ingest`` loads every table (blank end dates are
    ongoing programmes), warning only about what is planted (the tracking gap's spend without
    impressions, the conversion ids sent twice)."""
    from debrief.ingest import ingest

    for seed in (0, 1, 2):
        sc = scenarios[seed]
        out = tmp_path / str(seed)
        sc.write(out)
        result = ingest([out], str(out / "ws.duckdb"))
        kinds = {p.problem for p in result.problems}
        assert kinds <= {
            "spend on a row with no impressions",
            "same key (conversion_id) as another row",
        }, kinds
    assert any(scenarios[s].truth.blank_end_dates for s in (0, 1, 2))


def test_as_of_follows_the_data(scenarios):
    for sc in scenarios.values():
        c = sc.company
        assert c.as_of > c.end
        assert all(f.end <= c.end - dt.timedelta(days=50) for f in c.flights)
