"""Calendar invitations: iCalendar (RFC 5545) with METHOD:REQUEST, one event each.

The monthly meeting and each post-mortem are events with a stable UID (the same meeting sent again
carries the same UID and a higher SEQUENCE, so a calendar updates the entry instead of adding a
second one). Times are written in UTC (``...Z``): no VTIMEZONE block to get wrong, and every
client shows them in the reader's own zone. Text is escaped (backslash, ``;``, ``,``, newlines),
parameter values are quoted and stripped of quotes and control characters, and lines are folded at
75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Attendee", "invitation"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Attendee:
    name: str | None
    email: str
    role: str = "REQ-PARTICIPANT"  # CHAIR for the facilitator


def _text(value: str) -> str:
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _param(value: str) -> str:
    """A parameter value (CN=...): quoted, without quotes or control characters inside."""
    clean = _CONTROL.sub("", value.replace('"', "'").replace("\n", " "))
    return f'"{clean}"'


def _address(email: str) -> str:
    if any(c in email for c in '\r\n"<>:;, ') or "@" not in email:
        raise ValueError(f"{email!r} is not an address a calendar invitation can carry")
    return f"mailto:{email}"


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (continuation lines start with one space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # inside a UTF-8 character
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74  # the leading space of a continuation line counts
    return "\r\n ".join(parts)


def _utc(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("invitation times must carry a time zone")
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def invitation(
    *,
    uid: str,
    start: dt.datetime,
    minutes: int,
    summary: str,
    description: str,
    organizer: Attendee,
    attendees: Sequence[Attendee],
    sequence: int = 0,
    stamp: dt.datetime | None = None,
    url: str | None = None,
) -> str:
    """One VCALENDAR (METHOD:REQUEST) holding one VEVENT; CRLF line ends as the RFC requires."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Debrief//review cycle//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{_text(uid)}",
        f"SEQUENCE:{int(sequence)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(start + dt.timedelta(minutes=minutes))}",
        f"SUMMARY:{_text(summary)}",
        f"DESCRIPTION:{_text(description)}",
        f"ORGANIZER;CN={_param(organizer.name or organizer.email)}:{_address(organizer.email)}",
    ]
    for a in attendees:
        cn = f";CN={_param(a.name)}" if a.name else ""
        lines.append(
            f"ATTENDEE{cn};ROLE={a.role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:{_address(a.email)}"
        )
    if url:
        lines.append(f"URL:{_CONTROL.sub('', url)}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
