"""Every stage table as a CSV file beside the report (``tables/<stage>-<table>.csv``): the full
tables a reader can open in a spreadsheet, where the human formats show a summary.

Values are written as data, not as display text: numbers in full precision (no currency symbol,
rates as fractions), dates in ISO 8601, unknown values as an empty cell (never 0), lists and
mappings as JSON. The file itself is written by the one CSV writer, :func:`debrief.outputs.csv_text`,
which defends text against formula injection (a cell starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return gets a leading ``'``), so a campaign called ``=HYPERLINK(...)`` opens as
text.
"""

from __future__ import annotations

import json
from typing import Any

from debrief.outputs import csv_text
from debrief.render.format import table_columns
from debrief.results import Report, jsonable

__all__ = ["csv_path", "csv_tables", "csv_value", "to_csv"]


def csv_value(value: Any) -> Any:
    """One value as data for :func:`debrief.outputs.csv_text`: ``None`` for unknown (an empty
    cell), numbers unchanged, booleans ``true``/``false``, lists and mappings as JSON text."""
    v = jsonable(value)  # numpy scalars, NaN -> None, dates -> ISO text
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list | dict):
        v = json.dumps(v, ensure_ascii=False)
    return v


def to_csv(rows: list[dict[str, Any]]) -> str:
    """A table as CSV text, header first (the columns in order of first appearance)."""
    columns = table_columns(rows)
    return csv_text(({c: csv_value(r.get(c)) for c in columns} for r in rows), columns)


#: The folder, beside report.json, that holds every stage table as a CSV file.
TABLE_DIR = "tables"


def csv_path(stage: str, table: str) -> str:
    """Where a stage's table is written, relative to the report."""
    return f"{TABLE_DIR}/{stage}-{table}.csv"


def csv_tables(report: Report) -> dict[str, str]:
    """``{"tables/<stage>-<table>.csv": text}`` for every non-empty stage table."""
    return {
        csv_path(name, tname): to_csv(rows)
        for name, stage in report.stages.items()
        for tname, rows in stage.tables.items()
        if rows
    }
