"""Attach mode: a workspace on tables that already live in a warehouse, with no copy.

``debrief attach URL --map tables.yaml`` reads a map from contract tables to existing tables::

    tables:
      touchpoints:
        table: analytics.web_touches        # [catalog.]database.table, as the backend names it
        columns: {user_id: visitor_id, ts: event_time, channel: source}   # contract: source
      leads:
        table: crm.leads                    # columns named as in the contract need no entry

The contract is checked by queries in the engine, never by pulling rows into Python: every
required column is mapped and present, each column's type can hold its kind (a timestamp is a
timestamp or a date, a count an integer...; text is not parsed: cast it in a view of your own),
required cells are present, counts and amounts are not negative, enums are among their choices,
and a unique key is unique (a repeated key where duplicates happen in practice is a warning).
Problems are listed like ingest's (table, column, a few values, how many), and any error refuses
the attach with nothing changed. Otherwise each contract table becomes a view in the workspace
selecting the mapped columns under contract names, cast to the contract's types; the analyses read
those views, and the data stays where it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ibis
import yaml

from debrief.errors import UserError
from debrief.ingest.problems import DEFAULT_CAP, IngestError, Problem, ProblemLog
from debrief.schema import TABLES, TableSchema, table_schema
from debrief.workspace import Workspace

#: Ibis type checks per column kind: what a source column may be to be read as that kind.
_ACCEPTS = {
    "string": lambda t: t.is_string(),
    "channel": lambda t: t.is_string(),
    "enum": lambda t: t.is_string(),
    "month": lambda t: t.is_string(),
    "date": lambda t: t.is_date() or t.is_timestamp(),
    "timestamp": lambda t: t.is_timestamp() or t.is_date(),
    "count": lambda t: t.is_integer(),
    "money": lambda t: t.is_numeric(),
    "number": lambda t: t.is_numeric(),
    "bool": lambda t: t.is_boolean(),
}


class AttachError(UserError):
    """The map cannot be read or names what is not there."""


@dataclass(frozen=True)
class Source:
    """One contract table read from an existing table: ``columns`` maps contract -> source."""

    table: str
    name: str
    columns: dict[str, str]


def load_map(path: str | Path) -> list[Source]:
    """The sources a map file names; a clear error for anything malformed."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise AttachError(f"cannot read the map {path}: {exc}", where=str(path)) from None
    entries = raw.get("tables") if isinstance(raw, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise AttachError(
            f"the map {path} has no tables: section",
            where=str(path),
            fix="write tables: {touchpoints: {table: schema.name, columns: {user_id: ...}}}",
        )
    out = []
    for table, spec in entries.items():
        try:
            table_schema(table)
        except KeyError as exc:
            raise AttachError(str(exc.args[0]), where=f"{path}: tables.{table}") from None
        spec = {"table": spec} if isinstance(spec, str) else spec
        if not isinstance(spec, dict) or not isinstance(spec.get("table"), str):
            raise AttachError(
                f"tables.{table} names no existing table",
                where=str(path),
                fix=f"tables: {{{table}: {{table: schema.{table}}}}}",
            )
        unknown = set(spec) - {"table", "columns"}
        if unknown:
            raise AttachError(
                f"tables.{table} has unknown keys: {', '.join(sorted(unknown))}",
                where=str(path),
                fix="only table: and columns: are read",
            )
        columns = spec.get("columns") or {}
        schema = table_schema(table)
        bad = [c for c in columns if c not in schema.names]
        if bad:
            raise AttachError(
                f"tables.{table}.columns maps {', '.join(bad)}, not columns of {table}",
                where=str(path),
                fix=f"contract columns of {table}: {', '.join(schema.names)}",
            )
        out.append(Source(table, spec["table"], {str(k): str(v) for k, v in columns.items()}))
    return out


def _source_table(ws: Workspace, name: str) -> ibis.Table:
    *db, table = name.split(".")
    try:
        if not db:
            return ws.con.table(table)
        return ws.con.table(table, database=tuple(db) if len(db) > 1 else db[0])
    except Exception as exc:
        raise AttachError(
            f"the workspace {ws.target} has no table {name}: {str(exc).splitlines()[0][:200]}",
            where=ws.target,
            fix="name it as the backend does: table, database.table or catalog.database.table",
        ) from None


def _typed(
    src: ibis.Table, source: Source, schema: TableSchema, log: ProblemLog
) -> ibis.Table | None:
    """The source under contract names and types (only columns that exist), or None on errors."""
    label = source.name
    errors_before = log.count("error")
    cols: dict[str, Any] = {}
    types = src.schema()
    for col in schema.columns:
        name = source.columns.get(col.name, col.name)
        if name not in types:
            if col.required or col.name in source.columns:
                where = "mapped to" if col.name in source.columns else "expected as"
                log.add(
                    label,
                    col.name,
                    f"column missing ({where} {name!r}; columns found: "
                    f"{', '.join(list(types)[:30])})",
                    "error",
                )
            continue
        dtype = types[name]
        if not _ACCEPTS[col.kind](dtype):
            log.add(
                label,
                col.name,
                f"is {dtype} where the contract needs {col.kind} ({col.ibis_type}); cast it in a "
                "view and attach that",
                "error",
            )
            continue
        cols[col.name] = src[name].cast(col.ibis_type)
    if log.count("error") > errors_before:
        return None
    return src.select(**cols)


def _rows(expr: ibis.Table, cap: int) -> tuple[int, list[str]]:
    """How many rows ``expr`` has and the first ``cap`` of its one column as text."""
    n = int(expr.count().to_pyarrow().as_py())
    if n == 0:
        return 0, []
    first = expr.limit(cap).to_pyarrow().column(0).to_pylist()
    return n, ["" if v is None else str(v) for v in first]


def _check(t: ibis.Table, source: Source, schema: TableSchema, log: ProblemLog) -> None:
    """Cell and key checks, each one query whose result does not grow with the table."""
    label = source.name

    def report(column: str | None, problem: str, level: str, expr: ibis.Table) -> None:
        n, shown = _rows(expr, log.cap)
        if n:
            log.add(label, column, problem, level, [(None, v) for v in shown], total=n)  # type: ignore[arg-type]

    for col in schema.columns:
        if col.name not in t.columns:
            continue
        c = t[col.name]
        if col.required:
            report(col.name, "required value missing", "error", t.filter(c.isnull()).select(c))
        if col.kind in ("count", "money"):
            problem = "negative count" if col.kind == "count" else "negative amount"
            report(col.name, problem, "error", t.filter(c < 0).select(c))
        if col.kind == "enum":
            report(
                col.name,
                f"not one of: {', '.join(col.choices)}",
                "error",
                t.filter(c.notnull() & ~c.lower().isin(list(col.choices))).select(c),
            )
    key = [c for c in schema.key if c in t.columns]
    if key:
        groups = t.group_by(key).aggregate(__n=ibis._.count())
        repeated = groups.filter(groups.__n > 1)
        label_expr = ibis.literal(" | ").join(
            [repeated[c].cast("string").fill_null("") for c in key]
        )
        level = "error" if schema.key_unique else "warning"
        report(
            ", ".join(key),
            f"same key ({', '.join(key)}) on more than one row",
            level,
            repeated.select(key=label_expr),
        )


def _view_sql(ws: Workspace, name: str, expr: ibis.Table) -> list[str]:
    """Statements that make ``name`` a persistent view of ``expr`` on this backend."""
    select = ws.con.compile(expr)
    quote = "`" if ws.backend_name == "pyspark" else '"'
    return [
        f"DROP VIEW IF EXISTS {quote}{name}{quote}",
        f"CREATE VIEW {quote}{name}{quote} AS {select}",
    ]


def attach(
    workspace: str | Workspace, map_path: str | Path, *, cap: int = DEFAULT_CAP
) -> dict[str, int]:
    """Check the mapped tables against the contract in the engine, then create one view per
    contract table. Returns rows per attached table; raises :class:`IngestError` listing every
    problem (nothing created) when any is an error."""
    sources = load_map(map_path)
    own = not isinstance(workspace, Workspace)
    ws = Workspace.open(workspace, create=True) if own else workspace
    try:
        log = ProblemLog(cap)
        views: dict[str, ibis.Table] = {}
        for source in sources:
            schema = table_schema(source.table)
            typed = _typed(_source_table(ws, source.name), source, schema, log)
            if typed is not None:
                _check(typed, source, schema, log)
                views[source.table] = typed
        if log.has_errors():
            raise IngestError(
                log.problems(),
                log.unlisted(),
                message=(
                    f"{sum(p.level == 'error' for p in log.problems())} error(s) found; "
                    "nothing was attached."
                ),
            )
        for name in (n for n in TABLES if n in views):
            try:
                for sql in _view_sql(ws, name, views[name]):
                    ws.con.raw_sql(sql)
            except Exception as exc:
                raise AttachError(
                    f"cannot create the view {name}: {str(exc).strip().splitlines()[0][:200]}",
                    where=ws.target,
                    fix=f"a table named {name} is already there (loaded by ingest?): attach into "
                    "a workspace without it, or drop it",
                ) from None
        return {name: int(ws.con.table(name).count().to_pyarrow().as_py()) for name in views}
    finally:
        if own:
            ws.close()


__all__ = ["AttachError", "Problem", "Source", "attach", "load_map"]
