"""Slack incoming webhook against a local HTTP server: the Block Kit message and each outcome."""

from __future__ import annotations

import datetime as dt

import pytest

from debrief.cycle.slack import mrkdwn, post_webhook, review_blocks
from debrief.results import Action, Finding, Report, Summary

from .servers import SilentServer, free_port

EVIL = "<!channel> <https://evil.test|click> & *bold*"


def _report() -> Report:
    return Report(
        kind="monthly_review",
        period_start=dt.date(2026, 10, 1),
        period_end=dt.date(2026, 10, 31),
        generated_at=dt.datetime(2026, 11, 3, tzinfo=dt.UTC),
        stages={},
        title="Monthly marketing review — 2026-10",
        summary=Summary(
            kpis={
                "spend": {"label": "Spend", "actual": 247622.25, "target": 234100.0},
                "roas": {"label": "ROAS", "actual": 2.3546, "target": 2.28},
                "leads": {"label": "Leads", "actual": 1394, "target": None},
            },
            insights=(
                Finding(
                    id="f",
                    stage="campaign_performance",
                    kind="below_target",
                    statement=f"ROAS was 0.52 against a target of 3.00 for {EVIL}.",
                ),
            ),
            actions=(
                Action(
                    id="a1",
                    title=f"Bring ROAS for {EVIL} to the target",
                    rationale="r",
                    expected_impact={},
                    owner="Tomás Ortega",
                    due=dt.date(2026, 11, 19),
                    measure="m",
                ),
            ),
        ),
    )


def test_block_kit_message_has_kpis_insights_and_actions() -> None:
    payload = review_blocks(_report(), heading="Pre-read for Thu 5 Nov", link="https://x/r/1")
    kinds = [b["type"] for b in payload["blocks"]]
    assert kinds == ["header", "section", "section", "section", "section", "context"]
    fields = [f["text"] for f in payload["blocks"][2]["fields"]]
    assert fields == [
        "*Spend*\n$247,622.25 (target $234,100.00)",
        "*ROAS*\n2.35 (target 2.28)",
        "*Leads*\n1,394",
    ]
    text = str(payload)
    assert "<!channel>" not in text and "<https://evil.test" not in text
    assert mrkdwn(EVIL) in payload["blocks"][3]["text"]["text"]
    assert "Tomás Ortega, due 2026-11-19" in payload["blocks"][4]["text"]["text"]
    assert payload["blocks"][5]["elements"][0]["text"] == "<https://x/r/1|The full report>"


def test_posted_to_the_webhook(webhook) -> None:
    payload = review_blocks(_report(), heading="h")
    out = post_webhook(webhook.url, payload, timeout=2)
    assert out.status == "sent"
    (post,) = webhook.posts
    assert post["path"] == webhook.path and post["json"] == payload


@pytest.mark.parametrize(
    ("mode", "status", "text"),
    [("error", "failed", "500"), ("invalid", "rejected", "400 invalid_payload")],
)
def test_an_error_answer_is_retried_or_not(webhook, mode, status, text) -> None:
    webhook.mode = mode
    out = post_webhook(webhook.url, {"text": "x"}, timeout=2)
    assert out.status == status and text in out.error
    assert "XXXX" not in out.error  # the webhook's secret path is never printed


def test_no_answer_is_unknown_and_a_dead_host_is_failed(webhook) -> None:
    webhook.mode, webhook.hang_seconds = "hang", 3
    out = post_webhook(webhook.url, {"text": "x"}, timeout=1)
    assert out.status == "unknown" and len(webhook.posts) == 1
    port = free_port()
    out = post_webhook(f"http://127.0.0.1:{port}/services/secret", {"text": "x"}, timeout=1)
    assert out.status == "failed" and out.stop
    assert out.error == "cannot reach the Slack webhook at 127.0.0.1: connection refused"
    assert "secret" not in out.error
    silent = SilentServer()
    try:
        out = post_webhook(f"http://127.0.0.1:{silent.port}/x", {"text": "x"}, timeout=1)
    finally:
        silent.close()
    # the request went out and nothing came back: it may have been posted
    assert out.status == "unknown" and "timed out" in out.error
