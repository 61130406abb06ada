"""Campaign counts and metrics against plain pandas over the same rows."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from debrief.postmortem.measures import (
    Scope,
    canonical_metric,
    counts,
    measure,
    metric_from_counts,
)
from debrief.stats import wilson_interval


def test_counts_match_plain_pandas(pm_ws, pm_frames) -> None:
    frames = pm_frames(seed=3)
    ws = pm_ws(seed=3)
    as_of = dt.date(2026, 3, 15)  # mid-campaign: later stage timestamps are not known yet
    c = counts(ws, Scope(campaign_id="C1", channels=("paid_search",), as_of=as_of))
    ad = frames["ad_performance"]
    # rows after the as-of date are not known yet
    ad = ad[(ad.campaign_id == "C1") & (ad.channel == "paid_search") & (ad.date <= as_of)]
    assert c["spend"] == pytest.approx(ad.spend.sum(), abs=0.005)
    assert c["impressions"] == ad.impressions.sum()
    assert c["clicks"] == ad.clicks.sum()
    leads = frames["leads"]
    cutoff = pd.Timestamp(as_of + dt.timedelta(days=1), tz="UTC")
    leads = leads[
        (leads.campaign_id == "C1") & (leads.channel == "paid_search") & (leads.created_at < cutoff)
    ]

    def known(col: str) -> pd.Series:
        return leads[col].notna() & (leads[col] < cutoff)

    assert c["leads"] == len(leads)
    sqls = known("sql_at") | known("opportunity_at") | known("won_at")
    opps = known("opportunity_at") | known("won_at")
    assert c["sqls"] == sqls.sum()
    assert c["opportunities"] == opps.sum()
    assert c["won"] == known("won_at").sum()
    won_amount = leads.loc[known("won_at"), "amount"].sum()
    assert c["won_amount"] == pytest.approx(won_amount)
    m = metric_from_counts("lead_to_sql", c)
    assert m.value == pytest.approx(sqls.sum() / len(leads))
    assert metric_from_counts("cpm", c).value == pytest.approx(
        ad.spend.sum() / ad.impressions.sum() * 1000
    )


def test_undefined_ratios_are_none() -> None:
    c = {"spend": 100.0, "leads": 0.0, "impressions": None, "clicks": 5.0}
    assert metric_from_counts("cpl", c).value is None
    assert metric_from_counts("ctr", c).value is None
    assert metric_from_counts("not_a_metric", c).value is None


def test_revenue_prefers_closed_won_amount(pm_ws) -> None:
    ws = pm_ws()
    m = measure(ws, "revenue", Scope(campaign_id="C1", as_of=dt.date(2027, 1, 1)))
    won = measure(ws, "won", Scope(campaign_id="C1", as_of=dt.date(2027, 1, 1)))
    assert m.value == pytest.approx(won.value * 10_000.0)


def test_wilson_matches_scipy() -> None:
    for k, n in ((0, 10), (3, 40), (57, 120), (200, 200)):
        lo, hi = wilson_interval(k, n)
        ci = stats.binomtest(k, n).proportion_ci(method="wilson")
        assert lo == pytest.approx(ci.low, abs=1e-9)
        assert hi == pytest.approx(ci.high, abs=1e-9)


def test_metric_aliases() -> None:
    assert canonical_metric("Cost per lead") == "cpl"
    assert canonical_metric("closed_won") == "won"
    assert canonical_metric("CTR") == "ctr"


def test_the_post_mortem_reads_the_one_vocabulary() -> None:
    """Every spelling of the catalogue resolves here, and the post-mortem's formulas are the
    catalogue's (customers are the won leads: CAC divides by them in both reviews)."""
    from debrief.metrics.catalogue import CATALOGUE
    from debrief.metrics.formulas import DELIVERY_RATIOS
    from debrief.postmortem.catalogue import METRICS

    assert canonical_metric("return_on_ad_spend") == "roas"
    assert canonical_metric("Cost per click") == "cpc"
    assert canonical_metric("customer_acquisition_cost") == "cac"
    assert canonical_metric("new_customers") == "customers"
    assert canonical_metric("conversion_value") == "revenue"
    for m in CATALOGUE.values():
        for alias in m.aliases:
            assert canonical_metric(alias) == m.name, alias
    for name in DELIVERY_RATIOS:
        d, m = METRICS[name], CATALOGUE[name]
        assert (d.numerator, d.denominator, d.scale) == (m.numerator, m.denominator, m.scale)


def test_click_to_open_divides_email_clicks_by_opens(pm_frames, make_ws) -> None:
    """Issue 10 (found by the scenarios): on a flight mixing email with other channels,
    click-to-open divided every channel's clicks by the email opens, went above 1 and crashed
    the Wilson interval. Only the rows that report opens count."""
    frames = pm_frames(seed=3)
    ad = frames["ad_performance"]
    email = ad[(ad.campaign_id == "C1") & (ad.channel == "paid_search")].copy()
    email["channel"] = "email"
    email["opens"] = email["clicks"] * 2 + 1
    ad = pd.concat([ad.assign(opens=np.nan), email], ignore_index=True)
    ws = make_ws(**{**frames, "ad_performance": ad})
    c = counts(ws, Scope(campaign_id="C1"))
    m = metric_from_counts("click_to_open", c)
    assert m.value == pytest.approx(email.clicks.sum() / email.opens.sum())
    assert m.value < 1 < ad[ad.campaign_id == "C1"].clicks.sum() / email.opens.sum()
