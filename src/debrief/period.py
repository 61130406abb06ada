"""Periods (closed date ranges) and business-day arithmetic for due dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def as_date(v: object) -> dt.date | None:
    """A date cell as a date: a datetime (pandas' Timestamp too) gives its date, a date itself,
    None stays None (a blank end date), anything else is read from its ISO text (``2026-10-01``,
    ``2026-10-01 00:00:00``). The one conversion every reader of a date cell uses."""
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


@dataclass(frozen=True)
class Period:
    """A closed date range ``[start, end]``, both inclusive."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def month(cls, text: str) -> Period:
        """The calendar month ``YYYY-MM``."""
        m = _MONTH.match(text.strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise ValueError(f"month must look like YYYY-MM (e.g. 2026-10), not {text!r}")
        year, month = int(m.group(1)), int(m.group(2))
        return cls(
            dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        if self.start.day == 1 and self.end == Period.month(self.start.strftime("%Y-%m")).end:
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def prior_month(self) -> Period:
        """The calendar month before this period's start month."""
        first = self.start.replace(day=1)
        return Period.month((first - dt.timedelta(days=1)).strftime("%Y-%m"))

    def trailing_months(self, n: int) -> Period:
        """The ``n`` full calendar months before this period's start month."""
        p = self
        for _ in range(n):
            p = p.prior_month()
        return Period(p.start, self.prior_month().end)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _holidays(country: str, years: range) -> set[dt.date]:
    import holidays

    try:
        return set(holidays.country_holidays(country, years=list(years)).keys())
    except NotImplementedError:
        raise ValueError(f"Unknown country {country!r} for public holidays") from None


def public_holidays(
    start: dt.date, end: dt.date, country: str | None = "US"
) -> list[tuple[dt.date, str]]:
    """The public holidays of ``country`` from ``start`` to ``end`` (inclusive), with their names,
    in date order; none without a country."""
    if not country or end < start:
        return []
    import holidays

    try:
        cal = holidays.country_holidays(country, years=list(range(start.year, end.year + 1)))
    except NotImplementedError:
        raise ValueError(f"Unknown country {country!r} for public holidays") from None
    return sorted((d, str(n)) for d, n in cal.items() if start <= d <= end)


def add_business_days(start: dt.date, n: int, country: str | None = "US") -> dt.date:
    """The date ``n`` business days after ``start`` (weekends and public holidays skipped)."""
    off = _holidays(country, range(start.year, start.year + 2)) if country else set()
    day, left = start, n
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            left -= 1
    return day


def report_due_date(period: Period, business_days: int = 3, country: str | None = "US") -> dt.date:
    """When the monthly review is due: ``business_days`` business days after the period ends."""
    return add_business_days(period.end, business_days, country)


def is_business_day(day: dt.date, country: str | None = "US") -> bool:
    """Whether ``day`` is a weekday that is not a public holiday of ``country``."""
    if day.weekday() >= 5:
        return False
    return not country or day not in _holidays(country, range(day.year, day.year + 1))


def business_day_on_or_after(day: dt.date, country: str | None = "US") -> dt.date:
    """``day`` when it is a business day, else the next one."""
    while not is_business_day(day, country):
        day += dt.timedelta(days=1)
    return day


def pre_read_date(meeting: dt.date, country: str | None = "US") -> dt.date:
    """When a meeting's pre-read goes out: 24 hours before (the day before), moved earlier to the
    last business day when that day is a weekend or public holiday (a Monday meeting's pre-read
    goes out on Friday)."""
    day = meeting - dt.timedelta(days=1)
    while not is_business_day(day, country):
        day -= dt.timedelta(days=1)
    return day


def business_days_between(start: dt.date, end: dt.date, country: str | None = "US") -> int:
    """Business days ``d`` with ``start < d <= end`` (0 when ``end`` is not after ``start``): a
    review finished on the first business day after month end was done 1 business day after it."""
    n, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        n += is_business_day(day, country)
    return n
