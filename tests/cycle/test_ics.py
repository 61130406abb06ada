"""iCalendar invitations, read back with the icalendar library (a peer, not our parser)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debrief.cycle.ics import Attendee, invitation

from .servers import require

START = dt.datetime(2026, 8, 17, 10, 0, tzinfo=dt.UTC)


def _parse(text: str):
    icalendar = require("icalendar")
    cal = icalendar.Calendar.from_ical(text)
    (event,) = cal.walk("VEVENT")
    return cal, event


def _invite(**kw) -> str:
    args = {
        "uid": "debrief-postmortem-FL-OFFER",
        "start": START,
        "minutes": 60,
        "summary": "Post-mortem: Free trial offer (FL-OFFER)",
        "description": "Agenda:\n1. Timeline (15 min)",
        "organizer": Attendee("Debrief", "reviews@example.com", "CHAIR"),
        "attendees": [
            Attendee("Priya Raman", "priya@example.com"),
            Attendee("Dana Whitfield", "dana@example.com", "CHAIR"),
        ],
    }
    args.update(kw)
    return invitation(**args)


def test_a_request_with_attendees_and_times_in_utc() -> None:
    text = _invite(sequence=1, url="https://debrief.example.com/reports/3")
    assert "\r\n" in text and all(len(x.encode()) <= 75 for x in text.split("\r\n"))
    cal, ev = _parse(text)
    assert str(cal["METHOD"]) == "REQUEST" and str(cal["VERSION"]) == "2.0"
    assert str(ev["UID"]) == "debrief-postmortem-FL-OFFER" and int(ev["SEQUENCE"]) == 1
    assert ev["DTSTART"].dt == START and ev["DTEND"].dt == START + dt.timedelta(minutes=60)
    assert [str(a) for a in ev["ATTENDEE"]] == [
        "mailto:priya@example.com",
        "mailto:dana@example.com",
    ]
    assert ev["ATTENDEE"][1].params["ROLE"] == "CHAIR"
    assert ev["ATTENDEE"][0].params["CN"] == "Priya Raman"
    assert str(ev["ORGANIZER"]) == "mailto:reviews@example.com"
    assert str(ev["DESCRIPTION"]) == "Agenda:\n1. Timeline (15 min)"
    assert str(ev["URL"]) == "https://debrief.example.com/reports/3"


def test_a_start_in_another_zone_is_written_in_utc() -> None:
    from zoneinfo import ZoneInfo

    paris = dt.datetime(2026, 8, 17, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    _, ev = _parse(_invite(start=paris))
    assert ev["DTSTART"].dt == dt.datetime(2026, 8, 17, 8, 0, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="time zone"):
        _invite(start=dt.datetime(2026, 8, 17, 10, 0))


def test_names_and_text_from_data_cannot_break_the_calendar() -> None:
    evil = 'Q3; "sale", \\ x\r\nATTENDEE:mailto:attacker@evil.test\nEND:VEVENT'
    text = _invite(
        summary=evil,
        description=evil,
        attendees=[Attendee('Tomás "T" Ortega;ROLE=CHAIR:', "tomas@example.com")],
    )
    _, ev = _parse(text)
    assert "attacker" not in "".join(str(a) for a in ev["ATTENDEE"])
    assert str(ev["SUMMARY"]) == evil.replace("\r\n", "\n")
    assert ev["ATTENDEE"].params["CN"] == "Tomás 'T' Ortega;ROLE=CHAIR:"
    lines = text.split("\r\n")
    assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1
    with pytest.raises(ValueError):
        _invite(attendees=[Attendee("x", "a@b.c\r\nATTENDEE:mailto:z@z.z")])


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_any_text_round_trips(text: str) -> None:
    _, ev = _parse(_invite(summary=text or "x", description=text))
    clean = "".join(
        c
        for c in text.replace("\r\n", "\n").replace("\r", "\n")
        if c in "\n\t" or (ord(c) >= 0x20 and c != "\x7f")
    )
    assert str(ev["DESCRIPTION"]) == clean
