"""Sending: each due message is claimed in the outbox, sent, and its outcome recorded.

A channel that cannot be used this tick (connection refused, login refused, no webhook) stops:
the messages left wait for the next tick rather than failing one by one. A message whose file is
gone fails with the path to restore. An email pre-read carries the signed read-receipt link when
``delivery.base_url`` and the secret are set, else the report's link when there is one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debrief.kb import outbox

if TYPE_CHECKING:
    from debrief.cycle.context import Tick
    from debrief.kb.store import KnowledgeBase

__all__ = ["SEND_HOOK", "send"]

#: Called with ``(step, delivery key)`` around each send: ``claimed`` (before the send),
#: ``handed_over`` (the send returned, its outcome not yet recorded), then the outcome. Tests kill
#: the process there to prove a crash sends nothing twice. None in normal use.
SEND_HOOK: Callable[[str, str], None] | None = None


def send(t: Tick, kb: KnowledgeBase | None) -> None:
    if t.dry or kb is None:
        known = outbox.sendable(kb, t.today) if kb is not None else []
        for d in known:
            t.result.done.append(f"would send {d.kind} to {d.recipient} ({d.key})")
        for p in t._planned_now:
            t.result.done.append(f"would send {p['kind']} to {p['recipient']} ({p['key']})")
        return
    from debrief.cycle.compose import MissingFile, build_email
    from debrief.cycle.mail import Outcome, SmtpSender
    from debrief.cycle.slack import post_webhook

    smtp = SmtpSender(t.s.delivery.smtp, t.environ) if t.s.delivery.smtp else None
    stopped: dict[str, str] = {}
    left: dict[str, int] = {}
    secret = _receipt_secret(
        t,
    )
    try:
        for d in outbox.sendable(kb, t.today):
            if d.channel in stopped:
                left[d.channel] = left.get(d.channel, 0) + 1
                continue
            if d.channel == "email" and smtp is None:
                stopped["email"] = "no delivery.smtp in the settings"
                left["email"] = left.get("email", 0) + 1
                continue
            link, tracked = None, False
            try:
                if d.channel == "email":
                    assert smtp is not None and t.s.delivery.smtp is not None
                    link = _receipt_link(t, d, secret)
                    tracked = bool(link and secret and d.detail.get("receipt"))
                    msg = build_email(d, t.s.delivery.smtp, t.today, link)
                else:
                    payload = _load_json(d.detail["payload"])
                    url = t.webhook()
            except MissingFile as exc:
                if outbox.claim(kb, d.id):
                    outbox.finish(kb, d.id, "failed", error=str(exc))
                t.result.problems.append(f"{d.key}: {exc}")
                continue
            if d.channel == "slack" and url is None:
                stopped["slack"] = (
                    f"${t.s.delivery.slack_webhook_env} (the Slack webhook) is not set"
                )
                left["slack"] = left.get("slack", 0) + 1
                continue
            if not outbox.claim(kb, d.id):
                continue
            _hook("claimed", d.key)
            if d.channel == "email":
                assert smtp is not None
                outcome: Outcome = smtp.send(msg, d.recipient)
                mid = str(msg["Message-ID"])
            else:
                assert url is not None
                outcome = post_webhook(url, payload, t.s.delivery.timeout_seconds)
                mid = None
            _hook("handed_over", d.key)
            outbox.finish(
                kb,
                d.id,
                outcome.status,
                error=outcome.error,
                message_id=mid,
                note={"sent_on": t.today.isoformat(), "receipt_link": tracked},
            )
            _hook(outcome.status, d.key)
            if outcome.status == "sent":
                t.result.sent.append(d)
                t.result.done.append(f"sent {d.kind} to {d.recipient} ({d.key})")
            else:
                t.result.problems.append(f"{outcome.status}: {d.key}: {outcome.error}")
            if outcome.stop:
                stopped[d.channel] = outcome.error or "stopped"
    finally:
        if smtp is not None:
            smtp.close()
    for channel, n in left.items():
        t.result.problems.append(
            f"{n} {channel} message{'s' if n != 1 else ''} left for the next tick: "
            f"{stopped.get(channel)}"
        )


def _receipt_secret(t: Tick) -> str | None:
    if not t.s.delivery.base_url:
        return None
    name = t.s.delivery.receipt_secret_env
    secret = t.environ.get(name)
    if not secret:
        t.result.warnings.append(
            f"read receipts are off: delivery.base_url is set but ${name} is not"
        )
        return None
    return secret


def _receipt_link(t: Tick, d: outbox.Delivery, secret: str | None) -> str | None:
    from debrief.cycle.receipts import receipt_url

    base = t.s.delivery.base_url
    if d.kind != "pre_read" or not base:
        return None
    if secret and d.detail.get("receipt"):
        return receipt_url(base, d.id, secret)
    return t.report_link(d.report_id)


def _hook(step: str, key: str) -> None:
    if SEND_HOOK is not None:
        SEND_HOOK(step, key)


def _load_json(path: str) -> dict[str, Any]:
    from debrief.cycle.compose import MissingFile

    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError:
        raise MissingFile(f"{path} is gone: restore the review's folder") from None
