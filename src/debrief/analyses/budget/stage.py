"""The ``budget`` stage: assembles pacing, curves, reallocation and waste into one result."""

from __future__ import annotations

from typing import Any

from debrief.analyses.budget._format import money_formatter
from debrief.analyses.budget.pacing import pacing_findings, pacing_table
from debrief.context import StageContext
from debrief.engine import STAGES
from debrief.results import Finding, StageResult

__all__ = ["budget"]


#: Budget settings not (yet) in ``BudgetSettings``: read with these defaults so the stage works
#: whichever version of the settings model is installed.
DEFAULTS: dict[str, Any] = {
    "pacing_tolerance": 0.10,
}


def setting(ctx: StageContext, name: str) -> Any:
    """``ctx.settings.budget.<name>``, or the stage default when the settings model lacks it."""
    return getattr(ctx.settings.budget, name, DEFAULTS.get(name))


@STAGES.register("budget")
def budget(ctx: StageContext) -> StageResult:
    """Budget performance for ``ctx.period`` seen on ``ctx.as_of``.

    Tables: ``pacing``. Findings: ``overspend`` / ``underspend`` (reference ``plan``).
    """
    money = money_formatter(ctx.settings.currency)
    tables: dict[str, list[dict[str, Any]]] = {}
    findings: list[Finding] = []
    notes: list[str] = []

    rows, window = pacing_table(
        ctx.workspace, ctx.period, ctx.as_of, setting(ctx, "pacing_tolerance")
    )
    tables["pacing"] = rows
    findings.extend(pacing_findings(rows, window, money))
    if window.in_progress:
        notes.append(
            f"The period is in progress on {ctx.as_of.isoformat()}: {window.elapsed_days} of "
            f"{window.days} days elapsed; forecasts add the remaining days at the mean daily "
            "spend of the last 7 days."
        )
    return StageResult(stage="budget", tables=tables, findings=tuple(findings), notes=tuple(notes))
