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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ibis

from debrief.coverage import Comparison, Coverage, compare, coverage_of
from debrief.metrics import references
from debrief.metrics.catalogue import canonical, kind, label
from debrief.metrics.catalogue import direction as direction_of
from debrief.metrics.formulas import delivery_totals, in_period, is_lead
from debrief.period import Period
from debrief.query import arrow
from debrief.results import ratio

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["KPI_METRICS", "Windows", "kpi_rows", "kpi_values", "kpi_windows", "monthly_series"]

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


#: KPIs computed from ad_performance, from leads (or conversions), and from both.
_DELIVERY_KPIS = ("spend", "revenue", "roas", "roi")
_LEAD_KPIS = ("leads", "mqls", "pipeline", "customers", "won_revenue")


@dataclass(frozen=True)
class Windows:
    """The comparison of each source for a period (None: the workspace has no such table)."""

    delivery: Comparison | None
    leads: Comparison | None

    @property
    def both(self) -> Period | None:
        """Days both sources cover in the period (for ratios of one over the other: CAC)."""
        a = self.delivery.current if self.delivery else None
        b = self.leads.current if self.leads else None
        if a is None or b is None or a.start > b.end or b.start > a.end:
            return None
        return Period(max(a.start, b.start), min(a.end, b.end))


def _leads_coverage(ws: Workspace) -> Coverage | None:
    leads = ws.optional("leads")
    if leads is not None:
        return coverage_of(leads.select(date=leads.created_at.cast("date")))
    conv = ws.optional("conversions")
    if conv is not None:
        return coverage_of(conv.select(date=conv.ts.cast("date")))
    return None


def kpi_windows(ws: Workspace, period: Period) -> Windows:
    """Each source's windows for ``period`` (:func:`debrief.coverage.compare`): the days it
    covers, and the same days of the prior month and of the trailing months it covers."""
    ads = ws.optional("ad_performance")
    lead_cov = _leads_coverage(ws)
    return Windows(
        compare(coverage_of(ads), period) if ads is not None else None,
        compare(lead_cov, period) if lead_cov is not None else None,
    )


def _delivery_values(ws: Workspace, window: Period | None, grain: str | None) -> dict[str, Any]:
    ads = ws.optional("ad_performance")
    if ads is None or window is None:
        return {"spend": None, "revenue": None}
    row = _one(delivery_totals(ads, window, [], grain))
    has_value = "conversion_value" in ads.columns
    return {
        # Inside the data's coverage a day without rows spent nothing; a revenue all unknown
        # (an export without conversion values) stays unknown.
        "spend": row.get("spend") or 0.0,
        "revenue": row.get("revenue") if has_value else None,
    }


def _lead_values(ws: Workspace, window: Period | None) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(_LEAD_KPIS)
    if window is None:
        return out
    leads = ws.optional("leads")
    if leads is not None:
        aggs: dict[str, Any] = {
            "leads": (in_period(leads.created_at, window) & is_lead(leads)).ifelse(1, 0).sum()
        }
        for name, col in (
            ("mqls", "mql_at"),
            ("pipeline", "opportunity_at"),
            ("customers", "won_at"),
        ):
            if col in leads.columns:
                aggs[name] = (
                    (leads[col].notnull() & in_period(leads[col], window)).ifelse(1, 0).sum()
                )
        if "won_at" in leads.columns and "amount" in leads.columns:
            won = leads.won_at.notnull() & in_period(leads.won_at, window)
            aggs["won_revenue"] = ibis.ifelse(won, leads.amount.fill_null(0.0), 0.0).sum()
        row = _one(leads.aggregate(**aggs))
        for k in aggs:
            out[k] = row.get(k) or 0
        if out.get("won_revenue") is not None:
            out["won_revenue"] = float(out["won_revenue"])
        return out
    conv = ws.optional("conversions")
    if conv is not None:
        firsts = conv.group_by(conv.user_id).aggregate(first=conv.ts.min())
        n = _one(firsts.aggregate(n=in_period(firsts.first, window).ifelse(1, 0).sum()))
        out["customers"] = n.get("n") or 0
    return out


def kpi_values(
    ws: Workspace,
    period: Period,
    windows: Windows | None = None,
    which: str = "current",
    ads_coverage: Coverage | None = None,
) -> dict[str, float | None]:
    """Every KPI of :data:`KPI_METRICS` for ``period``; None where the data to compute it is absent.

    Each KPI is computed on the days its source covers (``which``: the ``current`` window, or the
    ``prior`` one, the same days of the month before): a month the source has not reached is
    unknown, not zero. CAC (spend over customers) is computed on the days both cover.
    ``ads_coverage``: ad_performance's coverage when the caller has it (one query fewer).
    """
    windows = windows or kpi_windows(ws, period)
    d, lc = windows.delivery, windows.leads
    grain = None
    ads = ws.optional("ad_performance")
    if d is not None and ads is not None:
        grain = (ads_coverage or coverage_of(ads)).grain
    d_window = getattr(d, which) if d else None
    l_window = getattr(lc, which) if lc else None
    out: dict[str, float | None] = dict.fromkeys(KPI_METRICS)
    out.update(_delivery_values(ws, d_window, grain))
    out.update(_lead_values(ws, l_window))
    out["roas"] = ratio(out["revenue"], out["spend"])
    out["roi"] = ratio(
        None if out["revenue"] is None or out["spend"] is None else out["revenue"] - out["spend"],
        out["spend"],
    )
    both = windows.both if which == "current" else _both_prior(windows)
    if both is not None and both == d_window == l_window:  # the figures just computed
        out["cac"] = ratio(out["spend"], out["customers"])
    elif both is not None:
        spend = _delivery_values(ws, both, grain)["spend"]
        customers = _lead_values(ws, both)["customers"]
        out["cac"] = ratio(spend, customers)
    return out


def _both_prior(windows: Windows) -> Period | None:
    a = windows.delivery.prior if windows.delivery else None
    b = windows.leads.prior if windows.leads else None
    if a is None or b is None or a.start > b.end or b.start > a.end:
        return None
    return Period(max(a.start, b.start), min(a.end, b.end))


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
    windows = kpi_windows(ws, period)
    now = kpi_values(ws, period, windows)
    prior = kpi_values(ws, period, windows, "prior")
    targets = _kpi_targets(ws, period)
    rows = []
    for m in KPI_METRICS:
        actual, before = now[m], prior[m]
        source = windows.delivery if m in _DELIVERY_KPIS else windows.leads
        if m == "cac":
            source = windows.delivery if windows.both is not None else None
        partial = bool(source and source.partial)
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
                elif partial and m in _TOTALS:
                    # A month's target against some of its days: no verdict either way.
                    status = "partial_data"
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
                "coverage": _coverage_text(m, windows),
            }
        )
    return rows


def _coverage_text(metric: str, windows: Windows) -> str:
    """What a KPI's figures cover: the source's days, and what its change compares with."""
    if metric == "cac":
        both = windows.both
        return "n/a" if both is None else f"{both.start}..{both.end} (days with spend and leads)"
    c = windows.delivery if metric in _DELIVERY_KPIS else windows.leads
    if c is None:
        return "no data"
    text = c.coverage
    if c.partial and c.prior is not None:
        text += f"; change against the same days of the prior month ({c.prior.label})"
    return text


def monthly_series(ws: Workspace, period: Period, months: int = 6) -> list[dict[str, Any]]:
    """Every KPI of :data:`KPI_METRICS` by calendar month for the period's month and the
    ``months - 1`` months before it, oldest first (the dashboard's sparklines and its spend and
    revenue line), by the KPIs' rule (:func:`kpi_values`): a month a source does not reach has
    None figures from it (no data is not zero spend); a month it covers in part has the figures of
    the days it covers. ``coverage`` says which days of the delivery data a month holds.
    Empty when the workspace has neither delivery data nor leads (or conversions)."""
    ads = ws.optional("ad_performance")
    ads_cov = coverage_of(ads) if ads is not None else None
    lead_cov = _leads_coverage(ws)
    if ads_cov is None and lead_cov is None:
        return []
    first = period.trailing_months(months - 1).start if months > 1 else period.start
    out = []
    month = Period.month(first.strftime("%Y-%m"))
    while month.start <= period.end:
        windows = Windows(
            compare(ads_cov, month) if ads_cov is not None else None,
            compare(lead_cov, month) if lead_cov is not None else None,
        )
        window = windows.delivery.current if windows.delivery is not None else None
        out.append(
            {
                "month": month.label,
                **kpi_values(ws, month, windows, ads_coverage=ads_cov),
                "coverage": "no data"
                if window is None
                else ("all days" if window == month else f"{window.start}..{window.end}"),
            }
        )
        nxt = month.end + dt.timedelta(days=1)
        month = Period.month(nxt.strftime("%Y-%m"))
    return out
