"""Display formatting shared by the Markdown, HTML and PDF renderers.

Formatting only: a renderer never computes a metric, and it never guesses a column's unit from its
name. Each column's unit is declared with its stage (:class:`debrief.registry.Table`, read here by
:func:`table_units`); a column of unit ``metric`` reads each row in its own metric's unit (the row's
``unit``, else its ``metric``'s kind in :mod:`debrief.metrics.catalogue`). Every number is written
by :func:`debrief.numbers.fmt` in its ``cell`` style (one-decimal percentages, currency
symbols); undefined values read "n/a".
"""

from __future__ import annotations

from typing import Any

from debrief import registry
from debrief.metrics.catalogue import kind, label, lookup, words
from debrief.numbers import fmt

__all__ = [
    "KPI_UNITS",
    "MAX_ROWS",
    "action_rows",
    "cell_text",
    "column_title",
    "format_value",
    "header_meta",
    "impact_text",
    "kpi_table",
    "kpi_units",
    "metric_unit",
    "more_rows",
    "reader_rows",
    "shown_columns",
    "stage_title",
    "summary_rows",
    "table_columns",
    "table_title",
    "table_units",
]


def metric_unit(metric: str) -> str:
    """The unit a value of ``metric`` is written in: its kind in the catalogue (``number`` for a
    name the catalogue does not know)."""
    return kind(metric, default="number") or "number"


def format_value(value: Any, metric: str = "", currency: str = "USD") -> str:
    """A value of ``metric`` as a table cell (``12.3%``, ``$1,234.50``); "n/a" when undefined."""
    return _cell(value, metric_unit(metric) if metric else "number", currency)


def _cell(value: Any, unit: str, currency: str) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={format_value(v, k, currency)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v, unit, currency) for v in value)
    return fmt(value, unit, style="cell", currency=currency)


def table_units(stage: str, table: str, given: dict[str, str] | None = None) -> dict[str, str]:
    """The units of a stage's table: the stage's declaration, with the units the result itself
    carries (``StageResult.units``) over them."""
    declared: dict[str, str] = {}
    if stage in registry.STAGES:
        spec = registry.STAGES.get(stage).tables.get(table)
        declared = dict(spec.columns) if spec is not None else {}
    return {**declared, **(given or {})}


def cell_text(
    row: dict[str, Any], column: str, currency: str = "USD", units: dict[str, str] | None = None
) -> str:
    """A table cell as text, in the column's declared unit (``units``); a column of unit
    ``metric`` reads in the row's ``unit`` when it names one, else in its ``metric``'s unit. A
    column nobody declared reads as a plain number (text, dates and flags as themselves)."""
    unit = (units or {}).get(column, "number")
    if unit == "metric":
        row_unit = row.get("unit")
        if row_unit == currency:  # an action's impact in money states the currency as its unit
            row_unit = "money"
        if row_unit in _ROW_UNITS:  # the row says how its values read
            unit = row_unit
        elif isinstance(row.get("metric"), str):
            unit = metric_unit(row["metric"])
        else:
            unit = "number"
    value = row.get(column)
    if unit == "count" and column in _REFERENCES and isinstance(value, float):
        return fmt(value, "count", style="sentence")  # a target of 37.1 opportunities reads 37
    return _cell(value, unit, currency)


#: Columns that hold a reference a count is compared with (a derived target can be fractional).
_REFERENCES = frozenset({"target", "reference", "benchmark", "plan"})


#: A status against a target or benchmark in words.
STATUS_WORDS = {
    "met": "met",
    "within_tolerance": "within tolerance",
    "not_met": "not met",
    "in_progress": "month in progress",
    "no_target": "no target set",
    "no_data": "no data",
}
#: Columns whose value reads better or worse by the row's direction.
_CUED = ("change", "relative_gap")


def _better(value: Any, direction: Any) -> str:
    """ ", better" / ", worse" for a change read with the metric's direction; "" when flat or
    the direction is unknown."""
    if not isinstance(value, int | float) or isinstance(value, bool) or abs(value) < 0.005:
        return ""
    if direction not in ("min", "max"):
        return ""
    return " (better)" if (value > 0) == (direction == "min") else " (worse)"


def reader_rows(
    rows: list[dict[str, Any]], units: dict[str, str], currency: str = "USD"
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """A table with a ``direction`` column (``min``/``max``), as a reader reads it: the target
    as "at least $2.28" / "at most $234,100.00", the status in words, the metric by its label, a
    change marked better or worse by the metric's direction, and no ``direction`` column (nor
    ``metric``/``unit`` beside a ``label``). In other tables only a ``metric`` column changes: a
    metric the catalogue knows reads by its label. report.json and the CSV keep the names."""
    if not any("direction" in r for r in rows):
        if not any(isinstance(r.get("metric"), str) and lookup(r["metric"]) for r in rows):
            return rows, units
        return [_metric_labelled(r) for r in rows], units
    out = []
    for r in rows:
        d = r.get("direction")
        row: dict[str, Any] = {}
        for c, v in r.items():
            if c == "direction" or (c in ("metric", "unit") and "label" in r):
                continue
            text = cell_text(r, c, currency, units)
            if c == "target" and v is not None and d in ("min", "max"):
                text = f"{'at most' if d == 'max' else 'at least'} {text}"
            elif c == "metric" and isinstance(v, str):
                text = label(v)
            elif c == "status" and isinstance(v, str):
                text = STATUS_WORDS.get(v, words(v))
            elif c in _CUED:
                text += _better(v, d)
            row[c] = text
        out.append(row)
    return out, {c: "text" for r in out for c in r}


def _metric_labelled(row: dict[str, Any]) -> dict[str, Any]:
    m = row.get("metric")
    return {**row, "metric": label(m)} if isinstance(m, str) and lookup(m) else row


#: The units a row's ``unit`` column can state.
_ROW_UNITS = frozenset({"money", "rate", "ratio", "count"})


def impact_text(impact: dict[str, Any], currency: str = "USD") -> str:
    """An action's expected impact: "$1,200.00 revenue", "+2.0 pts CTR"."""
    value, unit, metric = impact.get("value"), str(impact.get("unit", "")), impact.get("metric", "")
    if isinstance(value, int | float) and unit.upper() in (currency.upper(), "MONEY", "CURRENCY"):
        text = fmt(value, "money", style="cell", currency=currency)
    elif isinstance(value, int | float) and unit in ("rate", "fraction"):
        # a change of a rate is in percentage points
        text = fmt(value, "points", places=1, signed=True) + " pts"
    else:
        text = f"{format_value(value)} {unit}".strip()
    words = "at stake" if metric == "money_at_stake" else label(str(metric))
    words = words if words[:2].isupper() else words.lower()
    return f"{text} {words}".strip()


stage_title = registry.stage_title


def table_title(name: str) -> str:
    """A table's heading: ``ctr_by_position`` -> "CTR by position", ``kpis`` -> "KPIs"."""
    return words(name)


#: Columns whose name is an abbreviation nobody says.
_COLUMN_TITLES = {"ts": "When"}


def column_title(name: str) -> str:
    """A column's header in the human formats: ``campaign_id`` -> "Campaign id", ``cvr`` ->
    "CVR", ``ts`` -> "When" (report.json and the CSV files keep the column's name)."""
    return _COLUMN_TITLES.get(name) or words(name)


def more_rows(
    total: int, shown: int, source: str | None = None, first: str = "", columns: int = 0
) -> str:
    """The note under a summarised table: how many rows (and ``columns``) are left out and where
    they all are (``first``: which rows were brought forward, see :func:`summary_rows`)."""
    where = f"report.json and {source}" if source else "report.json"
    lead = f"Rows {first} first; " if first else ""
    parts = [f"{total - shown} more rows ({total} in all)"] if total > shown else []
    parts += [f"{columns} more column{'s' if columns != 1 else ''}"] if columns else []
    return f"{lead}{' and '.join(parts)} in {where}."


def shown_columns(
    rows: list[dict[str, Any]], stage: str, table: str
) -> tuple[list[dict[str, Any]], int]:
    """A detail table with the columns its declaration shows a reader (``Table.shown``; all when
    it names none), and how many columns are left out (every one is in report.json and the
    CSV)."""
    spec = registry.STAGES.get(stage).tables.get(table) if stage in registry.STAGES else None
    present = table_columns(rows)
    keep = [c for c in (spec.shown if spec is not None else ()) if c in present]
    if not keep or len(keep) == len(present):
        return rows, 0
    return [{c: r[c] for c in keep if c in r} for r in rows], len(present) - len(keep)


#: Rows of a detail table shown in report.md and report.html: a summary; every row is in
#: report.json and the table's CSV beside the report.
MAX_ROWS = 10

#: Statuses a summarised table shows first (raw or in words): the rows a reader acts on.
_ACT_ON = {"not_met": 0, "not met": 0, "within_tolerance": 1, "within tolerance": 1}


def summary_rows(rows: list[dict[str, Any]], limit: int = MAX_ROWS) -> tuple[list[dict], str]:
    """The rows of a detail table a reader sees, and which were brought forward ("" if none).

    All rows when they fit; else the first ``limit``, rows whose ``status`` is not met (then
    within tolerance) ahead of the others, each group in its own order, so a summary of 35 targets
    shows the one missed, not the first ten met."""
    if len(rows) <= limit:
        return rows, ""
    rank = [_ACT_ON.get(str(r.get("status")), 2) for r in rows]
    order = sorted(range(len(rows)), key=lambda i: (rank[i], i))[:limit]
    if order == list(range(limit)):
        return rows[:limit], ""
    present = {rank[i] for i in order}
    words = " or ".join(w for k, w in ((0, "not met"), (1, "within tolerance")) if k in present)
    return [rows[i] for i in order], words


def table_columns(rows: list[dict[str, Any]]) -> list[str]:
    """Every column of a table's rows, in order of first appearance."""
    return list(dict.fromkeys(c for r in rows for c in r))


#: The post-mortem summary's KPI rows: a metric and its value.
KPI_UNITS = {"metric": "text", "actual": "metric"}


def kpi_units(report: Any) -> dict[str, str]:
    """The units of the summary's KPI rows: the executive summary's declared ``kpis`` table in a
    monthly review, :data:`KPI_UNITS` in a post-mortem."""
    if report.kind == "monthly_review":
        return table_units("executive_summary", "kpis")
    return dict(KPI_UNITS)


#: Review dates whose name is not its words with spaces.
_DATE_NAMES = {"pre_read": "pre-read", "post_mortem_window_ends": "post-mortem window ends"}


def header_meta(report: Any) -> list[str]:
    """The line under a report's title, in parts: period, generation time, campaign, dates.
    Plain text: each renderer escapes it for its format."""
    meta = [
        f"Period {report.period_start.isoformat()} to {report.period_end.isoformat()}",
        f"generated {fmt(report.generated_at, 'date')}",
    ]
    if report.campaign_id:
        meta.append(f"campaign {report.campaign_id}")
    meta += [
        f"{_DATE_NAMES.get(k, k.replace('_', ' '))}: {v}" for k, v in report.summary.dates.items()
    ]
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
