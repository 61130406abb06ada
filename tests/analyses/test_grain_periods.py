"""Issue 12's period cases, read by the monthly review as a reader of the data would:

* a month with 7 days of data is compared with the same 7 days of the month before, and says so;
* months before the data starts are unknown: left out of the trailing mean, not counted as 0, and
  the prior month of the first month with data has no change against it (not -100%);
* weekly rows are weeks: a month holds the days of each week inside it, pacing forecasts from the
  daily rate of the last seven days, and the daily series a response curve reads has no zero days
  between the weeks.

Expected figures are worked out by hand from the generated rows (constant daily rates), never by
the code under test.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from debrief.analyses.budget.data import channel_daily
from debrief.analyses.budget.pacing import pacing_table
from debrief.analyses.campaign_performance import campaign_performance
from debrief.context import StageContext
from debrief.period import Period
from debrief.synthesis.kpis import kpi_rows, monthly_series

D = dt.date


def _daily(first: dt.date, last: dt.date, rate) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    days = pd.date_range(first, last, freq="D").date
    return pd.DataFrame(
        {
            "date": days,
            "channel": "paid_search",
            "campaign_id": "C1",
            "spend": [rate(d) for d in days],
            "impressions": 1000,
            "clicks": 50,
            "conversions": 5.0,
            "conversion_value": [2 * rate(d) for d in days],
        }
    )


def _trend(ws, month: str) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    res = campaign_performance(
        StageContext(workspace=ws, period=Period.month(month), as_of=D(2024, 6, 1))
    )
    rows = {r["metric"]: r for r in res.tables["trend"] if r["scope"] == "overall"}
    return {"rows": rows, "notes": res.notes}  # type: ignore[dict-item]


def test_a_partial_month_is_compared_with_the_same_days(make_ws) -> None:
    # 100 a day in January, 110 a day from 1 to 7 February, then nothing yet.
    ads = _daily(D(2024, 1, 1), D(2024, 2, 7), lambda d: 100.0 if d.month == 1 else 110.0)
    ws = make_ws(ad_performance=ads)
    feb = Period.month("2024-02")
    kpi = {r["metric"]: r for r in kpi_rows(ws, feb)}
    assert kpi["spend"]["actual"] == pytest.approx(770.0)
    assert kpi["spend"]["prior_period"] == pytest.approx(700.0)  # 1-7 January, not all of it
    assert kpi["spend"]["change"] == pytest.approx(0.10)  # not 770 / 3,100 - 1 = -75%
    assert "7 of 29 days" in kpi["spend"]["coverage"]
    assert "same days of the prior month" in kpi["spend"]["coverage"]
    trend = _trend(ws, "2024-02")
    spend = trend["rows"]["spend"]
    assert spend["prior_period"] == pytest.approx(700.0)
    assert spend["change_vs_prior"] == pytest.approx(0.10)
    # Trailing: November and December have no data; January's same days are the only month.
    assert spend["trailing_3m"] == pytest.approx(700.0)
    assert any("same days of the prior month" in n for n in trend["notes"])  # type: ignore[union-attr]


def test_months_before_the_data_starts_are_unknown_not_zero(make_ws) -> None:
    ads = _daily(D(2023, 11, 1), D(2024, 1, 31), lambda d: 100.0)
    ws = make_ws(ad_performance=ads)
    # January against the trailing mean of November and December only (October had no data):
    # (3,100 - 3,050) / 3,050, not (3,100 - 2,033) / 2,033 = +52% with October counted as 0.
    spend = _trend(ws, "2024-01")["rows"]["spend"]
    assert spend["trailing_3m"] == pytest.approx((3000.0 + 3100.0) / 2)
    assert spend["change_vs_trailing"] == pytest.approx(50.0 / 3050.0)
    # November, the first month: no prior month, so no change (not -100% or +inf), and the
    # dashboard and the trend table agree that October is unknown.
    nov = Period.month("2023-11")
    kpi = {r["metric"]: r for r in kpi_rows(ws, nov)}
    for m in ("spend", "revenue", "roi"):
        assert kpi[m]["prior_period"] is None and kpi[m]["change"] is None, m
    nov_trend = _trend(ws, "2023-11")["rows"]
    assert nov_trend["spend"]["prior_period"] is None
    assert nov_trend["revenue"]["prior_period"] is None and nov_trend["roi"]["prior_period"] is None
    series = {r["month"]: r for r in monthly_series(ws, Period.month("2024-01"))}
    assert series["2023-10"]["spend"] is None and series["2023-10"]["revenue"] is None
    assert series["2023-11"]["spend"] == pytest.approx(3000.0)


def test_weekly_rows_are_read_as_weeks(make_ws) -> None:
    # One row a week, on Mondays from 1 January 2024, 700 each: 100 a day.
    mondays = pd.date_range("2024-01-01", "2024-03-25", freq="7D").date
    ads = pd.DataFrame(
        {
            "date": mondays,
            "channel": "paid_search",
            "campaign_id": "C1",
            "spend": 700.0,
            "impressions": 7000,
            "clicks": 350,
            "conversions": 35.0,
            "conversion_value": 1400.0,
        }
    )
    budgets = pd.DataFrame(
        {"month": ["2024-02"], "channel": ["paid_search"], "planned_spend": [2900.0]}
    )
    ws = make_ws(ad_performance=ads, budgets=budgets)
    feb = Period.month("2024-02")
    # February holds 29 days of weeks (4 days of the week of 29 January, 4 of the week of 26
    # February): 2,900, where counting the rows dated in February gives 4 x 700 = 2,800.
    kpi = {r["metric"]: r for r in kpi_rows(ws, feb)}
    assert kpi["spend"]["actual"] == pytest.approx(2900.0)
    assert "weekly rows" in kpi["spend"]["coverage"]
    # Seen on 9 February: the week of 5 February covers the 9th, so spend to date is 900
    # (1-9 February) and the last seven days run at 100 a day: forecast 2,900, on plan. Read as
    # days, the data would stop on the 5th with 700 to date and forecast 700 + 24 x 100 = 3,100.
    rows, window = pacing_table(ws, feb, D(2024, 2, 9))
    row = next(r for r in rows if r["channel"] == "paid_search" and r["campaign_id"] is None)
    assert window.last_day == D(2024, 2, 9)
    assert row["spend"] == pytest.approx(900.0)
    assert row["forecast_spend"] == pytest.approx(2900.0) and row["status"] == "on_plan"
    # The daily series the response curves read: every day 100, no zero days between weeks.
    daily, _ = channel_daily(ws, D(2024, 2, 29), D(2024, 2, 1))
    assert len(daily) == 29 and daily["spend"].round(6).eq(100.0).all()
