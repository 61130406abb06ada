"""Which month `debrief monthly` reviews by default, and when a month has no data."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from debrief.nodata import latest_month, no_data_reason
from debrief.period import Period


def _weekly(*weeks: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": pd.to_datetime([w[0] for w in weeks]),
            "date_end": pd.to_datetime([w[1] for w in weeks]),
            "spend": [100.0] * len(weeks),
        }
    )


def test_a_week_running_past_as_of_is_seen_only_up_to_as_of(make_ws) -> None:
    # Run on 29 November, the last week of the data ends on 1 December: November has not ended,
    # so the latest month that has is October, whichever table holds that week.
    ws = make_ws(ad_performance=_weekly(("2026-11-18", "2026-11-24"), ("2026-11-25", "2026-12-01")))
    assert latest_month(ws, dt.date(2026, 11, 29)) == Period.month("2026-10")
    # ... and once November has ended, November.
    assert latest_month(ws, dt.date(2026, 12, 2)) == Period.month("2026-11")


def test_the_latest_month_is_the_latest_over_all_tables(make_ws) -> None:
    leads = pd.DataFrame({"created_at": pd.to_datetime(["2026-09-03", "2026-10-30"])})
    ws = make_ws(ad_performance=_weekly(("2026-08-03", "2026-08-09")), leads=leads)
    assert latest_month(ws, dt.date(2026, 11, 4)) == Period.month("2026-10")
    # rows after as_of are not seen
    assert latest_month(ws, dt.date(2026, 10, 15)) == Period.month("2026-09")


def test_no_dated_row_means_no_month(make_ws) -> None:
    ws = make_ws(ad_performance=_weekly()[["date", "spend"]])
    assert latest_month(ws, dt.date(2026, 11, 4)) is None


def test_a_month_without_rows_says_which_dates_the_workspace_holds(make_ws) -> None:
    ws = make_ws(ad_performance=_weekly(("2026-08-31", "2026-09-06")))
    # the week overlaps September: September has data, October does not
    assert no_data_reason(ws, Period.month("2026-09")) is None
    reason = no_data_reason(ws, Period.month("2026-10"))
    assert reason is not None
    assert "no data for 2026-10" in reason
    assert "runs from 2026-08-31 to 2026-09-06" in reason
