"""Reminders: the owner of each open post-mortem change and monthly action is reminded
``cycle.reminder_business_days`` business days before it falls due (once per due date)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from debrief.cycle import schedule

if TYPE_CHECKING:
    from debrief.cycle.context import Tick
    from debrief.kb.store import KnowledgeBase

__all__ = ["reminders"]


def reminders(t: Tick, kb: KnowledgeBase | None) -> None:
    if kb is None:
        return
    from debrief.kb import actions_of

    items = [
        ("change", ch, f"the {ch['campaign_id']} post-mortem", "change")
        for ch in kb.changes("agreed")
    ] + [
        ("action", a, f"the {a['period_end'].strftime('%Y-%m')} monthly review", "action")
        for a in actions_of(kb, status="open")
    ]
    for what, row, origin, cmd in items:
        due = row.get("due")
        if due is None:
            continue
        due = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due))
        on = schedule.reminder_date(due, t.s)
        if not on <= t.today <= due:
            continue
        addr = t.address(row.get("owner"), f"the owner of {what} {row['id']}")
        if not addr:
            continue
        t.plan(
            kb,
            key=f"reminder:{what}:{row['id']}:{due.isoformat()}:{addr}",
            cycle=f"reminder:{what}:{row['id']}",
            kind="reminder",
            channel="email",
            recipient=addr,
            due_on=on,
            expires_on=due,
            subject=f"Reminder: “{row['title']}” is due on {due.isoformat()}",
            detail={
                "title": row["title"],
                "due": due.isoformat(),
                "owner": row.get("owner"),
                "origin": origin,
                "measure": row.get("measure"),
                "command": f"debrief kb {cmd} {row['id']} --status done",
            },
        )
