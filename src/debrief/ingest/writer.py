"""Writing validated tables into a workspace: all tables of one ingest, or none.

Every table is first written to a staging table (``_debrief_stage_<table>_<token>``) through the
Ibis connection; appends are merged there, in the database, so a big table is never pulled into
Python. Only then are the staging tables swapped in.

Before anything is swapped in, each staging table is checked against the validated Arrow table it
came from: the same number of rows and, column by column, the same number of missing values (one
aggregate query). A backend that turns a missing value into a string or a number into a missing
value fails the ingest there, with the workspace as it was.

Backend adapters: on DuckDB the whole write is one transaction (``BEGIN``; staging tables created,
checked and merged; ``DROP TABLE ...; ALTER TABLE ... RENAME ...; COMMIT``), so a reader sees the
old tables or the new ones, never a mix, and a failure or a killed process (``kill -9``) rolls back
to exactly the old workspace with no staging table left in it. Staging tables that an older
release left behind when it was killed are dropped in the same transaction (DuckDB's file lock
means no other process is writing them). This is the one place in ingest that speaks DuckDB SQL.
On Spark, Arrow goes to Spark as Arrow (``createDataFrame`` of the Arrow table, no pandas in
between) and the swap renames: the old tables are renamed aside, the staging tables renamed in,
and a failure renames everything back. Other backends use the generic fallback: each table is
replaced in turn with Ibis' ``create_table(overwrite=True)``; a failure part-way leaves the tables
replaced so far (the staging tables are dropped either way).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import ibis
import pyarrow as pa

from debrief.errors import UserError
from debrief.ingest.validate import effective_key
from debrief.numbers import fmt
from debrief.schema import table_schema
from debrief.workspace import Workspace

STAGE_PREFIX = "_debrief_stage_"

#: Called with a step name inside the write ("staged": every staging table written, nothing
#: swapped yet). Tests kill the process there to prove nothing is left behind. None in normal use.
WRITE_HOOK: Callable[[str], None] | None = None


def _align(t: ibis.Table, columns: Sequence[str], types: Mapping[str, object]) -> ibis.Table:
    """``t`` with exactly ``columns`` in that order: missing ones null, others cast to ``types``."""
    exprs = {}
    for c in columns:
        if c in t.columns:
            exprs[c] = t[c] if t[c].type() == types[c] else t[c].cast(types[c])
        else:
            exprs[c] = ibis.null().cast(types[c])
    return t.select(**exprs)


def merge_expr(old: ibis.Table, new: ibis.Table, key: Sequence[str]) -> ibis.Table:
    """Rows of ``old`` whose key is not in ``new``, plus every row of ``new`` (the new file wins).

    Keys compare null-safely (a missing campaign_id matches a missing campaign_id).
    """
    types = dict(new.schema().items())
    columns = list(new.columns)
    for c, t in old.schema().items():
        if c not in types:
            types[c] = t
            columns.append(c)
    old_a, new_a = _align(old, columns, types), _align(new, columns, types)
    keys = [c for c in key if c in columns]
    if not keys:
        return old_a.union(new_a, distinct=False)
    new_keys = new_a.select(*keys).distinct()
    predicates = [old_a[c].identical_to(new_keys[c]) for c in keys]
    kept = old_a.anti_join(new_keys, predicates)
    return kept.union(new_a, distinct=False)


def leftover_stages(ws: Workspace) -> list[str]:
    """Staging tables in the workspace (left by an ingest that was killed)."""
    return sorted(t for t in ws.con.list_tables() if t.startswith(STAGE_PREFIX))


def _write_duckdb(
    ws: Workspace, tables: Mapping[str, pa.Table | Staged], *, append: bool, token: str
) -> None:
    # Backend adapter (DuckDB): one transaction for the whole write, staging included (a big
    # file's staging table, written in batches before, is this ingest's: named by its token).
    con = ws.con
    con.raw_sql("BEGIN TRANSACTION")
    try:
        for stage in leftover_stages(ws):
            if token not in stage:
                con.raw_sql(f'DROP TABLE IF EXISTS "{stage}"')
        staged = _stage(ws, tables, append=append, token=token, created=[])
        if WRITE_HOOK is not None:
            WRITE_HOOK("staged")
        for name, stage in staged.items():
            con.raw_sql(f'DROP TABLE IF EXISTS "{name}"')
            con.raw_sql(f'ALTER TABLE "{stage}" RENAME TO "{name}"')
        for stage in leftover_stages(ws):  # the unmerged copies of appended tables
            con.raw_sql(f'DROP TABLE IF EXISTS "{stage}"')
        con.raw_sql("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):  # the failure may have ended the transaction
            con.raw_sql("ROLLBACK")
        raise


def _swap_renaming(ws: Workspace, staged: Mapping[str, str], token: str) -> None:
    # Backend adapter (Spark): renames, undone in reverse order when one fails.
    con = ws.con
    present = set(con.list_tables())
    done: list[tuple[str, str]] = []
    try:
        for name, stage in staged.items():
            if name in present:
                aside = f"{STAGE_PREFIX}{name}_{token}_old"
                con.rename_table(name, aside)
                done.append((aside, name))
            con.rename_table(stage, name)
            done.append((name, stage))
    except Exception:
        for new, old in reversed(done):
            con.rename_table(new, old)
        raise
    for name in staged:
        aside = f"{STAGE_PREFIX}{name}_{token}_old"
        if name in present:
            con.drop_table(aside, force=True)


def _swap_generic(ws: Workspace, staged: Mapping[str, str]) -> None:
    # Generic fallback: not atomic across tables (see the module docstring).
    for name, stage in staged.items():
        ws.con.create_table(name, ws.con.table(stage), overwrite=True)
        ws.con.drop_table(stage, force=True)


class WriteCheckError(UserError, ValueError):
    """A table read back from the workspace differs from what was validated; nothing changed."""


def spark_arrow(data: pa.Table) -> pa.Table:
    """``data`` in the Arrow types Spark reads without conversion: dictionaries decoded, large
    strings as strings, timestamps in microseconds UTC."""
    fields = []
    for f in data.schema:
        t = f.type
        if pa.types.is_dictionary(t):
            t = t.value_type
        if pa.types.is_large_string(t):
            t = pa.string()
        if pa.types.is_timestamp(t):
            t = pa.timestamp("us", tz="UTC")
        fields.append(pa.field(f.name, t))
    schema = pa.schema(fields)
    return data if schema == data.schema else data.cast(schema)


@dataclass(frozen=True)
class Staged:
    """A table already in a staging table and checked (a file validated and written in batches)."""

    stage: str
    rows: int


def new_token() -> str:
    """The suffix naming one ingest's staging tables."""
    return uuid.uuid4().hex[:10]


def stage_name(table: str, token: str) -> str:
    return f"{STAGE_PREFIX}{table}_{token}"


def create(ws: Workspace, name: str, data: pa.Table) -> None:
    """A new table ``name`` holding ``data``."""
    if ws.backend_name == "pyspark":
        # Arrow straight into Spark: going through pandas turns missing text into 'NaN' and
        # drops values in columns pandas cannot hold without floats.
        session = ws.con._session
        frame = session.createDataFrame(spark_arrow(data))
        frame.write.saveAsTable(name, format="parquet", mode="error")
    else:
        ws.con.create_table(name, data)


def append_rows(ws: Workspace, name: str, data: pa.Table) -> None:
    """``data``'s rows added to table ``name`` (same columns, same order)."""
    if ws.backend_name == "pyspark":
        session = ws.con._session
        session.createDataFrame(spark_arrow(data)).write.insertInto(name)
    elif ws.is_duckdb:
        # Backend adapter (DuckDB): the batch is scanned in place and released at once (an Ibis
        # memtable stays registered until garbage collection: memory grew with every batch).
        raw = ws.con.con
        view = f"{name}_batch"
        raw.register(view, data)
        try:
            raw.execute(f'INSERT INTO "{name}" SELECT * FROM "{view}"')
        finally:
            raw.unregister(view)
    else:
        ws.con.insert(name, data)


def drop_staged(ws: Workspace, token: str) -> None:
    """Drop every staging table of the ingest named by ``token`` (a failed ingest's leftovers)."""
    for name in ws.con.list_tables():
        if name.startswith(STAGE_PREFIX) and token in name:
            ws.con.drop_table(name, force=True)


def present_counts(data: pa.Table) -> dict[str, int]:
    """Rows and present (non-missing) values per column: what a written table must read back."""
    counts = {"__rows": data.num_rows}
    counts.update({c: data.num_rows - data.column(c).null_count for c in data.column_names})
    return counts


def check_written(ws: Workspace, name: str, data: pa.Table | Mapping[str, int]) -> None:
    """Raise :class:`WriteCheckError` unless table ``name`` has ``data``'s rows and, per column,
    its number of missing values (``data`` may be those counts, from :func:`present_counts`)."""
    expected = present_counts(data) if isinstance(data, pa.Table) else dict(data)
    t = ws.con.table(name)
    counts = {"__rows": t.count()}
    for c in expected:
        if c != "__rows":
            counts[c] = t[c].count()
    got = t.aggregate(**counts).to_pyarrow().to_pylist()[0]
    wrong = [
        f"{'rows' if c == '__rows' else c}: {fmt(expected[c], 'count')} expected, {fmt(int(got[c] or 0), 'count')} written"
        for c in expected
        if int(got[c] or 0) != expected[c]
    ]
    if wrong:
        raise WriteCheckError(
            f"{name!r} read back from the {ws.backend_name} workspace differs from the validated "
            f"rows (rows and present values per column: {'; '.join(wrong)}); nothing was changed."
        )


def write_tables(
    ws: Workspace,
    tables: Mapping[str, pa.Table | Staged],
    *,
    append: bool = False,
    token: str | None = None,
) -> dict[str, int]:
    """Write ``tables`` (canonical name -> typed Arrow table, or a :class:`Staged` table already
    written and checked, under ``token``); returns rows per table afterwards.

    ``append`` merges each with the rows already in the workspace on the table's natural key
    (``TableSchema.key``); otherwise each table is replaced. Staging tables are dropped whatever
    happens, the :class:`Staged` ones included.
    """
    token = token or new_token()
    con = ws.con
    if ws.is_duckdb:
        _write_duckdb(ws, tables, append=append, token=token)
        return {name: int(con.table(name).count().execute()) for name in tables}
    created: list[str] = [d.stage for d in tables.values() if isinstance(d, Staged)]
    try:
        staged = _stage(ws, tables, append=append, token=token, created=created)
        if ws.backend_name == "pyspark":
            _swap_renaming(ws, staged, token)
        else:
            _swap_generic(ws, staged)
    finally:
        present = set(con.list_tables())
        for stage in dict.fromkeys(created):
            if stage in present:
                con.drop_table(stage, force=True)
    return {name: int(con.table(name).count().execute()) for name in tables}


def _stage(
    ws: Workspace,
    tables: Mapping[str, pa.Table | Staged],
    *,
    append: bool,
    token: str,
    created: list[str],
) -> dict[str, str]:
    """Write each table to a staging table (merged with the old rows when ``append``), check it
    against what was validated, and return table -> staging table. ``created`` collects every
    staging table made, for the caller to drop."""
    con = ws.con
    staged: dict[str, str] = {}
    for name, data in tables.items():
        if isinstance(data, Staged):
            stage = data.stage
        else:
            stage = stage_name(name, token)
            created.append(stage)
            create(ws, stage, data)
            check_written(ws, stage, data)
        if append and ws.has(name):
            merged_name = f"{STAGE_PREFIX}{name}_{token}_merged"
            new = con.table(stage)
            text_columns = {c for c, t in new.schema().items() if t.is_string()}
            key = effective_key(table_schema(name), new.columns, text_columns.__contains__)
            merged = merge_expr(con.table(name), new, key)
            con.create_table(merged_name, merged)
            created.append(merged_name)
            stage = merged_name
        staged[name] = stage
    return staged
