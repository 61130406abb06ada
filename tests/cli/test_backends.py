"""The same code on other Ibis backends: the demo company ingested into PostgreSQL, and into Spark
local, gives the monthly review and a post-mortem that DuckDB gives, table for table and sentence
for sentence.

Postgres runs where ``DEBRIEF_TEST_POSTGRES_URL`` names an empty database (``.ci/run`` starts a
throwaway server for it); without it the tests skip locally and fail in CI (tests/conftest.py).
Spark runs wherever PySpark and Java are installed (``make install`` has the ``spark`` extra) and
fails in CI without them.
"""

from __future__ import annotations

import json
import math
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debrief.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def spark_ws(spark_url: str, demo_dir: Path) -> str:
    """The demo company ingested into a local Spark workspace (its catalog under spark_root)."""
    url = spark_url + "-demo"
    res = runner.invoke(app, ["ingest", str(demo_dir), "-w", url])
    assert res.exit_code == 0, res.output
    return url


@pytest.fixture(scope="module")
def pg_url(demo_dir: Path) -> Iterator[str]:
    """A fresh database on the test server, with the demo company ingested; dropped afterwards."""
    server = os.environ.get("DEBRIEF_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("DEBRIEF_TEST_POSTGRES_URL is not set")
    psycopg = pytest.importorskip("psycopg")
    name = f"debrief_ws_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    url = server.rsplit("/", 1)[0] + "/" + name
    try:
        res = runner.invoke(app, ["ingest", str(demo_dir), "-w", url])
        assert res.exit_code == 0, res.output
        yield url
    finally:
        with psycopg.connect(server, autocommit=True) as con:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return (
            isinstance(a, int | float)
            and isinstance(b, int | float)
            and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
        )
    return a == b


def _review(workspace: str, out: Path, *args: str) -> dict:
    # Each review with a knowledge base of its own: the follow-up stage reads the kb's history,
    # and a default kb shared by earlier runs would differ between the two workspaces.
    kb = f"sqlite:///{out / 'kb.sqlite'}"
    out.mkdir(parents=True, exist_ok=True)
    cmd = [*args, "-w", workspace, "--out", str(out), "--as-of", "2026-11-23", "--kb", kb]
    res = runner.invoke(app, cmd)
    assert res.exit_code == 0, res.output
    return json.loads((out / "report.json").read_text())


def _compare(duck: dict, pg: dict) -> None:
    assert set(duck["stages"]) == set(pg["stages"])
    for name, stage in duck["stages"].items():
        other = pg["stages"][name]
        assert stage.get("skipped") == other.get("skipped"), name
        assert set(stage["tables"]) == set(other["tables"]), name
        for table, rows in stage["tables"].items():
            assert len(rows) == len(other["tables"][table]), (name, table)
            for r1, r2 in zip(rows, other["tables"][table], strict=True):
                bad = {k: (r1[k], r2.get(k)) for k in r1 if not _same(r1[k], r2.get(k))}
                assert not bad, (name, table, bad)
        assert [f["statement"] for f in stage["findings"]] == [
            f["statement"] for f in other["findings"]
        ]
    assert [f["statement"] for f in duck["data_quality"]] == [
        f["statement"] for f in pg["data_quality"]
    ]


@pytest.mark.postgres
def test_monthly_review_is_the_same_on_postgres(
    pg_url: str, demo_ws_path: str, tmp_path: Path
) -> None:
    args = ("monthly", "--month", "2026-10", "--no-save")
    _compare(
        _review(demo_ws_path, tmp_path / "duck", *args), _review(pg_url, tmp_path / "pg", *args)
    )


@pytest.mark.postgres
def test_postmortem_is_the_same_on_postgres(pg_url: str, demo_ws_path: str, tmp_path: Path) -> None:
    kb = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    args = ("postmortem", "FL-COORD", "--kb", kb, "--keep-history")
    _compare(
        _review(demo_ws_path, tmp_path / "duck", *args), _review(pg_url, tmp_path / "pg", *args)
    )


@pytest.mark.spark
def test_monthly_review_is_the_same_on_spark(
    spark_ws: str, demo_ws_path: str, tmp_path: Path
) -> None:
    args = ("monthly", "--month", "2026-10")
    _compare(
        _review(demo_ws_path, tmp_path / "duck", *args),
        _review(spark_ws, tmp_path / "spark", *args),
    )


@pytest.mark.spark
def test_postmortem_is_the_same_on_spark(spark_ws: str, demo_ws_path: str, tmp_path: Path) -> None:
    kb = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    args = ("postmortem", "FL-COORD", "--kb", kb, "--keep-history")
    _compare(
        _review(demo_ws_path, tmp_path / "duck", *args),
        _review(spark_ws, tmp_path / "spark", *args),
    )
