"""Monthly actions in the knowledge base: the review's action plan, kept like a post-mortem's change.

Each action of a saved monthly review becomes a ``monthly_actions`` row: title, owner, due date,
the measure sentence, and from the action's lead finding the metric, its subject (campaign,
channel...), the value in the reviewed month (``baseline``) and the reference it was compared with
(``target``, of ``reference_kind`` target / prior_period / benchmark / plan). A person sets the
status (open, done, dropped: ``debrief kb action ID --status done``); the next month's review
measures the metric again and stores the result (``result``, ``measured_on``).

A rerun of the same month's review keeps what people recorded: an action with the same title keeps
its id, status and result; an open, unmeasured action the rerun no longer recommends is removed;
one that was acted on (done, dropped or measured) stays, detached from the replaced report.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from debrief.kb.tables import monthly_actions
from debrief.results import Report, jsonable

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase

__all__ = [
    "ACTION_STATUSES",
    "actions_of",
    "detach_actions",
    "record_action_result",
    "record_measured",
    "set_action_status",
    "store_actions",
]

ACTION_STATUSES = ("open", "done", "dropped")


def _lead_finding(report: Report, finding_ids: tuple[str, ...]) -> Any:
    by_id = {f.id: f for f in report.all_findings()}
    by_id.update({f.id: f for f in report.summary.insights})
    for fid in finding_ids:
        if fid in by_id:
            return by_id[fid]
    return None


def detach_actions(conn: sa.Connection, report_ids: list[int]) -> None:
    """Before reports are deleted (a rerun replaces them): their actions stay, without a report,
    until :func:`store_actions` matches them to the new review's actions."""
    if report_ids:
        conn.execute(
            sa.update(monthly_actions)
            .where(monthly_actions.c.report_id.in_(report_ids))
            .values(report_id=None)
        )


def store_actions(conn: sa.Connection, report_id: int, report: Report, on: dt.date) -> int:
    """Store the action plan of monthly review ``report`` (saved as ``report_id``) inside the
    caller's transaction; return the number of actions. See the module docstring for reruns."""
    start, end = report.period_start, report.period_end
    same_month = sa.and_(
        monthly_actions.c.period_start == start, monthly_actions.c.period_end == end
    )
    existing = {
        r.title: r
        for r in conn.execute(
            sa.select(monthly_actions).where(same_month).order_by(monthly_actions.c.id)
        )
    }
    kept: set[str] = set()
    for rank, action in enumerate(report.summary.actions, 1):
        lead = _lead_finding(report, action.finding_ids)
        values = {
            "report_id": report_id,
            "period_start": start,
            "period_end": end,
            "rank": rank,
            "title": action.title,
            "owner": action.owner,
            "due": action.due,
            "measure": action.measure,
            "metric": lead.metric if lead is not None else None,
            "subject": json.dumps(lead.subject if lead is not None else {}, default=str),
            "baseline": lead.actual if lead is not None else None,
            "target": lead.reference if lead is not None else None,
            "reference_kind": lead.reference_kind if lead is not None else None,
            "finding_ids": json.dumps(list(action.finding_ids)),
        }
        old = existing.get(action.title)
        if old is not None and action.title not in kept:
            conn.execute(
                sa.update(monthly_actions).where(monthly_actions.c.id == old.id).values(**values)
            )
        else:
            conn.execute(sa.insert(monthly_actions).values(**values, status="open", created_on=on))
        kept.add(action.title)
    stale = [
        r.id
        for title, r in existing.items()
        if title not in kept and r.status == "open" and r.result is None
    ]
    if stale:
        conn.execute(sa.delete(monthly_actions).where(monthly_actions.c.id.in_(stale)))
    conn.execute(
        sa.update(monthly_actions)
        .where(same_month, monthly_actions.c.title.not_in(kept or {""}))
        .values(report_id=None)
    )
    return len(report.summary.actions)


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row["subject"] = json.loads(row["subject"] or "{}")
    row["finding_ids"] = json.loads(row["finding_ids"] or "[]")
    row["result"] = json.loads(row["result"]) if row["result"] else None
    return row


def actions_of(
    kb: KnowledgeBase,
    *,
    period_end: dt.date | None = None,
    status: str | None = None,
    due_by: dt.date | None = None,
) -> list[dict[str, Any]]:
    """Monthly actions (decoded: subject, finding_ids and result as Python values), by id;
    narrowed to the review ending ``period_end``, a ``status``, or a due date on or before
    ``due_by``."""
    stmt = sa.select(monthly_actions).order_by(monthly_actions.c.id)
    if period_end is not None:
        stmt = stmt.where(monthly_actions.c.period_end == period_end)
    if status is not None:
        stmt = stmt.where(monthly_actions.c.status == status)
    if due_by is not None:
        stmt = stmt.where(monthly_actions.c.due <= due_by)
    with kb.engine.connect() as conn:
        return [_decode(dict(r._mapping)) for r in conn.execute(stmt)]


def set_action_status(
    kb: KnowledgeBase, action_id: int, status: str, on: dt.date | None = None
) -> None:
    """Mark a monthly action open, done or dropped (``on``: the day it was decided)."""
    if status not in ACTION_STATUSES:
        raise ValueError(f"status must be one of {', '.join(ACTION_STATUSES)}, not {status!r}")
    with kb.transaction() as conn:
        n = conn.execute(
            sa.update(monthly_actions)
            .where(monthly_actions.c.id == action_id)
            .values(status=status, status_on=on or dt.date.today())
        ).rowcount
    if n == 0:
        raise KeyError(f"no monthly action with id {action_id} (see `debrief kb actions`)")


def record_action_result(
    conn: sa.Connection, action_id: int, result: dict[str, Any], on: dt.date
) -> None:
    """Store the next month's measurement of an action (inside the caller's transaction)."""

    conn.execute(
        sa.update(monthly_actions)
        .where(monthly_actions.c.id == action_id)
        .values(result=json.dumps(jsonable(result)), measured_on=on)
    )


def record_measured(conn: sa.Connection, report: Report, on: dt.date) -> int:
    """Store on each earlier action the measurement this monthly review made of it (its
    ``follow_up`` stage's ``actions`` table), inside the caller's transaction; return how many."""
    stage = report.stages.get("follow_up")
    rows = stage.tables.get("actions", []) if stage is not None else []
    n = 0
    for row in rows:
        if row.get("measured") and row.get("action_id") is not None:
            record_action_result(conn, int(row["action_id"]), row, on)
            n += 1
    return n
