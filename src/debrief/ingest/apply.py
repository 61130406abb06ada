"""Applying a column mapping to files: the rows each source makes, ready for validation.

A mapping runs in four modules: :mod:`~debrief.ingest.assign` picks the files of each source and
lookup of a :class:`~debrief.ingest.mapping.MappingSpec` (by file name, and by header where the
source declares one or the files are being recognised) and fills every ``${parameter}`` of the
source for that file (a parameter may default to what the file states, ``${_start_date}``);
:mod:`~debrief.ingest.parts` reads each file with what was sniffed from it
(:mod:`~debrief.ingest.sniff`: encoding, delimiter, preamble) unless the source says otherwise
and makes its :class:`~debrief.ingest.validate.Part`; this module (:func:`apply_source`) runs, per
file: ``drop_rows`` (report totals), ``lookups`` (:mod:`~debrief.ingest.lookups`), rename
(``columns``, ``optional_columns``; header names match case-insensitively), ``compute``,
``derive``, ``constants`` and ``defaults``, ``transforms`` (every cell a transform cannot read is
an error at its line), then ``aggregate`` (:mod:`~debrief.ingest.aggregate`); a ``join`` source
adds its columns to the rows of the earlier sources of its table. The parts are validated like
contract files.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Mapping
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest import transforms as tf
from debrief.ingest.aggregate import aggregate_rows
from debrief.ingest.convert import text, to_number
from debrief.ingest.lookups import column, resolve, run_lookups
from debrief.ingest.mapping import (
    PARAM,
    Compute,
    Source,
)
from debrief.ingest.problems import ProblemLog
from debrief.numbers import fmt


def snake(name: str) -> str:
    """``Unique Page Views`` -> ``unique_page_views``; ``Avg. Time on Page`` -> ``avg_time_on_page``."""
    s = re.sub(r"[^0-9a-zA-Z]+", "_", name.strip()).strip("_").lower()
    return s or "column"


def _template(tmpl: str, raw: pa.Table, lines: pa.Array | None, label: str) -> pa.Array:
    pieces: list[pa.Array | str] = []
    n = raw.num_rows
    for literal, name, _, _ in string.Formatter().parse(tmpl):
        if literal:
            pieces.append(literal)
        if name is None:
            continue
        if name == "_line":
            pieces.append(lines.cast(pa.string()))  # type: ignore[union-attr]
        elif name == "_file":
            pieces.append(label)
        elif column(raw, name) is not None:
            pieces.append(text(column(raw, name)))
        else:
            raise KeyError(name)
    if not pieces:
        return pa.array([tmpl] * n, pa.string())
    arrays = [p if isinstance(p, pa.Array) else pa.array([p] * n, pa.string()) for p in pieces]
    if len(arrays) == 1:
        return arrays[0]
    return pc.binary_join_element_wise(*arrays, "")


def drop_rows(
    source: Source, raw: pa.Table, log: ProblemLog, label: str
) -> tuple[pa.Table, pa.Array | None]:
    """``raw`` without the rows ``drop_rows`` names (report totals) and those ``keep_rows`` does
    not; the kept row indices."""
    if not (source.drop_rows or source.keep_rows) or raw.num_rows == 0:
        return raw, None
    drop = pa.array([False] * raw.num_rows, pa.bool_())
    for name, pattern in source.keep_rows.items():
        arr = column(raw, name)
        if arr is None:
            log.add(label, name, "keep_rows names a column not in the file", "error")
            continue
        hit = pc.fill_null(pc.match_substring_regex(text(arr), pattern), False)
        drop = pc.or_(drop, pc.invert(hit))
    for name, pattern in source.drop_rows.items():
        targets = raw.column_names if name == "*" else [name]
        for target in targets:
            arr = column(raw, target)
            if arr is None:
                if name != "*":
                    log.add(label, name, "drop_rows names a column not in the file", "error")
                continue
            t = text(arr)
            hit = pc.is_null(t) if pattern is None else pc.match_substring_regex(t, pattern)
            drop = pc.or_(drop, pc.fill_null(hit, False))
    kept = pc.indices_nonzero(pc.invert(drop))
    if len(kept) == raw.num_rows:
        return raw, None
    return raw.take(kept), kept


def _compute(name: str, spec: Compute, get: Any, label: str, log: ProblemLog) -> pa.Array | None:
    """One computed column (see :class:`~debrief.ingest.mapping.Compute`); None when an input
    column is absent (the result is then unknown, not 0)."""
    inputs = {}
    for c in spec.inputs:
        arr = get(c)
        if arr is not None:
            inputs[c] = arr
    if spec.sum is not None or spec.coalesce is not None:
        # Columns the file lacks are left out; with none of them the result is unknown.
        if not any(c in inputs for c in (spec.sum or spec.coalesce or [])):
            return None
    elif len(inputs) < len(spec.inputs):
        return None
    if spec.sum is not None:
        values = []
        for c in (c for c in spec.sum if c in inputs):
            v, bad = to_number(inputs[c])
            if pc.any(bad).as_py():
                log.add(label, c, f"not a number in a column {name!r} adds up", "error")
            values.append(v)
        present = values[0].is_valid()
        total = pc.fill_null(values[0], 0.0)
        for v in values[1:]:
            present = pc.or_(present, v.is_valid())
            total = pc.add(total, pc.fill_null(v, 0.0))
        return pc.if_else(present, total, pa.scalar(None, pa.float64()))
    if spec.coalesce is not None:
        return pc.coalesce(*(text(inputs[c]) for c in spec.coalesce if c in inputs))
    keep = pa.array([True] * len(inputs[spec.value]), pa.bool_())  # type: ignore[index]
    for c, allowed in (spec.when or {}).items():
        values = pa.array([str(a).strip().casefold() for a in allowed])
        keep = pc.and_(keep, pc.fill_null(pc.is_in(pc.utf8_lower(text(inputs[c])), values), False))
    value = text(inputs[spec.value])  # type: ignore[index]
    return pc.if_else(keep, value, pa.scalar(None, pa.string()))


def missing_parameter(name: str, description: str) -> str:
    if name.startswith("_"):
        what = {"_start_date": "its first day", "_end_date": "its last day"}.get(name, name)
        return f"the file does not state {what} (no date range before its header)"
    return f"needs parameter {name!r} (--param {name}=...): {description}".rstrip(": ")


def apply_source(
    source: Source,
    raw_table: pa.Table,
    label: str,
    line_of: Any,
    params: Mapping[str, str],
    log: ProblemLog,
    failed: dict[str, pa.Array] | None = None,
    lookup_files: Any = None,
    missing: Mapping[str, set[str]] | None = None,
    params_help: Mapping[str, str] | None = None,
    notes: list[str] | None = None,
) -> pa.Table | None:
    """The file's rows under contract names, transformed; None when a mapped column is missing.

    ``failed`` collects, per output column, the cells a transform could not read (reported here).
    ``lookup_files(i)`` gives the files of the source's i-th lookup. ``missing`` names, per
    constant or default, the parameters it needs and that have no value: an error only when
    that value is used. ``params`` is kept for mappings built in Python (``${name}`` in
    constants); files read through :func:`mapped_parts` arrive with every ``${name}`` filled.
    """
    if source.lookups:
        raw_table = run_lookups(
            source.lookups, raw_table, lookup_files or (lambda path: ()), label, log
        )
    n = raw_table.num_rows
    taken = {new for lk in source.lookups for new in lk.take.values()}
    taken = {t for t in taken if column(raw_table, t) is not None}
    resolved: dict[str, str] = {}
    missing_cols = []
    for c in source.columns:
        found = resolve(raw_table.column_names, c)
        if found is None:
            missing_cols.append(c)
        else:
            resolved[c] = found
    for c in missing_cols:
        hint = difflib.get_close_matches(c, raw_table.column_names, n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else ""
        log.add(label, c, f"column named in the mapping is not in the file{extra}", "error")
    if missing_cols:
        return None
    cols: dict[str, pa.Array] = {}
    used: set[str] = set(resolved.values())
    for src, dst in source.columns.items():
        cols[dst] = raw_table.column(resolved[src]).combine_chunks()
    for src, dst in source.optional_columns.items():
        found = resolve(raw_table.column_names, src)
        if found is not None and dst not in cols:
            cols[dst] = raw_table.column(found).combine_chunks()
            used.add(found)
    for name in taken:
        used.add(name)
        if name not in cols and name not in source.columns:
            cols[name] = raw_table.column(name).combine_chunks()
    if source.keep_unmapped:
        for src in raw_table.column_names:
            if src not in used and src not in source.columns:
                name = snake(src)
                if name not in cols:
                    cols[name] = raw_table.column(src).combine_chunks()

    def get(name: str) -> pa.Array | None:
        if name in cols:
            return cols[name]
        return column(raw_table, name)

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
    missing = missing or {}
    triggered = {
        f"when_missing.{trigger}.{dst}": value
        for trigger, values_ in source.when_missing.items()
        if trigger not in cols or cols[trigger].null_count == len(cols[trigger])
        for dst, value in values_.items()
    }
    sections = (("constants", source.constants), ("defaults", source.defaults))
    for section, values in (*sections, ("when_missing", triggered)):
        if section == "defaults":
            # Computed columns see the constants (a currency given as a parameter first).
            for dst, spec in source.compute.items():
                value = _compute(dst, spec, get, label, log)
                if value is not None:
                    cols[dst] = value
        for key, value in values.items():
            dst = key.rsplit(".", 1)[-1]
            if section == "defaults" and dst in cols and cols[dst].null_count < len(cols[dst]):
                continue
            lacking = missing.get(key if section == "when_missing" else f"{section}.{dst}", set())
            if lacking:
                if section != "constants":  # constants were reported when the source was filled
                    for name in sorted(lacking):
                        help_ = (params_help or {}).get(name, "")
                        log.add(label, dst, missing_parameter(name, help_), "error")
                continue
            if isinstance(value, bool):
                v = "true" if value else "false"
            else:
                v = PARAM.sub(lambda m: params.get(m.group(1), m.group(0)), str(value))
            cols[dst] = pa.array([v] * n, pa.string())
    for dst, steps in source.transforms.items():
        if dst not in cols:
            if dst in source.optional_columns.values() or dst in source.compute:
                continue  # an optional column the file does not have stays unknown
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
    table = pa.table(cols) if cols else pa.table({"__empty": pa.nulls(n)}).drop_columns(["__empty"])
    if source.skip_missing:
        lacking = pa.array([False] * table.num_rows, pa.bool_())
        for name in source.skip_missing:
            arr = table.column(name) if name in table.column_names else pa.nulls(table.num_rows)
            lacking = pc.or_(lacking, pc.is_null(arr))
        dropped = int(pc.sum(lacking.cast(pa.int64())).as_py() or 0)
        if dropped:
            table = table.filter(pc.invert(lacking))
            if notes is not None:
                notes.append(
                    f"{label}: {fmt(dropped, 'count')} row(s) without {' or '.join(source.skip_missing)} "
                    f"not loaded into {source.table}"
                )
    if source.aggregate is not None:
        optional = frozenset(
            [*source.optional_columns.values(), *source.compute, *source.defaults, *taken]
        )
        table = aggregate_rows(table, source.aggregate, label, log, optional)
    helpers = [c for c in table.column_names if c.startswith("_") and not c.startswith("__debrief")]
    return table.drop_columns(helpers) if helpers else table
