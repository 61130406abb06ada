"""Writing generated frames as contract files (CSV or Parquet).

Inputs: a pandas frame per canonical table; dates may be ISO strings, timestamps ``datetime64``
(UTC). Outputs: ``<out>/<table>.csv`` (ISO dates, ``...Z`` timestamps, empty cells for missing
values) or ``<out>/<table>.parquet`` typed after the contract (date32, timestamp[s, UTC], int64,
float64, bool, string).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from debrief.schema import table_schema

FORMATS = ("csv", "parquet")

_ARROW = {
    "count": pa.int64(),
    "quantity": pa.float64(),
    "money": pa.float64(),
    "number": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("s", tz="UTC"),
}


def _ordered(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Contract columns first, in contract order; unknown columns would be a generator bug."""
    schema = table_schema(table)
    extra = [c for c in frame.columns if c not in schema.names]
    if extra:
        raise ValueError(f"{table}: columns not in the contract: {extra}")
    return frame[[c for c in schema.names if c in frame.columns]]


def write_table(table: str, frame: pd.DataFrame, out: Path, fmt: str) -> Path:
    """Write one table and return its path."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    frame = _ordered(table, frame)
    schema = table_schema(table)
    path = out / f"{table}.{fmt}"
    if fmt == "csv":
        frame = frame.copy()
        for col in frame.columns:
            if schema.column(col).kind == "timestamp" and pd.api.types.is_datetime64_any_dtype(
                frame[col]
            ):
                frame[col] = frame[col].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        frame.to_csv(path, index=False)
        return path
    pq.write_table(to_arrow(table, frame), path)
    return path


def to_arrow(table: str, frame: pd.DataFrame) -> pa.Table:
    """One table's frame typed after the contract, as written to Parquet."""
    frame = _ordered(table, frame)
    schema = table_schema(table)
    arrays, fields = [], []
    for col in frame.columns:
        kind = schema.column(col).kind
        typ = _ARROW.get(kind, pa.string())
        values = frame[col]
        if kind == "date":
            values = pd.to_datetime(values).dt.date
        elif kind == "timestamp":
            values = pd.to_datetime(values, utc=True)
        if isinstance(values.dtype, pd.CategoricalDtype):
            # Dictionary-encoded in memory; written as plain strings (the contract's kind).
            arrays.append(pa.array(values, from_pandas=True).cast(typ))
        else:
            arrays.append(pa.array(values, type=typ, from_pandas=True))
        fields.append(pa.field(col, typ))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))
