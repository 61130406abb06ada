"""Applying a column mapping to files: the rows each source makes, ready for validation.

:func:`mapped_parts` picks the files of each source of a :class:`~debrief.ingest.mapping.MappingSpec`,
reads them with the source's file options and runs, per file: rename (``columns``), ``derive``
templates, ``constants`` (with ``${parameter}`` filled in), ``transforms`` (every cell a transform
cannot read is an error at its line), then ``aggregate``; a ``join`` source adds its columns to the
rows of the earlier sources of its table. The result is a list of
:class:`~debrief.ingest.validate.Part` that ingest validates like contract files.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Mapping, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest import transforms as tf
from debrief.ingest.convert import text
from debrief.ingest.mapping import Aggregate, MappingSpec, Source
from debrief.ingest.problems import ProblemLog
from debrief.ingest.readers import ReadOptions, numbered_from_one, read_file
from debrief.ingest.validate import Part, duplicate_mask

_PARAM = re.compile(r"\$\{(\w+)\}")


def snake(name: str) -> str:
    """``Unique Page Views`` -> ``unique_page_views``; ``Avg. Time on Page`` -> ``avg_time_on_page``."""
    s = re.sub(r"[^0-9a-zA-Z]+", "_", name.strip()).strip("_").lower()
    return s or "column"


def _resolve_params(
    spec: MappingSpec, params: Mapping[str, str], log: ProblemLog
) -> dict[str, str]:
    values: dict[str, str] = {}
    for name in params:
        if name not in spec.parameters:
            hint = difflib.get_close_matches(name, spec.parameters, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            log.add(f"mapping {spec.name}", None, f"unknown parameter {name!r}{extra}", "error")
    for name, p in spec.parameters.items():
        if name in params:
            values[name] = str(params[name])
        elif p.default is not None:
            values[name] = p.default
        else:
            log.add(
                f"mapping {spec.name}",
                None,
                f"needs parameter {name!r} (--param {name}=...): {p.description}",
                "error",
            )
    return values


def _files(paths: Sequence[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        elif p.is_file():
            out.append(p)
    return out


def _template(tmpl: str, raw: pa.Table, lines: pa.Array | None, label: str) -> pa.Array:
    pieces: list[pa.Array | str] = []
    n = raw.num_rows
    for literal, field, _, _ in string.Formatter().parse(tmpl):
        if literal:
            pieces.append(literal)
        if field is None:
            continue
        if field == "_line":
            pieces.append(lines.cast(pa.string()))  # type: ignore[union-attr]
        elif field == "_file":
            pieces.append(label)
        elif field in raw.column_names:
            pieces.append(text(raw.column(field).combine_chunks()))
        else:
            raise KeyError(field)
    if not pieces:
        return pa.array([tmpl] * n, pa.string())
    arrays = [p if isinstance(p, pa.Array) else pa.array([p] * n, pa.string()) for p in pieces]
    if len(arrays) == 1:
        return arrays[0]
    return pc.binary_join_element_wise(*arrays, "")


def apply_source(
    source: Source,
    raw_table: pa.Table,
    label: str,
    line_of: Any,
    params: Mapping[str, str],
    log: ProblemLog,
    failed: dict[str, pa.Array] | None = None,
) -> pa.Table | None:
    """The file's rows under contract names, transformed; None when a mapped column is missing.

    ``failed`` collects, per output column, the cells a transform could not read (reported here).
    """
    n = raw_table.num_rows
    missing = [c for c in source.columns if c not in raw_table.column_names]
    for c in missing:
        hint = difflib.get_close_matches(c, raw_table.column_names, n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else ""
        log.add(label, c, f"column named in the mapping is not in the file{extra}", "error")
    if missing:
        return None
    cols: dict[str, pa.Array] = {}
    for src, dst in source.columns.items():
        cols[dst] = raw_table.column(src).combine_chunks()
    if source.keep_unmapped:
        for src in raw_table.column_names:
            if src not in source.columns:
                name = snake(src)
                if name not in cols:
                    cols[name] = raw_table.column(src).combine_chunks()
    lines = None
    if any("{_line}" in t for t in source.derive.values()):
        lines = pa.array(line_of(range(n)), pa.int64())
    for dst, tmpl in source.derive.items():
        try:
            cols[dst] = _template(tmpl, raw_table, lines, label)
        except KeyError as exc:
            log.add(
                label,
                dst,
                f"derive template names a column not in the file: {exc.args[0]}",
                "error",
            )
            return None
    for dst, value in source.constants.items():
        v = _PARAM.sub(lambda m: params.get(m.group(1), m.group(0)), str(value))
        if isinstance(value, bool):
            v = "true" if value else "false"
        cols[dst] = pa.array([v] * n, pa.string())
    for dst, steps in source.transforms.items():
        if dst not in cols:
            log.add(label, dst, "transform on a column the mapping does not produce", "error")
            continue
        before = text(cols[dst])
        out, failures = tf.apply(cols[dst], steps)
        for step, bad in failures:
            if failed is not None:
                failed[dst] = pc.or_(failed[dst], bad) if dst in failed else bad
            idx = pc.indices_nonzero(bad)
            first = idx[: log.cap]
            log.add(
                label,
                dst,
                f"cannot apply transform {step!r}"
                + (" (ambiguous: set decimal and thousands)" if step == "number" else ""),
                "error",
                list(zip(first.to_pylist(), before.take(first).to_pylist(), strict=True)),
                total=len(idx),
                line_of=line_of,
            )
        cols[dst] = out
    table = pa.table(cols)
    if source.aggregate is not None:
        table = _aggregate(table, source.aggregate, label, log)
    return table


def _aggregate(table: pa.Table, agg: Aggregate, label: str, log: ProblemLog) -> pa.Table:
    """One row per ``agg.by``: sums, weighted means (weight column summed too) and first values."""
    needed = [*agg.by, *agg.sum, *agg.weighted_mean, *agg.weighted_mean.values(), *agg.first]
    absent = [c for c in dict.fromkeys(needed) if c not in table.column_names]
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
        work[c] = table.column(c).cast(pa.float64())
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
    return pa.table(out)


def mapped_parts(
    spec: MappingSpec, paths: Sequence[str | Path], log: ProblemLog, params: Mapping[str, str]
) -> list[Part]:
    """The parts (file -> table rows) a mapping makes of the files under ``paths``."""
    values = _resolve_params(spec, params, log)
    if log.has_errors():
        return []
    files = _files(paths)
    parts: list[Part] = []
    for source in spec.sources:
        matched = [f for f in files if fnmatch(f.name, source.file)]
        if not matched:
            if not source.optional:
                log.add(
                    source.file,
                    None,
                    f"no file matches (mapping {spec.name}, table {source.table})",
                    "error",
                )
            continue
        for path in matched:
            opts = ReadOptions(source.delimiter, source.encoding, source.skip_rows)
            raw = read_file(path, log, opts)
            if raw is None:
                continue
            failed: dict[str, pa.Array] = {}
            table = apply_source(source, raw.table, raw.label, raw.line_of, values, log, failed)
            if table is None:
                continue
            if source.join is not None:
                _join(parts, source, table, raw.label, log)
                continue
            line_of = raw.line_of
            if source.aggregate is not None:
                # Rows are groups now, numbered from 1 in the aggregated order; the cells a
                # transform could not read were reported at their file lines.
                line_of, failed = numbered_from_one, {}
            parts.append(Part(source.table, raw.label, table, line_of, dict(source.types), failed))
    return parts


def _join(parts: list[Part], source: Source, table: pa.Table, label: str, log: ProblemLog) -> None:
    """Left-join ``table`` onto the earlier parts of the same table (in place)."""
    targets = [i for i, p in enumerate(parts) if p.table == source.table]
    on = source.join.keys  # type: ignore[union-attr]
    absent = [c for c in on if c not in table.column_names]
    if not targets or absent:
        log.add(
            label,
            ", ".join(absent) or None,
            "join needs an earlier source of the table and the join columns",
            "error",
        )
        return
    keys = table.select(on)
    dup = duplicate_mask(keys, on)
    if pc.any(dup).as_py():
        idx = pc.indices_nonzero(dup)
        log.add(label, ", ".join(on), "join key repeated: a row would match twice", "error",
                [(i, None) for i in idx[: log.cap].to_pylist()], total=len(idx))  # fmt: skip
        return
    right = table.append_column("__joined", pa.array([True] * table.num_rows))
    matched = pa.array([], pa.string())
    for i in targets:
        p = parts[i]
        left_cols = [c for c in p.data.column_names if c not in table.column_names or c in on]
        left = p.data.select(left_cols).append_column("__order", pa.array(range(p.data.num_rows)))
        joined = left.join(right, keys=on, join_type="left outer").sort_by("__order")
        hit = pc.fill_null(joined.column("__joined"), False)
        matched = pa.concat_arrays(
            [matched, text(joined.filter(hit).column(on[0]).combine_chunks())]
        )
        data = joined.drop_columns(["__order", "__joined"])
        parts[i] = Part(
            p.table, f"{p.label} + {label}", data, p.line_of, {**p.extra_types, **source.types}
        )
    unmatched = pc.invert(pc.is_in(text(table.column(on[0]).combine_chunks()), value_set=matched))
    idx = pc.indices_nonzero(pc.fill_null(unmatched, True))
    if len(idx):
        log.add(label, on[0], "row matches no row of the earlier sources; not loaded", "warning",
                [(None, v) for v in table.column(on[0]).take(idx[: log.cap]).to_pylist()], total=len(idx))  # fmt: skip
