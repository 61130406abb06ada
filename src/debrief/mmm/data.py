"""The model's input: one outcome, spend per channel and controls on one calendar of periods.

:class:`MMMData` is what every other module reads; :func:`debrief.mmm.workspace.load` builds it
from a workspace and the simulator (:mod:`debrief.mmm.simulate`) builds it directly. The grain is
a day or a week (``period_days`` 1 or 7), detected from the outcome's dates by :func:`grain`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from debrief.errors import UserError

__all__ = ["LiftTest", "MMMData", "grain"]


@dataclass(frozen=True)
class LiftTest:
    """A measured incremental outcome of one channel's spend from ``start`` to ``end``."""

    channel: str
    start: dt.date
    end: dt.date
    incremental_value: float
    standard_error: float | None = None


@dataclass(frozen=True)
class MMMData:
    """``outcome`` (n) and ``spend`` (n x channels, money per period) on ``dates`` (the first day
    of each period), ``controls`` (n x k) or None, ``period_days`` 1 (daily) or 7 (weekly)."""

    dates: pd.DatetimeIndex
    outcome: np.ndarray
    spend: pd.DataFrame
    controls: pd.DataFrame | None = None
    kpi: str = "revenue"
    period_days: int = 7
    lift_tests: tuple[LiftTest, ...] = field(default=())

    def __post_init__(self) -> None:
        n = len(self.dates)
        if len(self.outcome) != n or len(self.spend) != n:
            raise ValueError("outcome, spend and dates must have one row per period")
        if self.controls is not None and len(self.controls) != n:
            raise ValueError("controls must have one row per period")

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(str(c) for c in self.spend.columns)

    @property
    def daily(self) -> bool:
        return self.period_days == 1

    @property
    def unit(self) -> str:
        return "day" if self.daily else "week"

    def head(self, n: int) -> MMMData:
        """The first ``n`` periods (lift tests kept when they end inside them)."""
        last = self.dates[n - 1].date()
        return MMMData(
            dates=self.dates[:n],
            outcome=self.outcome[:n],
            spend=self.spend.iloc[:n].reset_index(drop=True),
            controls=None
            if self.controls is None
            else self.controls.iloc[:n].reset_index(drop=True),
            kpi=self.kpi,
            period_days=self.period_days,
            lift_tests=tuple(t for t in self.lift_tests if t.end <= last),
        )


def grain(dates: pd.Series | pd.DatetimeIndex, where: str = "outcomes") -> int:
    """1 for daily dates, 7 for weekly ones; a clear error otherwise.

    Every gap between consecutive distinct dates must be one day (daily) or seven days (weekly).
    Missing periods are refused with the first gap found, never filled with zeros: an outcome that
    was not recorded is unknown, not nothing.
    """
    d = pd.DatetimeIndex(pd.to_datetime(pd.Series(dates)).drop_duplicates().sort_values())
    if len(d) < 3:
        raise UserError(
            f"{where} has {len(d)} distinct dates: a marketing-mix model needs a history",
            where=where,
            fix="load at least a year of daily or weekly outcomes",
        )
    gaps = np.diff(d.to_numpy().astype("datetime64[D]").astype(np.int64))
    smallest = int(gaps.min())
    if smallest not in (1, 7):
        raise UserError(
            f"{where} dates are {smallest} days apart: the model reads daily or weekly rows",
            where=where,
            fix="aggregate the outcomes to days or to weeks (dated by each week's first day)",
        )
    bad = np.nonzero(gaps != smallest)[0]
    if bad.size:
        i = int(bad[0])
        kind = "day" if smallest == 1 else "week"
        raise UserError(
            f"{where} is {kind}ly but has no row between {d[i].date()} and {d[i + 1].date()} "
            f"({int(bad.size)} gap(s) in all): a missing {kind} is unknown, not zero",
            where=where,
            fix=f"add the missing {kind}s' outcomes, or load a history without gaps",
        )
    return smallest
