"""Every failure of every command is one message and a non-zero exit, never a traceback;
``--debug`` shows the traceback. Workspaces: a missing one is an error for every command but
ingest, a data file or folder is never a workspace, a lock names the process holding it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from debrief.cli.common import EXIT_BUG, cli_errors
from debrief.cli.main import app
from debrief.errors import UserError

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def no_traceback(res) -> None:
    assert "Traceback" not in res.output, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception


def refused(*args: object) -> str:
    """The output of a command that must fail with one message (exit 1, no traceback)."""
    res = invoke(*map(str, args))
    assert res.exit_code == 1, res.output
    no_traceback(res)
    return res.output


def ingest_and_monthly(ws: Path, files: Path, out: Path) -> list[str]:
    """Outputs of an ingest and a monthly review on ``ws``, both expected to be refused."""
    return [
        refused("ingest", files, "-w", ws),
        refused("monthly", "--month", "2026-10", "--out", out, "-w", ws),
    ]


def test_decorated_command_gets_one_message_and_debug() -> None:
    mini = typer.Typer()

    @mini.command("boom")
    @cli_errors
    def boom(kind: str = "bug") -> None:
        if kind == "user":
            raise UserError("the thing is wrong", where="file.csv:3", fix="change it")
        {}[0]  # a bug: KeyError from a lookup, not a message for the user

    res = runner.invoke(mini, ["--kind", "user"])
    assert res.exit_code == 1
    assert res.output.splitlines() == [
        "error: the thing is wrong",
        "  where: file.csv:3",
        "  fix: change it",
    ]
    res = runner.invoke(mini, [])
    assert res.exit_code == EXIT_BUG
    no_traceback(res)
    assert "unexpected KeyError: 0" in res.output and "--debug" in res.output
    res = runner.invoke(mini, ["--debug"])
    assert isinstance(res.exception, KeyError)  # the traceback is shown (propagated)


def test_every_command_has_debug() -> None:
    for name in ("ingest", "monthly", "postmortem", "attribution", "due", "benchmarks"):
        res = invoke(name, "--help")
        assert "--debug" in res.output, name
    res = invoke("kb", "list", "--help")
    assert "--debug" in res.output


def test_missing_workspace_is_an_error_but_not_for_ingest(tmp_path: Path, demo_dir: Path) -> None:
    ws = tmp_path / "nope" / "typo.duckdb"
    for args in (
        ("monthly", "--month", "2026-10", "--out", tmp_path / "out"),
        ("postmortem", "FL-OFFER", "--out", tmp_path / "out"),
        ("attribution",),
        ("due",),
        ("benchmarks",),
    ):
        res = invoke(*args, "-w", ws)
        assert res.exit_code == 1, (args, res.output)
        no_traceback(res)
        assert "there is no workspace at" in res.output and "debrief ingest" in res.output
        assert not (tmp_path / "nope").exists() and not (tmp_path / "out").exists()
    res = invoke("ingest", demo_dir / "campaigns.csv", "-w", ws)
    assert res.exit_code == 0, res.output
    assert ws.is_file()


@pytest.mark.parametrize("kind", ["csv", "parquet", "folder", "empty"])
def test_workspace_that_is_not_a_workspace_is_refused(
    tmp_path: Path, demo_dir: Path, kind: str
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if kind == "csv":
        target = tmp_path / "existing_budgets.csv"
        target.write_bytes((demo_dir / "budgets.csv").read_bytes())
    elif kind == "parquet":
        target = tmp_path / "budgets.parquet"
        pq.write_table(pa.table({"month": ["2026-10"]}), target)
    elif kind == "folder":
        target = tmp_path / "folder"
        target.mkdir()
    else:
        target = tmp_path / "empty.duckdb"
        target.write_bytes(b"")
    before = sorted((p.name, p.stat().st_size) for p in tmp_path.rglob("*"))
    for output in ingest_and_monthly(target, demo_dir / "campaigns.csv", tmp_path / "out"):
        assert str(target) in output
        assert "not a Debrief workspace" in output or "is a folder" in output
    assert sorted((p.name, p.stat().st_size) for p in tmp_path.rglob("*")) == before


def test_new_workspace_named_like_a_data_file_is_refused(tmp_path: Path, demo_dir: Path) -> None:
    res = invoke("ingest", demo_dir / "campaigns.csv", "-w", tmp_path / "new.csv")
    assert res.exit_code == 1
    assert "named like a data file" in res.output
    assert not (tmp_path / "new.csv").exists()


def test_lock_held_by_another_process_names_it(tmp_path: Path, demo_dir: Path) -> None:
    ws = tmp_path / "ws.duckdb"
    assert invoke("ingest", demo_dir / "campaigns.csv", "-w", ws).exit_code == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
            " time.sleep(60)",
            str(ws),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        for output in ingest_and_monthly(ws, demo_dir / "budgets.csv", tmp_path / "out"):
            assert "is in use by another process" in output
            assert f"PID {holder.pid}" in output
            assert "wait for that command to finish" in output
    finally:
        holder.kill()
        holder.wait()


def test_unreachable_postgres_workspace_is_one_message(demo_dir: Path) -> None:
    res = invoke("ingest", demo_dir / "campaigns.csv", "-w", "postgresql://u@127.0.0.1:1/db")
    assert res.exit_code == 1
    no_traceback(res)
    assert "cannot open the workspace postgresql://u@127.0.0.1:1/db" in res.output
    assert "server is running" in res.output


def test_debug_env_and_global_option_show_the_traceback(tmp_path: Path) -> None:
    ws = tmp_path / "none.duckdb"
    res = invoke("--debug", "due", "-w", ws)
    assert res.exit_code != 0 and isinstance(res.exception, UserError)
    os.environ["DEBRIEF_DEBUG"] = "1"
    try:
        res = invoke("due", "-w", ws)
        assert isinstance(res.exception, UserError)
    finally:
        del os.environ["DEBRIEF_DEBUG"]
    res = invoke("due", "-w", ws)
    assert res.exit_code == 1
    no_traceback(res)
