"""``debrief``: the command-line entry point.

Commands: ``ingest``, ``demo-data``, ``monthly``, ``postmortem``, ``attribution``, ``kb``, ``due``,
``benchmarks``, ``serve``, ``mmm``, ``tick``, ``schema``. Each is a thin wrapper over one engine function.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
import typer.core

from debrief.cli.common import (
    DEFAULT_WS,
    AsOfOpt,
    DebugOpt,
    KbOpt,
    WorkspaceOpt,
    check_outputs,
    clean_errors,
    cli_errors,
    echo_paths,
    progress,
    set_debug,
)
from debrief.errors import UserError

if TYPE_CHECKING:
    from debrief.workspace import Workspace

app = typer.Typer(
    name="debrief",
    help="Campaign post-mortems and monthly marketing reviews from your raw marketing data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _options(debug: DebugOpt = False) -> None:
    """Campaign post-mortems and monthly marketing reviews from your raw marketing data."""
    set_debug(debug)


class _MonthlyCommand(typer.core.TyperCommand):
    """``monthly --help`` lists the stages, read from their declarations only when the help is
    shown (a plain ``debrief`` call does not import every analysis)."""

    @property  # type: ignore[override]
    def epilog(self) -> str:
        from debrief.engine import monthly_stages

        names = ", ".join(s.name for s in monthly_stages())
        return f"Stages (for --stages, in the order they run): {names}."

    @epilog.setter
    def epilog(self, value: str | None) -> None:  # set by click's __init__; the list wins
        pass


@app.command("monthly", cls=_MonthlyCommand)
@cli_errors
def monthly(
    month: Annotated[
        str | None,
        typer.Option(
            help="The month to review, YYYY-MM (default: the latest month of the data that has "
            "ended by --as-of)."
        ),
    ] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    out: Annotated[
        Path, typer.Option(help="Folder for report.json, report.md, report.html, report.pdf.")
    ] = Path("debrief-out"),
    config: Annotated[
        Path | None, typer.Option(help="Settings YAML (targets of the review, owners...).")
    ] = None,
    stages: Annotated[
        str | None,
        typer.Option(help="Comma-separated stages to run (default: all; listed below)."),
    ] = None,
    as_of: AsOfOpt = None,
    kb: KbOpt = None,
    save: Annotated[
        bool,
        typer.Option(
            "--save/--no-save",
            help="Store the review in the knowledge base (replacing the same month's).",
        ),
    ] = True,
) -> None:
    """Run the monthly marketing review for one month, write the report, store it in the KB."""
    from debrief.engine import Request, load_settings, run
    from debrief.kb import KnowledgeBase, default_kb_url
    from debrief.render import write_report
    from debrief.workspace import Workspace

    with clean_errors():
        settings = load_settings(config)
        day = dt.date.fromisoformat(as_of) if as_of else None
        url = kb or default_kb_url(workspace)
        with Workspace.open(workspace, read_only=True) as ws:
            if month is None:
                month = _default_month(ws, day or dt.date.today())
            request = Request(
                kind="monthly_review",
                workspace=workspace,
                month=month,
                stages=tuple(s.strip() for s in stages.split(",")) if stages else None,
                settings=settings,
                as_of=day,
                progress=progress,
                kb=kb,
            )
            typer.echo(f"Monthly review {month} from {workspace}", err=True)
            check_outputs(out, url if save else None)  # before the work, not after it
            report = run(request, ws)
        written = write_report(report, out, currency=settings.currency)
        if save:
            store = KnowledgeBase.open(url)
            assert store is not None
            try:
                rid = store.save_report(report, as_of=request.as_of, currency=settings.currency)
            finally:
                store.close()
    typer.echo(f"Report written ({len(report.all_findings())} findings):")
    echo_paths(written)
    if save:
        typer.echo(f"Saved to the knowledge base as report {rid} ({url}).")


def _default_month(ws: Workspace, as_of: dt.date) -> str:
    """The month to review when --month is not given, said on stderr; a clear error when the
    workspace holds no dated data."""
    from debrief.nodata import DATED_TABLES, latest_month

    period = latest_month(ws, as_of)
    if period is None:
        raise UserError(
            f"the workspace holds no dated rows in {', '.join(DATED_TABLES)} up to {as_of}",
            fix="Load your exports with `debrief ingest FILES`, or give --month YYYY-MM.",
        )
    typer.echo(
        f"No --month given: reviewing {period.label}, the latest month of the data that has "
        f"ended by {as_of}.",
        err=True,
    )
    return period.label


@app.command("schema")
@cli_errors
def schema() -> None:
    """Print the JSON Schema that every report.json follows."""
    from debrief.render import report_schema

    typer.echo(json.dumps(report_schema(), indent=2))


# Commands whose implementation lives beside the engine code they drive.
_COMMANDS = (
    ("debrief.cli.ingest", "ingest_command", "ingest"),
    ("debrief.cli.attach", "attach_command", "attach"),
    ("debrief.cli.demo", "demo_data_command", "demo-data"),
    ("debrief.cli.attribution", "attribution_command", "attribution"),
    ("debrief.cli.kb", "postmortem_command", "postmortem"),
    ("debrief.cli.kb", "due_command", "due"),
    ("debrief.cli.kb", "benchmarks_command", "benchmarks"),
    ("debrief.cli.serve", "serve_command", "serve"),
    ("debrief.cli.mmm", "mmm_command", "mmm"),
    ("debrief.cli.tick", "tick_command", "tick"),
    ("debrief.cli.brief", "brief_command", "brief"),
)

for _module, _attr, _name in _COMMANDS:
    _fn = getattr(importlib.import_module(_module), _attr)
    app.command(_name)(cli_errors(_fn))

importlib.import_module("debrief.cli.kb_cycle")  # adds the review cycle's commands to kb_app
_kb_app = importlib.import_module("debrief.cli.kb").kb_app
_kb_app.add_typer(importlib.import_module("debrief.cli.brief").template_app, name="template")
app.add_typer(_kb_app, name="kb")


def main() -> None:  # pragma: no cover - console script
    app()


__all__ = ["app", "main", "monthly"]
