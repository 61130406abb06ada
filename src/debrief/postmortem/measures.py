"""Campaign measurements: counts from the engine, metrics from the counts.

Every post-mortem figure is a metric of a :class:`Scope` (a campaign, some channels, a date window,
an ``as_of`` date). The engine sums the counts (``ad_performance`` delivery, ``leads`` reaching each
stage); Python only divides. Metric names follow ``../shared/docs/metrics.md``; money is in the
workspace currency, rates are fractions in [0, 1], an undefined ratio is None.

Lead stages are read by *cohort*: the leads created in the scope, followed to ``as_of``. A lead has
reached a stage when that stage, or any later one, has a timestamp on or before ``as_of`` (CRMs
skip stages; counting later stages keeps every stage rate within [0, 1]).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ibis
import pandas as pd

from debrief.postmortem.catalogue import METRICS, MetricDef, canonical_metric, lower_is_better
from debrief.query import frame
from debrief.results import ratio
from debrief.stats import wilson_interval

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.workspace import Workspace

__all__ = [
    "AD_COUNTS",
    "LEAD_COUNTS",
    "METRICS",
    "Measurement",
    "MetricDef",
    "Scope",
    "ad_counts",
    "canonical_metric",
    "counts",
    "lead_counts",
    "lower_is_better",
    "measure",
    "metric_from_counts",
    "revenue_source",
    "with_revenue",
]

#: Summed columns of ad_performance (the required ones first; the rest when present).
AD_COUNTS: tuple[str, ...] = (
    "spend",
    "impressions",
    "clicks",
    "conversions",
    "reach",
    "sessions",
    "engaged_sessions",
    "conversion_value",
    "deliveries",
    "opens",
    "unsubscribes",
    "video_views",
    "engagements",
    "email_clicks",
)
#: Lead counts: leads created, leads reaching each stage, closed opportunities, won amount.
LEAD_COUNTS: tuple[str, ...] = (
    "leads",
    "mqls",
    "sqls",
    "opportunities",
    "won",
    "closed_opportunities",
    "won_amount",
)
_STAGE_ORDER = ("mql_at", "sql_at", "opportunity_at", "won_at")


@dataclass(frozen=True)
class Scope:
    """What to measure: a campaign, some channels, dates ``[start, end]`` and the ``as_of`` date
    up to which rows and lead stage timestamps count. Any field left None does not narrow."""

    campaign_id: str | None = None
    channels: tuple[str, ...] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    as_of: dt.date | None = None
    #: (column, value) pairs, e.g. (("device", "mobile"),): rows whose column holds the value. A
    #: table without the column cannot be narrowed to the segment: its counts are unknown.
    segment: tuple[tuple[str, str], ...] | None = None

    @property
    def last_day(self) -> dt.date | None:
        """The last day counted: ``end``, but never after ``as_of`` (later rows are not known
        yet, so rerunning with an old as-of date reproduces the old figures)."""
        days = [d for d in (self.end, self.as_of) if d is not None]
        return min(days) if days else None


@dataclass(frozen=True)
class Measurement:
    """A metric's value with its parts; ``ci_low``/``ci_high`` is a 95% Wilson interval for rates."""

    metric: str
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None


def _scoped(t: ir.Table, scope: Scope, day: str) -> ir.Table | None:
    """``t`` narrowed to the scope's campaign, channels and days (``day`` is a date column); None
    when the scope names a campaign or channels and ``t`` has no column to narrow by."""
    if scope.campaign_id is not None:
        if "campaign_id" not in t.columns:
            return None
        t = t.filter(t.campaign_id == scope.campaign_id)
    if scope.channels is not None:
        if "channel" not in t.columns:
            return None
        t = t.filter(t.channel.isin(list(scope.channels)))
    for column, value in scope.segment or ():
        if column not in t.columns:
            return None
        t = t.filter(t[column].cast("string") == value)
    if scope.start is not None:
        t = t.filter(t[day] >= scope.start)
    if scope.last_day is not None:
        t = t.filter(t[day] <= scope.last_day)
    return t


def _filter_ad(ws: Workspace, scope: Scope) -> ir.Table | None:
    t = ws.optional("ad_performance")
    return None if t is None else _scoped(t, scope, "date")


def _filter_leads(ws: Workspace, scope: Scope) -> ir.Table | None:
    t = ws.optional("leads")
    if t is None:
        return None
    # A day column so lead counts can be grouped by creation day like ad rows by date.
    return _scoped(t.mutate(created_date=t.created_at.date()), scope, "created_date")


def _known(t: ir.Table, col: str, as_of: dt.date | None) -> Any:
    """Whether ``col`` holds a timestamp known by ``as_of``: later events have not happened yet."""
    c = t[col]
    cond = c.notnull()
    if as_of is not None:
        cond = cond & (c.date() <= as_of)
    return cond


def _reached(t: ir.Table, stage_col: str, as_of: dt.date | None) -> Any:
    cond = None
    for col in _STAGE_ORDER[_STAGE_ORDER.index(stage_col) :]:
        if col not in t.columns:
            continue
        c = _known(t, col, as_of)
        cond = c if cond is None else (cond | c)
    return cond


def ad_counts(ws: Workspace, scope: Scope, by: Sequence[str] = ()) -> pd.DataFrame:
    """Sums of :data:`AD_COUNTS` (those present) over the scope, grouped by ``by``.

    Output: one row per group, columns ``by`` + the sums (float; money in workspace currency).
    Empty frame when the workspace has no ad_performance (or no campaign_id to scope by).
    """
    t = _filter_ad(ws, scope)
    if t is None or any(b not in t.columns for b in by):
        return pd.DataFrame(columns=[*by, *AD_COUNTS])
    aggs = {c: t[c].sum().cast("float64") for c in AD_COUNTS if c in t.columns}
    if "opens" in t.columns:
        # Clicks of the rows that report opens (email sends): click-to-open divides these by the
        # opens, never another channel's clicks (which put it above 1 on a mixed flight).
        clicks = t.clicks.cast("float64")
        aggs["email_clicks"] = t.opens.notnull().ifelse(clicks, ibis.null("float64")).sum()
    aggs["rows"] = t.count()
    expr = t.group_by(list(by)).aggregate(**aggs) if by else t.aggregate(**aggs)
    df = frame(expr)
    for c in AD_COUNTS:
        if c not in df.columns:
            df[c] = math.nan
    return df


def lead_counts(ws: Workspace, scope: Scope, by: Sequence[str] = ()) -> pd.DataFrame:
    """Leads created in the scope and how many reached each stage by ``as_of``, grouped by ``by``.

    Output columns: ``by`` + :data:`LEAD_COUNTS` (counts; ``won_amount`` in workspace currency).
    """
    t = _filter_leads(ws, scope)
    if t is None or any(b not in t.columns for b in by):
        return pd.DataFrame(columns=[*by, *LEAD_COUNTS])
    aggs: dict[str, Any] = {"leads": t.count()}
    names = {"mql_at": "mqls", "sql_at": "sqls", "opportunity_at": "opportunities", "won_at": "won"}
    for col, name in names.items():
        cond = _reached(t, col, scope.as_of)
        aggs[name] = cond.ifelse(1, 0).sum() if cond is not None else None
    aggs = {k: v for k, v in aggs.items() if v is not None}
    won = _known(t, "won_at", scope.as_of) if "won_at" in t.columns else None
    if won is not None:
        closed = won
        if "lost_at" in t.columns:
            closed = closed | _known(t, "lost_at", scope.as_of)
        opp = _reached(t, "opportunity_at", scope.as_of)
        aggs["closed_opportunities"] = (opp & closed).ifelse(1, 0).sum()
        if "amount" in t.columns:
            aggs["won_amount"] = won.ifelse(t.amount.cast("float64"), 0.0).sum()
    expr = t.group_by(list(by)).aggregate(**aggs) if by else t.aggregate(**aggs)
    df = frame(expr)
    for c in LEAD_COUNTS:
        if c not in df.columns:
            df[c] = math.nan
    df["customers"] = df["won"]  # customers acquired: the won leads (CAC's denominator)
    return df


def _clean(v: Any) -> float | None:
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def counts(ws: Workspace, scope: Scope) -> dict[str, float | None]:
    """All counts of the scope in one dict (ad sums and lead counts), plus ``revenue``.

    ``revenue`` is closed-won ``amount`` where the scope has won leads with amounts (B2B),
    otherwise the ad platforms' ``conversion_value``: never both, so nothing is counted twice.
    """
    out: dict[str, float | None] = {}
    ad = ad_counts(ws, scope)
    for c in AD_COUNTS:
        out[c] = _clean(ad[c].iloc[0]) if len(ad) else None
    out["ad_rows"] = _clean(ad["rows"].iloc[0]) if len(ad) and "rows" in ad else 0.0
    ld = lead_counts(ws, scope)
    for c in (*LEAD_COUNTS, "customers"):
        out[c] = _clean(ld[c].iloc[0]) if len(ld) else None
    return with_revenue(out)


def revenue_source(c: dict[str, Any]) -> str | None:
    """How the revenue of counts ``c`` is measured: ``won`` (closed-won deal amounts, when any
    deal was won), ``value`` (the ad platforms' conversion value) or None (neither is recorded).
    The one rule :func:`with_revenue` applies and references use to compare like with like."""
    won = _clean(c.get("won_amount"))
    if won is not None and won > 0:
        return "won"
    return "value" if _clean(c.get("conversion_value")) is not None else None


def with_revenue(c: dict[str, Any]) -> dict[str, Any]:
    """``c`` with ``revenue`` set by :func:`revenue_source` (see :func:`counts`)."""
    out = dict(c)
    source = revenue_source(out)
    out["revenue"] = out.get("won_amount") if source == "won" else out.get("conversion_value")
    return out


def metric_from_counts(metric: str, c: dict[str, Any]) -> Measurement:
    """A metric of a counts dict (from :func:`counts` or a row of the grouped frames).

    A volume whose count is absent is None (not measured), not 0; a ratio with a zero or absent
    denominator is None. Rates carry a 95% Wilson interval.
    """
    name = canonical_metric(metric)
    d = METRICS.get(name)
    if d is None:
        return Measurement(name, None)
    num = _clean(c.get(d.numerator))
    if d.denominator is None:
        return Measurement(name, num, num, None)
    den = _clean(c.get(d.denominator))
    value = ratio(num, den)
    if value is not None:
        value *= d.scale
    lo = hi = None
    if d.kind == "rate" and value is not None and den:
        # None when it is not a proportion (more clicks than opens across channels): no interval
        lo, hi = wilson_interval(num or 0.0, den) or (None, None)
    return Measurement(name, value, num, den, lo, hi)


def measure(ws: Workspace, metric: str, scope: Scope) -> Measurement:
    """One metric over one scope."""
    return metric_from_counts(metric, counts(ws, scope))
