"""Coverage: grain from the spacing of dates, covered days, partial periods, comparable windows,
on generated daily, weekly, monthly, range and lifetime tables (hand-computed expectations)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from debrief.coverage import comparable_window, coverage_of, detect_grain
from debrief.period import Period

D = dt.date


def days(start: dt.date, n: int, step: int = 1) -> list[dt.date]:
    return [start + dt.timedelta(days=i * step) for i in range(n)]


@pytest.mark.parametrize(
    ("dates", "grain"),
    [
        (days(D(2024, 1, 1), 30), "day"),
        (days(D(2024, 1, 1), 30)[::2] + days(D(2024, 1, 1), 30)[1::3], "day"),  # holes: daily
        (days(D(2024, 1, 1), 10, 7), "week"),
        ([D(2024, m, 1) for m in range(1, 7)], "month"),
        ([D(2024, 1, 5)], "day"),
    ],
)
def test_grain_from_spacing(dates: list[dt.date], grain: str) -> None:
    assert detect_grain(dates) == grain


def test_weekly_rows_cover_their_seven_days(make_ws) -> None:
    df = pd.DataFrame({"date": days(D(2024, 1, 1), 4, 7), "spend": [7.0, 14.0, 0.0, 21.0]})
    cov = coverage_of(make_ws(ad_performance=df).table("ad_performance"))
    assert cov.grain == "week" and cov.step_days == 7
    assert (cov.first, cov.last) == (D(2024, 1, 1), D(2024, 1, 28))
    jan = Period.month("2024-01")
    assert cov.covered_days(jan) == 28 and cov.partial(jan)
    assert cov.describe(jan) == "28 of 31 days (2024-01-01..2024-01-28), weekly rows"
    assert cov.describe(Period.month("2024-02")) == "no data in this period (weekly rows)"


def test_partial_month_is_compared_with_the_same_days(make_ws) -> None:
    df = pd.DataFrame({"date": days(D(2024, 1, 1), 31 + 7)})  # Jan 1 .. Feb 7
    cov = coverage_of(make_ws(ad_performance=df).table("ad_performance"))
    feb, jan = Period.month("2024-02"), Period.month("2024-01")
    assert cov.partial(feb) and not cov.partial(jan)
    assert comparable_window(cov, feb, jan) == (
        Period(D(2024, 2, 1), D(2024, 2, 7)),
        Period(D(2024, 1, 1), D(2024, 1, 7)),
    )
    assert comparable_window(cov, jan, Period.month("2023-12")) == (jan, Period.month("2023-12"))


def test_months_before_the_source_starts_are_unknown(make_ws) -> None:
    df = pd.DataFrame({"date": days(D(2024, 3, 1), 31)})
    cov = coverage_of(make_ws(ad_performance=df).table("ad_performance"))
    assert not cov.started(Period.month("2024-01"))
    assert not cov.known(Period.month("2024-02"))
    assert cov.started(Period.month("2024-03"))
    assert "starts after" in cov.describe(Period.month("2024-02"))


def test_range_and_lifetime_rows(make_ws) -> None:
    df = pd.DataFrame(
        {
            "date": [D(2024, 2, 1), D(2024, 2, 1), D(2024, 5, 1)],
            "date_end": [D(2024, 2, 29), D(2024, 2, 29), None],
            "grain": [None, None, "lifetime"],
        }
    )
    cov = coverage_of(make_ws(ad_performance=df).table("ad_performance"))
    assert cov.grain == "range" and cov.lifetime_rows == 1
    assert cov.spans == ((D(2024, 2, 1), D(2024, 2, 29)),)
    assert not cov.known(Period.month("2024-05"))  # a lifetime total is no day's data


def _weekdays(start: dt.date, end: dt.date) -> list[dt.date]:
    """A daily export that writes no row at weekends (its quiet days)."""
    return [d for d in days(start, (end - start).days + 1) if d.weekday() < 5]


@pytest.mark.parametrize(
    ("dates", "january_known"),
    [
        # Rows Mon-Fri from Wed 3 Jan: Jan 1-2 missing is no longer than the weekend gaps.
        (_weekdays(D(2024, 1, 3), D(2024, 4, 30)), True),
        # Same export from 10 Jan: nine days before it is a source starting, not quiet days.
        (_weekdays(D(2024, 1, 10), D(2024, 4, 30)), False),
        # Every day has a row from 2 Jan: the data never skips a day, so Jan 1 is before it.
        (days(D(2024, 1, 2), 120), False),
        # Rows every 10th day: gaps of 9 days, but at most EDGE_DAYS (7) at the edge count.
        (days(D(2024, 1, 9), 12, 10), False),
    ],
)
def test_a_reference_month_is_known_give_or_take_the_datas_own_quiet_days(
    make_ws, dates: list[dt.date], january_known: bool
) -> None:
    from debrief.coverage import compare

    cov = coverage_of(make_ws(ad_performance=pd.DataFrame({"date": dates})).table("ad_performance"))
    jan = Period.month("2024-01")
    assert cov.whole(jan) is january_known
    comparison = compare(cov, Period.month("2024-04"))
    assert any(w.start.month == 1 for w in comparison.trailing) is january_known
    assert (comparison.trailing_months == 3) is january_known
