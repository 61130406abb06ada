"""``debrief demo-data OUT [--seed N] [--scale X] [--format csv|parquet]``: write the demo company.

A thin command: it parses options, calls :func:`debrief.demo.generate` and prints progress and
the files written. The lead registers :func:`demo_data_command` on the Typer app.
"""

from __future__ import annotations

import time
from pathlib import Path

import typer

from debrief.cli.common import cli_errors
from debrief.numbers import fmt as fmt_number


@cli_errors
def demo_data_command(
    out: Path = typer.Argument(..., help="Folder to write the demo files to (created if missing)."),
    seed: int = typer.Option(7, "--seed", help="Random seed: the same seed gives the same files."),
    scale: float = typer.Option(
        1.0, "--scale", help="Multiplies people and leads (not days); 1 is about 100k touches."
    ),
    fmt: str = typer.Option(
        "csv", "--format", "--fmt", help="csv (default) or parquet (use it for big scales)."
    ),
) -> None:
    """Write Northwind Analytics, the demo company of docs/demo-data.md, one file per table."""
    from debrief.demo import FORMATS, generate

    if fmt not in FORMATS:
        raise typer.BadParameter(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if scale <= 0:
        raise typer.BadParameter(f"scale must be positive, not {scale}")
    start = time.perf_counter()
    typer.echo(
        f"Generating the demo company (seed {seed}, scale {fmt_number(scale, 'number', sig=6)}) into {out}"
    )
    written = generate(
        out, seed=seed, scale=scale, fmt=fmt, progress=lambda msg: typer.echo(f"  {msg}")
    )
    for table, path in written.items():
        typer.echo(f"{table:<20} {path}")
    typer.echo(f"Done in {fmt_number(time.perf_counter() - start, 'number', places=1)} s.")
