"""A mapping run over its files: the :class:`~debrief.ingest.validate.Part` each source makes
(:func:`run_parts`, :func:`mapped_parts`), ``join`` sources added to the rows of the earlier
sources of their table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.apply import apply_source, drop_rows
from debrief.ingest.assign import (
    Run,
    assign,
    check_params,
    file_values,
    range_values,
    source_for_file,
)
from debrief.ingest.convert import text
from debrief.ingest.keys import duplicate_mask
from debrief.ingest.mapping import (
    MappingSpec,
    Source,
)
from debrief.ingest.problems import ProblemLog
from debrief.ingest.readers import numbered_from_one, read_file
from debrief.ingest.sniff import Shape, sniff
from debrief.ingest.validate import Part
from debrief.numbers import fmt


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
            made = source_for_file(spec, i, values, label, log)
            if made is None:
                continue
            filled, missing = made
            raw = read(shape, filled)
            if raw is None:
                continue
            table_in, kept = drop_rows(filled, raw.table, log, raw.label)
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
