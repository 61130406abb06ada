"""Synthesis: ranks findings and writes the summary, actions and the one change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from debrief.results import Summary

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.results import StageResult

__all__ = ["build_summary"]


def build_summary(ctx: StageContext, results: dict[str, StageResult]) -> Summary:
    """The report summary. The executive_summary stage, when it ran, supplies it."""
    stage = results.get("executive_summary")
    if stage is not None and "summary" in stage.tables:
        from debrief.synthesis.executive import summary_from_stage

        return summary_from_stage(stage)
    return Summary()
