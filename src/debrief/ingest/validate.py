"""Validating parts of a canonical table against ``debrief.schema`` and typing them.

A *part* is one file's rows under contract column names (after a mapping, if any). Validation
types every contract column (:mod:`debrief.ingest.convert`), checks required columns and cells,
then, once the parts of a table are put together, checks keys (:mod:`debrief.ingest.keys`) and
what only makes sense across columns. Errors are values that cannot be right; warnings are what real tracking produces:

* errors: a required column or cell missing, a value of the wrong kind (text in a count, a date
  that is not a date), a negative count or amount, a value outside an enum, a repeated key where the
  table's key is unique (``TableSchema.key_unique``: two campaigns with one id);
* warnings: a repeated key where duplicates happen in practice (a conversion id sent twice),
  clicks above impressions, spend on a row with no impressions, a campaign id not in campaigns, a
  lead stage reached before the lead was created.

Every check is vectorised over Arrow arrays; only the first few offending rows per problem are
brought into Python for the listing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import ibis
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.convert import convert, text, to_number
from debrief.ingest.keys import duplicate_mask, effective_key, first_rows, key_values
from debrief.ingest.problems import Level, ProblemLog
from debrief.numbers import fmt
from debrief.schema import LEAD_STAGE_COLUMNS, TABLES, Column, TableSchema

ORIGIN_PART = "__debrief_part"
ORIGIN_ROW = "__debrief_row"


@dataclass
class Part:
    """One file's contribution to one table. ``extra_types`` types extra columns by kind."""

    table: str
    label: str
    data: pa.Table
    line_of: Callable[[Sequence[int]], list[int]]
    extra_types: dict[str, str] = field(default_factory=dict)
    #: Cells a mapping transform already reported as errors (not reported again as missing).
    failed: dict[str, pa.Array] = field(default_factory=dict)
    #: The ids are one id space across platforms, never namespaced ``platform:id``: true for
    #: contract files (the team's own ids) and mappings that say so, false for platform exports.
    shared_ids: bool = True
    #: Rows of the file before ``data`` (a batch of a file read in batches).
    row_offset: int = 0


def shown_name(name: str) -> str:
    """A column name as printed: NUL bytes visible as \\0."""
    return name.replace("\0", "\\0")


def report(
    log: ProblemLog,
    part: Part,
    column: str | None,
    problem: str,
    level: Level,
    mask: pa.Array,
    values: pa.Array | None,
) -> int:
    """Log the rows where ``mask`` is True, showing ``values`` as text; returns how many."""
    idx = pc.indices_nonzero(pc.fill_null(mask, False))
    n = len(idx)
    if n == 0:
        return 0
    first = idx[: log.cap]
    # Only the listed cells are turned into text: a column with millions of rows is never copied.
    shown = text(values.take(first)).to_pylist() if values is not None else [None] * len(first)
    log.add(
        part.label,
        column,
        problem,
        level,
        list(zip([r + part.row_offset for r in first.to_pylist()], shown, strict=True)),
        total=n,
        line_of=part.line_of,
    )
    return n


def _infer_extra(arr: pa.Array) -> pa.Array:
    """An extra column from text: numbers when every present cell is one, else trimmed text."""
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return arr
    t = text(arr)
    values, bad = to_number(t)
    if t.null_count == len(t) or pc.any(bad).as_py():
        return t
    integral = pc.all(pc.equal(values, pc.floor(values))).as_py()
    return values.cast(pa.int64()) if integral else values


def validate_part(part: Part, schema: TableSchema, log: ProblemLog) -> pa.Table | None:
    """The part typed per the contract, or None when a required column is missing."""
    data = part.data
    if isinstance(data, pa.ChunkedArray):  # pragma: no cover - defensive
        data = pa.table(data)
    present = set(data.column_names)
    missing = [c for c in schema.required if c not in present]
    for name in missing:
        log.add(
            part.label,
            name,
            f"required column missing for table {schema.name} "
            f"(columns found: {', '.join(map(shown_name, data.column_names)) or 'none'})",
            "error",
        )
    if missing:
        return None
    arrays: dict[str, pa.Array] = {}
    for col in schema.columns:
        if col.name not in present:
            continue
        raw = data.column(col.name).combine_chunks()
        typed, issues = convert(raw, col)
        for issue in issues:
            report(log, part, col.name, issue.problem, issue.level, issue.mask, raw)  # type: ignore[arg-type]
        if col.required:
            # Missing in the typed column and not already reported as a bad value.
            missing_cells = pc.is_null(typed)
            for issue in issues:
                missing_cells = pc.and_(missing_cells, pc.invert(issue.mask))
            if col.name in part.failed:
                missing_cells = pc.and_(missing_cells, pc.invert(part.failed[col.name]))
            report(log, part, col.name, "required value missing", "error", missing_cells, None)
        arrays[col.name] = typed
    contract = set(schema.names)
    taken = {n.lower() for n in arrays}
    for name in data.column_names:
        if name in contract or name.startswith("__debrief"):
            continue
        if not name.strip():
            log.add(part.label, None, "a column without a name is left out", "warning")
            continue
        if "\0" in name:  # no database holds it (DuckDB reads NUL as the end of a name)
            log.add(
                part.label,
                shown_name(name),
                "a column name holds NUL bytes (the file may be damaged); "
                "remove them from the name",
                "error",
            )
            continue
        same = [c for c in schema.names if c.lower() == name.lower()]
        if same:
            log.add(
                part.label,
                name,
                f"differs from the contract's column {same[0]} only in case (the workspace "
                f"does not tell them apart); name it {same[0]}",
                "error",
            )
            continue
        if name.lower() in taken:
            log.add(
                part.label,
                name,
                "two columns differ only in case (the workspace does not tell them apart); "
                "rename or remove one",
                "error",
            )
            continue
        taken.add(name.lower())
        raw = data.column(name).combine_chunks()
        if pa.types.is_null(raw.type):  # every cell empty, no type: kept as empty text
            raw = raw.cast(pa.string())
        kind = part.extra_types.get(name)
        if kind is not None:
            typed, issues = convert(raw, Column(name, kind))  # type: ignore[arg-type]
            for issue in issues:
                report(log, part, name, issue.problem, issue.level, issue.mask, raw)  # type: ignore[arg-type]
            arrays[name] = typed
        elif schema.extra_columns == "segment":
            arrays[name] = _infer_extra(raw)
        else:
            arrays[name] = text(raw) if pa.types.is_string(raw.type) else raw
    return pa.table(arrays)


def with_always_columns(schema: TableSchema, table: pa.Table) -> pa.Table:
    """``table`` plus the schema's ``always`` columns it lacks, empty (null) and typed.

    A measure no file of the ingest has (an export without conversions) is unknown: it is stored
    as an empty column, so every analysis reads n/a, never 0 and never a missing column.
    """
    for name in schema.always:
        if name not in table.column_names:
            dtype = ibis.dtype(schema.column(name).ibis_type).to_pyarrow()
            table = table.append_column(name, pa.nulls(table.num_rows, dtype))
    return table


def combine(parts: Sequence[tuple[int, pa.Table]]) -> pa.Table:
    """Put the typed parts of one table together, with each row's origin (part, row).

    A column missing from a part is missing in its rows; an extra column typed differently in two
    parts is kept as text.
    """
    names: list[str] = []
    types: dict[str, pa.DataType] = {}
    for _, t in parts:
        for f in t.schema:
            if f.name not in types:
                names.append(f.name)
                types[f.name] = f.type
            elif types[f.name] != f.type:
                types[f.name] = pa.string()
    tables = []
    for i, t in parts:
        cols = {}
        for n in names:
            if n in t.column_names:
                col = t.column(n)
                cols[n] = col if col.type == types[n] else col.cast(types[n])
            else:
                cols[n] = pa.nulls(t.num_rows, types[n])
        cols[ORIGIN_PART] = pa.array(np.full(t.num_rows, i, dtype=np.int32))
        cols[ORIGIN_ROW] = pa.array(np.arange(t.num_rows, dtype=np.int64))
        tables.append(pa.table(cols))
    return pa.concat_tables(tables)


def report_rows(
    log: ProblemLog,
    parts: Sequence[Part],
    table: pa.Table,
    mask: pa.Array,
    column: str | None,
    problem: str,
    level: Level,
    values: pa.Array | Callable[[pa.Table], pa.Array] | None = None,
) -> int:
    """Log rows of a combined ``table`` where ``mask`` holds, each under its own file and line.

    ``values`` is a column, or a function of the selected rows giving what to show.
    """
    idx = pc.indices_nonzero(pc.fill_null(mask, False))
    if len(idx) == 0:
        return 0
    part_of = table.column(ORIGIN_PART).combine_chunks().take(idx)
    row_of = table.column(ORIGIN_ROW).combine_chunks().take(idx)
    for p in pc.unique(part_of).to_pylist():
        sel = pc.equal(part_of, p)
        rows = row_of.filter(sel)
        first_idx = idx.filter(sel)[: log.cap]
        if values is None:
            shown = [None] * len(first_idx)
        elif callable(values):
            shown = values(table.take(first_idx)).to_pylist()
        else:
            shown = text(values.take(first_idx)).to_pylist()
        first = list(zip(rows[: log.cap].to_pylist(), shown, strict=True))
        part = parts[p]
        log.add(part.label, column, problem, level, first, total=len(rows), line_of=part.line_of)
    return len(idx)


def check_table(
    name: str,
    schema: TableSchema,
    table: pa.Table,
    parts: Sequence[Part],
    log: ProblemLog,
    campaign_ids: pa.Array | None,
    *,
    keys: bool = True,
) -> None:
    """Checks across rows and columns of one combined table (keys, cross-column warnings).

    ``keys=False`` leaves out the key check: a table read in batches has its keys checked in the
    engine once every batch is staged (:mod:`debrief.ingest.stream`).
    """
    key = effective_key(schema, table.column_names, lambda c: _is_text(table.column(c).type))
    if key and keys:
        dup = duplicate_mask(table, key)
        level: Level = "error" if schema.key_unique else "warning"
        n = report_rows(
            log,
            parts,
            table,
            dup,
            ", ".join(key),
            f"same key ({', '.join(key)}) as another row",
            level,
            lambda rows: _with_first_line(rows, table, key, parts),
        )
        if n and level == "error":
            duplicate_summary(log, name, key, n, parts)
    cols = set(table.column_names)
    if name == "ad_performance":
        clicks = table.column("clicks") if "clicks" in cols else None
        imps = table.column("impressions") if "impressions" in cols else None
        spend = table.column("spend") if "spend" in cols else None
        if clicks is not None and imps is not None:
            report_rows(
                log, parts, table, pc.greater(clicks, imps), "clicks",
                "more clicks than impressions", "warning", clicks.combine_chunks(),
            )  # fmt: skip
        if spend is not None and imps is not None:
            no_delivery = pc.and_(pc.greater(spend, 0), pc.equal(imps, 0))
            report_rows(
                log, parts, table, no_delivery, "spend",
                "spend on a row with no impressions", "warning", spend.combine_chunks(),
            )  # fmt: skip
    if name == "leads":
        created = table.column("created_at")
        for stage, col in LEAD_STAGE_COLUMNS.items():
            if stage == "created" or col not in cols:
                continue
            early = pc.less(table.column(col), created)
            report_rows(
                log, parts, table, early, col, "stage reached before the lead was created",
                "warning", table.column(col).combine_chunks(),
            )  # fmt: skip
    if campaign_ids is not None and name != "campaigns" and "campaign_id" in cols:
        ids = table.column("campaign_id").combine_chunks()
        unknown = pc.and_(pc.is_valid(ids), pc.invert(pc.is_in(ids, value_set=campaign_ids)))
        report_rows(
            log, parts, table, unknown, "campaign_id", "campaign id not in campaigns",
            "warning", ids,
        )  # fmt: skip


def _with_first_line(
    rows: pa.Table, table: pa.Table, key: Sequence[str], parts: Sequence[Part]
) -> pa.Array:
    """The key of each listed duplicate and where its first occurrence is ("line 7", or the file)."""
    firsts = first_rows(table, key)
    # The listed rows are the first duplicates of the table; find them by their origin.
    part_of = table.column(ORIGIN_PART).combine_chunks().to_numpy(zero_copy_only=False)
    row_of = table.column(ORIGIN_ROW).combine_chunks().to_numpy(zero_copy_only=False)
    index = {(int(p), int(r)): i for i, (p, r) in enumerate(zip(part_of, row_of, strict=True))}
    shown = []
    keys = key_values(rows, key).to_pylist()
    rp = rows.column(ORIGIN_PART).to_pylist()
    rr = rows.column(ORIGIN_ROW).to_pylist()
    for k, p, r in zip(keys, rp, rr, strict=True):
        f = int(firsts[index[(p, r)]])
        fp, fr = int(part_of[f]), int(row_of[f])
        line = parts[fp].line_of([fr])[0]
        where = f"line {line}" if fp == p else f"{parts[fp].label} line {line}"
        shown.append(f"{k} (first on {where})")
    return pa.array(shown, pa.string())


def duplicate_summary(
    log: ProblemLog, name: str, key: Sequence[str], n: int, parts: Sequence[Part]
) -> None:
    """One line that says what the repeated-key errors have in common and how to fix them."""
    extra = [c for c in key if c not in TABLES[name].key]
    cols = ", ".join(key)
    fix = (
        "If the export breaks each row down further than these columns (a segment the mapping "
        "drops, or several rows per day), add `aggregate: {by: [...], sum: [...]}` to the "
        "mapping's source to add them up"
    )
    if extra:
        fix += (
            f"; columns kept from the export and not in the contract ({', '.join(extra)}) are "
            "part of the key: drop them with `keep_unmapped: false` or map them"
        )
    else:
        fix += ", or remove the repeated rows"
    files = ", ".join(dict.fromkeys(p.label for p in parts if p.table == name))
    log.add(
        files,
        cols,
        f"{fmt(n, 'count')} row(s) repeat the key of an earlier row ({len(key)} columns: {cols}); each line "
        f"above names the row it repeats. {fix}.",
        "error",
    )


def _is_text(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_dictionary(t)


def origin_free(table: pa.Table) -> pa.Table:
    """The table without the origin columns used for problem listings."""
    return table.drop_columns([c for c in (ORIGIN_PART, ORIGIN_ROW) if c in table.column_names])


__all__ = [
    "ORIGIN_PART",
    "ORIGIN_ROW",
    "Part",
    "check_table",
    "combine",
    "duplicate_mask",
    "duplicate_summary",
    "effective_key",
    "key_values",
    "origin_free",
    "report",
    "report_rows",
    "validate_part",
    "with_always_columns",
]
