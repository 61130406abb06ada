"""The cycle's calendar: when each meeting is, when its pre-read goes out, when owners are reminded.

* Monthly review of a month: the report is due ``summary.report_business_days`` business days after
  month end and the meeting is the business day after (``synthesis.executive.review_dates``, the
  dates the report itself prints); the pre-read goes out 24 hours before, moved earlier over
  weekends and holidays (:func:`debrief.period.pre_read_date`). The review waits for late data until
  ``cycle.grace_business_days`` business days after month end.
* Post-mortem of a campaign: on the first business day at least ``cycle.postmortem_after_days``
  after its end, inside the ``postmortem.window_days`` window (the seed's "within one to two weeks").
* Reminders: ``cycle.reminder_business_days`` business days before a change or action falls due.

Meetings start at ``cycle.meeting_time`` in ``cycle.timezone``; public holidays are those of
``summary.country``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from debrief.period import add_business_days, is_business_day, pre_read_date

if TYPE_CHECKING:
    from debrief.config import Settings
    from debrief.period import Period

__all__ = [
    "MonthlyDates",
    "meeting_start",
    "monthly_dates",
    "postmortem_date",
    "reminder_date",
]


def _country(settings: Settings) -> str | None:
    return settings.summary.country or None


def meeting_start(day: dt.date, settings: Settings) -> dt.datetime:
    """The meeting's start on ``day``, in the cycle's time zone."""
    return dt.datetime.combine(day, settings.cycle.meeting_time, ZoneInfo(settings.cycle.timezone))


@dataclass(frozen=True)
class MonthlyDates:
    period: Period
    grace_until: dt.date  # the review runs by this day even if a source is late
    report_due: dt.date
    pre_read: dt.date
    meeting: dt.date
    start: dt.datetime  # the meeting's start, time-zone aware

    @property
    def label(self) -> str:
        return self.period.label


def monthly_dates(period: Period, settings: Settings) -> MonthlyDates:
    from debrief.synthesis.executive import review_dates

    d = review_dates(period, settings.summary)
    return MonthlyDates(
        period=period,
        grace_until=add_business_days(
            period.end, settings.cycle.grace_business_days, _country(settings)
        ),
        report_due=d["report_due"],
        pre_read=d["pre_read"],
        meeting=d["meeting"],
        start=meeting_start(d["meeting"], settings),
    )


def postmortem_date(end: dt.date, settings: Settings) -> dt.date:
    """The post-mortem of a campaign that ended on ``end``: the first business day at least
    ``postmortem_after_days`` after it; when none is left in the window, the window's last
    business day (or its last day)."""
    country = _country(settings)
    first = end + dt.timedelta(days=settings.cycle.postmortem_after_days)
    last = end + dt.timedelta(days=max(settings.postmortem.window_days, 1))
    day = first
    while day <= last:
        if is_business_day(day, country):
            return day
        day += dt.timedelta(days=1)
    day = last
    while day > end:
        if is_business_day(day, country):
            return day
        day -= dt.timedelta(days=1)
    return last


def reminder_date(due: dt.date, settings: Settings) -> dt.date:
    """``cycle.reminder_business_days`` business days before ``due``."""
    country = _country(settings)
    day, left = due, settings.cycle.reminder_business_days
    while left > 0:
        day -= dt.timedelta(days=1)
        if is_business_day(day, country):
            left -= 1
    return day


def meeting_pre_read(day: dt.date, settings: Settings) -> dt.date:
    """The pre-read day of a meeting on ``day``."""
    return pre_read_date(day, _country(settings))
