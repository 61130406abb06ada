"""Read receipts: who opened the delivered review, and when.

A pre-read email carries a signed link (:mod:`debrief.cycle.receipts` signs and verifies it); the
web app, or ``debrief kb ack``, records the first and the last time it was opened against the
delivery it came in. "Reviewed before the meeting: 3 of 4" compares ``first_read_at`` with the
meeting's start.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from debrief.kb.tables import deliveries, read_receipts

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase

__all__ = ["READ_VIA", "receipts_of", "record_read"]

READ_VIA = ("link", "cli")


def record_read(
    kb: KnowledgeBase, delivery_id: int, at: dt.datetime | None = None, via: str = "link"
) -> bool:
    """Record that the recipient of ``delivery_id`` read it at ``at`` (UTC, default now); True
    for the first read, False for a later one (which only moves ``last_read_at`` and counts)."""
    if via not in READ_VIA:
        raise ValueError(f"via must be one of {', '.join(READ_VIA)}, not {via!r}")
    at = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    with kb.transaction() as conn:
        d = conn.execute(sa.select(deliveries).where(deliveries.c.id == delivery_id)).first()
        if d is None:
            raise KeyError(f"no delivery with id {delivery_id} (see `debrief kb deliveries`)")
        old = conn.execute(
            sa.select(read_receipts).where(read_receipts.c.delivery_id == delivery_id)
        ).first()
        if old is None:
            conn.execute(
                sa.insert(read_receipts).values(
                    delivery_id=delivery_id,
                    cycle=d.cycle,
                    recipient=d.recipient,
                    audience=d.audience,
                    first_read_at=at,
                    last_read_at=at,
                    reads=1,
                    via=via,
                )
            )
            return True
        conn.execute(
            sa.update(read_receipts)
            .where(read_receipts.c.delivery_id == delivery_id)
            .values(
                first_read_at=min(old.first_read_at, at),
                last_read_at=max(old.last_read_at, at),
                reads=read_receipts.c.reads + 1,
            )
        )
        return False


def receipts_of(kb: KnowledgeBase, cycle: str) -> list[dict[str, Any]]:
    """The read receipts of one cycle (``monthly:2026-10``), by delivery."""
    stmt = (
        sa.select(read_receipts)
        .where(read_receipts.c.cycle == cycle)
        .order_by(read_receipts.c.delivery_id)
    )
    with kb.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]
