"""CLI: ``debrief tick`` — run the review cycle for today; safe to call as often as you like."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from debrief.cli.common import (
    DEFAULT_WS,
    AsOfOpt,
    KbOpt,
    WorkspaceOpt,
    check_outputs,
    progress,
)

__all__ = ["tick_command"]


def _today(as_of: str | None, timezone: str) -> dt.date:
    if as_of:
        return dt.date.fromisoformat(as_of)
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(timezone)).date()


def tick_command(
    workspace: WorkspaceOpt = DEFAULT_WS,
    config: Annotated[
        Path | None,
        typer.Option(help="Settings YAML: delivery, people, facilitators, cycle, summary..."),
    ] = None,
    kb: KbOpt = None,
    as_of: AsOfOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Folder for the reviews tick writes (default: debrief-cycle/ beside "
            "the knowledge base)."
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what is due; run, record and send nothing.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Progress lines.")] = False,
) -> None:
    """Do what the review cycle needs today: run the monthly review once the data is in, send
    invitations, pre-reads and reminders. Each step is recorded in the knowledge base, so calling
    it again the same day does nothing twice; run it daily from cron or a CI schedule."""
    from debrief.cycle.tick import default_out_dir, run_tick
    from debrief.engine import load_settings
    from debrief.kb import default_kb_url

    settings = load_settings(config)
    today = _today(as_of, settings.cycle.timezone)
    url = kb or default_kb_url(workspace)
    if not dry_run:  # before the review runs, not after it
        check_outputs(out or default_out_dir(url), url)
    result = run_tick(
        workspace=workspace,
        kb_url=url,
        settings=settings,
        today=today,
        out_dir=out,
        dry_run=dry_run,
        progress=progress if verbose else None,
    )
    head = "Dry run" if dry_run else "Tick"
    typer.echo(f"{head} {today.isoformat()} ({url})")
    for line in result.done:
        typer.echo(f"  {line}")
    for line in result.waiting:
        typer.echo(f"  waiting: {line}")
    if not result.done and not result.waiting:
        typer.echo("  nothing due")
    for line in result.warnings:
        typer.secho(f"warning: {line}", fg=typer.colors.YELLOW, err=True)
    for line in result.problems:
        typer.secho(f"error: {line}", fg=typer.colors.RED, err=True)
    if result.problems:
        typer.secho(
            "Failed sends are retried at the next tick; unknown ones wait for your decision.",
            err=True,
        )
        raise typer.Exit(1)
