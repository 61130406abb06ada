"""The post-mortem and knowledge-base commands, end to end on a DuckDB file."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from debrief.cli.kb import benchmarks_command, due_command, kb_app, postmortem_command
from debrief.workspace import Workspace


@pytest.fixture
def app() -> typer.Typer:
    a = typer.Typer()
    a.command("postmortem")(postmortem_command)
    a.command("due")(due_command)
    a.command("benchmarks")(benchmarks_command)
    a.add_typer(kb_app, name="kb")
    return a


def test_postmortem_kb_due_benchmarks(app, pm_frames, tmp_path) -> None:
    path = tmp_path / "ws" / "debrief.duckdb"
    with Workspace.open(path, create=True) as ws:
        for name, df in pm_frames(ctr=0.008).items():
            ws.con.create_table(name, df)
    runner = CliRunner()
    w = ["--workspace", str(path)]
    res = runner.invoke(app, ["due", *w, "--as-of", "2026-03-30"])
    assert res.exit_code == 0, res.output
    assert "C1" in res.output and "5 days left" in res.output
    out = tmp_path / "out"
    res = runner.invoke(app, ["postmortem", "C1", *w, "--out", str(out), "--as-of", "2026-03-30"])
    assert res.exit_code == 0, res.output
    assert "messaging" in res.output
    doc = json.loads((out / "report.json").read_text())
    assert doc["kind"] == "post_mortem" and doc["campaign_id"] == "C1"
    for name in ("report.md", "report.html", "agenda.md", "pre-read.md", "prompts.md"):
        assert (out / name).exists(), name
    assert (tmp_path / "ws" / "debrief-kb.sqlite").exists()
    res = runner.invoke(app, ["due", *w, "--as-of", "2026-03-30"])
    assert "C1" not in res.output
    res = runner.invoke(app, ["kb", "list", *w])
    assert res.exit_code == 0 and "C1" in res.output and "messaging" in res.output
    res = runner.invoke(app, ["kb", "show", "1", *w])
    assert json.loads(res.output)["campaign_id"] == "C1"
    res = runner.invoke(app, ["kb", "search", "CTR", *w])
    assert "[finding]" in res.output
    res = runner.invoke(app, ["kb", "playbook", "--problem", "messaging", *w])
    assert "C1" in res.output
    res = runner.invoke(app, ["kb", "show", "99", *w])
    assert res.exit_code == 1
    res = runner.invoke(app, ["benchmarks", *w, "--as-of", "2027-01-01"])
    assert res.exit_code == 0 and "ctr" in res.output and "Dry run" in res.output
    res = runner.invoke(app, ["benchmarks", *w, "--as-of", "2027-01-01", "--apply"])
    assert "written to the knowledge base" in res.output
    res = runner.invoke(app, ["postmortem", "NOPE", *w, "--out", str(out)])
    assert res.exit_code == 1 and "Unknown campaign" in res.output
