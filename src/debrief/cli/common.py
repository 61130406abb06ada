"""Helpers shared by CLI commands: option types, clean errors, progress lines."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from debrief.workspace import DEFAULT_WORKSPACE

WorkspaceOpt = Annotated[
    str,
    typer.Option(
        "--workspace",
        "-w",
        help="DuckDB file, or an Ibis backend URL (duckdb://..., postgres://...).",
        envvar="DEBRIEF_WORKSPACE",
    ),
]
DEFAULT_WS = DEFAULT_WORKSPACE
KbOpt = Annotated[
    str | None,
    typer.Option(
        "--kb",
        help="Knowledge-base URL (default: debrief-kb.sqlite beside the workspace).",
        envvar="DEBRIEF_KB",
    ),
]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="As of this date, YYYY-MM-DD (default: today).")
]


def progress(text: str) -> None:
    """A progress line on stderr, so stdout stays clean for data."""
    print(f"  · {text}", file=sys.stderr, flush=True)


@contextmanager
def clean_errors() -> Iterator[None]:
    """Turn the errors a user can fix into one clear message and exit code 1, not a traceback."""
    from debrief.config import ConfigError
    from debrief.workspace import WorkspaceError

    try:
        yield
    except (ConfigError, WorkspaceError, ValueError, KeyError, FileNotFoundError) as exc:
        msg = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        typer.secho(f"error: {msg}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None


def echo_paths(written: dict[str, object], say: Callable[[str], None] = typer.echo) -> None:
    for name, path in written.items():
        say(f"  {name:<14} {path}")
