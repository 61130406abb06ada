"""``debrief tick`` on generated companies with real local servers: once per day, resumable after a
crash without sending twice, a refused or silent server retried at the next tick, late data named."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from debrief.cycle.tick import run_tick
from debrief.engine import load_settings
from debrief.kb import KnowledgeBase, deliveries_of, journal
from debrief.kb.tables import deliveries

from .company import Spec, build
from .servers import SilentServer, free_port, require, start_smtp

D = dt.date
# Launches on Mon 12 Oct, after the September review's meeting (Tue 6 Oct): the launch-day ticks
# send only the post-mortem's invitations.
FLIGHT = ("FL-X", D(2026, 10, 12), D(2026, 10, 20), "Ana Costa", "paid_search")


def _config(tmp_path: Path, smtp_port: int, **extra) -> Path:
    cfg = {
        "delivery": {
            "smtp": {
                "host": "127.0.0.1",
                "port": smtp_port,
                "sender": "reviews@example.com",
                "starttls": False,
                "timeout_seconds": 1,
            },
            "audiences": {
                "leadership": {"email": ["vp@example.com"]},
                "marketing_ops": {"email": ["ops@example.com"]},
            },
        },
        "people": {
            "Ana Costa": "ana@example.com",
            "Ben Okafor": "ben@example.com",
            "Chen Wei": "chen@example.com",
            "Marketing lead": "lead@example.com",
        },
        "facilitators": ["Ana Costa", "Ben Okafor"],
        "summary": {"owners": {"email": "Chen Wei"}, "default_owner": "Marketing lead"},
    }
    for k, v in extra.items():  # sections merge; people and facilitators are replaced
        if isinstance(v, dict) and k != "people":
            cfg.setdefault(k, {}).update(v)
        else:
            cfg[k] = v
    path = tmp_path / "debrief.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def _tick(ws: str, cfg: Path, kb: str, day: dt.date, **kw):
    return run_tick(workspace=ws, kb_url=kb, settings=load_settings(cfg), today=day, **kw)


def _company(tmp_path: Path, **kw) -> str:
    spec = Spec(
        campaigns=[
            ("AO-SEARCH", D(2026, 8, 1), D(2026, 12, 31), "Ben Okafor", "paid_search"),
            ("AO-EMAIL", D(2026, 8, 1), D(2026, 12, 31), "Chen Wei", "email"),
            FLIGHT,
        ],
        **kw,
    )
    return build(tmp_path / "ws.duckdb", spec)


def _by_key(kb_url: str) -> dict[str, str]:
    kb = KnowledgeBase.open(kb_url)
    try:
        return {d.key: d.status for d in deliveries_of(kb)}
    finally:
        kb.close()


def test_launch_invitations_once_a_day_and_the_facilitator_is_not_the_owner(
    tmp_path, smtp_server
) -> None:
    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(tmp_path, smtp_server.port, cycle={"no_postmortem": ["AO-*"]})
    first = _tick(ws, cfg, kb, D(2026, 10, 12))
    again = _tick(ws, cfg, kb, D(2026, 10, 12))
    assert first.exit_code == 0 and again.sent == [] and again.done == []
    got = {r.rcpt_tos[0]: r.message for r in smtp_server.messages}
    # owner Ana; the rotation's first facilitator is Ana, the owner, so Ben; the paid_search
    # channel's owner (most campaign-days on it) is Ben too
    assert sorted(got) == ["ana@example.com", "ben@example.com"]
    assert len(smtp_server.messages) == 2
    icalendar = require("icalendar")
    cal = icalendar.Calendar.from_ical(got["ben@example.com"].get_body(("calendar",)).get_content())
    (ev,) = cal.walk("VEVENT")
    roles = {str(a): a.params["ROLE"] for a in ev["ATTENDEE"]}
    assert roles == {"mailto:ana@example.com": "REQ-PARTICIPANT", "mailto:ben@example.com": "CHAIR"}
    # 7 days after Tue 20 Oct: Tue 27 Oct, at 10:00 UTC (the default meeting time and zone)
    assert ev["DTSTART"].dt == dt.datetime(2026, 10, 27, 10, 0, tzinfo=dt.UTC)
    ev = journal.event(KnowledgeBase.open(kb), "postmortem:FL-X:schedule")
    assert ev["detail"]["facilitator"] == "Ben Okafor" and ev["detail"]["owner"] == "Ana Costa"


def test_waits_for_late_data_then_runs_after_the_grace_period_naming_the_source(
    tmp_path, smtp_server
) -> None:
    ws = _company(tmp_path, last_day={"leads": D(2026, 10, 29)})
    kb = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(tmp_path, smtp_server.port, cycle={"no_postmortem": ["*"]})
    sun = _tick(ws, cfg, kb, D(2026, 11, 1))
    assert sun.waiting == [
        "the 2026-10 review waits for data until 2026-11-03: leads has data up to 2026-10-29, "
        "2 days short of 2026-10-31"
    ]
    assert _tick(ws, cfg, kb, D(2026, 11, 2)).waiting  # Monday: still inside the grace period
    tue = _tick(ws, cfg, kb, D(2026, 11, 3))
    assert tue.problems == []
    (ran,) = [x for x in tue.done if x.startswith("ran the 2026-10 review")]
    assert "completed 2 business days after month end" in ran
    assert "ran after the grace period: leads has data up to 2026-10-29" in ran
    # invitations go out with the review; the pre-read on Wednesday, 24 h before Thursday's meeting
    assert {r.rcpt_tos[0] for r in smtp_server.messages} == {
        "lead@example.com",
        "ana@example.com",
        "ben@example.com",
        "chen@example.com",
    }
    n = len(smtp_server.messages)
    _tick(ws, cfg, kb, D(2026, 11, 4))
    pre = {r.rcpt_tos[0]: r.message for r in smtp_server.messages[n:]}
    assert sorted(pre) == ["ops@example.com", "vp@example.com"]
    text = pre["vp@example.com"].get_body(("plain",)).get_content()
    assert "without waiting longer for late data: leads has data up to 2026-10-29" in text
    assert pre["vp@example.com"].get_body(("html",)).get_content().count("<main>") == 1
    assert [p.get_filename() for p in pre["vp@example.com"].iter_attachments()] == ["report.pdf"]
    assert _tick(ws, cfg, kb, D(2026, 11, 4)).sent == []


_CRASH = """
import datetime as dt, os, signal, sys
from debrief.engine import load_settings
from debrief.cycle import send
from debrief.cycle.tick import run_tick
ws, cfg, kb, day, step, nth = sys.argv[1:7]
seen = []
def hook(name, key):
    if name == step:
        seen.append(key)
        if len(seen) == int(nth):
            os.kill(os.getpid(), signal.SIGKILL)
send.SEND_HOOK = hook
run_tick(workspace=ws, kb_url=kb, settings=load_settings(cfg), today=dt.date.fromisoformat(day))
print("not killed")
"""


def _crash(ws: str, cfg: Path, kb: str, day: dt.date, step: str, nth: int) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _CRASH, ws, str(cfg), kb, day.isoformat(), step, str(nth)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "not killed" not in proc.stdout


def test_a_crash_between_two_sends_sends_nothing_twice(tmp_path, smtp_server) -> None:
    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(
        tmp_path,
        smtp_server.port,
        cycle={"no_postmortem": ["AO-*"]},
        summary={"owners": {"paid_search": "Chen Wei"}},
    )
    _crash(ws, cfg, kb, D(2026, 10, 12), "sent", 1)  # killed right after the first was recorded
    assert len(smtp_server.messages) == 1
    assert sorted(_by_key(kb).values()) == ["pending", "pending", "sent"]
    result = _tick(ws, cfg, kb, D(2026, 10, 12))
    assert len(result.sent) == 2 and result.exit_code == 0
    ids = [r.message["Message-ID"] for r in smtp_server.messages]
    assert len(ids) == 3 == len(set(ids))
    assert sorted(r.rcpt_tos[0] for r in smtp_server.messages) == [
        "ana@example.com",
        "ben@example.com",
        "chen@example.com",
    ]


@pytest.mark.parametrize("step", ["claimed", "handed_over"])
def test_a_crash_while_sending_is_unknown_and_never_resent_blindly(
    tmp_path, smtp_server, step
) -> None:
    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(tmp_path, smtp_server.port, cycle={"no_postmortem": ["AO-*"]})
    _crash(ws, cfg, kb, D(2026, 10, 12), step, 1)
    arrived = len(smtp_server.messages)
    assert arrived == (1 if step == "handed_over" else 0)
    # a tick right after: the claim is still fresh (another tick may be sending it)
    soon = _tick(ws, cfg, kb, D(2026, 10, 12))
    assert sorted(_by_key(kb).values()) == ["sending", "sent"]
    assert len(soon.sent) == 1
    # later: the claim's lease ran out; the outcome is unknown, reported, and not resent
    store = KnowledgeBase.open(kb)
    with store.transaction() as conn:
        conn.execute(
            sa.update(deliveries)
            .where(deliveries.c.status == "sending")
            .values(attempted_at=dt.datetime(2026, 1, 1))
        )
    later = _tick(ws, cfg, kb, D(2026, 10, 13))
    assert later.sent == [] and later.exit_code == 1
    (unknown,) = deliveries_of(store, status="unknown")
    assert f"unknown: delivery {unknown.id}" in later.problems[0]
    assert f"debrief kb delivery {unknown.id} --status sent" in later.problems[0]
    assert len(smtp_server.messages) == arrived + 1
    # a person decides: it did not arrive, send it again
    from debrief.kb import set_delivery_status

    set_delivery_status(store, unknown.id, "pending")
    store.close()
    assert len(_tick(ws, cfg, kb, D(2026, 10, 13)).sent) == 1
    got = sorted(r.rcpt_tos[0] for r in smtp_server.messages)
    assert got.count(unknown.recipient) == (2 if step == "handed_over" else 1)


def test_a_refused_then_silent_server_is_retried_at_the_next_tick(tmp_path) -> None:
    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'kb.sqlite'}"
    port = free_port()  # nothing listens yet: connection refused
    cfg = _config(tmp_path, port, cycle={"no_postmortem": ["AO-*"]})
    first = _tick(ws, cfg, kb, D(2026, 10, 12))
    assert first.exit_code == 1 and first.sent == []
    assert first.problems[0] == (
        f"failed: postmortem:FL-X:invitation:launch:ana@example.com: cannot reach the SMTP "
        f"server 127.0.0.1:{port}: connection refused"
    )
    assert first.problems[1].startswith("1 email message left for the next tick")
    silent = SilentServer()
    cfg = _config(tmp_path, silent.port, cycle={"no_postmortem": ["AO-*"]})
    try:
        second = _tick(ws, cfg, kb, D(2026, 10, 13))
    finally:
        silent.close()
    assert second.exit_code == 1 and "timed out" in second.problems[0]
    record, controller = start_smtp()
    try:
        cfg = _config(tmp_path, record.port, cycle={"no_postmortem": ["AO-*"]})
        third = _tick(ws, cfg, kb, D(2026, 10, 14))
    finally:
        controller.stop()
    assert third.exit_code == 0 and len(third.sent) == 2 and len(record.messages) == 2
    store = KnowledgeBase.open(kb)
    attempts = {d.recipient: d.attempts for d in deliveries_of(store)}
    store.close()
    assert attempts == {"ana@example.com": 3, "ben@example.com": 1}


def test_slack_errors_are_retried_or_reported(tmp_path, smtp_server, webhook) -> None:
    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(
        tmp_path,
        smtp_server.port,
        cycle={"no_postmortem": ["*"]},
        delivery={
            "slack_webhook_env": "HOOK",
            "audiences": {"leadership": {"email": ["vp@example.com"], "slack": True}},
        },
    )
    env = {"HOOK": webhook.url}
    _tick(ws, cfg, kb, D(2026, 11, 1), environ=env)  # the review runs (data ready), no send yet
    webhook.mode = "error"
    day = _tick(ws, cfg, kb, D(2026, 11, 4), environ=env)
    assert [p for p in day.problems if "Slack" in p] == [
        "failed: monthly:2026-10:pre_read:slack: the Slack webhook at 127.0.0.1 answered 500 "
        "internal_error: retried at the next tick"
    ]
    assert webhook.url not in " ".join(day.problems)
    webhook.mode = "ok"
    assert len(_tick(ws, cfg, kb, D(2026, 11, 4), environ=env).sent) == 1
    (post,) = webhook.posts
    assert post["json"]["blocks"][0]["text"]["text"] == "Monthly marketing review — 2026-10"
    no_env = _tick(ws, cfg, kb, D(2026, 11, 5), environ={})
    assert no_env.sent == []  # nothing left to send: the post is recorded


def test_a_dry_run_records_and_sends_nothing(tmp_path, smtp_server) -> None:
    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'absent' / 'kb.sqlite'}"
    cfg = _config(tmp_path, smtp_server.port, cycle={"no_postmortem": ["AO-*"]})
    dry = _tick(ws, cfg, kb, D(2026, 11, 4), dry_run=True)
    assert "would run the 2026-10 review (data ready)" in dry.done
    assert smtp_server.messages == [] and not (tmp_path / "absent").exists()
    dry = _tick(ws, cfg, kb, D(2026, 10, 12), dry_run=True)
    assert sorted(dry.done) == [
        "would send invitation to ana@example.com (postmortem:FL-X:invitation:launch:ana@example.com)",
        "would send invitation to ben@example.com (postmortem:FL-X:invitation:launch:ben@example.com)",
    ]


def test_people_without_an_address_are_named(tmp_path, smtp_server) -> None:
    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(
        tmp_path,
        smtp_server.port,
        cycle={"no_postmortem": ["AO-*"]},
        people={"Ana Costa": "ana@example.com"},
        facilitators=["Ana Costa"],
    )
    result = _tick(ws, cfg, kb, D(2026, 10, 12))
    assert result.warnings == [
        "postmortem:FL-X: every facilitator listed is the owner (Ana Costa); no facilitator",
        "channel owner 'Ben Okafor' has no address in people: not invited or reminded (add "
        "'Ben Okafor: email' under people:)",
    ]
    assert [r.rcpt_tos for r in smtp_server.messages] == [["ana@example.com"]]
    # the missing address is said at every tick while it matters; the facilitator was decided once
    assert _tick(ws, cfg, kb, D(2026, 10, 13)).warnings == result.warnings[1:]


def test_the_cli_prints_what_it_did_and_fails_when_a_send_failed(tmp_path, smtp_server) -> None:
    from typer.testing import CliRunner

    from debrief.cli.main import app

    ws = _company(tmp_path)
    kb = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(tmp_path, smtp_server.port, cycle={"no_postmortem": ["AO-*"]})
    args = ["tick", "-w", ws, "--config", str(cfg), "--kb", kb, "--as-of", "2026-10-12"]
    out = CliRunner().invoke(app, args)
    assert out.exit_code == 0, out.output
    assert "sent invitation to ana@example.com" in out.output
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "nothing due" in again.output
    smtp_server.mode = "reject"
    args[-1] = "2026-10-21"  # the campaign ended: the updated invitation
    bad = CliRunner().invoke(app, args)
    assert bad.exit_code == 1 and "rejected: postmortem:FL-X:invitation:end" in bad.output
    assert "554" in bad.output and "Traceback" not in bad.output


def test_a_review_that_fails_is_reported_and_tried_again(
    tmp_path, smtp_server, monkeypatch
) -> None:
    import debrief.engine

    ws, kb = _company(tmp_path), f"sqlite:///{tmp_path / 'kb.sqlite'}"
    cfg = _config(tmp_path, smtp_server.port, cycle={"no_postmortem": ["*"]})

    def broken(request, ws=None):
        raise RuntimeError("disk full")

    monkeypatch.setattr(debrief.engine, "run", broken)
    bad = _tick(ws, cfg, kb, D(2026, 11, 2))
    assert bad.exit_code == 1 and bad.problems == [
        "the 2026-10 review failed, tried again at the next tick: RuntimeError: disk full (a bug "
        "in Debrief: run the same review by hand with --debug to see where)"
    ]
    monkeypatch.undo()
    good = _tick(ws, cfg, kb, D(2026, 11, 2))
    assert good.problems == [] and any(x.startswith("ran the 2026-10 review") for x in good.done)


@pytest.mark.postgres
def test_the_same_cycle_with_the_knowledge_base_on_postgres(tmp_path, smtp_server) -> None:
    from .servers import postgres_database

    ws = _company(tmp_path)
    cfg = _config(tmp_path, smtp_server.port, cycle={"no_postmortem": ["AO-*"]})
    with postgres_database() as kb:
        sent = [
            len(_tick(ws, cfg, kb, day, out_dir=tmp_path / "cycle").sent)
            for day in (
                D(2026, 10, 12),
                D(2026, 10, 12),
                D(2026, 10, 21),
                D(2026, 11, 2),
                D(2026, 11, 4),
            )
        ]
        store = KnowledgeBase.open(kb)
        statuses = {d.status for d in deliveries_of(store)}
        store.close()
    # launch, again (nothing), the end's update, the October review's invitations, its pre-reads
    assert sent == [2, 0, 2, 4, 2] and statuses == {"sent"}
