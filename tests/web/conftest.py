"""Fixtures for the web app: a workspace and knowledge base whose every string is hostile.

``hostile`` holds a post-mortem and a monthly review saved through the knowledge base's own
``save_report``, whose titles, sentences, owners, campaign ids, lessons and benchmark channels are
HTML and path-traversal payloads, and a DuckDB workspace whose campaigns are named the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from debrief.kb import KnowledgeBase, actions_of, deliveries_of
from debrief.kb.outbox import finish, plan_delivery
from debrief.results import Action, Finding, Report, StageResult, Summary
from debrief.workspace import Workspace

EVIL = "<script>alert('x')</script>\"'&"
#: a campaign id that is markup, a quote, a path and a traversal at once
CID = 'C"><img src=x onerror=alert(1)>/../../etc/passwd'
TOKEN = "test-token-0123456789abcdef"
SECRET = "receipt-secret-0123456789abcdef"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"


@dataclass(frozen=True)
class Hostile:
    workspace: str
    kb_url: str
    postmortem_id: int
    review_id: int
    change_id: int
    action_id: int
    delivery_id: int


def _reports() -> tuple[Report, Report]:
    when = dt.datetime(2026, 7, 1, tzinfo=dt.UTC)
    finding = Finding(
        id=f"one_change.{EVIL}",
        stage="one_change",
        kind="note",
        statement=f"CVR was {EVIL}",
        subject={"campaign_id": CID},
        metric="cvr",
        actual=0.01,
        reference=0.02,
    )
    postmortem = Report(
        kind="post_mortem",
        period_start=dt.date(2026, 6, 1),
        period_end=dt.date(2026, 6, 30),
        generated_at=when,
        campaign_id=CID,
        title=f"Post-mortem {EVIL}",
        stages={
            "one_change": StageResult(
                stage="one_change",
                tables={
                    "change": [
                        {
                            "title": f"Fix {EVIL}",
                            "owner": EVIL,
                            "due": dt.date(2026, 7, 15),
                            "measure": "cvr",
                            "baseline": 0.01,
                            "target": 0.02,
                            "channels": ["email"],
                        }
                    ]
                },
                findings=(finding,),
                notes=(f"note {EVIL}",),
            )
        },
        summary=Summary(kpis={"spend": 10.0, "roas": 0.5}),
    )
    review = Report(
        kind="monthly_review",
        period_start=dt.date(2026, 7, 1),
        period_end=dt.date(2026, 7, 31),
        generated_at=when,
        title=f"Monthly review {EVIL}",
        stages={
            "campaign_performance": StageResult(
                stage="campaign_performance",
                tables={
                    "by_campaign": [{"campaign_id": CID, "name": EVIL, "spend": 5.0, "roas": 0.5}],
                    "overall": [{"spend": 5.0, "roas": 0.5}],
                },
                findings=(
                    Finding(
                        id=f"campaign_performance.{EVIL}",
                        stage="campaign_performance",
                        kind="below_target",
                        statement=f"ROAS was 0.50 against 1.00 for {EVIL}",
                        subject={"campaign_id": CID},
                        metric="roas",
                        actual=0.5,
                        reference=1.0,
                        severity="warning",
                    ),
                ),
            )
        },
        summary=Summary(
            kpis={
                "roas": {
                    "label": EVIL,
                    "unit": "ratio",
                    "actual": 0.5,
                    "target": 1.0,
                    "status": "not_met",
                }
            },
            actions=(
                Action(
                    id="a1",
                    title=f"Act {EVIL}",
                    rationale=EVIL,
                    expected_impact={"metric": "roas", "value": 0.1, "unit": "ratio"},
                    owner=EVIL,
                    due=dt.date(2026, 8, 20),
                    measure=f"ROAS for {EVIL}",
                ),
            ),
        ),
    )
    return postmortem, review


@pytest.fixture
def hostile(tmp_path: Path) -> Hostile:
    ws_path = str(tmp_path / "ws.duckdb")
    with Workspace.open(ws_path, create=True) as ws:
        ws.con.create_table(
            "campaigns",
            pd.DataFrame(
                {
                    "campaign_id": [CID, "C2"],
                    "name": [EVIL, EVIL],
                    "start_date": pd.to_datetime(["2026-06-01", "2026-08-01"]).date,
                    "end_date": pd.to_datetime(["2026-06-30", "2026-11-20"]).date,
                }
            ),
        )
        ws.con.create_table(
            "benchmarks",
            pd.DataFrame({"metric": ["ctr"], "value": [0.01], "channel": [EVIL], "source": [EVIL]}),
        )
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    kb = KnowledgeBase.open(url)
    postmortem, review = _reports()
    pm_id = kb.save_report(
        postmortem,
        as_of=dt.date(2026, 7, 1),
        lessons=[
            {
                "campaign_id": CID,
                "lesson": f"Lesson {EVIL}",
                "channel": "email",
                "objective": EVIL,
                "audience": None,
                "problem": "reach",
            }
        ],
    )
    review_id = kb.save_report(review, as_of=dt.date(2026, 8, 4))
    kb.save_benchmarks(
        [
            {
                "metric": "ctr",
                "channel": EVIL,
                "value": 0.012,
                "pooled": 0.011,
                "n_campaigns": 3,
                "ci_low": 0.01,
                "ci_high": 0.014,
                "method": EVIL,
            }
        ],
        dt.date(2026, 8, 1),
    )
    change_id = kb.changes()[0]["id"]
    [action] = actions_of(kb)
    plan_delivery(
        kb,
        key=f"monthly:2026-07:pre_read:email:{EVIL}",
        cycle="monthly:2026-07",
        kind="pre_read",
        channel="email",
        recipient=EVIL,
        due_on=dt.date(2026, 8, 3),
        subject=EVIL,
        report_id=review_id,
    )
    [delivery] = deliveries_of(kb)
    finish(kb, delivery.id, "sent")
    kb.close()
    return Hostile(ws_path, url, pm_id, review_id, change_id, action["id"], delivery.id)


@pytest.fixture
def app(hostile: Hostile):
    from debrief.web import Access, ServeConfig, create_app

    return create_app(
        ServeConfig(
            workspace=hostile.workspace,
            kb_url=hostile.kb_url,
            access=Access.for_server(TOKEN, "127.0.0.1", PORT),
            today=lambda: dt.date(2026, 12, 1),
            warm=False,
            receipt_secret=SECRET,
        )
    )


@pytest.fixture
def client(app):
    from starlette.testclient import TestClient

    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        yield c


@pytest.fixture
def signed_in(client):
    """The client after opening the printed address: it holds the session cookie."""
    res = client.get(f"/?token={TOKEN}")
    assert res.status_code == 303
    return client
