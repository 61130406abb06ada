"""``debrief ingest``: validate files and load them into a workspace, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from debrief.cli.common import DEFAULT_WS, WorkspaceOpt, cli_errors


def _pairs(values: list[str] | None, what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values or []:
        if "=" not in v:
            raise typer.BadParameter(f"{what} {v!r}: expected NAME=VALUE")
        k, val = v.split("=", 1)
        out[k.strip()] = val.strip()
    return out


def _columns(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (value or "").split(",") if c.strip())


@cli_errors
def ingest_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files named after contract tables, or folders of such files."),
    ] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    mapping: Annotated[
        str | None,
        typer.Option(help="A shipped mapping name (e.g. fb_ads_kag) or a mapping YAML file."),
    ] = None,
    table: Annotated[
        list[str] | None,
        typer.Option(
            "--table",
            help="Load FILE as table NAME: --table NAME=FILE (repeatable).",
            metavar="NAME=FILE",
        ),
    ] = None,
    append: Annotated[
        bool,
        typer.Option(help="Merge with rows already loaded (dedup on the table's key; new wins)."),
    ] = False,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="A mapping parameter, NAME=VALUE (repeatable)."),
    ] = None,
    allow_empty: Annotated[
        bool,
        typer.Option("--allow-empty", help="Let a file with a header and no rows empty its table."),
    ] = False,
    encoding: Annotated[
        str,
        typer.Option(help="Text encoding of the CSV files (latin-1, cp1252...); default utf-8."),
    ] = "utf-8",
    kpi: Annotated[
        str | None,
        typer.Option(
            help="Wide marketing-mix file: its outcome column(s), comma-separated (revenue, y...).",
            metavar="COLUMNS",
        ),
    ] = None,
    channels: Annotated[
        str | None,
        typer.Option(
            help="Wide marketing-mix file: its spend columns, one per channel, comma-separated.",
            metavar="COLUMNS",
        ),
    ] = None,
    controls: Annotated[
        str | None,
        typer.Option(
            help="Wide marketing-mix file: its control columns, comma-separated ('' for none).",
            metavar="COLUMNS",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help="Wide marketing-mix file: its date column.", metavar="COLUMN"),
    ] = None,
) -> None:
    """Validate files against the data contract and load them; nothing is written on any error."""
    from debrief.ingest import ingest
    from debrief.ingest.wide import WideOptions

    # Typer has no repeatable two-value option, so a table is named as NAME=FILE.
    tables = {name: Path(file) for name, file in _pairs(table, "--table").items()}
    result = ingest(
        list(paths or []),
        workspace,
        mapping=mapping,
        tables=tables,
        append=append,
        params=_pairs(param, "--param"),
        allow_empty=allow_empty,
        encoding=encoding,
        wide=WideOptions(
            kpi=_columns(kpi),
            channels=_columns(channels),
            controls=None if controls is None else _columns(controls),
            date=date,
        ),
    )
    for note in result.notes:
        typer.echo(note)
    if result.problems:
        from debrief.ingest import format_problems

        typer.echo(format_problems(result.problems, result.unlisted), err=True)
    typer.echo(f"Loaded into {result.workspace}:")
    for line in result.summary():
        typer.echo(f"  {line}")
