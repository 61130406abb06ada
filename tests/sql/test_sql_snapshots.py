"""SQL snapshots: every query each stage runs on the demo, compiled for each SQL dialect.

Each case (a data-quality pass, a monthly stage, the post-mortem) runs on the demo company while
every query sent to the workspace is recorded; each query is then compiled with ``ibis.to_sql`` for
every dialect of :data:`DIALECTS` (no server needed) and compared with
``snapshots/<case>/<dialect>.sql``. A change to an analysis' SQL, or a dialect that stops
compiling it, shows as a diff; a query that does not compile for a dialect is stored as a comment
naming the error, so a dialect break is a reviewed change too. ``make golden`` refreshes them.

Adding a dialect is one line in :data:`DIALECTS` (the name ``ibis.to_sql`` takes) and
``make golden``. :func:`test_every_query_compiles` requires every query to compile for every
dialect of :data:`DIALECTS`: DuckDB, Postgres, PySpark, BigQuery, Snowflake and Trino. A dialect
whose Ibis compiler needs its backend module imported first names it in :data:`DIALECT_MODULES`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import ibis
import pytest

from debrief.context import StageContext
from debrief.engine import Request, load_plugins, run
from debrief.period import Period
from debrief.registry import CHECKS, review_stages
from debrief.results import StageResult
from debrief.workspace import Workspace

pytestmark = [pytest.mark.golden, pytest.mark.slow]

#: The dialects every stage's queries are compiled for (names as ``ibis.to_sql`` takes them).
DIALECTS: tuple[str, ...] = ("duckdb", "postgres", "pyspark", "bigquery", "snowflake", "trino")
#: Backend modules a dialect's compiler needs imported (its options live there).
DIALECT_MODULES: dict[str, str] = {"pyspark": "ibis.backends.pyspark"}

SNAPSHOTS = Path(__file__).parent / "snapshots"
AS_OF = dt.date(2026, 11, 23)
MONTH = Period.month("2026-10")


#: The backend methods that run a query (the first one called records it) and the one that
#: stores ``expr.cache()`` as a temporary table.
_RUNS = ("execute", "to_pyarrow", "to_pyarrow_batches", "to_polars")
_CACHE = "_create_cached_table"


@contextmanager
def recorded_queries(ws: Workspace) -> Iterator[list[ibis.Expr]]:
    """Every expression executed (or cached) on ``ws`` inside the block, in order, each once
    however the backend's methods call one another."""
    backend = type(ws.con)
    seen: list[ibis.Expr] = []
    depth = [0]
    originals = {n: getattr(backend, n) for n in (*_RUNS, _CACHE) if hasattr(backend, n)}

    def execute(original: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(self: Any, expr: Any, *args: Any, **kwargs: Any) -> Any:
            if depth[0] == 0:
                limit = kwargs.get("limit")
                seen.append(expr.limit(limit) if isinstance(limit, int) else expr)
            depth[0] += 1
            try:
                return original(self, expr, *args, **kwargs)
            finally:
                depth[0] -= 1

        return recorded

    def cache(original: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(self: Any, name: str, expr: Any) -> Any:
            seen.append(expr)
            return original(self, name, expr)

        return recorded

    for name, original in originals.items():
        setattr(backend, name, (cache if name == _CACHE else execute)(original))
    try:
        yield seen
    finally:
        for name, original in originals.items():
            setattr(backend, name, original)


def _context(ws: Workspace) -> StageContext:
    return StageContext(workspace=ws, period=MONTH, as_of=AS_OF)


def _cases() -> list[str]:
    load_plugins()
    monthly = [s.name for s in review_stages("monthly_review") if s.run is not None]
    return ["data_quality", *monthly, "postmortem_FL-OFFER"]


def record_all(ws: Workspace) -> dict[str, list[ibis.Expr]]:
    """The queries of each case: the data-quality checks, each monthly stage in the order of the
    review (each seeing the results before it) and the FL-OFFER post-mortem."""
    out: dict[str, list[ibis.Expr]] = {}
    ctx = _context(ws)
    with recorded_queries(ws) as out["data_quality"]:
        for name in CHECKS:
            CHECKS.get(name)(ctx)
    results: dict[str, StageResult] = {}
    for stage in review_stages("monthly_review"):
        if stage.run is not None:
            with recorded_queries(ws) as out[stage.name]:
                results[stage.name] = stage.run(dataclasses.replace(ctx, results=dict(results)))
    request = Request(kind="post_mortem", workspace=ws.target, campaign_id="FL-OFFER", as_of=AS_OF)
    with recorded_queries(ws) as out["postmortem_FL-OFFER"]:
        run(replace(request, kb="sqlite:///" + str(SNAPSHOTS / "no-such-kb.sqlite")), ws)
    return out


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Names Ibis generates at random: in-memory tables and ``.cache()`` tables (in DuckDB's temp).
_GENERATED = re.compile(r'(?:"temp"\."main"\.)?"?ibis_(?:[a-z]+_memtable|cached)_[a-z0-9]+"?')
#: BigQuery's compiler names the alias of each unnested array at random.
_BQ_ARRAY = re.compile(r"ibis_bq_arr_[a-z0-9]+")


def compile_sql(expr: ibis.Expr, dialect: str) -> str:
    """``expr`` as ``dialect`` SQL, with generated names made stable; a query the dialect cannot
    express becomes a comment that names the error."""
    if dialect in DIALECT_MODULES:
        importlib.import_module(DIALECT_MODULES[dialect])
        getattr(ibis, dialect)  # the backend's entry point registers its options (PySpark's)
    try:
        sql = str(ibis.to_sql(expr, dialect=dialect))
    except Exception as exc:  # any compile failure is the snapshot's content
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        return f"-- does not compile for {dialect}: {type(exc).__name__}: {first}"
    names: dict[str, str] = {}
    sql = _GENERATED.sub(lambda m: names.setdefault(m.group(0), f'"table_{len(names) + 1}"'), sql)
    arrays: dict[str, str] = {}
    return _BQ_ARRAY.sub(lambda m: arrays.setdefault(m.group(0), f"array_{len(arrays) + 1}"), sql)


def snapshot_text(queries: list[ibis.Expr], dialect: str) -> str:
    """The snapshot file: the queries sorted by their DuckDB text (so an order that depends on
    Python's hashing does not show as a change), each compiled for ``dialect``."""
    order = sorted(range(len(queries)), key=lambda i: compile_sql(queries[i], "duckdb"))
    parts = [f"-- {len(queries)} queries, compiled for {dialect}"]
    for n, i in enumerate(order, 1):
        parts.append(f"-- query {n}\n{compile_sql(queries[i], dialect)};")
    # control characters inside string literals (TRIM's whitespace set) written visibly
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", "\n\n".join(parts) + "\n")


@pytest.fixture(scope="module")
def recorded(demo_ws_path: str) -> dict[str, list[ibis.Expr]]:
    with Workspace.open(demo_ws_path, read_only=True) as ws:
        return record_all(ws)


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("case", _cases())
def test_stage_queries_compile_as_before(case: str, dialect: str, recorded, golden) -> None:
    queries = recorded[case]
    assert queries, f"{case} ran no query"
    golden.check(SNAPSHOTS / case / f"{dialect}.sql", snapshot_text(queries, dialect))


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_query_compiles(dialect: str, recorded) -> None:
    """The dialects Debrief claims compile every query of every case (no server needed); a
    construct one of them cannot express belongs in debrief.portable."""
    failures = sorted(
        {
            f"{case}: {sql}"
            for case, queries in recorded.items()
            for q in queries
            if (sql := compile_sql(q, dialect)).startswith("-- does not compile")
        }
    )
    assert not failures, "\n".join(failures)
