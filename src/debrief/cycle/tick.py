"""``debrief tick``: do what the review cycle needs today, once, and write down that it was done.

One call at any time of day (cron, a systemd timer, a CI schedule, Airflow) does what is due on
``today`` and records each step in the knowledge base, so a second call the same day does nothing
again and a call after a crash resumes without sending anything twice:

1. **Settle the outbox**: a message a dead tick was sending becomes ``unknown`` (never resent on its
   own, see :mod:`debrief.kb.outbox`); one whose meeting has passed ``expired``.
2. **Monthly review** of the month before (and the one before that while its meeting is ahead):
   after month end, when every required source has data up to the month's last day, or once the
   grace period has passed (saying which source is late), the review runs, is stored in the
   knowledge base, written to ``<out>/monthly-YYYY-MM/`` and rendered for each audience. Then the
   meeting is scheduled (owner, facilitator in rotation, channel owners) and the invitation
   planned with the report attached; the pre-read to each audience (email, and Slack) is planned
   for the pre-read day (24 hours before the meeting, earlier over weekends and holidays).
3. **Post-mortems**: a campaign that starts gets its post-mortem scheduled and the invitation sent
   at launch; when it ends, the invitation is sent again with the final date (same calendar
   entry); on the pre-read day the post-mortem runs, is stored, and goes to the attendees.
4. **Reminders** to the owners of post-mortem changes and monthly actions that fall due.
5. **Send** what is due: each message is claimed in the outbox, sent, and its outcome recorded.

Each step is a journal entry (:mod:`debrief.kb.journal`) or an outbox row with a unique key; see
``docs/cycle.md``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from debrief.cycle.context import Tick, TickResult, default_out_dir
from debrief.cycle.monthly import monthly
from debrief.cycle.postmortems import postmortems
from debrief.cycle.reminders import reminders
from debrief.cycle.send import send
from debrief.kb import outbox

if TYPE_CHECKING:
    from debrief.config import Settings

__all__ = ["TickResult", "default_out_dir", "run_tick"]


def run_tick(
    *,
    workspace: str,
    kb_url: str,
    settings: Settings,
    today: dt.date,
    out_dir: Path | None = None,
    dry_run: bool = False,
    environ: Mapping[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> TickResult:
    """Do what the review cycle needs on ``today`` (see the module docstring)."""
    from debrief.cycle.audiences import recipients
    from debrief.kb import KnowledgeBase
    from debrief.workspace import Workspace

    recipients(settings)  # a section that does not exist fails before anything happens
    tick = Tick(
        workspace=workspace,
        kb_url=kb_url,
        settings=settings,
        today=today,
        out_dir=out_dir or default_out_dir(kb_url),
        dry_run=dry_run,
        environ=os.environ if environ is None else environ,
        progress=progress,
    )
    kb = KnowledgeBase.open(kb_url, create=not dry_run)
    try:
        if kb is not None and not dry_run:
            outbox.settle_stale(kb)  # reported with every other unknown outcome below
            for d in outbox.expire_due(kb, today):
                tick.result.warnings.append(f"expired before it could be sent: {d.key}")
        with Workspace.open(workspace, read_only=True) as ws:
            monthly(tick, ws, kb)
            postmortems(tick, ws, kb)
        reminders(tick, kb)
        send(tick, kb)
        if kb is not None:
            for d in outbox.deliveries_of(kb, status="unknown"):
                line = (
                    f"unknown: delivery {d.id} ({d.key}) may or may not have arrived: check, then "
                    f"`debrief kb delivery {d.id} --status sent` or `--status pending` to send it "
                    "again"
                )
                tick.result.problems.append(line)
    finally:
        if kb is not None:
            kb.close()
    tick.result.warnings = list(dict.fromkeys(tick.result.warnings))
    return tick.result
