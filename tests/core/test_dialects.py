"""Every query of a monthly review and a post-mortem compiles for the six dialects Debrief claims
(no server needed): the expressions the stages run on the demo company are recorded on DuckDB and
compiled with ``ibis.to_sql`` for each dialect."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator

import ibis
import pytest
from ibis.backends.duckdb import Backend

from debrief.engine import Request, run

DIALECTS = ("duckdb", "postgres", "pyspark", "bigquery", "snowflake", "trino")


@pytest.fixture(scope="module")
def expressions(demo_ws_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list]:
    """(stage module, expression) of every query the reviews run."""
    seen: list[tuple[str, object]] = []
    mp = pytest.MonkeyPatch()
    for method in ("execute", "to_pyarrow", "to_pyarrow_batches"):
        original = getattr(Backend, method)

        def record(self, expr, *args, _original=original, **kwargs):
            frame, caller = sys._getframe(1), "?"
            while frame is not None:
                if "/src/debrief/" in frame.f_code.co_filename:
                    caller = frame.f_code.co_filename.split("/debrief/", 1)[1]
                    break
                frame = frame.f_back
            seen.append((caller, expr))
            return _original(self, expr, *args, **kwargs)

        mp.setattr(Backend, method, record)
    try:
        kb = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.sqlite'}"
        as_of = dt.date(2026, 11, 23)
        run(Request(kind="monthly_review", workspace=demo_ws_path, month="2026-10", as_of=as_of))
        run(
            Request(
                kind="post_mortem",
                workspace=demo_ws_path,
                campaign_id="FL-COORD",
                as_of=as_of,
                kb=kb,
            )
        )
    finally:
        mp.undo()
    yield seen


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_query_compiles(expressions: list, dialect: str) -> None:
    if dialect == "pyspark":
        ibis.pyspark  # noqa: B018 - registers the PySpark compiler's options
    assert len(expressions) > 50
    failures = []
    for where, expr in expressions:
        try:
            sql = ibis.to_sql(expr, dialect=dialect)
        except Exception as exc:
            failures.append(f"{where}: {type(exc).__name__}: {str(exc)[:160]}")
            continue
        assert str(sql).strip()
    assert not failures, (
        f"{len(failures)} of {len(expressions)} queries fail on {dialect}:\n"
        + "\n".join(sorted(set(failures)))
    )
