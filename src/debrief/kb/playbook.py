"""Playbook entries: what a post-mortem teaches, tagged for the next campaign's brief.

Input: a finished post-mortem :class:`Report` and the campaign's objective and audience. Output:
lesson rows for :meth:`KnowledgeBase.save_report` — the diagnosis, the largest insights (up to
three) and the one change (proposed) — each tagged with the problem class, the objective, the audience and a
channel (one row per channel of the campaign, so ``kb playbook --channel email`` finds every
lesson of campaigns that ran on email).
"""

from __future__ import annotations

from typing import Any

from debrief.metrics.catalogue import phrase
from debrief.results import Report

__all__ = ["CHANGE_LESSON", "lessons_from_report"]

#: How the one change's playbook entry starts. The change is only proposed when the post-mortem is
#: saved; a brief carries it from the ``changes`` table, with its status, not from this entry.
CHANGE_LESSON = "One change proposed: "


def lessons_from_report(
    report: Report, objective: str | None = None, audience: str | None = None
) -> list[dict[str, Any]]:
    """Lesson rows (campaign_id, lesson, channel, objective, audience, problem)."""
    if report.kind != "post_mortem":
        return []
    funnel = report.stages.get("funnel_review")
    diag = funnel.tables["diagnosis"][0] if funnel and funnel.tables.get("diagnosis") else {}
    problem = diag.get("problem")
    texts: list[str] = []
    if diag.get("statement"):
        texts.append(diag["statement"])
    ins = report.stages.get("insights")
    if ins is not None:
        texts += [f.statement for f in ins.findings[:3]]
    change = report.stages.get("one_change")
    channels: list[str | None] = []
    if change is not None and change.tables.get("change"):
        c = change.tables["change"][0]
        texts.append(f"{CHANGE_LESSON}{c['title']} (measured by {phrase(c['measure'])}).")
        channels = list(c.get("channels") or [])
    channels = channels or [None]
    return [
        {
            "campaign_id": report.campaign_id,
            "lesson": t,
            "channel": ch,
            "objective": objective,
            "audience": audience,
            "problem": problem,
        }
        for t in texts
        for ch in channels
    ]
