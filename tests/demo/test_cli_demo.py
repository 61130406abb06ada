"""The demo-data command writes the files it lists and refuses bad options."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from debrief.cli.demo import demo_data_command
from debrief.schema import TABLES


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("demo-data")(demo_data_command)

    @app.callback()
    def _root() -> None:  # a group, so the command is called by name as in the real CLI
        pass

    return app


def test_writes_and_lists_every_table(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = CliRunner().invoke(_app(), ["demo-data", str(out), "--seed", "3", "--scale", "0.05"])
    assert result.exit_code == 0, result.output
    for table in TABLES:
        assert (out / f"{table}.csv").is_file()
        assert str(out / f"{table}.csv") in result.output


def test_parquet_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        _app(), ["demo-data", str(tmp_path), "--scale", "0.05", "--format", "parquet"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in tmp_path.glob("*.parquet")) == sorted(TABLES)


def test_refuses_bad_format_and_scale(tmp_path: Path) -> None:
    bad_fmt = CliRunner().invoke(_app(), ["demo-data", str(tmp_path), "--format", "xlsx"])
    assert bad_fmt.exit_code != 0 and "csv, parquet" in bad_fmt.output
    bad_scale = CliRunner().invoke(_app(), ["demo-data", str(tmp_path), "--scale", "0"])
    assert bad_scale.exit_code != 0
    assert not any(tmp_path.iterdir())
