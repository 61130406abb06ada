"""Slack through an incoming webhook: a Block Kit message with the KPIs, key insights and actions.

:func:`post_webhook` sends one JSON payload and classifies the outcome like the SMTP sender: a
connection that cannot be made or a request that cannot be written is ``failed`` (retried at the
next tick); a 2xx answer is ``sent``; 408, 429 and 5xx are ``failed``; any other 4xx (an invalid
payload, a revoked webhook) is ``rejected``; no answer after the whole request went out is
``unknown``. The webhook URL is a secret (whoever has it can post): messages name only its host.

:func:`review_blocks` builds the message from a finished report; every string from data is
escaped for Slack's mrkdwn (``&``, ``<``, ``>``) and cut to Block Kit's limits.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from debrief.cycle.mail import Outcome

if TYPE_CHECKING:
    from debrief.results import Report

__all__ = ["mrkdwn", "post_webhook", "review_blocks", "webhook_host"]

_SECTION_LIMIT = 3000
_FIELD_LIMIT = 2000


def mrkdwn(text: Any) -> str:
    """Text from data made safe for Slack's mrkdwn: no links, mentions or markup injected."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def webhook_host(url: str) -> str:
    return urlsplit(url).hostname or "the webhook"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text, _SECTION_LIMIT)}}


def review_blocks(
    report: Report,
    *,
    heading: str,
    currency: str = "USD",
    link: str | None = None,
    insights: int = 5,
) -> dict[str, Any]:
    """The Slack payload for a review: header, a line of context, KPI fields, key insights and
    the action plan (each with owner and due date), and a link to the report when there is one."""
    from debrief.render.format import format_value, kpi_table

    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _cut(report.title, 150)}},
        _section(mrkdwn(heading)),
    ]
    fields = []
    for row in kpi_table(report.summary.kpis)[:10]:
        label = row.get("label") or row["metric"]
        value = format_value(row.get("actual"), row["metric"], currency)
        extra = ""
        if row.get("target") is not None:
            extra = f" (target {format_value(row['target'], row['metric'], currency)})"
        fields.append(
            {
                "type": "mrkdwn",
                "text": _cut(f"*{mrkdwn(label)}*\n{mrkdwn(value + extra)}", _FIELD_LIMIT),
            }
        )
    if fields:
        blocks.append({"type": "section", "fields": fields})
    found = [f.statement for f in report.summary.insights[:insights]]
    if found:
        blocks.append(_section("*Key insights*\n" + "\n".join(f"• {mrkdwn(s)}" for s in found)))
    acts = [
        f"• {mrkdwn(a.title)} — {mrkdwn(a.owner)}, due {a.due.isoformat()}"
        for a in report.summary.actions
    ]
    if acts:
        blocks.append(_section("*Actions*\n" + "\n".join(acts)))
    if link:
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": f"<{link}|The full report>"}],
            }
        )
    text = f"{report.title}: {heading}"  # the notification's plain text
    return {"text": _cut(text, _SECTION_LIMIT), "blocks": blocks}


def post_webhook(url: str, payload: dict[str, Any], timeout: float = 20.0) -> Outcome:
    """POST ``payload`` as JSON to the incoming webhook ``url``; see the module docstring."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    where = f"the Slack webhook at {host}"
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    body = json.dumps(payload).encode("utf-8")
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(
            host, parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, parts.port, timeout=timeout)
    try:
        try:
            conn.connect()
        except (OSError, http.client.HTTPException) as exc:
            return Outcome("failed", f"cannot reach {where}: {_why(exc)}", stop=True)
        try:
            conn.request(
                "POST", path, body=body, headers={"Content-Type": "application/json; charset=utf-8"}
            )
        except (OSError, http.client.HTTPException) as exc:
            return Outcome("failed", f"{where} broke the connection: {_why(exc)}", stop=True)
        try:
            response = conn.getresponse()
            answer = response.read(500).decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as exc:
            return Outcome(
                "unknown",
                f"the message went to {where} but no answer came ({_why(exc)}): it may have been "
                "posted",
                stop=True,
            )
    finally:
        conn.close()
    code = response.status
    if 200 <= code < 300:
        return Outcome("sent")
    text = " ".join(answer.split())[:200]
    if code in (408, 429) or code >= 500:
        return Outcome("failed", f"{where} answered {code} {text}: retried at the next tick")
    return Outcome("rejected", f"{where} refused the message: {code} {text}")


def _why(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    text = str(exc).strip()
    return text[:200] if text else type(exc).__name__
