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


def test_the_command_runs_through_the_engine_as_the_monthly_stage_does(demo_ws_path) -> None:
    """``debrief attribution --workspace`` is an ``attribution`` request to ``engine.run``: its
    credits are the monthly review's stage 3 credits for the same month and settings, and the
    month defaults to the latest month with a conversion."""
    from debrief.analyses.attribution.stage import attribution_stage
    from debrief.context import StageContext
    from debrief.engine import Request, load_settings, run
    from debrief.period import Period

    settings = load_settings(None)
    settings = settings.model_copy(
        update={"attribution": settings.attribution.model_copy(update={"bootstrap": 0})}
    )
    report = run(
        Request(kind="attribution", workspace=demo_ws_path, month="2026-10", settings=settings)
    )
    assert report.kind == "attribution" and list(report.stages) == ["attribution"]
    with Workspace.open(demo_ws_path, read_only=True) as ws:
        ctx = StageContext(
            workspace=ws, period=Period.month("2026-10"), settings=settings, as_of=dt.date.today()
        )
        stage = attribution_stage(ctx)
    got, want = report.stages["attribution"].tables["credits"], stage.tables["credits"]
    assert [(r["model"], r["channel"]) for r in got] == [(r["model"], r["channel"]) for r in want]
    for g, w in zip(got, want, strict=True):  # DuckDB sums in parallel: the last bits may differ
        assert [g[k] for k in ("conversions", "value", "share")] == pytest.approx(
            [w[k] for k in ("conversions", "value", "share")], rel=1e-12
        )
    chosen = run(
        Request(kind="attribution", workspace=demo_ws_path, settings=settings, models=("linear",))
    )
    assert {r["model"] for r in chosen.stages["attribution"].tables["credits"]} == {"linear"}
    import duckdb

    with duckdb.connect(demo_ws_path, read_only=True) as con:
        (last,) = con.execute("select strftime(max(ts), '%Y-%m') from conversions").fetchone()
    assert chosen.period_start.isoformat()[:7] == last
