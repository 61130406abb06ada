"""The messages of the cycle, built at send time from what the outbox row recorded.

Each delivery's ``detail`` holds everything its message needs (file paths of the rendered review,
the meeting, the attendees, the reminder's subject), so a message sent at a later tick, or again
after a failure, is the same message. Kinds:

* ``pre_read``: HTML body (a line about the meeting and the read link, then the review as rendered
  for the audience's sections), the same as text for mail readers without HTML, the PDF attached;
* ``invitation``: a text body with the agenda, the iCalendar request inline (``text/calendar;
  method=REQUEST``) and as ``invite.ics``, and the pre-read attached when there is one;
* ``reminder``: a short text naming the change or action, its due date, its measure and the
  command that closes it.

Strings from data reach the HTML only through :func:`html.escape` (the review's own HTML is
escaped by its renderer).
"""

from __future__ import annotations

import datetime as dt
import html
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from debrief.cycle.ics import Attendee, invitation
from debrief.cycle.mail import new_message

if TYPE_CHECKING:
    from email.message import EmailMessage

    from debrief.cycle.settings import SmtpSettings
    from debrief.kb.outbox import Delivery

__all__ = ["MissingFile", "build_email", "meeting_label"]


class MissingFile(Exception):
    """A file the message attaches or shows is gone (the message says which)."""


def meeting_label(start_iso: str, tz: str) -> str:
    """``Thu 5 Nov 2026, 10:00 Europe/Paris``."""
    start = dt.datetime.fromisoformat(start_iso).astimezone(ZoneInfo(tz))
    return f"{start:%a} {start.day} {start:%b %Y}, {start:%H:%M} {tz}"


def _read(path: str, binary: bool = False) -> Any:
    p = Path(path)
    try:
        return p.read_bytes() if binary else p.read_text(encoding="utf-8")
    except OSError:
        raise MissingFile(
            f"{p} is gone: the review it belongs to was written there by an earlier tick; "
            "restore the folder (or point --out at it) and the next tick sends it"
        ) from None


def _attach(msg: EmailMessage, paths: list[str]) -> None:
    for path in paths:
        data = _read(path, binary=True)
        ctype, _ = mimetypes.guess_type(path)
        if path.endswith(".md"):
            ctype = "text/markdown"
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=Path(path).name)


def _banner(d: Delivery, today: dt.date, link: str | None) -> tuple[str, str]:
    """The pre-read's opening lines, as HTML and as text."""
    det = d.detail
    when = meeting_label(det["start"], det["tz"])
    lines = [f"Pre-read for the meeting on {when}."]
    if today > d.due_on:
        lines.append(
            f"Sent on {today.isoformat()}, later than planned ({d.due_on.isoformat()}): less than "
            "24 hours before the meeting."
        )
    if det.get("late_sources"):
        lines.append(
            "The review ran without waiting longer for late data: "
            + "; ".join(det["late_sources"])
            + "."
        )
    if det.get("pdf"):
        lines.append(f"The full report is attached ({Path(det['pdf']).name}).")
    if det.get("sections_label"):
        lines.append(f"Sections for {d.audience}: {det['sections_label']}.")
    text = "\n".join(lines)
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    if link:
        safe = html.escape(link, quote=True)
        body += (
            f'<p><a href="{safe}">Open the review</a> — opening it tells the team you have '
            "read it before the meeting.</p>"
        )
        text += f"\nOpen the review (and record that you read it): {link}"
    style = "border:1px solid #d9e2ec;background:#f0f4f8;padding:8px 12px;margin:0 0 16px"
    return f'<div style="{style}">{body}</div>', text


def _pre_read(msg: EmailMessage, d: Delivery, today: dt.date, link: str | None) -> None:
    det = d.detail
    banner_html, banner_text = _banner(d, today, link)
    page = _read(det["html"])
    text = banner_text + "\n\n" + (_read(det["text"]) if det.get("text") else "")
    marker = "<main>"
    page = page.replace(marker, marker + banner_html, 1) if marker in page else banner_html + page
    msg.set_content(text)
    msg.add_alternative(page, subtype="html")
    _attach(msg, [p for p in [det.get("pdf"), *det.get("attachments", [])] if p])


def _invitation(msg: EmailMessage, d: Delivery, smtp: SmtpSettings) -> None:
    det = d.detail
    start = dt.datetime.fromisoformat(det["start"])
    attendees = [
        Attendee(a.get("name"), a["email"], a.get("role", "REQ-PARTICIPANT"))
        for a in det["attendees"]
    ]
    ics = invitation(
        uid=det["uid"],
        sequence=int(det.get("sequence", 0)),
        start=start,
        minutes=int(det["minutes"]),
        summary=det["summary"],
        description=det["description"],
        organizer=Attendee("Debrief", smtp.sender, "CHAIR"),
        attendees=attendees,
        url=det.get("url"),
    )
    when = meeting_label(det["start"], det["tz"])
    msg.set_content(f"{det['summary']}\n{when}, {det['minutes']} minutes\n\n{det['description']}\n")
    msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    msg.add_attachment(
        ics.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics"
    )
    _attach(msg, list(det.get("attachments", [])))


def _reminder(msg: EmailMessage, d: Delivery) -> None:
    det = d.detail
    lines = [
        f"Reminder: “{det['title']}” is due on {det['due']}.",
        f"It was agreed in {det['origin']} with {det['owner']} as owner.",
    ]
    if det.get("measure"):
        lines.append(f"How it will be measured: {det['measure']}.")
    lines.append(f"When it is done (or dropped), record it: {det['command']}")
    msg.set_content("\n".join(lines) + "\n")


def build_email(
    d: Delivery, smtp: SmtpSettings, today: dt.date, link: str | None = None
) -> EmailMessage:
    """The email of delivery ``d`` (see the module docstring); raises :class:`MissingFile`."""
    msg = new_message(
        sender=smtp.sender, recipient=d.recipient, subject=d.subject or "Debrief", key=d.key
    )
    if d.kind == "pre_read":
        _pre_read(msg, d, today, link)
    elif d.kind == "invitation":
        _invitation(msg, d, smtp)
    elif d.kind == "reminder":
        _reminder(msg, d)
    else:
        raise ValueError(f"unknown delivery kind {d.kind!r}")
    return msg
