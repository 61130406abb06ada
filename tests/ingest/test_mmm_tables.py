"""The marketing-mix tables of contract version 2 (outcomes, controls, lift_tests) load, typed and
keyed like every other table."""

from __future__ import annotations

from pathlib import Path

import pytest

from debrief.ingest import IngestError, ingest
from debrief.workspace import Workspace


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_outcomes_controls_and_lift_tests_load_typed(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "outcomes.csv",
        "date,kpi,value,geo\n2026-01-05,revenue,100,\n2026-01-12,revenue,-3.5,\n",
    )
    _write(tmp_path, "controls.csv", "date,name,value\n2026-01-05,price,-1.5\n2026-01-12,price,2\n")
    _write(
        tmp_path,
        "lift_tests.csv",
        "channel,start_date,end_date,incremental_value,standard_error,notes\n"
        "Paid Search,2026-01-05,2026-01-18,500,50,geo holdout\n",
    )
    ingest([tmp_path], tmp_path / "ws.duckdb")
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        out = ws.table("outcomes").order_by("date").to_pandas()
        lift = ws.table("lift_tests").to_pandas()
        schema = ws.table("lift_tests").schema()
    assert out["value"].tolist() == [100.0, -3.5]  # a KPI such as profit may be negative
    assert lift["channel"].tolist() == ["paid_search"]
    assert str(schema["start_date"]) == "date"
    assert str(schema["incremental_value"]) == "float64"


def test_a_repeated_outcome_key_and_a_missing_value_are_errors(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "outcomes.csv",
        "date,kpi,value\n2026-01-05,revenue,100\n2026-01-05,revenue,101\n2026-01-12,revenue,\n",
    )
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    found = {(p.line, p.column) for p in exc.value.problems if p.level == "error"}
    assert (4, "value") in found
    assert any(p.line in (2, 3) for p in exc.value.problems if p.level == "error")
    assert not (tmp_path / "ws.duckdb").exists()
