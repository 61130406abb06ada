"""Waste: the floor crossing against a brute-force grid, and spend without conversions against
plain pandas over the rows."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.budget.curves import ChannelCurve
from debrief.analyses.budget.response import HillAdstock
from debrief.analyses.budget.waste import floor_crossing, no_conversion_rows, past_floor_rows

OCT_END = dt.date(2026, 10, 31)


@pytest.mark.parametrize("shape", [0.7, 1.0, 2.0])
def test_floor_crossing_matches_grid(shape):
    c = HillAdstock(decay=0.0, half_sat=1000.0, shape=shape, max_response=4000.0)
    current = 5000.0
    s = floor_crossing(c, 1.0, current)
    grid = np.linspace(1.0, current, 400_001)
    m = c.marginal(grid)
    falling = grid >= c.peak_marginal_spend()
    first_below = grid[falling & (m < 1.0)][0]
    assert s == pytest.approx(first_below, abs=0.05)
    # Above the floor at current spend: nothing to report.
    assert floor_crossing(c, float(c.marginal(current)) / 2, current) is None


def test_floor_never_reached_gives_zero_threshold():
    c = HillAdstock(decay=0.0, half_sat=1000.0, shape=1.0, max_response=500.0)  # max marginal 0.5
    assert floor_crossing(c, 1.0, 800.0) == 0.0


def test_past_floor_rows_money():
    c = HillAdstock(decay=0.0, half_sat=500.0, shape=1.0, max_response=3000.0)
    cc = ChannelCurve(
        channel="paid_search",
        identified=True,
        reason=None,
        curve=c,
        n_periods=300,
        current_spend=2000.0,
        marginal_roas=float(c.marginal(2000.0)),
    )
    (row,) = past_floor_rows([cc], 31, 1.0)
    # Hill with shape 1: marginal = V K / (K + s)^2 = 1  ->  s = sqrt(V K) - K.
    s_star = np.sqrt(3000.0 * 500.0) - 500.0
    assert row["threshold_spend"] == pytest.approx(s_star, abs=0.01)
    assert row["wasted_spend"] == pytest.approx((2000.0 - s_star) * 31, abs=0.01)
    back = (3000 * 2000 / 2500 - 3000 * s_star / (500 + s_star)) * 31
    assert row["revenue_from_it"] == pytest.approx(back, abs=0.01)
    assert past_floor_rows([cc], 31, 1.0, {"paid_search": 0.1}) == []


def test_no_conversion_rows(make_ws):
    rng = np.random.default_rng(0)
    rows = []
    for d in range(1, 31):
        for camp, ch in (("A", "display"), ("B", "Display"), ("C", "email")):
            for device in ("mobile", "desktop"):
                conv = 0 if camp == "B" or (camp == "C" and device == "mobile") else 3
                rows.append(
                    {
                        "date": dt.date(2026, 10, d),
                        "channel": ch,
                        "campaign_id": camp,
                        "device": device,
                        "spend": round(float(rng.uniform(1, 20)), 2),
                        "impressions": 100,
                        "clicks": 5,
                        "conversions": conv,
                        "conversion_value": 10.0 * conv,
                    }
                )
    ad = pd.DataFrame(rows)
    ws = make_ws(ad_performance=ad)
    got = no_conversion_rows(ws, dt.date(2026, 10, 1), dt.date(2026, 10, 31), 50.0)
    by = {(r["channel"], r["campaign_id"], str(r["segment"])): r for r in got}
    spend_b = ad.loc[ad.campaign_id == "B", "spend"].sum()
    spend_c_mobile = ad.loc[(ad.campaign_id == "C") & (ad.device == "mobile"), "spend"].sum()
    assert by[("display", "B", "None")]["wasted_spend"] == pytest.approx(spend_b, abs=0.005)
    assert by[("email", None, "{'device': 'mobile'}")]["spend"] == pytest.approx(
        spend_c_mobile, abs=0.005
    )
    # display/mobile has conversions from campaign A: not waste at the segment level.
    assert len(got) == 2
    assert no_conversion_rows(ws, dt.date(2026, 10, 1), dt.date(2026, 10, 31), 1e9) == []


def test_no_conversion_rows_without_campaign_ids(make_ws):
    ad = pd.DataFrame(
        [
            {"date": dt.date(2026, 10, d), "channel": ch, "spend": 40.0, "impressions": 10,
             "clicks": 1, "conversions": conv}
            for d in range(1, 11)
            for ch, conv in (("video", 0), ("email", 1))
        ]
    )  # fmt: skip
    got = no_conversion_rows(make_ws(ad_performance=ad), dt.date(2026, 10, 1), OCT_END, 100.0)
    assert [(r["channel"], r["campaign_id"], r["wasted_spend"]) for r in got] == [
        ("video", None, 400.0)
    ]


def test_marginal_roas_target_is_the_floor(make_ws):
    from debrief.analyses.budget.stage import _marginal_floors
    from debrief.context import StageContext
    from debrief.period import Period

    targets = pd.DataFrame(
        [
            {
                "metric": "marginal_roas",
                "target": 1.5,
                "channel": "Paid Search",
                "month": "2026-10",
            },
            {"metric": "marginal_roas", "target": 9.0, "channel": "email", "month": "2026-09"},
            {"metric": "roas", "target": 3.0, "channel": "display", "month": "2026-10"},
        ]
    )
    ctx = StageContext(workspace=make_ws(targets=targets), period=Period.month("2026-10"))
    assert _marginal_floors(ctx) == {"paid_search": 1.5}
