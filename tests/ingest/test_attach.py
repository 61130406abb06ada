"""Attach mode: existing tables checked in the engine against the contract, then attached as
views (no copy); any error attaches nothing and lists the problems like ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from debrief.attach import AttachError, attach, load_map
from debrief.cli.main import app
from debrief.ingest import IngestError
from debrief.workspace import Workspace

runner = CliRunner()

MAP = """
tables:
  touchpoints:
    table: web_touches
    columns: {user_id: visitor, ts: event_time, channel: source}
  leads: crm_leads
"""


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """A DuckDB file with a team's own tables, named their way."""
    path = tmp_path / "warehouse.duckdb"
    with Workspace.open(path, create=True) as ws:
        ws.con.raw_sql(
            "CREATE TABLE web_touches AS SELECT * FROM (VALUES "
            "('v1', TIMESTAMPTZ '2026-10-01 10:00:00+00', 'email', 'click'), "
            "('v1', TIMESTAMPTZ '2026-10-02 10:00:00+00', 'paid_search', 'click'), "
            "('v2', TIMESTAMP '2026-10-03 10:00:00', 'display', 'impression')) "
            "t(visitor, event_time, source, interaction)"
        )
        ws.con.raw_sql(
            "CREATE TABLE crm_leads AS SELECT * FROM (VALUES "
            "('L1', TIMESTAMPTZ '2026-10-01 09:00:00+00', 120.0), "
            "('L2', TIMESTAMPTZ '2026-10-02 09:00:00+00', NULL)) t(lead_id, created_at, amount)"
        )
    return path


def test_valid_tables_are_attached_as_views(warehouse: Path, tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text(MAP)
    rows = attach(str(warehouse), tmp_path / "map.yaml")
    assert rows == {"touchpoints": 3, "leads": 2}
    with Workspace.open(warehouse) as ws:
        t = ws.table("touchpoints")
        assert list(t.columns) == ["user_id", "ts", "channel", "interaction"]
        assert t.schema()["ts"].is_timestamp() and t.schema()["ts"].timezone == "UTC"
        assert sorted(t.user_id.to_pyarrow().to_pylist()) == ["v1", "v1", "v2"]
        kinds = dict(
            ws.con.raw_sql(
                "SELECT table_name, table_type FROM information_schema.tables"
            ).fetchall()
        )
        assert kinds["touchpoints"] == "VIEW" and kinds["leads"] == "VIEW"
        # the view reads the source: a row added there is seen, nothing was copied
        ws.con.raw_sql(
            "INSERT INTO crm_leads VALUES ('L3', TIMESTAMPTZ '2026-10-05 00:00:00+00', 5.0)"
        )
        assert ws.table("leads").count().execute() == 3


def test_problems_are_found_in_the_engine_and_attach_nothing(
    warehouse: Path, tmp_path: Path
) -> None:
    with Workspace.open(warehouse) as ws:
        ws.con.raw_sql(
            "INSERT INTO crm_leads VALUES ('L1', TIMESTAMPTZ '2026-10-09 09:00:00+00', -3.0)"
        )
        ws.con.raw_sql("INSERT INTO crm_leads VALUES ('L4', NULL, 1.0)")
        ws.con.raw_sql(
            "INSERT INTO web_touches VALUES ('v3', TIMESTAMPTZ '2026-10-04 10:00:00+00', 'email', 'hover')"
        )
    (tmp_path / "map.yaml").write_text(MAP)
    with pytest.raises(IngestError) as exc:
        attach(str(warehouse), tmp_path / "map.yaml")
    got = {(p.file, p.column, p.value, p.problem) for p in exc.value.problems}
    assert ("crm_leads", "lead_id", "L1", "same key (lead_id) on more than one row") in got
    assert ("crm_leads", "amount", "-3.0", "negative amount") in got
    assert ("crm_leads", "created_at", "", "required value missing") in got
    assert any(p.column == "interaction" and p.value == "hover" for p in exc.value.problems)
    assert "nothing was attached" in str(exc.value)
    with Workspace.open(warehouse) as ws:
        assert not ws.has("leads") and not ws.has("touchpoints")


def test_a_column_of_the_wrong_type_or_missing_is_named(warehouse: Path, tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text(
        "tables:\n  touchpoints:\n    table: web_touches\n"
        "    columns: {user_id: visitor, ts: source, channel: nope}\n"
    )
    res = runner.invoke(app, ["attach", str(warehouse), "--map", str(tmp_path / "map.yaml")])
    assert res.exit_code == 1
    assert "is string where the contract needs timestamp" in res.output
    assert "column missing (mapped to 'nope'" in res.output
    assert "Traceback" not in res.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nothing: here\n", "has no tables: section"),
        ("tables:\n  touches: web_touches\n", "touches"),
        ("tables:\n  leads: {table: x, colums: {}}\n", "unknown keys: colums"),
        ("tables:\n  leads: {table: x, columns: {visitor: id}}\n", "not columns of leads"),
    ],
)
def test_a_bad_map_says_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "map.yaml").write_text(text)
    with pytest.raises(AttachError, match=message):
        load_map(tmp_path / "map.yaml")
