"""Change statuses (proposed -> agreed), campaign templates and their proposed updates, briefs."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from debrief.kb import (
    KnowledgeBase,
    brief_of,
    decide_update,
    get_template,
    save_brief,
    save_template,
    template_updates_of,
    templates_of,
)
from debrief.kb.tables import changes, metadata, reports, template_updates
from debrief.kb.templates import store_proposals

DAY = dt.date(2026, 9, 1)


@pytest.fixture
def kb(tmp_path):
    store = KnowledgeBase.open(f"sqlite:///{tmp_path / 'kb.sqlite'}")
    yield store
    store.close()


def _report_row(conn, campaign="C1") -> int:
    res = conn.execute(
        sa.insert(reports).values(
            kind="post_mortem",
            campaign_id=campaign,
            saved_at=dt.datetime(2026, 9, 1),
            document="{}",
        )
    )
    return int(res.inserted_primary_key[0])


def _change(conn, rid: int, status: str) -> int:
    res = conn.execute(
        sa.insert(changes).values(
            report_id=rid,
            campaign_id="C1",
            title="Agree the MQL definition",
            measure="lead_to_sql",
            channels="[]",
            status=status,
            created_on=DAY,
        )
    )
    return int(res.inserted_primary_key[0])


def test_a_change_is_proposed_until_agreed_and_old_open_rows_read_as_agreed(kb) -> None:
    with kb.transaction() as conn:
        rid = _report_row(conn)
        new = _change(conn, rid, "proposed")
        old = _change(conn, rid, "open")  # written before the agreement step existed
    assert [c["status"] for c in kb.changes()] == ["proposed", "agreed"]
    assert [c["id"] for c in kb.changes(status="agreed")] == [old]
    kb.set_change_status(new, "agreed")
    assert [c["id"] for c in kb.changes(status="agreed")] == [new, old]
    kb.set_change_status(new, "open")  # the older word still means agreed
    assert kb.changes()[0]["status"] == "agreed"
    with pytest.raises(ValueError, match="proposed, agreed, done, dropped"):
        kb.set_change_status(new, "finished")


def test_templates_are_versioned_and_updates_are_applied_or_dismissed(kb) -> None:
    t = save_template(kb, "pipeline-flight", DAY, objective="pipeline", channels=["email"])
    assert (t["version"], t["channels"], t["practices"]) == (1, ["email"], [])
    t = save_template(kb, "pipeline-flight", DAY, audience="B2B IT leaders", channels=None)
    assert (t["version"], t["audience"], t["channels"]) == (2, "B2B IT leaders", ["email"])
    assert [x["name"] for x in templates_of(kb, objective="pipeline")] == ["pipeline-flight"]
    assert templates_of(kb, objective="awareness") == []

    practice = {"text": "Agree the MQL definition", "report_id": 1, "campaign_id": "C1"}
    criterion = {"metric": "lead_to_sql", "channel": None, "target": None}
    rows = [
        {"template": "pipeline-flight", "field": "practices", "value": practice, "reason": "r"},
        {"template": "pipeline-flight", "field": "criteria", "value": criterion, "reason": "r"},
    ]
    with kb.transaction() as conn:
        rid = _report_row(conn)
        store_proposals(conn, rid, "C1", rows, DAY)
        store_proposals(conn, rid, "C1", rows, DAY)  # the same proposal is not stored twice
    ups = template_updates_of(kb, status="proposed")
    assert len(ups) == 2 and ups[0]["value"] == practice
    t = decide_update(kb, ups[0]["id"], "applied", DAY)
    # an applied practice keeps where it came from: the post-mortem, its campaign and the date
    assert t["version"] == 3 and t["practices"] == [{**practice, "on": DAY.isoformat()}]
    t = decide_update(kb, ups[1]["id"], "dismissed", DAY)
    assert t["version"] == 3 and t["criteria"] == []
    done = {u["id"]: u for u in template_updates_of(kb)}
    assert done[ups[0]["id"]]["status"] == "applied" and done[ups[0]["id"]]["version"] == 3
    assert done[ups[1]["id"]]["status"] == "dismissed"
    with pytest.raises(ValueError, match="already applied"):
        decide_update(kb, ups[0]["id"], "applied", DAY)
    with pytest.raises(KeyError):
        decide_update(kb, 999, "applied", DAY)
    with pytest.raises(ValueError, match="unknown template field"):
        save_template(kb, "x", DAY, colour="red")


def test_a_rerun_post_mortem_drops_its_undecided_proposals_and_keeps_decided_ones(kb) -> None:
    from debrief.kb.templates import delete_proposals

    save_template(kb, "t", DAY)
    rows = [
        {"template": "t", "field": "practices", "value": {"text": "a"}},
        {"template": "t", "field": "practices", "value": {"text": "b"}},
    ]
    with kb.transaction() as conn:
        rid = _report_row(conn)
        store_proposals(conn, rid, "C1", rows, DAY)
    first = template_updates_of(kb)[0]["id"]
    decide_update(kb, first, "applied", DAY)
    with kb.transaction() as conn:
        delete_proposals(conn, [rid])
    left = template_updates_of(kb)
    assert [(u["id"], u["report_id"], u["status"]) for u in left] == [(first, None, "applied")]


def test_a_new_brief_replaces_the_campaigns_earlier_one(kb) -> None:
    doc = {"campaign_id": "NEW", "template": "t", "start": "2026-11-16", "end": "2026-12-27"}
    item = {
        "kind": "change",
        "change_id": 4,
        "source_report_id": 2,
        "source_campaign_id": "C1",
        "source_on": DAY,
        "text": "Agree the MQL definition",
        "detail": {"measure": "lead_to_sql", "baseline": 0.05},
    }
    save_brief(kb, doc, [item], DAY)
    second = save_brief(kb, {**doc, "postmortem_on": "2027-01-04"}, [item, item], DAY)
    b = brief_of(kb, "NEW")
    assert b["id"] == second and b["postmortem_on"] == dt.date(2027, 1, 4)
    assert len(b["items"]) == 2 and b["items"][0]["detail"]["measure"] == "lead_to_sql"
    assert b["items"][0]["check_result"] is None
    assert brief_of(kb, "OTHER") is None
    assert kb.counts()["brief_items"] == 2


def test_an_older_knowledge_base_gains_the_new_tables_on_open(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = sa.create_engine(url)
    old = [t for t in metadata.sorted_tables if t.name in ("reports", "changes", "playbook")]
    metadata.create_all(engine, tables=old)
    engine.dispose()
    kb = KnowledgeBase.open(url)
    assert {"campaign_templates", "template_updates", "briefs", "brief_items"} <= set(
        sa.inspect(kb.engine).get_table_names()
    )
    assert get_template(kb, "none") is None and template_updates.name == "template_updates"
    kb.close()
