"""Expressions that mean the same on every backend, for the constructs backends disagree on.

Analyses build Ibis expressions that run on DuckDB, Postgres, Spark and warehouses. A few Ibis
constructs compile to SQL whose meaning, or whose very existence, depends on the backend; they go
through these helpers instead (``tests/core/test_portable.py`` bans the raw forms in analyses):

* :func:`count_where` instead of ``table.count(where=cond)``: PySpark compiles that to
  ``sum(cast(cond as bigint))``, which is NULL, not 0, when ``cond`` is NULL on every row of a group;
  here a NULL condition counts as false and an empty group counts 0.
* :func:`quantile_where` / :func:`median_where` instead of ``x.median(where=...)`` and
  ``x.quantile(q, where=...)``: PySpark applies the filter to the quantile's fraction too
  (``percentile(x, IF(cond, 0.5, NULL))``, refused as not constant), and Ibis has no exact median or
  quantile for BigQuery or Trino at all. Here the kept values are collected, sorted and read at
  their rank, with the linear interpolation of DuckDB's ``quantile_cont`` (term for term: DuckDB's
  numbers do not change) and Postgres' ``percentile_cont``: one exact number on every backend.
* :func:`epoch_seconds` instead of ``ts.epoch_seconds()``: Ibis compiles that to
  ``EPOCH(CAST(ts AS TIMESTAMP))`` on DuckDB, and for the workspace's UTC timestamps
  (``TIMESTAMPTZ``) that cast goes through ICU's calendar row by row: 0.5 s of CPU per 3.3M
  touches, ten times the epoch itself. Here DuckDB reads the instant directly (the same number:
  Ibis' DuckDB sessions are in UTC) and every other backend compiles as Ibis does.
* :func:`keyed_row_number` instead of ``ibis.row_number().over(order_by=...)`` with no partition:
  a window over the whole table moves every row to one Spark partition (one core, one machine's
  memory). Numbering rows within a key (a person's conversions in time order) needs no global sort,
  and the key plus that number identifies the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.operations as ops
from ibis.backends.sql.compilers.base import SQLGlotCompiler
from ibis.backends.sql.compilers.duckdb import DuckDBCompiler

if TYPE_CHECKING:
    import ibis.expr.types as ir


def count_where(cond: ir.BooleanValue) -> ir.IntegerScalar:
    """Rows where ``cond`` is true, NULL counted as false; 0 for no rows, on every backend."""
    return cond.ifelse(1, 0).sum().coalesce(0).cast("int64")


def quantile_where(
    x: ir.NumericValue, q: float, cond: ir.BooleanValue | None = None
) -> ir.FloatingScalar:
    """The exact ``q`` quantile of ``x`` over rows where ``cond`` holds (NULL when there are none).

    Continuous: between the two values around rank ``q * (n - 1)``, linearly, as DuckDB's
    ``quantile_cont`` and Postgres' ``percentile_cont`` do (``lo * (1 - d) + hi * d``, DuckDB's
    form). Missing values are left out.
    """
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"q must be in [0, 1], not {q}")
    kept = x.cast("float64") if cond is None else cond.ifelse(x.cast("float64"), ibis.null())
    values = kept.collect().sort()
    n = values.length()
    pos = (n - 1).cast("float64") * q
    # 32-bit positions: Spark's element_at takes an INT, not a BIGINT.
    lo = pos.floor().cast("int32")
    hi = pos.ceil().cast("int32")
    d = pos - lo.cast("float64")
    # DuckDB's own interpolation, term for term, so DuckDB's numbers do not move by a last bit.
    value = values[lo] * (1.0 - d) + values[hi] * d
    return ibis.cases((n > 0, value), else_=ibis.null())


def median_where(x: ir.NumericValue, cond: ir.BooleanValue | None = None) -> ir.FloatingScalar:
    """The exact median of ``x`` over rows where ``cond`` holds (see :func:`quantile_where`)."""
    return quantile_where(x, 0.5, cond)


def keyed_row_number(
    group_by: Sequence[str | ir.Value], order_by: Sequence[str | ir.Value]
) -> ir.IntegerColumn:
    """0, 1, 2... within each ``group_by`` key in ``order_by`` order: no window over every row."""
    if not group_by:
        raise ValueError("keyed_row_number needs a key: a global numbering sorts every row at once")
    return ibis.row_number().over(group_by=list(group_by), order_by=list(order_by))


class EpochSeconds(ops.Unary):
    """Seconds since 1970-01-01 00:00 UTC of a timestamp, fractions kept (:func:`epoch_seconds`)."""

    arg: ops.Value[dt.Timestamp]
    dtype = dt.float64


def _epoch_default(self: SQLGlotCompiler, op: EpochSeconds, *, arg: object) -> object:
    return self.cast(self.visit_ExtractEpochSeconds(op, arg=arg), dt.float64)


def _epoch_duckdb(self: SQLGlotCompiler, op: EpochSeconds, *, arg: object) -> object:
    return self.f.epoch(arg)


# Ibis compiles an operation with the compiler's ``visit_<class name>`` method: every SQL backend
# inherits the default (Ibis' own epoch, as a double); DuckDB's reads the instant directly.
SQLGlotCompiler.visit_EpochSeconds = _epoch_default  # type: ignore[attr-defined]
DuckDBCompiler.visit_EpochSeconds = _epoch_duckdb  # type: ignore[attr-defined]


def epoch_seconds(ts: ir.TimestampValue) -> ir.FloatingValue:
    """``ts`` as seconds since 1970-01-01 00:00 UTC (float64), the same number on every backend
    as ``ts.epoch_seconds()``, without DuckDB's per-row time-zone cast (module docstring)."""
    return EpochSeconds(ts).to_expr()
