"""Budget utilisation and pacing against the plan (``budgets``), per channel and campaign.

Definitions (``docs/metrics.md``), money in the workspace currency, rates as fractions:

* spend to date      spend on days ``start .. last_day`` with ``last_day = min(period end, as_of,
                     last day with data)``
* utilisation        spend to date ÷ planned spend
* share elapsed      days ``start .. last_day`` ÷ days in the period
* pacing             utilisation ÷ share elapsed (equals utilisation for a finished period)
* forecast spend     spend to date + remaining days × mean daily spend of the last 7 days
                     (``last_day - 6 .. last_day``; a day without rows counts as zero spend)
* status             on the forecast utilisation: ``over`` above 1 + tolerance, ``under`` below
                     1 - tolerance, else ``on_plan``; ``no_plan`` where nothing is planned

A budget row is matched on the keys it has: a campaign row against that campaign's spend (narrowed
to the channel when it names one as well), a row with neither against the total. Each planned
channel gets one row: its channel-level plan, or the sum of its campaign plans when it has none.
A campaign off plan in the same direction as its channel is not reported twice, and a campaign row
identical to its channel's row (one planned campaign holding all the spend) is left out. A period that is not a calendar month gets each month's plan prorated by
the days of the month it covers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.analyses.budget.data import budgets_frame, data_through, spend_by_campaign_day
from debrief.numbers import fmt
from debrief.results import Finding, ratio

if TYPE_CHECKING:
    from debrief.period import Period
    from debrief.workspace import Workspace

__all__ = ["PacingWindow", "pacing_findings", "pacing_rows", "pacing_table", "pacing_window"]

STAGE = "budget"


@dataclass(frozen=True)
class PacingWindow:
    """Where ``as_of`` falls in the period. Days are inclusive counts."""

    start: dt.date
    end: dt.date
    last_day: dt.date  # last day counted as "to date"
    elapsed_days: int
    remaining_days: int
    days: int

    @property
    def share_elapsed(self) -> float:
        return self.elapsed_days / self.days

    @property
    def in_progress(self) -> bool:
        return self.remaining_days > 0


def pacing_window(period: Period, as_of: dt.date) -> PacingWindow:
    """The pacing window of ``period`` seen on ``as_of`` (``as_of`` itself counts as elapsed)."""
    last_day = min(period.end, as_of)
    elapsed = max(0, (last_day - period.start).days + 1)
    return PacingWindow(
        start=period.start,
        end=period.end,
        last_day=last_day,
        elapsed_days=elapsed,
        remaining_days=period.days - elapsed,
        days=period.days,
    )


def _months(period: Period) -> dict[str, float]:
    """Each month the period touches -> share of that month's days inside the period."""
    out: dict[str, float] = {}
    day = period.start.replace(day=1)
    while day <= period.end:
        n = calendar.monthrange(day.year, day.month)[1]
        m_end = day.replace(day=n)
        overlap = (min(m_end, period.end) - max(day, period.start)).days + 1
        out[day.strftime("%Y-%m")] = overlap / n
        day = m_end + dt.timedelta(days=1)
    return out


def _none(v: Any) -> Any:
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else v


def pacing_rows(
    spend: pd.DataFrame,
    budgets: pd.DataFrame | None,
    window: PacingWindow,
    months: dict[str, float] | None = None,
    tolerance: float = 0.10,
) -> list[dict[str, Any]]:
    """The ``pacing`` table from a daily spend frame and a budgets frame (pure function).

    ``spend``: columns ``date``, ``channel``, ``campaign_id``, ``spend`` covering at least
    ``last_day - 6 .. last_day`` and the period. ``budgets``: ``month``, ``channel``,
    ``campaign_id``, ``planned_spend``. ``months`` maps a month to the share of it in the period
    (default: every budget month counts fully).
    """
    spend = spend.copy()
    spend["campaign_id"] = spend["campaign_id"].map(_none)
    in_period = (spend["date"] >= window.start) & (spend["date"] <= window.last_day)
    recent_from = window.last_day - dt.timedelta(days=6)
    recent = (spend["date"] >= recent_from) & (spend["date"] <= window.last_day)

    plans: dict[tuple[str | None, str | None], float] = {}
    if budgets is not None and not budgets.empty:
        for r in budgets.itertuples(index=False):
            share = 1.0 if months is None else months.get(str(r.month), 0.0)
            key = (_none(r.channel), _none(r.campaign_id))
            plans[key] = plans.get(key, 0.0) + float(r.planned_spend) * share

    def _row(channel: str | None, campaign: str | None, planned: float | None) -> dict[str, Any]:
        mask = pd.Series(True, index=spend.index)
        if channel is not None:
            mask &= spend["channel"] == channel
        if campaign is not None:
            mask &= spend["campaign_id"] == campaign
        to_date = float(spend.loc[mask & in_period, "spend"].sum())
        last7 = float(spend.loc[mask & recent, "spend"].sum()) / 7.0
        forecast = to_date + window.remaining_days * last7
        utilisation = ratio(to_date, planned)
        forecast_util = ratio(forecast, planned)
        pacing = None
        if utilisation is not None and window.elapsed_days > 0:
            pacing = utilisation / window.share_elapsed
        if planned is None or forecast_util is None:
            status = "no_plan"
        elif forecast_util > 1 + tolerance:
            status = "over"
        elif forecast_util < 1 - tolerance:
            status = "under"
        else:
            status = "on_plan"
        return {
            "channel": channel,
            "campaign_id": campaign,
            "planned_spend": None if planned is None else round(planned, 2),
            "spend": round(to_date, 2),
            "utilisation": utilisation,
            "pacing": pacing,
            "forecast_spend": round(forecast, 2),
            "forecast_utilisation": forecast_util,
            "status": status,
        }

    # A channel's plan is its channel-level row, or else the sum of its campaign rows: teams plan
    # either way, and the channel line is what the review compares.
    channel_plans: dict[str, float] = {}
    for (ch, cp), planned in plans.items():
        if ch is not None and cp is None:
            channel_plans[ch] = planned
    for (ch, cp), planned in plans.items():
        if ch is not None and cp is not None and (ch, None) not in plans:
            channel_plans[ch] = channel_plans.get(ch, 0.0) + planned
    rows = [_row(ch, None, planned) for ch, planned in channel_plans.items()]
    by_channel = {r["channel"]: r for r in rows}
    for (ch, cp), planned in plans.items():
        if cp is None:
            continue
        row = _row(ch, cp, planned)
        same = by_channel.get(ch)
        # A channel planned as one campaign that holds all its spend: the campaign row would
        # repeat the channel row line for line.
        if same is not None and (same["planned_spend"], same["spend"], same["forecast_spend"]) == (
            row["planned_spend"],
            row["spend"],
            row["forecast_spend"],
        ):
            continue
        rows.append(row)
    if (None, None) in plans:
        rows.append(_row(None, None, plans[(None, None)]))
    # Channels with spend but no plan at all: shown, so unplanned spend is visible.
    for ch in sorted(set(spend.loc[in_period & (spend["spend"] > 0), "channel"].dropna())):
        if ch not in channel_plans:
            rows.append(_row(ch, None, None))
    rows.sort(key=lambda r: (r["channel"] is None, r["channel"] or "", r["campaign_id"] or ""))
    return rows


def pacing_table(
    ws: Workspace, period: Period, as_of: dt.date, tolerance: float = 0.10
) -> tuple[list[dict[str, Any]], PacingWindow]:
    """The ``pacing`` table for ``period`` seen on ``as_of``, and its window.

    "To date" ends at the last day with data on or before ``as_of``: exports lag a day or more,
    and counting the days not loaded yet as zero spend would pull the forecast down.
    """
    through = data_through(ws, as_of)
    window = pacing_window(period, as_of if through is None else min(as_of, through))
    first = min(period.start, window.last_day - dt.timedelta(days=6))
    spend = spend_by_campaign_day(ws, first, window.last_day)
    months = _months(period)
    budgets = budgets_frame(ws, sorted(months))
    return pacing_rows(spend, budgets, window, months, tolerance), window


def _label(row: dict[str, Any]) -> str:
    parts = [p for p in (row["channel"], row["campaign_id"]) if p]
    return " / ".join(parts) if parts else "all channels"


def pacing_findings(rows: list[dict[str, Any]], window: PacingWindow, money: Any) -> list[Finding]:
    """``overspend`` / ``underspend`` findings for rows off plan; impact is the money off plan.

    ``money`` formats an amount (``money(1234.5) -> "$1,234.50"``).
    """
    out: list[Finding] = []
    channel_status = {r["channel"]: r["status"] for r in rows if r["campaign_id"] is None}
    for row in rows:
        if row["status"] not in ("over", "under"):
            continue
        if row["campaign_id"] is not None and channel_status.get(row["channel"]) == row["status"]:
            continue  # the channel's finding already says it; its campaign would count it twice
        planned, forecast = row["planned_spend"], row["forecast_spend"]
        util = row["forecast_utilisation"]
        kind = "overspend" if row["status"] == "over" else "underspend"
        gap = abs(forecast - planned)
        if window.in_progress:
            statement = (
                f"{_label(row)} spent {money(row['spend'])} by {window.last_day.isoformat()} and "
                f"is forecast to spend {money(forecast)} by {window.end.isoformat()}, "
                f"{fmt(util, 'rate', places=0)} of the {money(planned)} planned."
            )
        else:
            statement = (
                f"{_label(row)} spent {money(row['spend'])} against {money(planned)} planned "
                f"({fmt(util, 'rate', places=0)} of plan)."
            )
        deviation = abs(util - 1)
        key = ".".join(p for p in (row["channel"], row["campaign_id"]) if p) or "total"
        subject = {k: row[k] for k in ("channel", "campaign_id") if row[k]}
        out.append(
            Finding(
                id=f"budget.{kind}.{key}",
                stage=STAGE,
                kind=kind,
                statement=statement,
                subject=subject,
                metric="forecast_utilisation" if window.in_progress else "utilisation",
                actual=util,
                reference=1.0,
                reference_kind="plan",
                severity="critical" if deviation >= 0.25 else "warning",
                evidence={
                    "planned_spend": planned,
                    "spend": row["spend"],
                    "forecast_spend": forecast,
                    "pacing": row["pacing"],
                    "days_elapsed": window.elapsed_days,
                    "days_remaining": window.remaining_days,
                },
                impact=round(gap, 2),
            )
        )
    return out
