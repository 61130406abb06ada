"""Display formatting shared by the Markdown, HTML and PDF renderers.

Formatting only: a renderer never computes a metric. A column's display kind comes from its name:
a metric of ``analyses/metrics.py`` takes the kind declared there (``roi`` is a rate, ``cpa``
money), other names are read by pattern (``relative_gap`` is a rate). Rates are stored as fractions
and shown as percentages, undefined values (None) as "n/a". Sentences in findings are formatted
by the analyses (``analyses.metrics.format_value``); table cells here are shorter (one-decimal
percentages, currency symbols).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from debrief import registry
from debrief.metrics.formulas import format_money, metric_kind, metric_label

_RATE = re.compile(
    r"(^|_)(ctr|cvr|rate|share|utilisation|utilization|pacing|lift_share|open_rate|win_rate|"
    r"probability|prob|precision|recall|gap|cumulative_gain|roi)($|_)"
)
_MONEY = re.compile(
    r"(^|_)(spend|revenue|value|cpa|cpl|cpc|cpm|cac|amount|budget|planned_spend|"
    r"impact|cost|deal_size)($|_)"
)
#: p- and q-values: two significant digits, never a percentage (0.0% would hide 4.6e-09)
_P_VALUE = re.compile(r"(^|_)(p_value|q_value|p|q|p_adjusted)$")
_RATIO = re.compile(r"(^|_)(roas|ratio|lift|auc|brier|marginal_roas|average_roas|mer)($|_)")
_COUNT = re.compile(
    r"(^|_)(impressions|clicks|conversions|leads|mqls|sqls|opportunities|won|sessions|pageviews|"
    r"entered|converted|n|count|reach|customers|people|paths|touches)($|_)"
)


def column_kind(name: str) -> str:
    """``p``, ``rate``, ``ratio``, ``money``, ``count`` or ``number`` for a column name."""
    n = name.lower()
    if _P_VALUE.search(n):
        return "p"
    kind = metric_kind(name, default=None)  # a metric the project defines: its own kind
    if kind is not None:
        return kind
    if _RATIO.search(n):
        return "ratio"
    if _RATE.search(n):
        return "rate"
    if _MONEY.search(n):
        return "money"
    if _COUNT.search(n):
        return "count"
    return "number"


def format_value(value: Any, column: str = "", currency: str = "USD") -> str:
    """A cell as text. ``None`` and NaN are "n/a" (an undefined ratio is never shown as 0)."""
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return "n/a"
        kind = column_kind(column)
        if kind == "p":
            return f"{value:.2g}"
        if kind == "rate":
            return f"{value * 100:.1f}%"
        if kind == "money":
            return money(value, currency)
        if kind == "ratio":
            return f"{value:.2f}"
        if isinstance(value, int) or float(value).is_integer():
            return f"{value:,.0f}"
        # a mean of counts (3.65 touches) or a plain number: three significant digits
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return ", ".join(f"{k}={format_value(v, k, currency)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(format_value(v, column, currency) for v in value)
    return str(value)


#: Columns whose display kind is that of the row's ``metric`` (KPI and criteria tables).
_METRIC_VALUED = {
    *("actual", "target", "reference", "prior_period", "baseline", "value", "benchmark"),
    *("current", "trailing_3m", "prior", "prior_value"),
}


def cell_text(
    row: dict[str, Any], column: str, currency: str = "USD", units: dict[str, str] | None = None
) -> str:
    """A table cell as text. A unit declared by the stage for the column wins; in rows that name a
    ``metric``, value columns take its format."""
    name = column
    if units and units.get(column) in _UNIT_COLUMNS:
        name = _UNIT_COLUMNS[units[column]]
    elif column in _METRIC_VALUED or (units and units.get(column) == "metric"):
        unit = row.get("unit")
        if unit == currency:  # an action's impact in money states the currency as its unit
            unit = "money"
        if unit in _UNIT_COLUMNS:  # the row says how its values read: trust it over the name
            name = _UNIT_COLUMNS[unit]
        elif isinstance(row.get("metric"), str):
            name = row["metric"]
    return format_value(row.get(column), name, currency)


#: A representative column name for each unit a row can declare.
_UNIT_COLUMNS = {"money": "spend", "rate": "rate", "ratio": "ratio", "count": "count"}


def impact_text(impact: dict[str, Any], currency: str = "USD") -> str:
    """An action's expected impact: "$1,200.00 revenue", "+2.0 pts CTR"."""
    value, unit, metric = impact.get("value"), str(impact.get("unit", "")), impact.get("metric", "")
    if isinstance(value, int | float) and unit.upper() in (currency.upper(), "MONEY", "CURRENCY"):
        text = money(value, currency)
    elif isinstance(value, int | float) and unit in ("rate", "fraction"):
        text = f"{value * 100:+.1f} pts"  # a change of a rate is in percentage points
    else:
        text = f"{format_value(value)} {unit}".strip()
    words = "at stake" if metric == "money_at_stake" else metric_label(str(metric))
    words = words if words[:2].isupper() else words.lower()
    return f"{text} {words}".strip()


#: Tables write money as the budget's sentences do (one formatter, in analyses/metrics).
money = format_money


stage_title = registry.stage_title


def table_title(name: str) -> str:
    return name.replace("_", " ").capitalize()


#: Rows of a table shown in the human formats; the rest is in report.json.
MAX_ROWS = 25


def table_columns(rows: list[dict[str, Any]]) -> list[str]:
    """Every column of a table's rows, in order of first appearance."""
    return list(dict.fromkeys(c for r in rows for c in r))


#: The summary's KPI rows state ``change`` relative to the prior period (synthesis/kpis.py).
KPI_UNITS = {"change": "rate"}


def header_meta(report: Any) -> list[str]:
    """The line under a report's title, in parts: period, generation time, campaign, dates.
    Plain text: each renderer escapes it for its format."""
    meta = [
        f"Period {report.period_start.isoformat()} to {report.period_end.isoformat()}",
        f"generated {report.generated_at.isoformat()}",
    ]
    if report.campaign_id:
        meta.append(f"campaign {report.campaign_id}")
    meta += [f"{k.replace('_', ' ')}: {v}" for k, v in report.summary.dates.items()]
    return meta


def kpi_table(kpis: dict[str, Any]) -> list[dict[str, Any]]:
    """KPI rows from the summary's kpis: either ``{"table": rows}`` or ``{metric: {...}}``."""
    if not kpis:
        return []
    if isinstance(kpis.get("table"), list):
        return list(kpis["table"])
    rows = []
    for metric, v in kpis.items():
        if isinstance(v, dict):
            rows.append({"metric": metric, **v})
        else:
            rows.append({"metric": metric, "actual": v})
    return rows


def action_rows(actions: Any, currency: str = "USD") -> list[dict[str, Any]]:
    """The action plan as table rows, the same in every format."""
    return [
        {
            "action": a.title,
            "owner": a.owner,
            "due": a.due.isoformat(),
            "measure": a.measure,
            "expected impact": impact_text(a.expected_impact, currency),
        }
        for a in actions
    ]
