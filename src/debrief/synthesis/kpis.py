"""The executive dashboard's KPIs, computed from the workspace (not scraped from other stages).

KPIs for a period (money in the workspace currency, ratios as plain numbers):

* ``spend``      sum of ad_performance.spend
* ``revenue``    sum of ad_performance.conversion_value
* ``roas``       revenue / spend;  ``roi`` (revenue - spend) / spend
* ``leads``      leads created in the period
* ``mqls``       leads whose mql_at is in the period (calendar count)
* ``pipeline``   leads whose opportunity_at is in the period (opportunities opened, a count:
                 the contract's ``amount`` is closed-won revenue, so open pipeline has no value)
* ``customers``  leads won in the period; without a leads table, people whose first conversion
                 is in the period (metrics.md: "won leads where leads exist, else first purchases")
* ``cac``        spend / customers
* ``won_revenue`` closed-won amount of the leads won in the period

Each KPI is set against the overall monthly target (``targets`` row with the period's month and
no campaign or channel) and the prior calendar month. Undefined values are None.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import ibis

from debrief.metrics import references
from debrief.metrics.catalogue import canonical, kind, label
from debrief.metrics.catalogue import direction as direction_of
from debrief.metrics.formulas import delivery_totals, in_period
from debrief.period import Period
from debrief.query import arrow
from debrief.results import ratio

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["KPI_METRICS", "kpi_rows", "kpi_values", "monthly_series"]

KPI_METRICS: tuple[str, ...] = (
    "spend",
    "revenue",
    "roas",
    "roi",
    "cac",
    "leads",
    "mqls",
    "pipeline",
    "customers",
    "won_revenue",
)
#: KPIs named otherwise in the catalogue: a target on the catalogue's metric is the KPI's.
_KPI_OF = {"opportunities": "pipeline", "won": "customers", "won_amount": "won_revenue"}


def kpi_name(metric: str) -> str:
    m = canonical(metric)
    return _KPI_OF.get(m, m)


def _one(expr: Any) -> dict[str, Any]:
    rows = arrow(expr).to_pylist()
    return rows[0] if rows else {}


def kpi_values(ws: Workspace, period: Period) -> dict[str, float | None]:
    """Every KPI of :data:`KPI_METRICS` for ``period``; None where the data to compute it is absent."""
    out: dict[str, float | None] = dict.fromkeys(KPI_METRICS)
    ads = ws.optional("ad_performance")
    if ads is not None:
        row = _one(delivery_totals(ads, period, []))
        out["spend"] = row.get("spend") or 0.0  # no delivery rows: nothing was spent
        has_value = "conversion_value" in ads.columns
        out["revenue"] = (row.get("revenue") or 0.0) if has_value else None
    leads = ws.optional("leads")
    if leads is not None:
        aggs: dict[str, Any] = {"leads": in_period(leads.created_at, period).ifelse(1, 0).sum()}
        for name, col in (
            ("mqls", "mql_at"),
            ("pipeline", "opportunity_at"),
            ("customers", "won_at"),
        ):
            if col in leads.columns:
                aggs[name] = (
                    (leads[col].notnull() & in_period(leads[col], period)).ifelse(1, 0).sum()
                )
        if "won_at" in leads.columns and "amount" in leads.columns:
            won = leads.won_at.notnull() & in_period(leads.won_at, period)
            aggs["won_revenue"] = ibis.ifelse(won, leads.amount.fill_null(0.0), 0.0).sum()
        row = _one(leads.aggregate(**aggs))
        for k in aggs:
            out[k] = row.get(k) or 0
        won_revenue = out.get("won_revenue")
        if won_revenue is not None:
            out["won_revenue"] = float(won_revenue)
    else:
        conv = ws.optional("conversions")
        if conv is not None:
            firsts = conv.group_by(conv.user_id).aggregate(first=conv.ts.min())
            out["customers"] = (
                _one(firsts.aggregate(n=in_period(firsts.first, period).ifelse(1, 0).sum())).get(
                    "n"
                )
                or 0
            )
    out["roas"] = ratio(out["revenue"], out["spend"])
    out["roi"] = ratio(
        None if out["revenue"] is None or out["spend"] is None else out["revenue"] - out["spend"],
        out["spend"],
    )
    out["cac"] = ratio(out["spend"], out["customers"])
    return out


def _kpi_targets(ws: Workspace, period: Period) -> dict[str, dict[str, Any]]:
    """Overall monthly targets of ``period`` by KPI name (the first row where a KPI repeats)."""
    out: dict[str, dict[str, Any]] = {}
    for t in references.targets(ws):
        if t.month != period.label or t.campaign_id is not None or t.channel is not None:
            continue
        name = kpi_name(t.metric)
        if name in KPI_METRICS and name not in out:
            out[name] = t.as_dict()
    return out


_TOTALS = ("spend", "revenue", "leads", "mqls", "pipeline", "customers", "won_revenue")


def kpi_rows(
    ws: Workspace, period: Period, tolerance: float = 0.05, in_progress: bool = False
) -> list[dict[str, Any]]:
    """One row per KPI: metric, label, unit, actual, target, direction, status, prior_period,
    change (relative to the prior month; None when undefined). ``status`` is ``met``,
    ``within_tolerance``, ``not_met``, ``no_target``, ``no_data`` or, while the month is
    ``in_progress``, ``in_progress`` for a total still short of an at-least target."""
    now, prior = kpi_values(ws, period), kpi_values(ws, period.prior_month())
    targets = _kpi_targets(ws, period)
    rows = []
    for m in KPI_METRICS:
        actual, before = now[m], prior[m]
        t = targets.get(m)
        target = float(t["target"]) if t else None
        direction = direction_of(m, t.get("direction") if t else None)
        status = "no_target"
        if target is not None:
            if actual is None:
                status = "no_data"
            else:
                gap = (target - actual) if direction == "min" else (actual - target)
                rel = ratio(gap, abs(target))
                if gap <= 0:
                    status = "met"
                elif rel is not None and rel < tolerance:
                    status = "within_tolerance"
                else:
                    status = "not_met"
                if in_progress and m in _TOTALS and direction == "min" and status != "met":
                    status = "in_progress"
        rows.append(
            {
                "metric": m,
                "label": label(m),
                "unit": kind(m),
                "actual": actual,
                "target": target,
                "direction": direction,
                "status": status,
                "prior_period": before,
                "change": ratio(
                    None if actual is None or before is None else actual - before,
                    abs(before) if before is not None else None,
                ),
            }
        )
    return rows


def monthly_series(ws: Workspace, period: Period, months: int = 6) -> list[dict[str, Any]]:
    """Spend, revenue and ROAS by calendar month for the period's month and the ``months - 1``
    months before it, oldest first (the dashboard's trend line). A month without delivery rows has
    None figures: no data is not zero spend."""
    ads = ws.optional("ad_performance")
    if ads is None:
        return []
    first = period.trailing_months(months - 1).start if months > 1 else period.start
    window = Period(first, period.end)
    t = ads.filter(in_period(ads.date, window))
    day = t.date.cast("date")
    t = t.mutate(_ym=day.year() * 100 + day.month())
    has_value = "conversion_value" in t.columns
    agg = t.group_by("_ym").aggregate(
        spend=t.spend.sum().cast("float64"),
        revenue=(t.conversion_value.sum() if has_value else ibis.null()).cast("float64"),
    )
    found = {r["_ym"]: r for r in arrow(agg).to_pylist()}
    out = []
    y, m = first.year, first.month
    while (y, m) <= (period.end.year, period.end.month):
        r = found.get(y * 100 + m)
        spend = r["spend"] if r else None
        revenue = (r["revenue"] or 0.0) if r and has_value else None
        out.append(
            {
                "month": dt.date(y, m, 1).strftime("%Y-%m"),
                "spend": spend,
                "revenue": revenue,
                "roas": ratio(revenue, spend),
            }
        )
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
