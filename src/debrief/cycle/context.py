"""What one tick works with: its settings and date, and what it did (:class:`TickResult`).

The steps (:mod:`~debrief.cycle.monthly`, :mod:`~debrief.cycle.postmortems`,
:mod:`~debrief.cycle.reminders`, :mod:`~debrief.cycle.send`) take the :class:`Tick` and add to its
result. Helpers here resolve people to addresses (saying when one is missing), plan a delivery in
the outbox (or, in a dry run, only note it), and assign a meeting's facilitator once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debrief.cycle.people import next_facilitator
from debrief.kb import journal, outbox

if TYPE_CHECKING:
    from debrief.config import Settings
    from debrief.kb.store import KnowledgeBase

__all__ = ["Tick", "TickResult", "default_out_dir", "slug"]


@dataclass
class TickResult:
    today: dt.date
    dry_run: bool
    done: list[str] = field(default_factory=list)  # what it did (or would do)
    waiting: list[str] = field(default_factory=list)  # what is not due yet, and why
    warnings: list[str] = field(default_factory=list)  # settings to fix (missing addresses...)
    problems: list[str] = field(default_factory=list)  # sends that failed or may have failed
    sent: list[outbox.Delivery] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.problems else 0


def default_out_dir(kb_url: str) -> Path:
    """``debrief-cycle/`` beside a SQLite knowledge base, else in the current folder."""
    if kb_url.startswith("sqlite:///"):
        path = kb_url[len("sqlite:///") :]
        if path and path != ":memory:":
            return Path(path).resolve().parent / "debrief-cycle"
    return Path("debrief-cycle").resolve()


def slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "campaign"
    if slug != text:
        slug += "-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return slug


class Tick:
    """One tick's settings, date and findings, passed to each step."""

    def __init__(
        self,
        *,
        workspace: str,
        kb_url: str,
        settings: Settings,
        today: dt.date,
        out_dir: Path,
        dry_run: bool,
        environ: Mapping[str, str],
        progress: Callable[[str], None] | None,
    ) -> None:
        self.workspace = workspace
        self.kb_url = kb_url
        self.s = settings
        self.today = today
        self.out = out_dir
        self.dry = dry_run
        self.environ = environ
        self.progress = progress
        self.result = TickResult(today=today, dry_run=dry_run)
        self.country = settings.summary.country or None
        self._planned_now: list[dict[str, Any]] = []  # a dry run's would-be plans

    def say(self, text: str) -> None:
        if self.progress:
            self.progress(text)

    def address(self, name: str | None, role: str) -> str | None:
        if not name:
            return None
        addr = self.s.people.get(name)
        if addr is None:
            self.result.warnings.append(
                f"{role} {name!r} has no address in people: not invited or reminded (add "
                f"'{name}: email' under people:)"
            )
        return addr

    def plan(self, kb: KnowledgeBase | None, **kw: Any) -> None:
        if self.dry or kb is None:
            if kw["due_on"] <= self.today:
                self._planned_now.append(kw)
            return
        if outbox.plan_delivery(kb, **kw):
            self.say(f"planned {kw['kind']} {kw['key']}")

    def assign(
        self,
        kb: KnowledgeBase | None,
        key: str,
        cycle: str,
        owner: str | None,
        extra: dict[str, Any],
    ) -> dict[str, Any]:
        """The schedule of one meeting (facilitator in rotation), decided once."""
        ev = journal.event(kb, key) if kb is not None else None
        if ev is not None and ev["status"] == "done":
            return ev["detail"]
        previous = None
        if kb is not None:
            done = [e for e in journal.events_of(kb, kind="schedule") if e["status"] == "done"]
            previous = done[-1]["detail"].get("facilitator") if done else None
        facilitator = next_facilitator(self.s, owner, previous)
        detail = {"owner": owner, "facilitator": facilitator, **extra}
        if facilitator is None and self.s.facilitators:
            self.result.warnings.append(
                f"{cycle}: every facilitator listed is the owner ({owner}); no facilitator"
            )
        if (
            not self.dry
            and kb is not None
            and journal.begin(kb, key, cycle=cycle, kind="schedule", on=self.today, detail=detail)
        ):
            journal.complete(kb, key, detail)
        return detail

    def attendees(
        self, owner: str | None, facilitator: str | None, others: list[str]
    ) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        seen: set[str] = set()
        for name, role, kind in [
            (owner, "REQ-PARTICIPANT", "owner"),
            (facilitator, "CHAIR", "facilitator"),
            *((n, "REQ-PARTICIPANT", "channel owner") for n in others),
        ]:
            addr = self.address(name, kind)
            if addr and addr not in seen:
                seen.add(addr)
                out.append({"name": str(name), "email": addr, "role": role})
        return out

    def webhook(self) -> str | None:
        d = self.s.delivery
        if d.slack_webhook:
            return d.slack_webhook
        if d.slack_webhook_env:
            return self.environ.get(d.slack_webhook_env) or None
        return None

    def step_failed(self, kb: KnowledgeBase, key: str, what: str, exc: Exception) -> None:
        """Record that a step failed (the next tick tries it again) and say why."""
        from debrief.errors import UserError

        journal.abandon(kb, key)
        if isinstance(exc, UserError):
            why = exc.message()
        else:
            why = (
                f"{type(exc).__name__}: {str(exc).strip()[:300]} (a bug in Debrief: run the "
                "same review by hand with --debug to see where)"
            )
        self.result.problems.append(f"{what} failed, tried again at the next tick: {why}")

    def report_link(self, report_id: int | None) -> str | None:
        """The web app's page of a stored report, when delivery.base_url is set."""
        base = self.s.delivery.base_url
        return f"{base.rstrip('/')}/reports/{report_id}" if base and report_id else None
