"""`debrief brief`: the next campaign's brief carries the changes agreed in earlier post-mortems
for its channels (issue 18), with where each came from, and suggests targets from benchmarks."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pandas as pd
import pytest
from typer.testing import CliRunner

from debrief.brief import Brief, build_brief, items_of, to_html, to_markdown
from debrief.cli.main import app
from debrief.engine import Request, load_settings, run
from debrief.kb import KnowledgeBase, brief_of, lessons_from_report, save_brief
from debrief.workspace import Workspace

FIRST = dt.date(2026, 3, 25)
TODAY = dt.date(2026, 8, 1)


def _postmortem(ws, url: str):
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=FIRST)
    report = run(replace(req, kb=url), ws)
    kb = KnowledgeBase.open(url)
    kb.save_report(report, lessons=lessons_from_report(report), as_of=FIRST)
    return kb


def _brief(ws, kb, **kw) -> Brief:
    args = {
        "settings": load_settings(None),
        "today": TODAY,
        "start": dt.date(2026, 9, 1),
        "end": dt.date(2026, 9, 30),
        "channels": ["paid_search"],
        "budget": 20_000.0,
        "objective": "pipeline",
    }
    return build_brief(ws, kb, "N1", **{**args, **kw})


def test_the_brief_carries_the_agreed_change_of_its_channels_only(pm_ws, tmp_path) -> None:
    ws = pm_ws(lead_to_sql=0.1)
    kb = _postmortem(ws, f"sqlite:///{tmp_path / 'kb.sqlite'}")
    try:
        change = kb.changes()[0]
        assert change["status"] == "proposed"
        # proposed: not a commitment yet, so not carried
        assert _brief(ws, kb).changes == []
        kb.set_change_status(change["id"], "agreed")
        b = _brief(ws, kb)
        assert [c["change_id"] for c in b.changes] == [change["id"]]
        c = b.changes[0]
        assert c["title"] == change["title"] and c["status"] == "agreed"
        assert c["source_campaign_id"] == "C1" and c["source_on"] == FIRST
        assert c["source_report_id"] == change["report_id"]
        assert "channels paid_search" in c["applies"]
        md = to_markdown(b)
        assert "Changes agreed in earlier post-mortems" in md
        assert f"post-mortem {change['report_id']} of C1 (2026-03-25)" in md
        # another channel, objective and audience: nothing from C1 applies
        other = _brief(ws, kb, channels=["email"], objective="awareness", audience="consumers")
        assert other.changes == [] and other.lessons == []
        # the same objective alone is enough (pipeline, like C1)
        assert len(_brief(ws, kb, channels=["email"]).changes) == 1
        # a dropped change is no longer carried
        kb.set_change_status(change["id"], "dropped")
        assert _brief(ws, kb).changes == []
    finally:
        kb.close()


def test_the_brief_is_stored_with_what_it_carried_and_renders_escaped(pm_ws, tmp_path) -> None:
    ws = pm_ws(lead_to_sql=0.1)
    kb = _postmortem(ws, f"sqlite:///{tmp_path / 'kb.sqlite'}")
    try:
        kb.set_change_status(kb.changes()[0]["id"], "agreed")
        b = _brief(ws, kb, name="<script>alert(1)</script> | launch", audience="*ops* teams")
        html = to_html(b)
        assert "<script>alert" not in html and "&lt;script&gt;" in html
        md = to_markdown(b)
        assert "<script>" not in md and "\\*ops\\*" in md and "\\|" in md
        bid = save_brief(kb, b.to_dict(), items_of(b), TODAY)
        stored = brief_of(kb, "N1")
        assert stored is not None and int(stored["id"]) == bid
        kinds = [i["kind"] for i in stored["items"]]
        assert kinds.count("change") == 1 and kinds.count("lesson") == len(b.lessons)
        item = next(i for i in stored["items"] if i["kind"] == "change")
        assert item["source_campaign_id"] == "C1" and item["detail"]["measure"] == "lead_to_sql"
        # the stored document renders as the brief that was written
        again = Brief.from_dict(stored["document"])
        assert to_markdown(again) == md
    finally:
        kb.close()


def test_suggested_targets_follow_the_budget_down_the_funnel_at_the_benchmarks(pm_ws) -> None:
    ws = pm_ws()
    bench = pd.DataFrame(
        [
            {"metric": "cpl", "value": 50.0, "channel": "paid_search", "source": "team"},
            {"metric": "cpl", "value": 80.0, "channel": "paid_social", "source": "team"},
            {"metric": "lead_to_sql", "value": 0.25, "channel": None, "source": "team"},
        ]
    )
    ws.con.create_table("benchmarks", bench, overwrite=True)
    b = _brief(
        ws,
        None,
        channels=["paid_search", "paid_social"],
        budget={"paid_search": 10_000.0, "paid_social": 8_000.0},
    )
    got = {r["metric"]: r["suggested"] for r in b.criteria}
    # independent arithmetic: leads = budget / CPL per channel, SQLs = leads x rate
    leads = 10_000 / 50 + 8_000 / 80
    assert got["leads"] == pytest.approx(leads)
    assert got["sqls"] == pytest.approx(leads * 0.25)
    assert got["lead_to_sql"] == pytest.approx(0.25)
    assert b.budget == 18_000.0 and b.changes == []
    assert any("No knowledge base" in n for n in b.notes)


def test_brief_and_template_commands(pm_frames, tmp_path) -> None:
    path = tmp_path / "ws" / "debrief.duckdb"
    with Workspace.open(path, create=True) as ws:
        for name, df in pm_frames(lead_to_sql=0.1).items():
            ws.con.create_table(name, df)
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    with Workspace.open(path, read_only=True) as ws:
        kb = _postmortem(ws, url)
        cid = kb.changes()[0]["id"]
        kb.set_change_status(cid, "agreed")
        kb.close()
    runner = CliRunner()
    w = ["--workspace", str(path), "--kb", url]
    res = runner.invoke(
        app,
        ["kb", "template", "save", "webinar", "--from-campaign", "C1", *w, "--as-of", "2026-07-01"],
    )
    assert res.exit_code == 0, res.output
    assert "webinar (version 1" in res.output and "objective: pipeline" in res.output
    out = tmp_path / "brief"
    args = ["brief", "N1", "--template", "webinar", "--start", "2026-09-01", "--out", str(out)]
    res = runner.invoke(app, [*args, *w, "--as-of", "2026-08-01"])
    assert res.exit_code == 0, res.output
    assert f"change {cid} [agreed] from post-mortem" in res.output and "of C1" in res.output
    doc = json.loads((out / "brief.json").read_text())
    assert doc["template"] == "webinar" and doc["end"] == "2026-09-20"  # the template's 20 days
    assert [c["change_id"] for c in doc["changes"]] == [cid]
    assert (out / "brief.md").exists() and (out / "brief.html").exists()
    res = runner.invoke(app, ["kb", "template", "list", *w])
    assert res.exit_code == 0 and "webinar" in res.output
    res = runner.invoke(app, ["brief", "NOPE", *w])  # not in campaigns, no --start
    assert res.exit_code == 1 and "--start" in res.output and "Traceback" not in res.output
    res = runner.invoke(app, [*args, "--template", "nope", *w])
    assert res.exit_code == 1 and "No campaign template named 'nope'" in res.output
