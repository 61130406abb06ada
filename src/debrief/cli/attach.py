"""``debrief attach``: point a workspace at warehouse tables that already exist, checked in place."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def attach_command(
    url: Annotated[
        str,
        typer.Argument(
            help="The workspace: a warehouse URL (postgres://..., pyspark:///dir, spark://...) or "
            "a DuckDB file."
        ),
    ],
    map_file: Annotated[
        Path,
        typer.Option("--map", help="YAML: contract table -> existing table and column names."),
    ],
) -> None:
    """Check existing tables against the data contract in the engine and attach them as views:
    no copy; nothing is attached on any error."""
    from debrief.attach import attach
    from debrief.numbers import fmt

    rows = attach(url, map_file)
    typer.echo(f"Attached to {url}:")
    for name, n in rows.items():
        typer.echo(f"  {name}: {fmt(n, 'count')} rows (a view; the data stays where it is)")
