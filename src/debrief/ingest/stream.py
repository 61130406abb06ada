"""Files too big to hold at once: validated and staged in batches, keys checked in the engine.

A Parquet file of more than :data:`STREAM_ROWS` rows is read :data:`BATCH_ROWS` rows at a time.
Each batch is typed and checked like a whole file (:func:`~debrief.ingest.validate.validate_part`,
the row checks of :func:`~debrief.ingest.validate.check_table`), with its problems numbered by
their row in the file, and appended to a private staging table together with that row number.
Once every batch is staged, what needs every row at once runs as queries in the engine: repeated
keys (a hash aggregate; the rows of repeated keys are listed in file order) and the read-back of
rows and missing values per column (:func:`~debrief.ingest.writer.check_written`). The staging
table is only swapped in by :func:`~debrief.ingest.writer.write_tables` when the whole ingest has
no error, and dropped otherwise, so the workspace's tables stay as they were. Memory holds one
batch, whatever the size of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import ibis
import pyarrow as pa
import pyarrow.parquet as pq

from debrief.ingest.convert import safe_cast
from debrief.ingest.problems import Level, ProblemLog
from debrief.ingest.readers import PARQUET_SUFFIXES, numbered_from_one
from debrief.ingest.untracked import untracked_stage_columns
from debrief.ingest.validate import (
    ORIGIN_ROW,
    Part,
    check_table,
    combine,
    duplicate_summary,
    effective_key,
    key_values,
    validate_part,
)
from debrief.ingest.writer import (
    Staged,
    append_rows,
    check_written,
    create,
    present_counts,
    stage_name,
)
from debrief.schema import table_schema
from debrief.workspace import Workspace

#: Files with more rows than this are read in batches.
STREAM_ROWS = 4_000_000
#: Rows per batch: the memory an ingest holds at once is a few times one batch.
BATCH_ROWS = 1_000_000
#: DuckDB's memory while a big file is staged, checked and swapped in: beyond it DuckDB writes to
#: disk (its buffer otherwise keeps every staged row and grows with the file).
ENGINE_MEMORY = "2GB"


@contextmanager
def bounded_memory(ws: Workspace) -> Iterator[None]:
    """DuckDB's memory limit at :data:`ENGINE_MEMORY` for the block, then as it was."""
    if not ws.is_duckdb:
        yield
        return
    [(before,)] = ws.con.con.execute("SELECT current_setting('memory_limit')").fetchall()
    ws.con.con.execute(f"SET memory_limit = '{ENGINE_MEMORY}'")
    try:
        yield
    finally:
        ws.con.con.execute(f"SET memory_limit = '{before}'")


def streams(path: Path) -> bool:
    """Whether ``path`` is read in batches (a Parquet file of more than :data:`STREAM_ROWS`)."""
    if path.suffix.lower() not in PARQUET_SUFFIXES:
        return False
    try:
        return pq.ParquetFile(path).metadata.num_rows > STREAM_ROWS
    except (OSError, pa.ArrowException):
        return False  # read_file reports why it cannot be read


def _is_text(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t)


def _conform(typed: pa.Table, schema: pa.Schema, part: Part, log: ProblemLog) -> pa.Table | None:
    """A later batch in the first batch's column types (an extra column inferred differently)."""
    if typed.schema.equals(schema):
        return typed
    if typed.column_names != schema.names:
        log.add(part.label, None, "columns differ between row groups of the file", "error")
        return None
    cols = []
    for f in schema:
        col = typed.column(f.name).combine_chunks()
        if col.type != f.type:
            cast = safe_cast(col, f.type)
            if cast.null_count > col.null_count:
                log.add(
                    part.label,
                    f.name,
                    f"holds {col.type} values from row {part.row_offset + 1} where earlier rows "
                    f"hold {f.type}; give the column one type",
                    "error",
                )
                return None
            col = cast
        cols.append(col)
    return pa.Table.from_arrays(cols, schema=schema)


def stage_file(
    ws: Workspace,
    name: str,
    path: Path,
    log: ProblemLog,
    campaign_ids: pa.Array | None,
    token: str,
    *,
    notes: list[str],
    keep: frozenset[str],
) -> Staged | None:
    """Validate ``path`` as table ``name`` batch by batch into a staging table.

    Returns the staged table (checked against what was validated) or None when a batch misses a
    required column; every problem goes to ``log``. The caller drops the staging table when the
    ingest fails. Leads leave out their funnel-date columns that are empty on every row, as a file
    read whole does (:func:`~debrief.ingest.untracked.untracked_stage_columns`: noted in
    ``notes``, except the columns in ``keep``).
    """
    schema = table_schema(name)
    stage = stage_name(name, token)
    arrow_schema: pa.Schema | None = None
    expected: dict[str, int] = {}
    offset = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
        part = Part(name, path.name, pa.Table.from_batches([batch]), numbered_from_one)
        part.row_offset = offset
        typed = validate_part(part, schema, log)
        if typed is None:
            return None
        if arrow_schema is not None:
            typed = _conform(typed, arrow_schema, part, log)
            if typed is None:
                return None
        rows = combine([(0, typed)])
        rows = rows.set_column(
            rows.column_names.index(ORIGIN_ROW),
            ORIGIN_ROW,
            pa.array(range(offset, offset + rows.num_rows), pa.int64()),
        )
        check_table(name, schema, rows, [part], log, campaign_ids, keys=False)
        out = typed.append_column(ORIGIN_ROW, rows.column(ORIGIN_ROW))
        if arrow_schema is None:
            arrow_schema = typed.schema
            create(ws, stage, out)
        else:
            append_rows(ws, stage, out)
        for col, n in present_counts(out).items():
            expected[col] = expected.get(col, 0) + n
        offset += rows.num_rows
        del part, typed, rows, out
    if arrow_schema is None:  # pragma: no cover - streams() only picks files with rows
        return None
    check_written(ws, stage, expected)
    _check_keys(ws, stage, name, path.name, log)
    drop = [ORIGIN_ROW]
    if name == "leads":
        drop += untracked_stage_columns(expected, path.name, notes, keep)
    _drop_columns(ws, stage, drop)
    return Staged(stage, offset)


def _check_keys(ws: Workspace, stage: str, name: str, label: str, log: ProblemLog) -> None:
    """Rows repeating an earlier row's key, found in the engine and listed in file order."""
    schema = table_schema(name)
    t = ws.con.table(stage)
    types = t.schema()
    key = effective_key(schema, t.columns, lambda c: types[c].is_string())
    if not key:
        return
    groups = t.group_by(key).aggregate(__debrief_n=ibis._.count())
    repeated = groups.filter(groups.__debrief_n > 1).drop("__debrief_n")
    if int(repeated.count().to_pyarrow().as_py()) == 0:
        return
    rows = t.inner_join(repeated, [t[c].identical_to(repeated[c]) for c in key]).select(
        ORIGIN_ROW, *key
    )
    nth = ibis.row_number().over(group_by=key, order_by=ORIGIN_ROW)
    first_row = rows[ORIGIN_ROW].min().over(group_by=key)
    later = rows.mutate(__debrief_nth=nth, __debrief_first=first_row).filter(
        ibis._.__debrief_nth > 0
    )
    total = int(later.count().to_pyarrow().as_py())
    first = later.order_by(ORIGIN_ROW).limit(log.cap).to_pyarrow()
    lines = numbered_from_one(first.column("__debrief_first").to_pylist())
    shown = [
        f"{k} (first on line {line})"
        for k, line in zip(key_values(first, key).to_pylist(), lines, strict=True)
    ]
    level: Level = "error" if schema.key_unique else "warning"
    log.add(
        label,
        ", ".join(key),
        f"same key ({', '.join(key)}) as another row",
        level,
        list(zip(first.column(ORIGIN_ROW).to_pylist(), shown, strict=True)),
        total=total,
        line_of=numbered_from_one,
    )
    if level == "error":
        duplicate_summary(
            log, name, key, total, [Part(name, label, pa.table({}), numbered_from_one)]
        )


def _drop_columns(ws: Workspace, stage: str, columns: list[str]) -> None:
    """The staging table without ``columns`` (the row numbers kept for the listing, untracked
    stages)."""
    if ws.is_duckdb:
        for c in columns:
            ws.con.raw_sql(f'ALTER TABLE "{stage}" DROP COLUMN "{c}"')
        return
    kept = f"{stage}_rows"
    ws.con.rename_table(stage, kept)
    ws.con.create_table(stage, ws.con.table(kept).drop(*columns))
    ws.con.drop_table(kept, force=True)
