"""The follow-up's ``quarter`` table: each KPI over the three months ending with this one against
the three before."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.cycle.follow_up.common import finding
from debrief.metrics.catalogue import favourable_change, kind, label
from debrief.numbers import fmt as fmt_number
from debrief.period import Period
from debrief.query import arrow
from debrief.results import Finding, relative_change
from debrief.synthesis.kpis import KPI_METRICS, kpi_values
from debrief.wording.labels import fmt_metric

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.workspace import Workspace

__all__ = ["quarter_over_quarter", "quarter_rows"]


def _first_day(ws: Workspace, table: str, column: str) -> dt.date | None:
    t = ws.optional(table)
    if t is None or column not in t.columns:
        return None
    v = arrow(t[column].min()).as_py()
    return v.date() if isinstance(v, dt.datetime) else v


def quarter_rows(ws: Workspace, period: Period) -> tuple[list[dict[str, Any]], Period, Period]:
    """Each KPI over the three months ending with ``period`` and the three before, with the change
    and whether it moved in its favourable direction; None where a quarter is not covered."""
    now = Period(period.trailing_months(2).start, period.end)
    before = Period(period.trailing_months(5).start, now.start - dt.timedelta(days=1))
    ads_from = _first_day(ws, "ad_performance", "date")
    leads_from = _first_day(ws, "leads", "created_at")
    ad_kpis = {"spend", "revenue", "roas", "roi"}
    a, b = kpi_values(ws, now), kpi_values(ws, before)
    rows = []
    for m in KPI_METRICS:
        start = ads_from if m in ad_kpis else (leads_from if leads_from is not None else ads_from)
        if m == "cac":
            start = max((d for d in (ads_from, leads_from) if d is not None), default=None)
        covered = start is not None and start <= before.start
        cur, old = a.get(m), (b.get(m) if covered else None)
        change = relative_change(cur, old)
        favourable = favourable_change(m, change)
        rows.append(
            {
                "metric": m,
                "label": label(m),
                "unit": kind(m),
                "quarter": f"{now.start:%Y-%m}..{now.end:%Y-%m}",
                "actual": cur,
                "prior_quarter": old,
                "change": change,
                "favourable": favourable,
            }
        )
    return rows, now, before


def quarter_over_quarter(ctx: StageContext) -> tuple[list[dict[str, Any]], list[Finding]]:
    if ctx.as_of <= ctx.period.end:
        return [], []
    rows, now, before = quarter_rows(ctx.workspace, ctx.period)
    known = [r for r in rows if r["change"] is not None]
    span = (
        f"{now.start:%Y-%m} to {now.end:%Y-%m} against {before.start:%Y-%m} to {before.end:%Y-%m}"
    )
    if not known:
        return rows, [
            finding(
                "quarter",
                f"Quarter over quarter ({span}): the workspace's data "
                "does not cover the earlier quarter, so the trend is not known.",
            )
        ]
    judged = [r for r in known if r["metric"] != "spend"]
    up = sum(bool(r["favourable"]) for r in judged)
    parts = []
    for r in known:
        if r["metric"] in ("revenue", "roas", "leads", "pipeline", "customers", "cac"):
            parts.append(
                f"{r['label']} {fmt_metric(r['metric'], r['actual'], currency=ctx.settings.currency)} "
                f"against {fmt_metric(r['metric'], r['prior_quarter'], currency=ctx.settings.currency)} "
                f"({fmt_number(r['change'], 'rate', places=1, signed=True)})"
            )
    text = (
        f"Quarter over quarter ({span}), {up} of the {len(judged)} KPIs other than spend moved "
        f"in their favourable direction: " + "; ".join(parts) + "."
    )
    return rows, [
        finding(
            "quarter",
            text,
            metric="kpis_favourable",
            actual=float(up),
            reference=float(len(judged)),
            evidence={"span": span},
        )
    ]
