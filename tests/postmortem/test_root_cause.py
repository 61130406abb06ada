"""Root cause: the reach split into spend and CPM, and rate shortfalls per channel."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from debrief.postmortem.delivery import delivery_rows, planned_spend
from debrief.postmortem.measures import Scope
from debrief.postmortem.references import References
from debrief.postmortem.root_cause import missing_units


def _ws(make_ws):
    day = dt.date(2026, 5, 4)
    ad = pd.DataFrame(
        [
            {
                "date": day,
                "channel": "display",
                "campaign_id": "F",
                "spend": 600.0,
                "impressions": 100_000,
                "clicks": 100,
                "conversions": 5,
            },
            {
                "date": day,
                "channel": "display",
                "campaign_id": "F",
                "spend": 300.0,
                "impressions": 50_000,
                "clicks": 60,
                "conversions": 2,
            },
            {
                "date": day,
                "channel": "video",
                "campaign_id": "F",
                "spend": 500.0,
                "impressions": 50_000,
                "clicks": 20,
                "conversions": 1,
            },
            {
                "date": day,
                "channel": "video",
                "campaign_id": "G",
                "spend": 999.0,
                "impressions": 1,
                "clicks": 0,
                "conversions": 0,
            },
        ]
    )
    budgets = pd.DataFrame(
        [
            {
                "month": "2026-05",
                "planned_spend": 1_000.0,
                "channel": "display",
                "campaign_id": "F",
            },
            {"month": "2026-05", "planned_spend": 500.0, "channel": "video", "campaign_id": "F"},
            {"month": "2026-05", "planned_spend": 7.0, "channel": "video", "campaign_id": "G"},
        ]
    )
    return make_ws(ad_performance=ad, budgets=budgets)


def test_reach_shortfall_splits_into_spend_and_cpm(make_ws) -> None:
    ws = _ws(make_ws)
    assert planned_spend(ws, "F") == {"display": 1_000.0, "video": 500.0}
    refs = References({("cpm", "display"): (4.0, "x"), ("cpm", "video"): (10.0, "x")}, {})
    rows = {r["subject"]: r for r in delivery_rows(ws, "F", Scope(campaign_id="F"), refs)}
    d = rows["display"]
    # by hand: plan 1000 at CPM 4 -> 250,000; spent 900 -> 225,000 at benchmark; got 150,000
    assert d["reference"] == pytest.approx(250_000)
    assert d["missing"] == pytest.approx(100_000)
    assert d["impressions_lost_to_underspend"] == pytest.approx(25_000)
    assert d["impressions_lost_to_price"] == pytest.approx(75_000)
    assert d["cpm"] == pytest.approx(6.0)
    v = rows["video"]  # on plan: 500 at CPM 10 -> 50,000, delivered 50,000
    assert v["missing"] == pytest.approx(0.0)
    assert list(rows) == ["display", "video"]  # largest shortfall first


def test_missing_units_by_hand() -> None:
    c = {"clicks": 1_000.0, "conversions": 20.0, "spend": 5_000.0, "leads": 40.0}
    assert missing_units("cvr", c, 0.05) == pytest.approx(0.05 * 1_000 - 20)
    # a cost: the leads the same spend buys at the reference CPL, minus the leads bought
    assert missing_units("cpl", c, 100.0) == pytest.approx(5_000 / 100 - 40)
    assert missing_units("cvr", {"clicks": None, "conversions": 1.0}, 0.1) is None
    assert missing_units("impressions", c, 10.0) is None
