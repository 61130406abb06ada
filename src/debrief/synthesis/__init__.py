"""Synthesis: ranks findings and writes the summary, actions and the one change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from debrief.results import StageResult, Summary

if TYPE_CHECKING:
    from debrief.context import StageContext

__all__ = ["build_summary"]


def build_summary(ctx: StageContext, results: dict[str, StageResult]) -> Summary:
    """The report summary (KPIs, insights, actions, focus areas, dates).

    The executive_summary stage supplies it when it ran; when it was not requested or was skipped,
    it is run here on ``results`` so that every monthly report carries a summary.
    """
    from dataclasses import replace

    from debrief.synthesis.executive import executive_summary, summary_from_stage

    stage = results.get("executive_summary")
    if stage is None or stage.skipped:
        from debrief.workspace import WorkspaceError

        try:
            stage = executive_summary(replace(ctx, results=dict(results)))
        except WorkspaceError:
            return Summary()
    findings = {f.id: f for r in results.values() for f in r.findings}
    findings.update({f.id: f for f in ctx.data_quality})
    return summary_from_stage(stage, findings)
