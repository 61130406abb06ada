"""``debrief attribution``: the attribution engine on its own, from a workspace or a paths file.

    debrief attribution --workspace ws.duckdb [--month 2026-10] [--models markov,shapley]
    debrief attribution --paths path_data.csv [--format csv]

A paths file is ChannelAttribution's aggregated form (``path`` with `` > `` separators,
``total_conversions``, ``total_conversion_value``, ``total_null``); time decay needs touch
timestamps and is not available from it. Tables go to stdout; progress and notes to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from debrief.cli.common import clean_errors, cli_errors, progress
from debrief.numbers import fmt
from debrief.outputs import csv_text

_FORMATS = ("table", "csv", "json")


def _models(values: list[str] | None) -> tuple[str, ...]:
    from debrief.analyses.attribution.models import MODEL_NAMES, check_models

    if not values:
        return MODEL_NAMES
    names = [n.strip() for v in values for n in v.split(",") if n.strip()]
    if names == ["all"]:
        return MODEL_NAMES
    return check_models(names)


def _pivot(credits: list[dict[str, Any]], field: str, models: tuple[str, ...]) -> str:
    channels = list(dict.fromkeys(r["channel"] for r in credits))
    present = [m for m in models if any(r["model"] == m for r in credits)]
    cell = {(r["model"], r["channel"]): r[field] for r in credits}
    width = max([len("channel"), *(len(c) for c in channels)])
    head = f"{'channel':<{width}}  " + "  ".join(f"{m:>14}" for m in present)
    lines = [head, "-" * len(head)]
    for ch in channels:
        vals = "  ".join(f"{fmt(cell.get((m, ch), 0.0), 'number', places=2):>14}" for m in present)
        lines.append(f"{ch:<{width}}  {vals}")
    totals = "  ".join(
        f"{fmt(sum(r[field] for r in credits if r['model'] == m), 'number', places=2):>14}"
        for m in present
    )
    lines.append(f"{'total':<{width}}  {totals}")
    return "\n".join(lines)


@cli_errors
def attribution_command(
    workspace: Annotated[
        str | None,
        typer.Option(
            "--workspace",
            "-w",
            help="DuckDB file or Ibis backend URL with touchpoints and conversions.",
            envvar="DEBRIEF_WORKSPACE",
        ),
    ] = None,
    paths: Annotated[
        Path | None,
        typer.Option(
            help="Aggregated paths CSV (ChannelAttribution's form) instead of a workspace."
        ),
    ] = None,
    models: Annotated[
        list[str] | None,
        typer.Option(help="Models to run, comma-separated or repeated (default: all seven)."),
    ] = None,
    lookback: Annotated[
        int | None, typer.Option(help="Lookback window in days (default: settings, 30).")
    ] = None,
    month: Annotated[
        str | None, typer.Option(help="Month to attribute, YYYY-MM (default: the latest).")
    ] = None,
    order: Annotated[int | None, typer.Option(help="Markov chain order (default 1).")] = None,
    bootstrap: Annotated[
        int | None, typer.Option(help="Bootstrap replicates for intervals (0: none).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Settings YAML.")] = None,
    format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """Multi-touch attribution: seven models, with diagnostics and bootstrap intervals."""
    from debrief.analyses.attribution import PeriodInput, analyse, read_paths_csv
    from debrief.engine import Request, load_settings, run
    from debrief.results import jsonable

    with clean_errors():
        if format not in _FORMATS:
            raise ValueError(f"--format must be one of {', '.join(_FORMATS)}, not {format!r}")
        if workspace and paths:
            raise ValueError("give --workspace or --paths, not both")
        settings = load_settings(config)
        changes = {
            k: v
            for k, v in {
                "lookback_days": lookback,
                "markov_order": order,
                "bootstrap": bootstrap,
            }.items()
            if v is not None
        }
        chosen = settings.attribution.model_copy(update=changes)
        wanted = _models(models)
        if paths is not None:
            # A paths file holds aggregated paths, not a workspace's tables over a period: it
            # goes to the models directly (docs/architecture.md, "One entry point").
            progress(f"reading paths from {paths}")
            current = PeriodInput(read_paths_csv(paths), paths.name)
            progress(
                f"{fmt(current.paths.n_paths, 'count')} distinct paths; running {', '.join(wanted)}"
            )
            result = analyse(current, None, chosen, wanted)
        else:
            from debrief.workspace import DEFAULT_WORKSPACE

            request = Request(
                kind="attribution",
                workspace=workspace or DEFAULT_WORKSPACE,
                month=month,
                settings=settings.model_copy(update={"attribution": chosen}),
                models=wanted,
                progress=progress,
            )
            result = run(request).stages["attribution"]

    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    credits = result.tables["credits"]
    if format == "json":
        doc = {
            "tables": {k: jsonable(v) for k, v in result.tables.items()},
            "findings": [jsonable(f) for f in result.findings],
            "notes": list(result.notes),
        }
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    elif format == "csv":
        sys.stdout.write(csv_text(credits))
    else:
        typer.echo("Conversions credited")
        typer.echo(_pivot(credits, "conversions", wanted))
        typer.echo("\nValue credited")
        typer.echo(_pivot(credits, "value", wanted))
        for f in result.findings:
            typer.echo(f"\n- {f.statement}")
