"""Row filters and the ``aggregate`` step of a mapping source: rows summed (or counted) per key
before validation, e.g. a platform export by hour or by ad summed to one row per day."""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.convert import text, to_number
from debrief.ingest.lookups import column
from debrief.ingest.mapping import (
    Aggregate,
)
from debrief.ingest.problems import ProblemLog


def _where(table: pa.Table, where: Mapping[str, list[str]]) -> pa.Array | None:
    """Rows whose columns take one of the given values (case-insensitive); None if a column is
    absent."""
    keep = pa.array([True] * table.num_rows, pa.bool_())
    for name, values in where.items():
        col = column(table, name)
        if col is None:
            return None
        allowed = pa.array([str(v).strip().casefold() for v in values])
        keep = pc.and_(keep, pc.fill_null(pc.is_in(pc.utf8_lower(text(col)), allowed), False))
    return keep


def aggregate_rows(
    table: pa.Table,
    agg: Aggregate,
    label: str,
    log: ProblemLog,
    optional: frozenset[str] = frozenset(),
) -> pa.Table:
    """One row per ``agg.by``: sums, weighted means (weight column summed too), first, smallest
    and largest values, row counts (all rows, or rows of given values: events pivoted into
    measures) and sums over such rows.

    A column in ``optional`` (one the export has only sometimes) that is absent is left out: it
    stays unknown rather than being an error.
    """
    present = set(table.column_names)

    def keep(cols: list[str]) -> list[str]:
        return [c for c in cols if c in present or c not in optional]

    if optional - present:
        agg = agg.model_copy(
            update={
                "by": keep(agg.by),
                "sum": keep(agg.sum),
                "weighted_mean": {
                    c: w for c, w in agg.weighted_mean.items() if c in present or c not in optional
                },
                "first": keep(agg.first),
                "min": keep(agg.min),
                "max": keep(agg.max),
            }
        )
    needed = [*agg.by, *agg.sum, *agg.weighted_mean, *agg.weighted_mean.values(), *agg.first]
    needed += [*agg.min, *agg.max, *(w.column for w in agg.sum_where.values())]
    absent = [c for c in dict.fromkeys(needed) if c not in present]
    if absent:
        log.add(
            label,
            ", ".join(absent),
            "aggregate names columns the mapping does not produce",
            "error",
        )
        return table
    work = {c: table.column(c) for c in agg.by}
    specs: list[tuple[str, str]] = []
    for c in agg.sum:
        values, bad = to_number(table.column(c).combine_chunks())
        if pc.any(bad).as_py():
            log.add(label, c, "not a number in a column the aggregate adds up", "error")
        work[c] = values
        specs.append((c, "sum"))
    for c, w in agg.weighted_mean.items():
        x = table.column(c).cast(pa.float64())
        wt = table.column(w).cast(pa.float64())
        both = pc.and_(pc.is_valid(x), pc.is_valid(wt))
        work[f"__wx_{c}"] = pc.if_else(both, pc.multiply(x, wt), pa.scalar(None, pa.float64()))
        work[f"__w_{c}"] = pc.if_else(both, wt, pa.scalar(None, pa.float64()))
        specs += [(f"__wx_{c}", "sum"), (f"__w_{c}", "sum")]
    for c in agg.first:
        work[c] = table.column(c)
        specs.append((c, "first"))
    for op, cols in (("min", agg.min), ("max", agg.max)):
        for c in cols:
            work[f"__{op}_{c}"] = text(table.column(c).combine_chunks())
            specs.append((f"__{op}_{c}", op))
    if agg.count:
        work["__count"] = pa.array([1] * table.num_rows, pa.int64())
        specs.append(("__count", "sum"))
    for name, where in agg.count_where.items():
        hit = _where(table, where)
        if hit is None:
            log.add(label, ", ".join(where), "count_where names a column not in the file", "error")
            return table
        work[f"__cw_{name}"] = pc.if_else(hit, 1, 0).cast(pa.int64())
        specs.append((f"__cw_{name}", "sum"))
    for name, sw in agg.sum_where.items():
        hit = _where(table, sw.where)
        if hit is None:
            log.add(label, ", ".join(sw.where), "sum_where names a column not in the file", "error")
            return table
        values, _ = to_number(table.column(sw.column).combine_chunks())
        work[f"__sw_{name}"] = pc.if_else(hit, pc.fill_null(values, 0.0), 0.0)
        specs.append((f"__sw_{name}", "sum"))
    grouped = pa.table(work).group_by(agg.by, use_threads=False).aggregate(specs)
    out = {c: grouped.column(c) for c in agg.by}
    for c in agg.sum:
        out[c] = grouped.column(f"{c}_sum")
    for c in agg.weighted_mean:
        wsum = grouped.column(f"__w_{c}_sum")
        mean = pc.divide(grouped.column(f"__wx_{c}_sum"), wsum)
        # A weighted mean over zero weight is undefined, not 0.
        out[c] = pc.if_else(
            pc.fill_null(pc.greater(wsum, 0), False), mean, pa.scalar(None, pa.float64())
        )
    for c in agg.first:
        out[c] = grouped.column(f"{c}_first")
    for op, cols in (("min", agg.min), ("max", agg.max)):
        for c in cols:
            out[c] = grouped.column(f"__{op}_{c}_{op}")
    if agg.count:
        out[agg.count] = grouped.column("__count_sum")
    for name in agg.count_where:
        out[name] = grouped.column(f"__cw_{name}_sum")
    for name in agg.sum_where:
        out[name] = grouped.column(f"__sw_{name}_sum")
    return pa.table(out)
