"""``debrief mmm``: the marketing-mix model on a workspace's outcomes, spend and controls.

    debrief mmm -w ws.duckdb [--kpi revenue] [--out debrief-mmm] [--format table|json|csv]

Writes report.json / .md / .html / .pdf into ``--out`` (kind ``marketing_mix``) and prints the
``channels`` table to stdout in ``--format``; progress and notes go to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from debrief.cli.common import DEFAULT_WS, WorkspaceOpt, check_outputs, echo_paths, progress
from debrief.errors import UserError
from debrief.numbers import fmt
from debrief.outputs import csv_text

_FORMATS = ("table", "json", "csv")
_COLUMNS = (
    "channel",
    "spend",
    "contribution",
    "roas",
    "marginal_roas",
    "marginal_roas_low",
    "marginal_roas_high",
)


def _table(rows: list[dict[str, Any]]) -> str:
    def cell(v: Any) -> str:
        if v is None:
            return "n/a"
        if isinstance(v, float):
            return fmt(v, "number", places=2)
        return str(v)

    body = [[cell(r[c]) for c in _COLUMNS] for r in rows]
    widths = [max(len(c), *(len(b[i]) for b in body)) for i, c in enumerate(_COLUMNS)]
    head = "  ".join(
        c.rjust(w) if i else c.ljust(w)
        for i, (c, w) in enumerate(zip(_COLUMNS, widths, strict=True))
    )
    lines = [head, "-" * len(head)]
    for b in body:
        lines.append(
            "  ".join(
                v.rjust(w) if i else v.ljust(w)
                for i, (v, w) in enumerate(zip(b, widths, strict=True))
            )
        )
    return "\n".join(lines)


def mmm_command(
    workspace: WorkspaceOpt = DEFAULT_WS,
    kpi: Annotated[
        str | None, typer.Option(help="The outcomes kpi to explain (default: revenue).")
    ] = None,
    out: Annotated[
        Path, typer.Option(help="Folder for report.json, report.md, report.html, report.pdf.")
    ] = Path("debrief-mmm"),
    format: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    saturation: Annotated[str, typer.Option(help="hill or logistic.")] = "hill",
    backend: Annotated[
        str, typer.Option(help="laplace (fast, default) or pymc (PyMC-Marketing, [bayes] extra).")
    ] = "laplace",
    periods: Annotated[
        int | None,
        typer.Option(help="Periods the readouts cover (default: 13 weeks or 91 days)."),
    ] = None,
    holdout: Annotated[
        int | None,
        typer.Option(
            help="Periods held back to score the fit (default 13 weeks or 56 days; 0: none)."
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the draws.")] = 0,
    currency: Annotated[str, typer.Option(help="Currency of spend and revenue.")] = "USD",
) -> None:
    """Marketing-mix model: contribution, ROAS and marginal ROAS per channel, with intervals."""
    from debrief.mmm.report import mmm_report
    from debrief.mmm.run import MMMSettings, run_mmm
    from debrief.mmm.workspace import load
    from debrief.render import write_report
    from debrief.results import jsonable
    from debrief.workspace import Workspace

    if format not in _FORMATS:
        raise UserError(
            f"--format must be one of {', '.join(_FORMATS)}, not {format!r}",
            fix="use --format table, json or csv",
        )
    if saturation not in ("hill", "logistic"):
        raise UserError(f"--saturation must be hill or logistic, not {saturation!r}")
    if backend not in ("laplace", "pymc"):
        raise UserError(f"--backend must be laplace or pymc, not {backend!r}")
    ws = Workspace.open(workspace, read_only=True)
    check_outputs(out)  # before the model runs, not after it
    try:
        progress(f"reading outcomes, spend and controls from {workspace}")
        loaded = load(ws, kpi)
    finally:
        ws.close()
    for note in loaded.notes:
        typer.echo(f"note: {note}", err=True)
    settings = MMMSettings(
        saturation=saturation,  # type: ignore[arg-type]
        backend=backend,  # type: ignore[arg-type]
        current_periods=periods,
        holdout=holdout,
        seed=seed,
    )
    result = run_mmm(
        loaded.data,
        settings,
        loaded.priors,
        next_month=loaded.next_month,
        progress=progress,
    )
    report = mmm_report(result, currency=currency, workspace=str(workspace))
    written = write_report(report, out, currency=currency)
    rows = report.stages["marketing_mix"].tables["channels"]
    if format == "json":
        doc = {name: jsonable(t) for name, t in report.stages["marketing_mix"].tables.items()}
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    elif format == "csv":
        sys.stdout.write(csv_text(jsonable(rows)))
    else:
        typer.echo(_table(rows))
        for f in report.stages["marketing_mix"].findings:
            if f.kind in ("reallocation", "holdout_fit") or f.severity == "warning":
                typer.echo(f"- {f.statement}")
    typer.echo("Report written:", err=True)
    echo_paths(written, say=lambda s: typer.echo(s, err=True))
