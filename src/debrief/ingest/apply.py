"""Applying a column mapping to files: the rows each source makes, ready for validation.

:func:`assign` picks the files of each source and lookup of a
:class:`~debrief.ingest.mapping.MappingSpec` (by file name, and by header where the source declares
one or the files are being recognised); :func:`run_parts` reads each with what was sniffed from it
(:mod:`~debrief.ingest.sniff`: encoding, delimiter, preamble) unless the source says otherwise, fills
every ``${parameter}`` of the source for that file (a parameter may default to what the file
states, ``${_start_date}``), and runs, per file: ``drop_rows`` (report totals), ``lookups``
(:mod:`~debrief.ingest.lookups`), rename (``columns``, ``optional_columns``; header names match
case-insensitively), ``compute``, ``derive``, ``constants`` and ``defaults``, ``transforms`` (every
cell a transform cannot read is an error at its line), then ``aggregate``; a ``join`` source adds
its columns to the rows of the earlier sources of its table. The result is a list of
:class:`~debrief.ingest.validate.Part` that ingest validates like contract files.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from pydantic import ValidationError

from debrief.ingest import transforms as tf
from debrief.ingest.convert import text, to_number
from debrief.ingest.lookups import column, resolve, run_lookups
from debrief.ingest.mapping import (
    PARAM,
    Aggregate,
    Compute,
    KnownFile,
    Lookup,
    MappingSpec,
    Source,
    fill,
)
from debrief.ingest.problems import ProblemLog
from debrief.ingest.readers import numbered_from_one, read_file
from debrief.ingest.sniff import Shape, parse_range, sniff
from debrief.ingest.validate import Part, duplicate_mask
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


def _drop_rows(
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
                        log.add(label, dst, _needs(name, help_), "error")
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
        table = _aggregate(table, source.aggregate, label, log, optional)
    helpers = [c for c in table.column_names if c.startswith("_") and not c.startswith("__debrief")]
    return table.drop_columns(helpers) if helpers else table


def _needs(name: str, description: str) -> str:
    if name.startswith("_"):
        what = {"_start_date": "its first day", "_end_date": "its last day"}.get(name, name)
        return f"the file does not state {what} (no date range before its header)"
    return f"needs parameter {name!r} (--param {name}=...): {description}".rstrip(": ")


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


def _aggregate(
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


@dataclass
class Run:
    """One mapping and the files of an ingest it reads: per source, per lookup, and the files it
    knows but does not load (with the reason)."""

    spec: MappingSpec
    sources: dict[int, list[Shape]] = field(default_factory=dict)
    lookups: dict[tuple[int, ...], list[Shape]] = field(default_factory=dict)
    known: list[tuple[Shape, KnownFile]] = field(default_factory=list)
    #: The file that states the date range of the others (``spec.date_range``), if found.
    range_file: Shape | None = None

    @property
    def files(self) -> set[Path]:
        used = {s.path for files in self.sources.values() for s in files}
        used |= {s.path for files in self.lookups.values() for s in files}
        used |= {self.range_file.path} if self.range_file is not None else set()
        return used | {s.path for s, _ in self.known}


def _glob(name: str, pattern: str) -> bool:
    return fnmatchcase(name.casefold(), pattern.casefold())


def header_matches(signature: Sequence[str], shape: Shape, absent: Sequence[str] = ()) -> bool:
    """Whether ``shape``'s header has every column of ``signature`` (names or ``*`` patterns)
    and none of ``absent``."""
    names = shape.header
    return (
        bool(signature)
        and all(resolve(names, c) is not None for c in signature)
        and not any(resolve(names, c) is not None for c in absent)
    )


def source_matches(source: Source, shape: Shape, by_header: bool) -> bool:
    """Whether ``shape`` is a file of ``source``: its name fits the glob and, when the source
    declares a header (or files are being recognised), the header fits."""
    if shape.error is not None or not _glob(shape.path.name, source.file):
        return False
    if by_header or source.header is not None:
        return header_matches(source.signature, shape, source.header_absent)
    return True


def _matching_view(spec: MappingSpec, params: Mapping[str, str]) -> MappingSpec:
    """``spec`` with ``${param}`` filled in where files are matched (globs, headers), from the
    values known before any file is read (given, or defaults that do not depend on a file)."""
    if spec._raw is None or (not params and not any(p.default for p in spec.parameters.values())):
        return spec
    static: dict[str, str] = {}
    for name, p in spec.parameters.items():
        if name in params:
            static[name] = str(params[name])
        elif p.default is not None and not PARAM.search(p.default):
            static[name] = p.default
    keys = ("file", "header", "header_absent", "lookups")
    sources = [
        {**raw, **fill({k: raw[k] for k in keys if k in raw}, static, set())}
        for raw in spec._raw.get("sources", [])
    ]
    try:
        view = MappingSpec.model_validate({**spec._raw, "sources": sources})
    except ValidationError:
        return spec
    view._raw = spec._raw
    return view


def assign(
    spec: MappingSpec,
    shapes: Sequence[Shape],
    by_header: bool = False,
    params: Mapping[str, str] | None = None,
) -> Run:
    """Which of ``shapes`` each source and lookup of ``spec`` reads."""
    run = Run(spec)
    spec = _matching_view(spec, params or {})

    def find(lookups: Sequence[Lookup], path: tuple[int, ...]) -> None:
        for j, lookup in enumerate(lookups):
            run.lookups[(*path, j)] = [
                s
                for s in shapes
                if s.error is None
                and _glob(s.path.name, lookup.file)
                and header_matches(lookup.header, s, lookup.header_absent)
            ]
            find(lookup.lookups, (*path, j))

    for i, source in enumerate(spec.sources):
        run.sources[i] = [s for s in shapes if source_matches(source, s, by_header)]
        find(source.lookups, (i,))
    if spec.date_range is not None:
        run.range_file = next(
            (s for s in shapes if s.error is None and header_matches(spec.date_range.header, s)),
            None,
        )
    used = run.files
    for shape in shapes:
        if shape.path in used or shape.error is not None:
            continue
        fits = [
            k
            for k in spec.not_loaded
            if _glob(shape.path.name, k.file) and header_matches(k.header, shape)
        ]
        if fits:
            run.known.append((shape, max(fits, key=lambda k: len(k.header))))
    return run


def range_values(spec: MappingSpec, shape: Shape | None, log: ProblemLog) -> dict[str, str]:
    """``_start_date``/``_end_date`` from the export's date-range file (Search Console's
    ``Filters.csv``), or nothing."""
    rf = spec.date_range
    if rf is None or shape is None:
        return {}
    raw = read_file(shape.path, log, shape.read_options())
    if raw is None:
        return {}
    value = column(raw.table, rf.value)
    if value is None:
        return {}
    keep = pa.array([True] * raw.table.num_rows, pa.bool_())
    for name, wanted in rf.where.items():
        col = column(raw.table, name)
        if col is None:
            return {}
        hit = pc.equal(pc.utf8_lower(text(col)), str(wanted).strip().casefold())
        keep = pc.and_(keep, pc.fill_null(hit, False))
    for cell in text(value).filter(keep).to_pylist():
        found = parse_range(cell or "")
        if found is not None:
            return {"_start_date": found[0].isoformat(), "_end_date": found[1].isoformat()}
    return {}


def file_values(
    spec: MappingSpec,
    params: Mapping[str, str],
    shape: Shape,
    export_values: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The value of each parameter for one file: given, else its default (which may be what the
    file states, ``${_start_date}``), plus what the file (or its export's range file) states."""
    builtins = {"_file": shape.path.name, **(export_values or {}), **shape.values}
    for source in spec.sources:
        for name, pattern in source.header_values.items():
            for header in shape.header:
                m = re.search(pattern, header)
                if m:
                    builtins.setdefault(name, m.group(1) if m.groups() else m.group(0))
                    break
    values = dict(builtins)
    for name, p in spec.parameters.items():
        if name in params:
            values[name] = str(params[name])
        elif p.default is not None:
            lacking: set[str] = set()
            v = fill(p.default, builtins, lacking)
            if not lacking:
                values[name] = v
    return values


def _source_for_file(
    spec: MappingSpec, index: int, values: Mapping[str, str], label: str, log: ProblemLog
) -> tuple[Source, dict[str, set[str]]] | None:
    """The source with every ``${name}`` filled for this file; parameters still lacking in
    ``constants``/``defaults`` are returned (an error only if that value is used)."""
    raw = spec._raw["sources"][index] if spec._raw is not None else None
    if raw is None:
        return spec.sources[index], {}
    lacking: set[str] = set()
    head = {k: v for k, v in raw.items() if k not in ("constants", "defaults", "when_missing")}
    filled = fill(head, values, lacking)
    help_ = {n: p.description for n, p in spec.parameters.items()}
    if lacking:
        for name in sorted(lacking):
            log.add(label, None, _needs(name, help_.get(name, "")), "error")
        return None
    missing: dict[str, set[str]] = {}
    for section in ("constants", "defaults"):
        out = {}
        for key, value in (raw.get(section) or {}).items():
            need: set[str] = set()
            out[key] = fill(value, values, need)
            if need:
                missing[f"{section}.{key}"] = need
                if section == "constants":  # used on every row: say so before anything else
                    for name in sorted(need):
                        log.add(label, key, _needs(name, help_.get(name, "")), "error")
        filled[section] = out
    filled["when_missing"] = {}
    for trigger, values_ in (raw.get("when_missing") or {}).items():
        out = {}
        for key, value in (values_ or {}).items():
            need = set()
            out[key] = fill(value, values, need)
            if need:
                missing[f"when_missing.{trigger}.{key}"] = need
        filled["when_missing"][trigger] = out
    if any(k.startswith("constants.") for k in missing):
        return None  # every row needs it: nothing more to say about this file until it is given
    try:
        return Source.model_validate(filled), missing
    except ValidationError as exc:
        log.add(label, None, f"mapping {spec.name}: {exc.errors()[0]['msg']}", "error")
        return None


def check_params(specs: Sequence[MappingSpec], params: Mapping[str, str], log: ProblemLog) -> None:
    known = {n for spec in specs for n in spec.parameters}
    for name in params:
        if name not in known:
            hint = difflib.get_close_matches(name, known, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            where = ", ".join(f"mapping {s.name}" for s in specs) or "the mapping"
            log.add(where, None, f"unknown parameter {name!r}{extra}", "error")


def run_parts(
    run: Run,
    params: Mapping[str, str],
    log: ProblemLog,
    notes: list[str] | None = None,
) -> list[Part]:
    """The parts (file -> table rows) that ``run``'s mapping makes of its files."""
    spec = run.spec
    parts: list[Part] = []
    merging: dict[tuple[str, tuple[str, ...]], list[tuple[str, pa.Table, dict[str, str]]]] = {}
    read_cache: dict[Path, Any] = {}
    help_ = {n: p.description for n, p in spec.parameters.items()}

    def read(shape: Shape, source: Source | None = None) -> Any:
        key = shape.path
        if source is not None or key not in read_cache:
            opts = (
                shape.read_options(source.delimiter, source.encoding, source.skip_rows)
                if source is not None
                else shape.read_options()
            )
            raw = read_file(shape.path, log, opts)
            if source is None:
                read_cache[key] = raw
            return raw
        return read_cache[key]

    export_values = range_values(spec, run.range_file, log)
    for i, source in enumerate(spec.sources):
        matched = run.sources.get(i, [])
        if not matched:
            if not source.optional:
                log.add(
                    source.file if source.file != "*" else f"mapping {spec.name}",
                    None,
                    f"no file matches (mapping {spec.name}, table {source.table}"
                    + (f"; it needs the columns {', '.join(source.signature)}" if
                       source.header is not None else "") + ")",
                    "error",
                )  # fmt: skip
            continue
        for shape in matched:
            values = file_values(spec, params, shape, export_values)
            label = shape.path.name
            made = _source_for_file(spec, i, values, label, log)
            if made is None:
                continue
            filled, missing = made
            raw = read(shape, filled)
            if raw is None:
                continue
            table_in, kept = _drop_rows(filled, raw.table, log, raw.label)
            line_of = raw.line_of
            if kept is not None:
                dropped = raw.table.num_rows - table_in.num_rows
                if notes is not None:
                    notes.append(
                        f"{raw.label}: {fmt(dropped, 'count')} row(s) not loaded ({filled.drop_note})"
                    )
                line_of = _remapped(raw.line_of, kept.to_pylist())

            def lookup_files(path: tuple[int, ...], _i: int = i) -> list[tuple[pa.Table, str]]:
                out = []
                for sh in run.lookups.get((_i, *path), []):
                    r = read(sh)
                    if r is not None:
                        out.append((r.table, r.label))
                return out

            failed: dict[str, pa.Array] = {}
            table = apply_source(
                filled, table_in, raw.label, line_of, values, log, failed, lookup_files,
                missing, help_, notes,
            )  # fmt: skip
            if table is None:
                continue
            if filled.join is not None:
                _join(parts, filled, table, raw.label, log)
                continue
            if filled.aggregate is not None or filled.skip_missing:
                # Rows are groups now, numbered from 1 in the aggregated order; the cells a
                # transform could not read were reported at their file lines.
                line_of, failed = numbered_from_one, {}
            if filled.merge:
                merging.setdefault((filled.table, tuple(filled.merge)), []).append(
                    (raw.label, table, dict(filled.types))
                )
                continue
            parts.append(
                Part(
                    filled.table,
                    raw.label,
                    table,
                    line_of,
                    dict(filled.types),
                    failed,
                    shared_ids=spec.shared_ids,
                )
            )
    for (table_name, by), pieces in merging.items():
        parts.append(_merged(table_name, list(by), pieces, spec.shared_ids))
    return parts


def _merged(
    table_name: str,
    by: list[str],
    pieces: list[tuple[str, pa.Table, dict[str, str]]],
    shared_ids: bool,
) -> Part:
    """Sources with ``merge``: their rows put together, one row per ``by`` (numbers added up;
    a measure no file has stays missing, not 0)."""
    stacked = pa.concat_tables([t for _, t, _ in pieces], promote_options="permissive")
    present = [c for c in by if c in stacked.column_names]
    specs: list[tuple[str, str]] = []
    for c in stacked.column_names:
        if c in present:
            continue
        t = stacked.column(c).type
        numeric = pa.types.is_integer(t) or pa.types.is_floating(t)
        specs.append((c, "sum" if numeric else "first"))
    grouped = stacked.group_by(present, use_threads=False).aggregate(specs)
    names = {f"{c}_{op}": c for c, op in specs}
    grouped = grouped.rename_columns([names.get(c, c) for c in grouped.column_names])
    types: dict[str, str] = {}
    for _, _, t in pieces:
        types.update(t)
    label = " + ".join(dict.fromkeys(lbl for lbl, _, _ in pieces))
    return Part(table_name, label, grouped, numbered_from_one, types, {}, shared_ids=shared_ids)


def _remapped(line_of: Any, kept: list[int]) -> Any:
    """Line numbers of the rows left after some were dropped: row i is the file's row kept[i]."""

    def remapped(rows: Sequence[int]) -> list[int]:
        return line_of([kept[r] for r in rows])

    return remapped


def files_under(paths: Sequence[str | Path]) -> list[Path]:
    """Every file under ``paths`` (folders are searched recursively), in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            )
        elif p.is_file():
            out.append(p)
    return out


def mapped_parts(
    spec: MappingSpec,
    paths: Sequence[str | Path],
    log: ProblemLog,
    params: Mapping[str, str],
    notes: list[str] | None = None,
) -> list[Part]:
    """The parts (file -> table rows) a mapping makes of the files under ``paths``."""
    check_params([spec], params, log)
    if log.has_errors():
        return []
    shapes = [sniff(f) for f in files_under(paths)]
    return run_parts(assign(spec, shapes, params=params), params, log, notes)


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
    right = table.append_column("__joined", pa.array([True] * table.num_rows, pa.bool_()))
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
