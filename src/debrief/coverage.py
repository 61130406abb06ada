"""Data coverage: which days a table's rows cover, at what grain, and what a period can be
compared with.

Exports are daily, weekly (Robyn-style MMM files, many CRM spend sheets) or monthly, and often
stop part-way through a month or start part-way through the trailing window. Reading weekly rows
as days gives "$0.14/day" where the weekly mean is $0.84; comparing February's seven days with
all of January gives "spend -3.1%"; counting the months before a source starts as 0 gives "+190%
vs trailing". This module says, from the rows themselves:

* the **grain** of a table (``day``, ``week``, ``month``; ``range`` when rows carry a
  ``date_end`` spanning more than a day; ``lifetime`` rows are counted apart), from the spacing of
  its dates when the rows do not state it;
* which **days** the rows cover (a weekly row covers its 7 days), the first and the last;
* for a period, how many of its days are covered, whether it is **partial**, whether the source
  had **started** at all, and the **comparable** window of a reference period (the same days of
  the month before when the current month stops on the 7th).

Only the table's distinct dates come into Python (one per day at most), never its rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from debrief.period import Period

if TYPE_CHECKING:
    import ibis.expr.types as ir

Grain = Literal["day", "week", "month", "range"]

__all__ = [
    "EDGE_DAYS",
    "Comparison",
    "Coverage",
    "Grain",
    "comparable_window",
    "compare",
    "coverage_of",
    "detect_grain",
]


def detect_grain(dates: Iterable[dt.date]) -> Grain:
    """``day``, ``week`` or ``month`` from the spacing of distinct dates (the most common gap).

    One date, or gaps of mixed lengths with no majority, reads as ``day``: a daily table with
    holes is still daily, and a single row says nothing about spacing.
    """
    days = sorted(set(dates))
    gaps = Counter((b - a).days for a, b in itertools.pairwise(days))
    if not gaps:
        return "day"
    gap, n = gaps.most_common(1)[0]
    if n * 2 < sum(gaps.values()):
        return "day"
    if gap == 7:
        return "week"
    if 28 <= gap <= 31 and all(d.day == days[0].day for d in days):
        return "month"
    return "day"


#: The most uncovered days at a reference window's edges that still read as quiet days.
EDGE_DAYS = 7


def _month_end(day: dt.date) -> dt.date:
    return Period.month(day.strftime("%Y-%m")).end


@dataclass(frozen=True)
class Coverage:
    """The days a table's rows cover. ``spans`` are the covered day ranges (merged, sorted)."""

    grain: Grain | None
    spans: tuple[tuple[dt.date, dt.date], ...] = ()
    #: Rows that are totals over an unstated period (``grain: lifetime``): not in ``spans``.
    lifetime_rows: int = 0
    #: Distinct row dates, for callers that place weekly or monthly rows on a calendar.
    dates: tuple[dt.date, ...] = field(default=(), repr=False)

    @property
    def first(self) -> dt.date | None:
        return self.spans[0][0] if self.spans else None

    @property
    def last(self) -> dt.date | None:
        return self.spans[-1][1] if self.spans else None

    @property
    def step_days(self) -> int:
        """Days one row covers at this grain (a month counts 30: for rates, not calendars)."""
        return {"week": 7, "month": 30}.get(self.grain or "day", 1)

    def covered_days(self, period: Period) -> int:
        """Days of ``period`` that some row covers."""
        n = 0
        for a, b in self.spans:
            lo, hi = max(a, period.start), min(b, period.end)
            if lo <= hi:
                n += (hi - lo).days + 1
        return n

    @property
    def longest_gap(self) -> int:
        """The most days in a row that no row covers between the first and the last (0: none).
        A daily export that writes no row on a day without activity shows its quiet days here."""
        return max(((b[0] - a[1]).days - 1 for a, b in itertools.pairwise(self.spans)), default=0)

    def whole(self, window: Period) -> bool:
        """Whether ``window`` counts as known from its first day to its last, as a reference.

        The days the data does not cover at the window's edges (before the first row, after the
        last) may be no more than the data's own longest gap between rows, and at most
        :data:`EDGE_DAYS`: a source that leaves out quiet days leaves them out at a month's start
        too, so "January 1-2 without rows" reads like the gaps inside the data, not like a source
        that began on the 3rd. Longer edges are a source starting or stopping: unknown."""
        if not self.known(window):
            return False
        assert self.first is not None and self.last is not None
        lead = max((self.first - window.start).days, 0)
        trail = max((window.end - self.last).days, 0)
        return max(lead, trail) <= min(self.longest_gap, EDGE_DAYS)

    def started(self, period: Period) -> bool:
        """Whether the source had begun by the end of ``period`` (before that: unknown, not 0)."""
        return self.first is not None and self.first <= period.end

    def known(self, period: Period) -> bool:
        """Whether any row covers a day of ``period``."""
        return self.covered_days(period) > 0

    def partial(self, period: Period) -> bool:
        """Whether the data begins or ends inside ``period`` (some of its days are not covered,
        at the edges: holes inside the data are gaps, found by the data-quality checks)."""
        if not self.known(period):
            return False
        assert self.first is not None and self.last is not None
        return self.first > period.start or self.last < period.end

    def within(self, period: Period) -> Period | None:
        """``period`` cut to the days the data covers at its edges (None when none)."""
        if not self.known(period):
            return None
        assert self.first is not None and self.last is not None
        return Period(max(period.start, self.first), min(period.end, self.last))

    def describe(self, period: Period) -> str:
        """The coverage in words: ``7 of 28 days (2026-02-01..2026-02-07), weekly rows``."""
        if not self.started(period):
            return "no data yet: the source starts after this period"
        days = self.covered_days(period)
        grain = {"day": "daily", "week": "weekly", "month": "monthly", "range": "date-range"}.get(
            self.grain or "", "no"
        )
        if days == 0:
            return f"no data in this period ({grain} rows)"
        cut = self.within(period)
        where = "" if cut is None or cut == period else f" ({cut.start}..{cut.end})"
        count = f"all {days} days" if days == period.days else f"{days} of {period.days} days"
        if self.grain == "range":
            return f"{count}{where}, shared out by days from totals over date ranges"
        return f"{count}{where}, {grain} rows"


def _spans_of(
    starts_ends: Sequence[tuple[dt.date, dt.date]],
) -> tuple[tuple[dt.date, dt.date], ...]:
    merged: list[list[dt.date]] = []
    for a, b in sorted(starts_ends):
        if merged and a <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)


def coverage_of(table: ir.Table, date_col: str = "date") -> Coverage:
    """The coverage of ``table`` (an Ibis table with a date column; ``date_end`` and ``grain``
    used when present). One row per distinct date comes back from the engine."""
    cols = set(table.columns)
    t = table.mutate(day=table[date_col].cast("date"))
    aggs = {"n": t.count()}
    if "date_end" in cols:
        aggs["date_end"] = t.date_end.max()
    if "grain" in cols:
        aggs["lifetime"] = (t.grain == "lifetime").ifelse(1, 0).sum()
    rows = t.group_by("day").aggregate(**aggs).to_pyarrow().to_pylist()
    lifetime = sum(int(r.get("lifetime") or 0) for r in rows)
    dated = [r for r in rows if r["day"] is not None and int(r.get("lifetime") or 0) < r["n"]]
    if not dated:
        return Coverage(None, (), lifetime, ())
    dates = sorted(r["day"] for r in dated)
    ends = {r["day"]: r.get("date_end") for r in dated}
    ranged = any(e is not None and e > d for d, e in ends.items())
    grain: Grain = "range" if ranged else detect_grain(dates)
    spans = []
    for d in dates:
        end = ends.get(d)
        if end is None or end < d:
            end = d
            if grain == "week":
                end = d + dt.timedelta(days=6)
            elif grain == "month":
                end = _month_end(d)
        spans.append((d, end))
    return Coverage(grain, _spans_of(spans), lifetime, tuple(dates))


def comparable_window(
    coverage: Coverage, period: Period, reference: Period
) -> tuple[Period, Period] | None:
    """``period`` and ``reference`` cut to comparable days when ``period`` is partial.

    When the data stops part-way (on the 7th), the current window is the covered days and the
    reference is the same days of the reference period (its 1st to 7th), clipped to its length;
    when the data starts part-way, the same from the other side. None when ``period`` has no
    data. Unchanged periods when ``period`` is fully covered.
    """
    cut = coverage.within(period)
    if cut is None:
        return None
    if cut == period:
        return period, reference
    lo = (cut.start - period.start).days
    hi = (cut.end - period.start).days
    start = reference.start + dt.timedelta(days=lo)
    end = min(reference.start + dt.timedelta(days=hi), reference.end)
    if start > reference.end:
        return cut, reference
    return cut, Period(start, end)


@dataclass(frozen=True)
class Comparison:
    """The windows a period's figures are computed on, and what they are compared with.

    ``current`` is the period cut to the days the data covers (None: no data in it).
    ``prior`` and ``trailing`` are the reference months cut to the same days when the current
    window is partial; a reference month before the source starts (or after it stops) is left
    out (None, or missing from ``trailing``): unknown, never zero. ``trailing_months`` says how
    many months the trailing mean divides by.
    """

    period: Period
    current: Period | None
    prior: Period | None
    trailing: tuple[Period, ...]
    partial: bool
    coverage: str

    @property
    def trailing_months(self) -> int:
        return len(self.trailing)

    def note(self, source: str) -> str | None:
        """A sentence for the report when the comparison is not month against whole month."""
        if self.current is None:
            return f"{source}: {self.coverage}."
        if not self.partial and self.trailing_months in (0, 3):
            return None
        parts = [f"{source}: {self.coverage}"]
        if self.partial and self.prior is not None:
            parts.append(f"compared with the same days of the prior month ({self.prior.label})")
        elif self.prior is None:
            parts.append("the prior month has no data: no change against it")
        if self.trailing_months < 3:
            parts.append(
                f"the trailing mean covers {self.trailing_months} month(s) with data, not 3"
                if self.trailing_months
                else "no trailing month has data"
            )
        return "; ".join(parts) + "."


def _same_days(cut: Period, period: Period, month: Period) -> Period | None:
    """The days of ``month`` at the same offsets as ``cut`` within ``period``."""
    lo = (cut.start - period.start).days
    hi = (cut.end - period.start).days
    start = month.start + dt.timedelta(days=lo)
    end = min(month.start + dt.timedelta(days=hi), month.end)
    return Period(start, end) if start <= end else None


def compare(coverage: Coverage, period: Period, months: int = 3) -> Comparison:
    """The current, prior-month and trailing windows of ``period`` under one rule, for the
    dashboard and the trend tables alike: cut to the covered days, references cut to the same
    days, months without data left out."""
    cut = coverage.within(period)
    partial = cut is not None and cut != period

    def reference(month: Period) -> Period | None:
        window = month if cut is None or not partial else _same_days(cut, period, month)
        if window is None:
            return None
        # The reference counts only when the data covers it from edge to edge, give or take the
        # quiet days the data itself skips (Coverage.whole); holes inside are the data-quality
        # checks' business.
        return window if coverage.whole(window) else None

    prior = reference(period.prior_month())
    trailing: list[Period] = []
    month = period
    for _ in range(months):
        month = month.prior_month()
        ref = reference(month)
        if ref is not None:
            trailing.append(ref)
    return Comparison(
        period, cut, prior, tuple(reversed(trailing)), partial, coverage.describe(period)
    )
