"""The review cycle's records in the knowledge base: monthly actions, the outbox, read receipts,
the tick's journal — on SQLite, and on Postgres when a server is given."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from debrief.cycle.receipts import receipt_token, receipt_url, verify_receipt
from debrief.kb import KnowledgeBase, actions_of, journal, outbox, record_read, set_action_status
from debrief.kb.receipts import receipts_of
from debrief.kb.tables import metadata
from debrief.results import Action, Finding, Report, StageResult, Summary

from .servers import postgres_database

OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def _review(titles: list[str]) -> Report:
    findings = tuple(
        Finding(
            id=f"f{i}",
            stage="campaign_performance",
            kind="below_target",
            statement=f"ROAS was 0.5 against a target of 3.0 for C{i}.",
            subject={"campaign_id": f"C{i}"},
            metric="roas",
            actual=0.5,
            reference=3.0,
            reference_kind="target",
        )
        for i in range(len(titles))
    )
    actions = tuple(
        Action(
            id=f"action-{i + 1}",
            title=t,
            rationale="r",
            expected_impact={"metric": "revenue", "value": 10.0, "unit": "USD"},
            owner="Priya Raman",
            due=dt.date(2026, 11, 19),
            measure=f"ROAS for C{i} against the target of 3.00",
            finding_ids=(f"f{i}",),
        )
        for i, t in enumerate(titles)
    )
    return Report(
        kind="monthly_review",
        period_start=OCT[0],
        period_end=OCT[1],
        generated_at=dt.datetime(2026, 11, 3, 8, 0, tzinfo=dt.UTC),
        stages={"campaign_performance": StageResult("campaign_performance", findings=findings)},
        summary=Summary(actions=actions),
        title="Monthly marketing review — 2026-10",
    )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def kb(request, tmp_path):
    if request.param == "sqlite":
        store = KnowledgeBase.open(f"sqlite:///{tmp_path / 'kb.sqlite'}")
        yield store
        store.close()
        return
    with postgres_database() as url:
        store = KnowledgeBase.open(url)
        yield store
        store.close()


def test_monthly_actions_are_stored_with_their_lead_finding(kb) -> None:
    rid = kb.save_report(
        _review(["Raise ROAS of C0", "Raise ROAS of C1"]), as_of=dt.date(2026, 11, 3)
    )
    rows = actions_of(kb, period_end=OCT[1])
    assert [r["title"] for r in rows] == ["Raise ROAS of C0", "Raise ROAS of C1"]
    first = rows[0]
    assert first["report_id"] == rid and first["status"] == "open" and first["rank"] == 1
    assert first["metric"] == "roas" and first["subject"] == {"campaign_id": "C0"}
    assert first["baseline"] == 0.5 and first["target"] == 3.0
    assert first["reference_kind"] == "target" and first["finding_ids"] == ["f0"]
    assert first["owner"] == "Priya Raman" and first["due"] == dt.date(2026, 11, 19)
    assert first["created_on"] == dt.date(2026, 11, 3)


def test_a_rerun_keeps_what_people_recorded(kb) -> None:
    kb.save_report(_review(["Keep", "Done elsewhere", "Forget"]), as_of=dt.date(2026, 11, 3))
    by_title = {r["title"]: r for r in actions_of(kb)}
    set_action_status(kb, by_title["Keep"]["id"], "done", on=dt.date(2026, 11, 4))
    set_action_status(kb, by_title["Done elsewhere"]["id"], "dropped", on=dt.date(2026, 11, 4))
    rid = kb.save_report(_review(["Keep", "New"]), as_of=dt.date(2026, 11, 5))
    after = {r["title"]: r for r in actions_of(kb)}
    assert set(after) == {"Keep", "Done elsewhere", "New"}  # "Forget" was open and unmeasured
    assert after["Keep"]["id"] == by_title["Keep"]["id"] and after["Keep"]["status"] == "done"
    assert after["Keep"]["report_id"] == rid and after["New"]["report_id"] == rid
    assert after["Done elsewhere"]["report_id"] is None  # acted on, no longer recommended
    with pytest.raises(ValueError):
        set_action_status(kb, after["New"]["id"], "finished")
    with pytest.raises(KeyError):
        set_action_status(kb, 9999, "done")


def test_a_post_mortem_has_no_monthly_actions(kb) -> None:
    pm = _review(["x"]).replace(kind="post_mortem", campaign_id="C0")
    kb.save_report(pm)
    assert actions_of(kb) == []


def _plan(kb, key: str, **kw) -> bool:
    args = {
        "cycle": "monthly:2026-10",
        "kind": "pre_read",
        "channel": "email",
        "recipient": "vp@example.com",
        "due_on": dt.date(2026, 11, 4),
        "expires_on": dt.date(2026, 11, 5),
        "audience": "leadership",
    }
    args.update(kw)
    return outbox.plan_delivery(kb, key=key, **args)


def test_outbox_plans_once_and_claims_once(kb) -> None:
    assert _plan(kb, "a") is True
    assert _plan(kb, "a", recipient="other@example.com") is False  # planned already: untouched
    assert outbox.sendable(kb, dt.date(2026, 11, 3)) == []  # not due yet
    (d,) = outbox.sendable(kb, dt.date(2026, 11, 4))
    assert d.recipient == "vp@example.com" and d.status == "pending"
    assert outbox.claim(kb, d.id) is True
    assert outbox.claim(kb, d.id) is False  # a second tick cannot take it
    assert outbox.sendable(kb, dt.date(2026, 11, 4)) == []
    outbox.finish(kb, d.id, "failed", error="connection refused")
    (again,) = outbox.sendable(kb, dt.date(2026, 11, 4))  # a failure is retried
    assert again.attempts == 1 and again.error == "connection refused"
    assert outbox.claim(kb, d.id)
    outbox.finish(kb, d.id, "sent", message_id="<m@x>")
    (done,) = outbox.deliveries_of(kb, status="sent")
    assert done.attempts == 2 and done.sent_at is not None and done.message_id == "<m@x>"


def test_a_dead_tick_leaves_an_unknown_outcome_that_is_not_resent(kb) -> None:
    _plan(kb, "a")
    (d,) = outbox.sendable(kb, dt.date(2026, 11, 4))
    assert outbox.claim(kb, d.id)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert outbox.settle_stale(kb, now) == []  # still within its lease: another tick is sending
    (stale,) = outbox.settle_stale(kb, now + outbox.LEASE + dt.timedelta(seconds=1))
    assert stale.id == d.id
    assert outbox.deliveries_of(kb, status="unknown")[0].id == d.id
    assert outbox.sendable(kb, dt.date(2026, 11, 4)) == []
    outbox.set_delivery_status(kb, d.id, "pending")  # a person decides to send it again
    assert [x.id for x in outbox.sendable(kb, dt.date(2026, 11, 4))] == [d.id]
    with pytest.raises(ValueError):
        outbox.set_delivery_status(kb, d.id, "rejected")
    with pytest.raises(KeyError):
        outbox.set_delivery_status(kb, 999, "sent")


def test_expired_deliveries_are_not_sent(kb) -> None:
    _plan(kb, "a")
    assert outbox.sendable(kb, dt.date(2026, 11, 6)) == []
    (gone,) = outbox.expire_due(kb, dt.date(2026, 11, 6))
    assert gone.key == "a"
    assert outbox.deliveries_of(kb)[0].status == "expired"


def test_read_receipts_keep_the_first_and_last_read(kb) -> None:
    _plan(kb, "a")
    (d,) = outbox.deliveries_of(kb)
    t1 = dt.datetime(2026, 11, 4, 15, 0, tzinfo=dt.UTC)
    t0 = dt.datetime(2026, 11, 4, 9, 0, tzinfo=dt.UTC)
    assert record_read(kb, d.id, t1) is True
    assert record_read(kb, d.id, t0, via="cli") is False
    (r,) = receipts_of(kb, "monthly:2026-10")
    assert r["first_read_at"] == dt.datetime(2026, 11, 4, 9, 0)
    assert r["last_read_at"] == dt.datetime(2026, 11, 4, 15, 0)
    assert r["reads"] == 2 and r["via"] == "link" and r["recipient"] == "vp@example.com"
    with pytest.raises(KeyError):
        record_read(kb, 999)


def test_journal_steps_happen_once_and_resume_after_a_crash(kb) -> None:
    key = "monthly:2026-10:review"
    on = dt.date(2026, 11, 3)
    assert journal.begin(kb, key, cycle="monthly:2026-10", kind="review", on=on)
    assert not journal.begin(kb, key, cycle="monthly:2026-10", kind="review", on=on)
    # a tick that died an hour ago: the next one takes the step over
    with kb.transaction() as conn:
        conn.execute(
            sa.update(metadata.tables["cycle_events"]).values(
                started_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)
                - journal.LEASE
                - dt.timedelta(minutes=1)
            )
        )
    assert journal.begin(kb, key, cycle="monthly:2026-10", kind="review", on=on)
    journal.complete(kb, key, {"report_id": 7})
    assert not journal.begin(kb, key, cycle="monthly:2026-10", kind="review", on=on)
    ev = journal.event(kb, key)
    assert ev["status"] == "done" and ev["detail"] == {"report_id": 7}
    assert [e["key"] for e in journal.events_of(kb, cycle="monthly:2026-10")] == [key]


def test_receipt_tokens_are_signed() -> None:
    secret = "s" * 32
    token = receipt_token(42, secret)
    assert verify_receipt(token, secret) == 42
    assert verify_receipt(token, "t" * 32) is None  # another secret
    assert verify_receipt("43." + token.split(".", 1)[1], secret) is None  # another delivery
    assert verify_receipt(token + "x", secret) is None
    assert verify_receipt("", secret) is None and verify_receipt("../../etc", secret) is None
    assert receipt_url("https://debrief.example.com/", 42, secret) == (
        f"https://debrief.example.com/read/{token}"
    )
    with pytest.raises(ValueError, match="at least 16"):
        receipt_token(42, "short")
