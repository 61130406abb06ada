"""``debrief attribution`` from a paths file and from a workspace, in every output format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from debrief.cli.attribution import attribution_command
from debrief.workspace import Workspace

app = typer.Typer()
app.command()(attribution_command)
runner = CliRunner()

PATHS = (
    "path,total_conversions,total_conversion_value,total_null\n"
    "a > b,3,30.5,2\nb,1,10,4\nc > a > c,2,7.25,1\nc,0,0,5\n"
)


@pytest.fixture
def paths_file(tmp_path):
    f = tmp_path / "paths.csv"
    f.write_text(PATHS, encoding="utf-8")
    return f


def test_csv_from_paths_sums_per_model(paths_file) -> None:
    r = runner.invoke(app, ["--paths", str(paths_file), "--format", "csv", "--bootstrap", "0"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    models = {row["model"] for row in rows}
    assert models == {"first_touch", "last_touch", "linear", "position_based", "markov", "shapley"}
    for m in models:
        sel = [row for row in rows if row["model"] == m]
        assert sum(float(x["conversions"]) for x in sel) == pytest.approx(6)
        assert sum(float(x["value"]) for x in sel) == pytest.approx(47.75)


def test_table_and_model_selection(paths_file) -> None:
    r = runner.invoke(app, ["--paths", str(paths_file), "--models", "markov,last_touch"])
    assert r.exit_code == 0, r.output
    assert "markov" in r.stdout and "last_touch" in r.stdout and "shapley" not in r.stdout


def test_unknown_model_is_a_clean_error(paths_file) -> None:
    r = runner.invoke(app, ["--paths", str(paths_file), "--models", "markow"])
    assert r.exit_code == 1
    assert "markov" in r.output  # the did-you-mean hint


def test_json_from_workspace(tmp_path) -> None:
    path = str(tmp_path / "ws.duckdb")
    utc = dt.UTC
    tp = pd.DataFrame(
        {
            "user_id": ["u1", "u1", "u2", "u3"],
            "ts": [
                dt.datetime(2026, 10, 2, tzinfo=utc),
                dt.datetime(2026, 10, 3, tzinfo=utc),
                dt.datetime(2026, 10, 4, tzinfo=utc),
                dt.datetime(2026, 10, 5, tzinfo=utc),
            ],
            "channel": ["email", "paid_search", "display", "email"],
        }
    )
    cv = pd.DataFrame(
        {
            "user_id": ["u1", "u3"],
            "ts": [dt.datetime(2026, 10, 6, tzinfo=utc)] * 2,
            "value": [5.0, 7.0],
        }
    )
    with Workspace.open(path, create=True) as ws:
        ws.con.create_table("touchpoints", tp)
        ws.con.create_table("conversions", cv)
    r = runner.invoke(app, ["--workspace", path, "--format", "json", "--bootstrap", "10"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    td = [x for x in doc["tables"]["credits"] if x["model"] == "time_decay"]
    assert sum(x["conversions"] for x in td) == pytest.approx(2)
    assert sum(x["value"] for x in td) == pytest.approx(12)
    assert "intervals" in doc["tables"]
