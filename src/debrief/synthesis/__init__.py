"""Synthesis, stage 7 of the monthly review: ranks the findings of every stage and writes the
executive summary: KPIs, insights, actions, next month's focus and the review dates.

:mod:`.kpis` computes the KPIs from the workspace, :mod:`.ranking` ranks findings by money at stake
into facts, :mod:`.actions` turns the top facts into actions, :mod:`.executive` runs the stage.
Method: ``docs/stages/executive_summary.md``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from debrief.registry import Stage, Table, declare
from debrief.results import StageResult, Summary
from debrief.synthesis.executive import executive_summary, summary_from_stage
from debrief.synthesis.settings import SummarySettings
from debrief.workspace import WorkspaceError

if TYPE_CHECKING:
    from debrief.context import StageContext

__all__ = ["STAGE", "SummarySettings", "build_summary", "executive_summary"]

STAGE = declare(
    Stage(
        name="executive_summary",
        title="Executive summary",
        review="monthly_review",
        order=7,
        run=executive_summary,
        section="summary",
        settings=SummarySettings,
        uses=("ad_performance", "leads", "conversions", "campaigns", "targets"),
        tables={
            "kpis": Table(
                {
                    **{"metric": "text", "label": "text", "unit": "text", "actual": "metric"},
                    **{"target": "metric", "direction": "text", "status": "text"},
                    **{"prior_period": "metric", "change": "rate", "coverage": "text"},
                },
                required=("metric", "actual", "target", "prior_period"),
                always=True,
            ),
            "trend": Table(
                {"month": "text", "spend": "money", "revenue": "money", "roas": "ratio"}
                | {"roi": "rate", "cac": "money", "leads": "count", "mqls": "count"}
                | {"pipeline": "count", "customers": "count", "won_revenue": "money"}
                | {"coverage": "text"},
                shown=(
                    "month",
                    "spend",
                    "revenue",
                    "roas",
                    "cac",
                    "leads",
                    "mqls",
                    "pipeline",
                    "customers",
                    "coverage",
                ),
            ),
            "insights": Table(
                {
                    **{"rank": "count", "id": "text", "stage": "text", "kind": "text"},
                    **{"statement": "text", "metric": "text", "actual": "metric"},
                    **{"reference": "metric", "reference_kind": "text", "severity": "text"},
                    "impact": "money",
                },
                shown=("rank", "severity", "statement", "impact"),
            ),
            "actions": Table(
                {
                    **{"rank": "count", "id": "text", "title": "text", "rationale": "text"},
                    **{"metric": "text", "value": "metric", "unit": "text", "owner": "text"},
                    **{"due": "date", "measure": "text", "finding_ids": "text"},
                    **{"action_kind": "text", "team": "text", "hours": "number"},
                    **{"budget": "money", "moved": "money", "resources_basis": "text"},
                },
                shown=(
                    "rank",
                    "title",
                    "owner",
                    "due",
                    "measure",
                    "value",
                    "action_kind",
                    "team",
                    "hours",
                    "budget",
                ),
            ),
            "focus": Table({"rank": "count", "area": "text"}),
            "dates": Table({"name": "text", "date": "date"}),
        },
    )
)


def build_summary(ctx: StageContext, results: dict[str, StageResult]) -> Summary:
    """The report summary (KPIs, insights, actions, focus areas, dates).

    The executive_summary stage supplies it when it ran; when it was not requested or was skipped,
    it is run here on ``results`` so that every monthly report carries a summary.
    """
    stage = results.get("executive_summary")
    if stage is None or stage.skipped:
        try:
            stage = executive_summary(replace(ctx, results=dict(results)))
        except WorkspaceError:
            return Summary()
    findings = {f.id: f for r in results.values() for f in r.findings}
    findings.update({f.id: f for f in ctx.data_quality})
    return summary_from_stage(stage, findings)
