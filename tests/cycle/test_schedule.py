"""The cycle's calendar: pre-reads moved before weekends and holidays, post-mortems inside the
1-2 week window, reminders in business days, meetings in the team's time zone, data readiness."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from debrief.config import parse_settings
from debrief.cycle.readiness import source_status
from debrief.cycle.schedule import meeting_start, monthly_dates, postmortem_date, reminder_date
from debrief.period import Period, business_days_between, is_business_day, pre_read_date

D = dt.date


@pytest.mark.parametrize(
    ("meeting", "pre_read"),
    [
        (D(2026, 11, 5), D(2026, 11, 4)),  # Thursday: Wednesday
        (D(2026, 11, 9), D(2026, 11, 6)),  # Monday: the Friday before
        (D(2026, 9, 8), D(2026, 9, 4)),  # Tuesday after Labor Day (Mon 7 Sep): Friday 4 Sep
        (D(2026, 11, 27), D(2026, 11, 25)),  # Friday after Thanksgiving (Thu 26): Wednesday
        (D(2026, 1, 2), D(2025, 12, 31)),  # Friday after New Year's Day: Wednesday 31 Dec
    ],
)
def test_the_pre_read_goes_out_on_the_last_business_day_before(meeting, pre_read) -> None:
    assert pre_read_date(meeting, "US") == pre_read
    assert is_business_day(pre_read, "US") and pre_read < meeting


def test_holidays_are_the_teams_country() -> None:
    # Bastille Day, Tue 14 Jul 2026, is a holiday in France, not in the US
    assert pre_read_date(D(2026, 7, 15), "FR") == D(2026, 7, 13)
    assert pre_read_date(D(2026, 7, 15), "US") == D(2026, 7, 14)
    assert pre_read_date(D(2026, 7, 15), None) == D(2026, 7, 14)


def test_business_days_after_month_end() -> None:
    assert business_days_between(D(2026, 10, 31), D(2026, 11, 1), "US") == 0  # Sunday
    assert business_days_between(D(2026, 10, 31), D(2026, 11, 3), "US") == 2
    assert business_days_between(D(2026, 10, 31), D(2026, 10, 31), "US") == 0
    # Veterans Day, Wed 11 Nov, is not a business day
    assert business_days_between(D(2026, 11, 10), D(2026, 11, 12), "US") == 1


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (D(2026, 8, 9), D(2026, 8, 17)),  # Sunday end: a week later is a Sunday -> Monday
        (D(2026, 10, 20), D(2026, 10, 27)),  # Tuesday end: Tuesday a week later
        (D(2026, 8, 28), D(2026, 9, 4)),  # Friday end: Friday 4 Sep (Labor Day is Mon 7)
        (D(2026, 11, 19), D(2026, 11, 27)),  # + 7 = Thanksgiving, Thu 26 Nov: Friday 27
    ],
)
def test_the_post_mortem_is_held_one_to_two_weeks_after_the_end(end, expected) -> None:
    s = parse_settings({})
    got = postmortem_date(end, s)
    assert got == expected
    assert 7 <= (got - end).days <= 14 and is_business_day(got, "US")


def test_a_window_with_no_business_day_left_takes_its_last_business_day() -> None:
    s = parse_settings({"cycle": {"postmortem_after_days": 13}, "postmortem": {"window_days": 14}})
    # ends Fri 18 Dec 2026: +13 = Thu 31 Dec, business; a Christmas-heavy case
    assert postmortem_date(D(2026, 12, 18), s) == D(2026, 12, 31)
    s = parse_settings({"cycle": {"postmortem_after_days": 14}, "postmortem": {"window_days": 14}})
    # ends Sat 19 Dec: +14 = Sat 2 Jan 2027, no business day at or after it in the window
    assert postmortem_date(D(2026, 12, 19), s) == D(2026, 12, 31)


def test_reminders_count_business_days_back() -> None:
    s = parse_settings({})
    assert reminder_date(D(2026, 8, 19), s) == D(2026, 8, 17)
    assert reminder_date(D(2026, 11, 12), s) == D(2026, 11, 9)  # Veterans Day in between
    assert reminder_date(
        D(2026, 11, 12), parse_settings({"cycle": {"reminder_business_days": 0}})
    ) == D(2026, 11, 12)


def test_meetings_start_in_the_teams_time_zone() -> None:
    s = parse_settings({"cycle": {"timezone": "America/New_York", "meeting_time": "09:30"}})
    start = meeting_start(D(2026, 11, 5), s)
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 11, 5, 14, 30, tzinfo=dt.UTC)
    md = monthly_dates(Period.month("2026-10"), s)
    assert (md.report_due, md.pre_read, md.meeting) == (
        D(2026, 11, 4),
        D(2026, 11, 4),
        D(2026, 11, 5),
    )
    assert md.grace_until == D(2026, 11, 3)


def test_each_source_says_how_far_its_data_reaches(make_ws) -> None:
    ws = make_ws(
        ad_performance=pd.DataFrame(
            {
                "date": [D(2026, 10, 30), D(2026, 10, 31)],
                "channel": "x",
                "spend": 1.0,
                "impressions": 1,
                "clicks": 0,
                "conversions": 0,
            }
        ),
        leads=pd.DataFrame({"lead_id": ["a"], "created_at": [pd.Timestamp("2026-10-29 23:59")]}),
    )
    got = {s.name: s for s in source_status(ws, D(2026, 10, 31))}
    assert set(got) == {
        "ad_performance",
        "leads",
    }  # tables the workspace does not hold: not required
    assert got["ad_performance"].ready and not got["leads"].ready
    assert got["leads"].describe(D(2026, 10, 31)) == (
        "leads has data up to 2026-10-29, 2 days short of 2026-10-31"
    )
    (missing,) = source_status(ws, D(2026, 10, 31), ["touchpoints"])
    assert not missing.ready and missing.describe(D(2026, 10, 31)) == "touchpoints has no data"
    with pytest.raises(ValueError, match="not a dated table"):
        source_status(ws, D(2026, 10, 31), ["budgets"])
