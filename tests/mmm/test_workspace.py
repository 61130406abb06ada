"""The model's input from a workspace, and ``debrief mmm`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from debrief.cli.main import app
from debrief.errors import UserError
from debrief.ingest import ingest
from debrief.mmm.data import grain
from debrief.mmm.simulate import simulate, write_contract
from debrief.mmm.workspace import load
from debrief.render import validate_report_json
from debrief.workspace import Workspace


@pytest.fixture(scope="module")
def weekly_ws(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    folder = tmp_path_factory.mktemp("mmm")
    sim = simulate(4, grain="weekly", n_channels=3)
    write_contract(sim.data, folder / "files")
    ingest([folder / "files"], folder / "ws.duckdb")
    return folder / "ws.duckdb", sim


def test_weekly_outcomes_with_daily_spend_come_back_to_the_cent(weekly_ws) -> None:  # type: ignore[no-untyped-def]
    path, sim = weekly_ws
    with Workspace.open(path, read_only=True) as ws:
        loaded = load(ws)
    d = loaded.data
    assert d.period_days == 7 and d.channels == sim.data.channels
    assert np.allclose(
        d.spend.to_numpy(), np.round(sim.data.spend.to_numpy() * 100) / 100, atol=5e-3
    )
    assert np.allclose(d.outcome, np.round(sim.data.outcome, 2))
    assert d.controls is not None and list(d.controls.columns) == ["demand_index"]


def test_grain_is_detected_and_gaps_are_refused() -> None:
    import pandas as pd

    assert grain(pd.date_range("2024-01-01", periods=10, freq="D")) == 1
    assert grain(pd.date_range("2024-01-01", periods=10, freq="7D")) == 7
    gap = pd.date_range("2024-01-01", periods=10, freq="7D").delete(4)
    with pytest.raises(UserError, match="no row between 2024-01-22 and 2024-02-05"):
        grain(gap)
    with pytest.raises(UserError, match=r"(28|29|30|31) days apart"):
        grain(pd.date_range("2024-01-01", periods=10, freq="MS"))


def test_debrief_mmm_writes_a_valid_report_and_prints_the_channels(
    weekly_ws, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path, sim = weekly_ws
    out = tmp_path / "out"
    res = CliRunner().invoke(
        app, ["mmm", "-w", str(path), "--out", str(out), "--format", "json", "--holdout", "0"]
    )
    assert res.exit_code == 0, res.output
    doc = json.loads((out / "report.json").read_text())
    validate_report_json(doc)
    assert doc["kind"] == "marketing_mix"
    channels = doc["stages"]["marketing_mix"]["tables"]["channels"]
    assert [r["channel"] for r in channels] == list(sim.data.channels)
    for r in channels:
        assert r["marginal_roas_low"] <= r["marginal_roas"] <= r["marginal_roas_high"]
    realloc = doc["stages"]["marketing_mix"]["tables"]["reallocation"]
    assert sum(r["recommended_spend"] for r in realloc) == pytest.approx(
        sum(r["current_spend"] for r in realloc), abs=0.05
    )
    assert all(r["reason"] for r in realloc)
    for name in ("report.md", "report.html", "report.pdf"):
        assert (out / name).is_file()
    csv_run = CliRunner().invoke(
        app, ["mmm", "-w", str(path), "--out", str(out), "--format", "csv", "--holdout", "0"]
    )
    assert csv_run.exit_code == 0
    assert "channel,spend,contribution" in csv_run.output


def test_a_workspace_without_outcomes_gets_one_clear_message(tmp_path: Path) -> None:
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "budgets.csv").write_text("month,planned_spend\n2026-01,100\n")
    ingest([tmp_path / "f"], tmp_path / "ws.duckdb")
    res = CliRunner().invoke(app, ["mmm", "-w", str(tmp_path / "ws.duckdb")])
    assert res.exit_code == 1
    assert "no outcomes table" in res.output and "Traceback" not in res.output
    bad = CliRunner().invoke(app, ["mmm", "-w", str(tmp_path / "ws.duckdb"), "--format", "xml"])
    assert bad.exit_code == 1 and "--format" in bad.output


def test_a_weekly_spend_row_is_spread_over_the_days_it_covers(tmp_path: Path) -> None:
    sim = simulate(5, grain="weekly", n_channels=2)
    write_contract(sim.data, tmp_path / "files", daily_spend=False)
    ad = tmp_path / "files" / "ad_performance.csv"
    import pandas as pd

    frame = pd.read_csv(ad)
    frame["date_end"] = (pd.to_datetime(frame["date"]) + pd.Timedelta(days=6)).dt.strftime(
        "%Y-%m-%d"
    )
    frame.to_csv(ad, index=False)
    ingest([tmp_path / "files"], tmp_path / "ws.duckdb")
    with Workspace.open(tmp_path / "ws.duckdb", read_only=True) as ws:
        d = load(ws).data
    assert np.allclose(
        d.spend.to_numpy(), np.round(sim.data.spend.to_numpy() * 100) / 100, atol=1e-6
    )


def test_weekly_spend_rows_without_date_end_are_read_as_weeks(tmp_path: Path) -> None:
    """A weekly export dated by each week's first day, without date_end (mock_cgp_data, Robyn):
    each row covers its seven days, so every outcome week keeps its whole spend and the last
    week is not 'outside the spend history'."""
    sim = simulate(5, grain="weekly", n_channels=2)
    write_contract(sim.data, tmp_path / "files", daily_spend=False)
    ingest([tmp_path / "files"], tmp_path / "ws.duckdb")
    with Workspace.open(tmp_path / "ws.duckdb", read_only=True) as ws:
        loaded = load(ws)
    assert len(loaded.data.dates) == len(sim.data.dates)
    assert not any("outside the spend history" in n for n in loaded.notes)
    assert np.allclose(
        loaded.data.spend.to_numpy(), np.round(sim.data.spend.to_numpy() * 100) / 100, atol=1e-6
    )
