"""The review's follow-up: the seed's success metrics, measured (stage-like result ``follow_up``).

Fed from the knowledge base the way the ``commitments`` stage is, plus two workspace aggregates:

* ``delivery``: this review's completion — business days after month end against
  ``summary.report_business_days`` (the seed: "completed within 3 business days"; a review written
  after the following month had ended is a back-fill, whose delivery time is not measured: a note,
  not a finding); and the previous
  month's review: when it was completed, when its pre-read went out, and how many of its email
  readers opened it before the meeting (read receipts: "reviewed before the meeting: 3 of 4").
  Readers whose email carried no receipt link are not counted as unread: without links the count is
  n/a, not 0.
* ``actions``: the previous review's actions with their status ("N of M recommendations
  implemented" against ``cycle.implemented_target``, the seed's "at least 3") and each action's
  metric measured again: in the month it was recommended (as that review saw it, as of the day it
  was stored) and in this month (as of today), so both cohorts have had the same time to mature.
  An action is measured when its metric is in the post-mortem catalogue and its subject is a
  campaign or a channel; otherwise it is not measured (status only), never shown as 0.
* ``quarter``: the KPIs over the three months ending with this one against the three before
  ("performance trending positively quarter-over-quarter"), each with its favourable direction. A
  quarter the workspace's data does not fully cover is n/a.

Findings are observations (kind ``follow_up``); the summary repeats their sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.cycle.follow_up.actions import actions_rows, measure_action
from debrief.cycle.follow_up.common import STAGE
from debrief.cycle.follow_up.quarter import quarter_over_quarter, quarter_rows
from debrief.cycle.follow_up.review import previous_review, this_review
from debrief.cycle.settings import CycleSettings
from debrief.registry import Stage, Table, declare
from debrief.results import Finding, StageResult

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.kb.store import KnowledgeBase

__all__ = ["FOLLOW_UP", "STAGE", "follow_up_stage", "measure_action", "quarter_rows"]

#: The monthly review's follow-up, run by the engine after the stages (it reads the knowledge
#: base, which only the engine opens), like ``commitments``.
FOLLOW_UP = declare(
    Stage(
        name=STAGE,
        title="Follow-up",
        review="monthly_review",
        order=9,
        section="cycle",
        settings=CycleSettings,
        tables={
            "delivery": Table(
                {"review": "text", "completed_on": "date", "business_days": "count",
                 "due_within": "count", "on_time": "flag", "meeting": "text",
                 "pre_read_sent_on": "date", "readers": "count", "tracked_readers": "count",
                 "read_before_meeting": "count"},
                required=("review", "completed_on", "business_days", "due_within", "on_time"),
                always=True,
            ),
            "actions": Table(
                {"action_id": "number", "title": "text", "owner": "text", "due": "date",
                 "status": "text", "measured": "flag", "statement": "text", "metric": "text",
                 "subject": "text", "before": "metric", "after": "metric",
                 "difference": "metric", "diff_low": "metric", "diff_high": "metric",
                 "target": "metric", "target_reached": "flag"},
                required=("action_id", "title", "status", "measured", "statement"),
                shown=("title", "owner", "due", "status", "metric", "before", "after",
                       "difference", "target", "target_reached"),
            ),
            "quarter": Table(
                {"metric": "text", "label": "text", "unit": "text", "quarter": "text",
                 "actual": "metric", "prior_quarter": "metric", "change": "rate",
                 "favourable": "flag"},
                required=("metric", "actual", "prior_quarter", "change"),
            ),
        },
    )
)  # fmt: skip


def follow_up_stage(ctx: StageContext, kb: KnowledgeBase | None) -> StageResult:
    """The ``follow_up`` result of a monthly review (see the module docstring); ``kb`` is the open
    knowledge base the engine read, or None when there is none."""
    this_row, this_finding, backfill = this_review(ctx)
    delivery = [this_row]
    findings: list[Finding] = [this_finding] if this_finding else []
    actions: list[dict[str, Any]] = []
    notes: list[str] = [backfill] if backfill else []
    if kb is None:
        notes.append("No knowledge base: the previous review's delivery and actions are not known.")
    else:
        prev_row, prev_findings = previous_review(kb, ctx)
        delivery.append(prev_row)
        findings += prev_findings
        actions, action_findings = actions_rows(kb, ctx)
        findings += action_findings
    quarter, q_findings = quarter_over_quarter(ctx)
    findings += q_findings
    tables = {"delivery": delivery, "actions": actions, "quarter": quarter}
    return StageResult(
        stage=STAGE,
        tables={k: v for k, v in tables.items() if v},
        findings=tuple(findings),
        notes=tuple(notes),
        units={
            "quarter": {"change": "rate", "actual": "metric", "prior_quarter": "metric"},
            "actions": {k: "metric" for k in ("before", "after", "difference", "target")},
        },
    )
