"""What ``debrief tick`` did besides sending: each step once, resumable after a crash.

A step (run the October review, schedule FL-OFFER's post-mortem) is a ``cycle_events`` row with a
unique key. :func:`begin` claims it (``running``); :func:`complete` marks it ``done`` with what
it produced. A ``done`` step is never repeated; a ``running`` one older than the lease belonged to
a tick that died and is taken over by the next.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from debrief.kb.tables import cycle_events

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase

__all__ = ["LEASE", "abandon", "begin", "complete", "event", "events_of"]

#: A step still ``running`` after this long belongs to a tick that died: the next one redoes it.
LEASE = dt.timedelta(hours=1)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _decode(row: Any) -> dict[str, Any]:
    d = dict(row._mapping)
    d["detail"] = json.loads(d["detail"] or "{}")
    return d


def event(kb: KnowledgeBase, key: str) -> dict[str, Any] | None:
    """The step ``key`` (decoded detail), or None when it never started."""
    with kb.engine.connect() as conn:
        row = conn.execute(sa.select(cycle_events).where(cycle_events.c.key == key)).first()
    return _decode(row) if row is not None else None


def begin(
    kb: KnowledgeBase,
    key: str,
    *,
    cycle: str,
    kind: str,
    on: dt.date,
    detail: dict[str, Any] | None = None,
) -> bool:
    """Claim step ``key``; False when it is done or another tick is running it."""
    now = _now()
    values = {
        "key": key,
        "cycle": cycle,
        "kind": kind,
        "on_date": on,
        "status": "running",
        "started_at": now,
        "finished_at": None,
        "detail": json.dumps(detail or {}, default=str),
    }
    with kb.transaction() as conn:
        row = conn.execute(sa.select(cycle_events).where(cycle_events.c.key == key)).first()
        if row is None:
            try:
                with conn.begin_nested():
                    conn.execute(sa.insert(cycle_events).values(**values))
            except sa.exc.IntegrityError:
                return False
            return True
        if row.status == "done" or row.started_at >= now - LEASE:
            return False
        n = conn.execute(
            sa.update(cycle_events)
            .where(cycle_events.c.key == key, cycle_events.c.started_at == row.started_at)
            .values(**values)
        ).rowcount
        return n == 1


def complete(kb: KnowledgeBase, key: str, detail: dict[str, Any] | None = None) -> None:
    """Mark step ``key`` done, with what it produced."""
    with kb.transaction() as conn:
        conn.execute(
            sa.update(cycle_events)
            .where(cycle_events.c.key == key)
            .values(status="done", finished_at=_now(), detail=json.dumps(detail or {}, default=str))
        )


def events_of(
    kb: KnowledgeBase, *, cycle: str | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    stmt = sa.select(cycle_events).order_by(cycle_events.c.id)
    if cycle is not None:
        stmt = stmt.where(cycle_events.c.cycle == cycle)
    if kind is not None:
        stmt = stmt.where(cycle_events.c.kind == kind)
    with kb.engine.connect() as conn:
        return [_decode(r) for r in conn.execute(stmt)]


def abandon(kb: KnowledgeBase, key: str) -> None:
    """Release step ``key`` after it failed, so the next tick tries it again."""
    with kb.transaction() as conn:
        conn.execute(
            sa.delete(cycle_events).where(
                cycle_events.c.key == key, cycle_events.c.status == "running"
            )
        )
