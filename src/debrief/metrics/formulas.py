"""Metric formulas as Ibis expressions, shared by the stages (``../shared/docs/metrics.md``).

Every stage that reports ROAS, CPA, CTR, ... builds it here, so one formula serves the monthly
review, the post-mortem and the executive summary. The formula functions take and return lazy
Ibis expressions; nothing here executes a query. The second half names metrics for sentences:
:func:`canonical_metric`, :func:`metric_label`, :func:`metric_kind`, :func:`format_value` and
:func:`subject_label` (a finding's subject), used by every stage's statements and the summary.

Units: money in the workspace currency, rates as fractions in [0, 1], CPM per 1,000 impressions.
A ratio whose denominator is zero or missing is NULL (``None`` in Python), never 0 or infinity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import ibis

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period

__all__ = [
    "ALIASES",
    "COUNT_METRICS",
    "MONEY_METRICS",
    "RATE_METRICS",
    "RATIO_METRICS",
    "canonical_metric",
    "delivery_totals",
    "format_money",
    "format_value",
    "in_period",
    "lead_totals",
    "metric_in_sentence",
    "metric_kind",
    "metric_label",
    "safe_div",
    "step_label",
    "subject_label",
    "with_ratios",
]

#: metric -> (numerator, denominator, multiplier). ROI is handled apart: (revenue - spend) / spend.
RATIO_METRICS: dict[str, tuple[str, str, float]] = {
    "roas": ("revenue", "spend", 1.0),
    "cpa": ("spend", "conversions", 1.0),
    "cpm": ("spend", "impressions", 1000.0),
    "cpc": ("spend", "clicks", 1.0),
    "ctr": ("clicks", "impressions", 1.0),
    "cvr": ("conversions", "clicks", 1.0),
    "cpl": ("spend", "leads", 1.0),
    "cac": ("spend", "customers", 1.0),
}
#: Metrics that are fractions in [0, 1] (shown as percentages).
RATE_METRICS = frozenset({"ctr", "cvr", "roi"})
#: Metrics in the workspace currency (``won_revenue`` is the executive KPI's name for won_amount).
MONEY_METRICS = frozenset(
    {"spend", "revenue", "won_amount", "won_revenue", "cpa", "cpm", "cpc", "cpl", "cac"}
)
#: Metrics that are counts (``pipeline`` is the executive KPI: opportunities opened).
COUNT_METRICS = frozenset(
    {"impressions", "clicks", "conversions", "leads", "customers", "mqls", "sqls", "pipeline"}
)


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


def delivery_totals(ads: ir.Table, period: Period, by: list[str]) -> ir.Table:
    """Sums of ``ad_performance`` in ``period`` grouped by ``by`` (possibly empty: one row).

    Output columns: ``by`` + spend, impressions, clicks, conversions, revenue. ``revenue`` is the sum
    of ``conversion_value`` and NULL when the table has no such column (ROAS is then undefined).
    """
    t = ads.filter(in_period(ads.date, period))
    aggs: dict[str, ir.Value] = {
        "spend": t.spend.sum().cast("float64"),
        "impressions": t.impressions.sum().cast("int64"),
        "clicks": t.clicks.sum().cast("int64"),
        "conversions": t.conversions.sum().cast("int64"),
    }
    if "conversion_value" in t.columns:
        aggs["revenue"] = t.conversion_value.sum().cast("float64")
    else:
        aggs["revenue"] = ibis.null().cast("float64")
    if by:
        return t.group_by(by).aggregate(**aggs)
    return t.aggregate(**aggs)


def lead_totals(leads: ir.Table, period: Period, by: list[str]) -> ir.Table:
    """Leads created, customers won and closed-won amount in ``period``, grouped by ``by``.

    ``leads`` counts leads whose ``created_at`` is in the period; ``customers`` leads whose
    ``won_at`` is in the period (new customers acquired, the CAC denominator); ``won_amount`` the
    sum of ``amount`` over those won leads (0 when the table has no amount).
    """
    created = in_period(leads.created_at, period)
    if "won_at" in leads.columns:
        won = leads.won_at.notnull() & in_period(leads.won_at, period)
    else:
        won = ibis.literal(False)
    t = leads.filter(created | won)
    created = in_period(t.created_at, period)
    won = (t.won_at.notnull() & in_period(t.won_at, period)) if "won_at" in t.columns else won
    aggs: dict[str, ir.Value] = {
        "leads": created.ifelse(1, 0).sum(),
        "customers": won.ifelse(1, 0).sum(),
    }
    if "amount" in t.columns:
        aggs["won_amount"] = ibis.ifelse(won, t.amount.fill_null(0.0), 0.0).sum().cast("float64")
    else:
        aggs["won_amount"] = ibis.literal(0.0)
    if by:
        return t.group_by(by).aggregate(**aggs)
    return t.aggregate(**aggs)


def with_ratios(t: ir.Table) -> ir.Table:
    """``t`` plus every ratio of :data:`RATIO_METRICS` (and ROI) whose inputs are columns of ``t``.

    ROI = (revenue - spend) / spend. Missing inputs leave the ratio out; zero denominators give NULL.
    """
    cols = set(t.columns)
    new: dict[str, ir.Value] = {}
    for name, (num, den, mult) in RATIO_METRICS.items():
        if num in cols and den in cols:
            new[name] = safe_div(t[num], t[den]) * mult if mult != 1.0 else safe_div(t[num], t[den])
    if {"revenue", "spend"} <= cols:
        new["roi"] = safe_div(t.revenue - t.spend, t.spend)
    return t.mutate(**new)


_ACRONYMS = {
    "roas", "roi", "cpa", "cpm", "cpc", "ctr", "cvr", "cpl", "cac", "mer",
    "mql", "sql", "seo", "auc", "kpi",
}  # fmt: skip
#: Other spellings of the metrics above, as they appear in users' target files.
ALIASES: dict[str, str] = {
    "cost_per_lead": "cpl",
    "cost_per_acquisition": "cpa",
    "cost_per_click": "cpc",
    "click_through_rate": "ctr",
    "conversion_rate": "cvr",
    "return_on_ad_spend": "roas",
    "customer_acquisition_cost": "cac",
    "conversion_value": "revenue",
    "new_customers": "customers",
}


def canonical_metric(name: str) -> str:
    """The metric name used in tables: lower case, known aliases resolved (``CPL`` -> ``cpl``)."""
    key = str(name).strip().lower().replace(" ", "_").replace("-", "_")
    return ALIASES.get(key, key)


def _word(token: str) -> str:
    if token in _ACRONYMS:
        return token.upper()
    if token.endswith("s") and token[:-1] in _ACRONYMS:  # mqls -> MQLs
        return token[:-1].upper() + "s"
    return token


def metric_label(metric: str) -> str:
    """How a metric is named in a sentence: ``ROAS``, ``CTR``, ``Spend``, ``MQL to SQL rate``,
    ``Marginal ROAS``; acronyms upper case, the first word capitalised."""
    words = [_word(t) for t in canonical_metric(metric).split("_") if t]
    if not words:
        return str(metric)
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def metric_in_sentence(metric: str) -> str:
    """A metric's name inside a sentence: acronyms stay upper case, words go lower case."""
    label = metric_label(metric)
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def step_label(name: str) -> str:
    """A funnel step, ``mql_to_sql`` (or ``mql_to_sql_rate``), as ``MQL → SQL``."""
    name = name.removesuffix("_rate")
    return " → ".join(
        metric_label(p) if i == 0 else metric_in_sentence(p)
        for i, p in enumerate(name.split("_to_"))
    )


def subject_label(subject: Mapping[str, Any]) -> str:
    """How a finding's subject is named in a sentence: ``AO-DISPLAY on display``, ``display``,
    ``at the MQL → SQL step``, ...; ``all channels`` for an empty subject."""
    parts = []
    if subject.get("campaign_id"):
        parts.append(str(subject["campaign_id"]))
    if subject.get("channel"):
        parts.append(("on " if parts else "") + str(subject["channel"]))
    if subject.get("content_id"):
        parts.append(str(subject["content_id"]))
    seg = subject.get("segment")
    if isinstance(seg, Mapping) and seg:
        parts.append(", ".join(f"{k} = {v}" for k, v in seg.items()))
    if subject.get("stage"):
        step = step_label(str(subject["stage"]))
        parts.append(f"the {step} step" if parts == [] else f"at the {step} step")
    return " ".join(parts) if parts else "all channels"


#: Words that make a metric a share of a whole, read as a percentage (utilisation 1.35 is 135% of
#: plan; ``forecast_utilisation``, ``last_touch_credit_share`` are shares too).
_SHARE_WORDS = frozenset({"utilisation", "pacing", "share"})


def metric_kind(metric: str, default: str | None = "ratio") -> str | None:
    """``rate`` (a fraction or share, shown as a percentage), ``money`` (workspace currency),
    ``count``, or ``default`` for a name that is none of these (``ratio``: any other number, such
    as ROAS; renderers pass ``None`` to go on guessing from a column name)."""
    m = canonical_metric(metric)
    if m in RATE_METRICS or m.endswith("_rate") or "_to_" in m or _SHARE_WORDS & set(m.split("_")):
        return "rate"
    if m in MONEY_METRICS:
        return "money"
    if m in COUNT_METRICS:
        return "count"
    return default


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "BRL": "R$", "JPY": "¥", "AUD": "A$", "CAD": "C$"}


def format_money(value: float, currency: str = "USD") -> str:
    """``-$1,234.50`` for a currency with a symbol, ``1,234.50 CHF`` for one without: the one money
    format of tables and of the sentences that use symbols (budget)."""
    sym = _SYMBOLS.get(currency.upper())
    sign = "-" if value < 0 else ""
    body = f"{abs(value):,.2f}"
    return f"{sign}{sym}{body}" if sym else f"{sign}{body} {currency}"


def format_value(metric: str, value: float | None, currency: str = "USD") -> str:
    """A metric's value for a sentence (:func:`metric_kind`): rates as percentages, money with the
    currency code, counts as integers, other ratios with two decimals; undefined is ``n/a``."""
    if value is None:
        return "n/a"
    kind = metric_kind(metric)
    if kind == "rate":
        return f"{value * 100:.2f}%"
    if kind == "money":
        return f"{value:,.2f} {currency}"
    if kind == "count":
        return f"{value:,.0f}"
    return f"{value:,.2f}"
