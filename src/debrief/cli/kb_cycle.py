"""CLI: the review cycle's records in the knowledge base.

``debrief kb actions`` / ``kb action ID --status S`` (monthly actions), ``kb deliveries`` /
``kb delivery ID --status S`` (the outbox of ``debrief tick``) and ``kb ack`` (a read receipt).
Registered on ``kb_app`` of :mod:`debrief.cli.kb`.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from debrief.cli.common import DEFAULT_WS, KbOpt, WorkspaceOpt, cli_errors
from debrief.cli.kb import _open_kb, kb_app

__all__ = ["kb_ack", "kb_action", "kb_actions", "kb_deliveries", "kb_delivery"]


@kb_app.command("actions")
@cli_errors
def kb_actions(
    status: Annotated[str | None, typer.Option(help="Only open, done or dropped.")] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Monthly actions: owner, due date, status and what the next review measured."""
    from debrief.kb import actions_of

    store = _open_kb(kb, workspace)
    try:
        rows = actions_of(store, status=status)
    finally:
        store.close()
    for r in rows:
        typer.echo(
            f"{r['id']:>4} [{r['status']}] {r['period_end']:%Y-%m} due {r['due']} "
            f"{r['owner'] or ''}: {r['title']}"
        )
        res = r["result"]["statement"] if r["result"] else "not measured yet"
        typer.echo(f"       {res}")


@kb_app.command("action")
@cli_errors
def kb_action(
    action_id: Annotated[int, typer.Argument(help="Action id (from `kb actions`).")],
    status: Annotated[str, typer.Option(help="open, done or dropped.")],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Mark a monthly action done (implemented), dropped or open."""
    from debrief.kb import set_action_status

    store = _open_kb(kb, workspace)
    try:
        set_action_status(store, action_id, status)
    finally:
        store.close()
    typer.echo(f"Action {action_id}: {status}.")


@kb_app.command("deliveries")
@cli_errors
def kb_deliveries(
    status: Annotated[
        str | None, typer.Option(help="Only this status (pending, sent, failed, unknown...).")
    ] = None,
    cycle: Annotated[
        str | None, typer.Option(help="Only this cycle, e.g. monthly:2026-10.")
    ] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """What `debrief tick` sent, is about to send, or could not send."""
    from debrief.kb import deliveries_of

    store = _open_kb(kb, workspace)
    try:
        rows = deliveries_of(store, cycle=cycle, status=status)
    finally:
        store.close()
    for d in rows:
        when = (
            f"sent {d.detail.get('sent_on') or d.sent_at}"
            if d.status == "sent"
            else (f"due {d.due_on}")
        )
        typer.echo(f"{d.id:>4} [{d.status}] {when} {d.kind} {d.channel} {d.recipient}  {d.key}")
        if d.error and d.status != "sent":
            typer.echo(f"       {d.error}")


@kb_app.command("delivery")
@cli_errors
def kb_delivery(
    delivery_id: Annotated[int, typer.Argument(help="Delivery id (from `kb deliveries`).")],
    status: Annotated[
        str,
        typer.Option(
            help="pending: send it again at the next tick; sent: it did arrive; expired: give up."
        ),
    ],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Decide on a delivery whose outcome is unknown (or retry a rejected one)."""
    from debrief.kb import set_delivery_status

    store = _open_kb(kb, workspace)
    try:
        old = set_delivery_status(store, delivery_id, status)
    finally:
        store.close()
    typer.echo(f"Delivery {delivery_id} ({old.key}): {old.status} -> {status}.")


@kb_app.command("ack")
@cli_errors
def kb_ack(
    token: Annotated[
        str | None, typer.Argument(help="The token of the read link (the part after /read/).")
    ] = None,
    month: Annotated[str | None, typer.Option(help="The review's month, YYYY-MM.")] = None,
    email: Annotated[str | None, typer.Option(help="The reader's address.")] = None,
    at: Annotated[
        str | None, typer.Option(help="When it was read, ISO date-time (default: now, UTC).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Settings YAML (the secret's name).")] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Record that a reader read a delivered review: by the token of its read link, or by
    --month and --email."""
    from debrief.cycle.receipts import verify_receipt
    from debrief.engine import load_settings
    from debrief.errors import UserError
    from debrief.kb import deliveries_of, record_read

    when = dt.datetime.fromisoformat(at) if at else dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    store = _open_kb(kb, workspace)
    try:
        if token:
            name = load_settings(config).delivery.receipt_secret_env
            secret = os.environ.get(name)
            if not secret:
                raise UserError(
                    "cannot check the read link without its secret",
                    fix=f"export {name} as it is set where `debrief tick` runs",
                )
            delivery_id = verify_receipt(token, secret)
            if delivery_id is None:
                raise UserError(
                    "this read link is not one Debrief signed (or the secret changed)",
                    where=token[:80],
                )
        elif month and email:
            cycle = f"monthly:{month}"
            found = [
                d
                for d in deliveries_of(store, cycle=cycle, kind="pre_read")
                if d.recipient.lower() == email.strip().lower() and d.channel == "email"
            ]
            if not found:
                raise UserError(
                    f"no pre-read of the {month} review went to {email}",
                    fix=f"see `debrief kb deliveries --cycle {cycle}`",
                )
            delivery_id = found[0].id
        else:
            raise UserError("give the read link's TOKEN, or --month and --email")
        first = record_read(store, delivery_id, when, via="cli")
    finally:
        store.close()
    typer.echo(
        f"Delivery {delivery_id}: {'read' if first else 'read again'} at {when.isoformat()}."
    )
