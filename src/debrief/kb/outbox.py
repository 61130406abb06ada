"""The outbox of ``debrief tick``: every message is written down before it is sent.

A delivery is one message to one recipient (an email address, or a Slack webhook) with a unique
``key`` that names what it is (``monthly:2026-10:pre_read:email:vp@example.com``). Its life:

* ``pending``  planned (:func:`plan_delivery`; a key already planned is left as it is, so a second
  tick the same day plans nothing new);
* ``sending``  claimed by one tick just before the send (:func:`claim`, an atomic update: two
  ticks at once cannot both send it);
* ``sent``     the server accepted it (SMTP 250 after the message, HTTP 2xx);
* ``failed``   it was not handed over (connection refused, timeout before the message went out, a
  temporary 4xx): the next tick tries again;
* ``rejected`` the server refused it for good (SMTP 5xx, HTTP 4xx): not retried, reported;
* ``unknown``  it may or may not have arrived: the connection broke after the whole message was
  handed over, or a tick died while sending (a ``sending`` row older than the lease). **Never
  resent on its own**: sending again could deliver it twice, and a reader who gets the review twice
  is the failure this table exists to prevent. A person checks and decides with
  ``debrief kb delivery ID --status pending`` (send again) or ``--status sent``. Every tick lists
  the unknown ones until then.
* ``expired``  its moment passed before it could be sent (the meeting it prepares has started).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from debrief.kb.tables import deliveries

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase

__all__ = [
    "DELIVERY_STATUSES",
    "LEASE",
    "Delivery",
    "claim",
    "deliveries_of",
    "expire_due",
    "finish",
    "plan_delivery",
    "sendable",
    "set_delivery_status",
    "settle_stale",
]

DELIVERY_STATUSES = ("pending", "sending", "sent", "failed", "rejected", "unknown", "expired")
#: Statuses a person may set by hand: send again (pending), confirm (sent), or give up (expired).
MANUAL_STATUSES = ("pending", "sent", "expired")
#: How long a ``sending`` claim holds: an older one belongs to a tick that died mid-send.
LEASE = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class Delivery:
    id: int
    key: str
    cycle: str
    kind: str
    channel: str
    recipient: str
    audience: str | None
    subject: str | None
    due_on: dt.date
    expires_on: dt.date | None
    status: str
    attempts: int
    error: str | None
    message_id: str | None
    report_id: int | None
    detail: dict[str, Any]
    sent_at: dt.datetime | None = None

    @classmethod
    def from_row(cls, r: Any) -> Delivery:
        m = r._mapping
        return cls(
            id=int(m["id"]),
            key=m["key"],
            cycle=m["cycle"],
            kind=m["kind"],
            channel=m["channel"],
            recipient=m["recipient"],
            audience=m["audience"],
            subject=m["subject"],
            due_on=m["due_on"],
            expires_on=m["expires_on"],
            status=m["status"],
            attempts=int(m["attempts"] or 0),
            error=m["error"],
            message_id=m["message_id"],
            report_id=m["report_id"],
            detail=json.loads(m["detail"] or "{}"),
            sent_at=m["sent_at"],
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def plan_delivery(
    kb: KnowledgeBase,
    *,
    key: str,
    cycle: str,
    kind: str,
    channel: str,
    recipient: str,
    due_on: dt.date,
    expires_on: dt.date | None = None,
    audience: str | None = None,
    subject: str | None = None,
    report_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> bool:
    """Write a pending delivery unless ``key`` is already planned; True when it was new."""
    values = {
        "key": key,
        "cycle": cycle,
        "kind": kind,
        "channel": channel,
        "recipient": recipient,
        "audience": audience,
        "subject": subject,
        "due_on": due_on,
        "expires_on": expires_on,
        "status": "pending",
        "attempts": 0,
        "created_at": _now(),
        "report_id": report_id,
        "detail": json.dumps(detail or {}, default=str),
    }
    with kb.transaction() as conn:
        if conn.execute(sa.select(deliveries.c.id).where(deliveries.c.key == key)).first():
            return False
        try:
            with conn.begin_nested():
                conn.execute(sa.insert(deliveries).values(**values))
        except sa.exc.IntegrityError:  # another tick planned it between the check and the insert
            return False
    return True


def sendable(kb: KnowledgeBase, today: dt.date) -> list[Delivery]:
    """Pending and failed deliveries due by ``today`` and not expired, oldest first."""
    stmt = (
        sa.select(deliveries)
        .where(
            deliveries.c.status.in_(("pending", "failed")),
            deliveries.c.due_on <= today,
            sa.or_(deliveries.c.expires_on.is_(None), deliveries.c.expires_on >= today),
        )
        .order_by(deliveries.c.due_on, deliveries.c.id)
    )
    with kb.engine.connect() as conn:
        return [Delivery.from_row(r) for r in conn.execute(stmt)]


def claim(kb: KnowledgeBase, delivery_id: int) -> bool:
    """Mark a pending or failed delivery ``sending`` (attempts + 1); False when another tick has
    it or it is no longer sendable. Committed before the send starts."""
    with kb.transaction() as conn:
        n = conn.execute(
            sa.update(deliveries)
            .where(deliveries.c.id == delivery_id, deliveries.c.status.in_(("pending", "failed")))
            .values(status="sending", attempts=deliveries.c.attempts + 1, attempted_at=_now())
        ).rowcount
    return n == 1


def finish(
    kb: KnowledgeBase,
    delivery_id: int,
    status: str,
    *,
    error: str | None = None,
    message_id: str | None = None,
    note: dict[str, Any] | None = None,
) -> None:
    """Record the outcome of a send: sent, failed, rejected or unknown; ``note`` is merged into
    the delivery's detail (how it was sent, e.g. whether it carried a read-receipt link)."""
    if status not in ("sent", "failed", "rejected", "unknown"):
        raise ValueError(f"a send ends sent, failed, rejected or unknown, not {status!r}")
    values: dict[str, Any] = {"status": status, "error": error}
    if message_id is not None:
        values["message_id"] = message_id
    if status == "sent":
        values["sent_at"] = _now()
    with kb.transaction() as conn:
        if note:
            old = conn.execute(
                sa.select(deliveries.c.detail).where(deliveries.c.id == delivery_id)
            ).scalar_one()
            values["detail"] = json.dumps({**json.loads(old or "{}"), **note}, default=str)
        conn.execute(sa.update(deliveries).where(deliveries.c.id == delivery_id).values(**values))


def settle_stale(kb: KnowledgeBase, now: dt.datetime | None = None) -> list[Delivery]:
    """``sending`` deliveries whose claim is older than :data:`LEASE` belonged to a tick that died
    mid-send: mark them ``unknown`` (see the module docstring) and return them."""
    cutoff = (now or _now()) - LEASE
    with kb.transaction() as conn:
        rows = [
            Delivery.from_row(r)
            for r in conn.execute(
                sa.select(deliveries).where(
                    deliveries.c.status == "sending", deliveries.c.attempted_at < cutoff
                )
            )
        ]
        if rows:
            conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.id.in_([d.id for d in rows]))
                .values(
                    status="unknown",
                    error="the tick sending it stopped before the outcome was recorded",
                )
            )
    return rows


def expire_due(kb: KnowledgeBase, today: dt.date) -> list[Delivery]:
    """Pending or failed deliveries whose last useful day has passed: mark them expired."""
    with kb.transaction() as conn:
        rows = [
            Delivery.from_row(r)
            for r in conn.execute(
                sa.select(deliveries).where(
                    deliveries.c.status.in_(("pending", "failed")),
                    deliveries.c.expires_on < today,
                )
            )
        ]
        if rows:
            conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.id.in_([d.id for d in rows]))
                .values(status="expired")
            )
    return rows


def deliveries_of(
    kb: KnowledgeBase,
    *,
    cycle: str | None = None,
    status: str | None = None,
    kind: str | None = None,
) -> list[Delivery]:
    """Deliveries by id, narrowed to a cycle, status or kind."""
    stmt = sa.select(deliveries).order_by(deliveries.c.id)
    if cycle is not None:
        stmt = stmt.where(deliveries.c.cycle == cycle)
    if status is not None:
        stmt = stmt.where(deliveries.c.status == status)
    if kind is not None:
        stmt = stmt.where(deliveries.c.kind == kind)
    with kb.engine.connect() as conn:
        return [Delivery.from_row(r) for r in conn.execute(stmt)]


def set_delivery_status(kb: KnowledgeBase, delivery_id: int, status: str) -> Delivery:
    """A person's decision on a delivery: ``pending`` sends it again at the next tick, ``sent``
    confirms it arrived, ``expired`` gives it up. Returns the delivery as it was."""
    if status not in MANUAL_STATUSES:
        raise ValueError(
            f"a delivery can be set to {', '.join(MANUAL_STATUSES)} by hand, not {status!r}"
        )
    with kb.transaction() as conn:
        row = conn.execute(sa.select(deliveries).where(deliveries.c.id == delivery_id)).first()
        if row is None:
            raise KeyError(f"no delivery with id {delivery_id} (see `debrief kb deliveries`)")
        values: dict[str, Any] = {"status": status}
        if status == "sent":
            values["sent_at"] = row._mapping["sent_at"] or _now()
        conn.execute(sa.update(deliveries).where(deliveries.c.id == delivery_id).values(**values))
    return Delivery.from_row(row)
