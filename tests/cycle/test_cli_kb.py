"""`debrief kb actions | action | deliveries | delivery | ack`: the cycle's records from a shell."""

from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

from debrief.cli.main import app
from debrief.cycle.receipts import receipt_token
from debrief.kb import KnowledgeBase, actions_of, outbox, receipts_of

from .test_follow_up import _september_review, plan_pre_reads

SECRET = "k" * 32


def _kb(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    kb = KnowledgeBase.open(url)
    kb.save_report(_september_review(), as_of=dt.date(2026, 10, 2))
    plan_pre_reads(kb, ("vp@x.com", "ops@x.com"))
    d = outbox.deliveries_of(kb)[0]
    outbox.claim(kb, d.id)
    outbox.finish(kb, d.id, "unknown", error="no answer")
    kb.close()
    return url


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), env=env)


def test_actions_and_their_status(tmp_path) -> None:
    url = _kb(tmp_path)
    out = run("kb", "actions", "--kb", url)
    assert out.exit_code == 0
    assert "   1 [open] 2026-09 due 2026-10-15 Tomás Ortega: Raise CTR on display" in out.output
    assert run("kb", "action", "1", "--status", "done", "--kb", url).output == "Action 1: done.\n"
    bad = run("kb", "action", "1", "--status", "finished", "--kb", url)
    assert bad.exit_code == 1 and "status must be one of open, done, dropped" in bad.output
    missing = run("kb", "action", "99", "--status", "done", "--kb", url)
    assert missing.exit_code == 1 and "no monthly action with id 99" in missing.output
    kb = KnowledgeBase.open(url)
    assert [a["status"] for a in actions_of(kb)] == ["done", "open", "open"]
    kb.close()


def test_deliveries_and_deciding_an_unknown_one(tmp_path) -> None:
    url = _kb(tmp_path)
    out = run("kb", "deliveries", "--status", "unknown", "--kb", url)
    assert out.output.splitlines() == [
        "   1 [unknown] due 2026-10-05 pre_read email vp@x.com  monthly:2026-09:pre_read:vp@x.com",
        "       no answer",
    ]
    out = run("kb", "delivery", "1", "--status", "sent", "--kb", url)
    assert out.output == "Delivery 1 (monthly:2026-09:pre_read:vp@x.com): unknown -> sent.\n"
    assert run("kb", "delivery", "1", "--status", "failed", "--kb", url).exit_code == 1


def test_ack_by_link_token_or_by_month_and_address(tmp_path) -> None:
    url = _kb(tmp_path)
    token = receipt_token(2, SECRET)
    no_secret = run("kb", "ack", token, "--kb", url, env={"DEBRIEF_RECEIPT_SECRET": ""})
    assert no_secret.exit_code == 1 and "export DEBRIEF_RECEIPT_SECRET" in no_secret.output
    forged = run("kb", "ack", "2." + "A" * 43, "--kb", url, env={"DEBRIEF_RECEIPT_SECRET": SECRET})
    assert forged.exit_code == 1 and "not one Debrief signed" in forged.output
    ok = run(
        "kb",
        "ack",
        token,
        "--at",
        "2026-10-05T09:00:00+00:00",
        "--kb",
        url,
        env={"DEBRIEF_RECEIPT_SECRET": SECRET},
    )
    assert ok.exit_code == 0 and ok.output.startswith("Delivery 2: read at 2026-10-05T09:00")
    by_mail = run(
        "kb",
        "ack",
        "--month",
        "2026-09",
        "--email",
        "VP@x.com",
        "--at",
        "2026-10-05T10:00",
        "--kb",
        url,
    )
    assert by_mail.exit_code == 0 and by_mail.output.startswith("Delivery 1: read at")
    nobody = run("kb", "ack", "--month", "2026-09", "--email", "ceo@x.com", "--kb", url)
    assert nobody.exit_code == 1 and "no pre-read of the 2026-09 review went to" in nobody.output
    kb = KnowledgeBase.open(url)
    reads = {
        r["recipient"]: (r["first_read_at"], r["via"]) for r in receipts_of(kb, "monthly:2026-09")
    }
    kb.close()
    assert reads == {
        "ops@x.com": (dt.datetime(2026, 10, 5, 9, 0), "cli"),
        "vp@x.com": (dt.datetime(2026, 10, 5, 10, 0), "cli"),
    }
