"""Metric formulas as Ibis expressions, shared by the stages (``../shared/docs/metrics.md``).

Every stage that reports ROAS, CPA, CTR, ... builds it here from the formulas of the one metric
vocabulary (:mod:`debrief.metrics.catalogue`), so one formula serves the monthly review, the
post-mortem and the executive summary. The functions take and return lazy Ibis expressions;
nothing here executes a query.

Units: money in the workspace currency, rates as fractions in [0, 1], CPM per 1,000 impressions.
A ratio whose denominator is zero or missing is NULL (``None`` in Python), never 0 or infinity.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import ibis

from debrief.metrics.catalogue import CATALOGUE

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period

__all__ = [
    "DELIVERY_MEASURES",
    "DELIVERY_RATIOS",
    "delivery_rows",
    "delivery_totals",
    "in_period",
    "is_lead",
    "lead_totals",
    "safe_div",
    "with_ratios",
]

#: The ratios every delivery row carries (formulas from the catalogue); ROI apart below.
DELIVERY_RATIOS: tuple[str, ...] = ("roas", "cpa", "cpm", "cpc", "ctr", "cvr", "cpl", "cac")


def safe_div(numerator: ir.NumericValue, denominator: ir.NumericValue) -> ir.FloatingValue:
    """``numerator / denominator`` as float64, NULL when the denominator is zero or NULL."""
    return numerator.cast("float64") / denominator.cast("float64").nullif(0.0)


def in_period(column: ir.Value, period: Period) -> ir.BooleanValue:
    """Whether a date or timestamp column falls in the closed period ``[start, end]``.

    Timestamps are compared with half-open bounds ``[start 00:00, end + 1 day 00:00)`` in the
    column's own time zone (UTC for canonical tables), so no backend-specific date cast (whose
    result can depend on the session time zone) is involved.
    """
    dtype = column.type()
    if dtype.is_date():
        return column.between(period.start, period.end)
    if dtype.is_timestamp():
        tz = dt.UTC if dtype.timezone else None
        lo = dt.datetime.combine(period.start, dt.time(), tzinfo=tz)
        hi = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=tz)
        return (column >= ibis.literal(lo, type=dtype)) & (column < ibis.literal(hi, type=dtype))
    # strings holding ISO dates: compare as dates
    return column.cast("date").between(period.start, period.end)


#: Measures of ad_performance that add up over days (a row over several days is shared out).
DELIVERY_MEASURES = ("spend", "impressions", "clicks", "conversions", "conversion_value")


def delivery_rows(ads: ir.Table, period: Period, grain: str | None = None) -> ir.Table:
    """The rows of ``ad_performance`` that count in ``period``, one rule for every stage.

    A daily row counts when its date is in the period. A row covering several days (``date_end``,
    or the week or month a weekly or monthly table's date starts: ``grain``) counts for the share
    of its days inside the period: its measures are scaled by that share, so a week straddling
    two months is split between them by days and a quarter's spend lands a third in each month.
    Rows marked ``grain: lifetime`` (totals over an unstated period) never count: no period can
    say which of their days it holds.
    """
    cols = set(ads.columns)
    ranged = "date_end" in cols or grain in ("week", "month")
    if not ranged:
        t = ads.filter(in_period(ads.date, period))
        if "grain" in cols:
            t = t.filter(t.grain.isnull() | (t.grain != "lifetime"))
        return t
    start = ads.date.cast("date")
    if grain == "week":
        end = start + ibis.interval(days=6)
    elif grain == "month":
        end = start.truncate("M") + ibis.interval(months=1) - ibis.interval(days=1)
    else:
        end = start
    if "date_end" in cols:
        end = ibis.coalesce(ads.date_end.cast("date"), end)
    end = ibis.greatest(end, start)
    keep = (start <= ibis.literal(period.end)) & (end >= ibis.literal(period.start))
    if "grain" in cols:
        keep = keep & (ads.grain.isnull() | (ads.grain != "lifetime"))
    lo = ibis.greatest(start, ibis.literal(period.start))
    hi = ibis.least(end, ibis.literal(period.end))
    share = (hi.delta(lo, unit="day") + 1).cast("float64") / (
        end.delta(start, unit="day") + 1
    ).cast("float64")
    scaled = {
        m: ibis.ifelse(share == 1.0, ads[m].cast("float64"), ads[m].cast("float64") * share)
        for m in DELIVERY_MEASURES
        if m in cols
    }
    return ads.mutate(**scaled).filter(keep)


def delivery_totals(
    ads: ir.Table, period: Period, by: list[str], grain: str | None = None
) -> ir.Table:
    """Sums of ``ad_performance`` in ``period`` grouped by ``by`` (possibly empty: one row), with
    the rows :func:`delivery_rows` counts (rows over several days shared out by days).

    Output columns: ``by`` + spend, impressions, clicks, conversions, revenue. ``revenue`` is the sum
    of ``conversion_value`` and NULL when the table has no such column (ROAS is then undefined).
    Conversions are a quantity (Google's are fractional): summed as decimals, never truncated.
    """
    t = delivery_rows(ads, period, grain)
    aggs: dict[str, ir.Value] = {
        "spend": t.spend.sum().cast("float64"),
        "impressions": t.impressions.sum().round().cast("int64"),
        "clicks": t.clicks.sum().round().cast("int64"),
        "conversions": t.conversions.sum().cast("float64"),
    }
    if "conversion_value" in t.columns:
        aggs["revenue"] = t.conversion_value.sum().cast("float64")
    else:
        aggs["revenue"] = ibis.null().cast("float64")
    if by:
        return t.group_by(by).aggregate(**aggs)
    return t.aggregate(**aggs)


def is_lead(leads: ir.Table) -> ir.BooleanValue:
    """Whether a row of ``leads`` is a lead: a funnel exported one file per stage marks its stage
    records (``funnel_record``), and only its ``lead`` rows are leads; other tables' rows all are."""
    if "funnel_record" not in leads.columns:
        return ibis.literal(True)
    return leads.funnel_record.isnull() | (leads.funnel_record == "lead")


def lead_totals(leads: ir.Table, period: Period, by: list[str]) -> ir.Table:
    """Leads created, customers won and closed-won amount in ``period``, grouped by ``by``.

    ``leads`` counts leads whose ``created_at`` is in the period; ``customers`` leads whose
    ``won_at`` is in the period (new customers acquired, the CAC denominator); ``won_amount`` the
    sum of ``amount`` over those won leads. A table without ``won_at`` does not say who was won:
    ``customers`` and ``won_amount`` are then NULL (unknown, not 0), and so is ``won_amount``
    without an ``amount`` column.
    """
    if "won_at" not in leads.columns:
        t = leads.filter(in_period(leads.created_at, period) & is_lead(leads))
        aggs: dict[str, ir.Value] = {
            "leads": t.count(),
            "customers": ibis.null().cast("int64"),
            "won_amount": ibis.null().cast("float64"),
        }
        return t.group_by(by).aggregate(**aggs) if by else t.aggregate(**aggs)
    created = in_period(leads.created_at, period)
    won = leads.won_at.notnull() & in_period(leads.won_at, period)
    t = leads.filter(created | won)
    created = in_period(t.created_at, period) & is_lead(t)
    won = t.won_at.notnull() & in_period(t.won_at, period)
    aggs = {
        "leads": created.ifelse(1, 0).sum(),
        "customers": won.ifelse(1, 0).sum(),
    }
    if "amount" in t.columns:
        aggs["won_amount"] = ibis.ifelse(won, t.amount.fill_null(0.0), 0.0).sum().cast("float64")
    else:
        aggs["won_amount"] = ibis.null().cast("float64")
    if by:
        return t.group_by(by).aggregate(**aggs)
    return t.aggregate(**aggs)


def with_ratios(t: ir.Table) -> ir.Table:
    """``t`` plus every ratio of :data:`DELIVERY_RATIOS` (and ROI) whose inputs are columns of
    ``t``.

    ROI = (revenue - spend) / spend. Missing inputs leave the ratio out; zero denominators give NULL.
    """
    cols = set(t.columns)
    new: dict[str, ir.Value] = {}
    for name in DELIVERY_RATIOS:
        m = CATALOGUE[name]
        num, den = m.numerator or name, m.denominator or ""
        if num in cols and den in cols:
            ratio = safe_div(t[num], t[den])
            new[name] = ratio * m.scale if m.scale != 1.0 else ratio
    if {"revenue", "spend"} <= cols:
        new["roi"] = safe_div(t.revenue - t.spend, t.spend)
    return t.mutate(**new)
