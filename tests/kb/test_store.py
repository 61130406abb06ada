"""The knowledge base store: one transaction per write, replace or keep history, crash safety."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
import sqlalchemy as sa

from debrief.engine import Request, run
from debrief.kb import KnowledgeBase, default_kb_url, lessons_from_report, tables
from debrief.kb import save as save_mod
from debrief.kb.tables import report_display

AS_OF = dt.date(2027, 1, 1)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    import importlib.util
    from pathlib import Path

    from debrief.workspace import Workspace

    spec = importlib.util.spec_from_file_location(
        "_pmf", Path(__file__).resolve().parents[1] / "postmortem" / "conftest.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ws = Workspace.in_memory()
    for name, df in mod._frames(lead_to_sql=0.1).items():
        ws.con.create_table(name, df)
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=AS_OF)
    kb = tmp_path_factory.mktemp("nokb") / "none.sqlite"
    return run(replace(req, kb=f"sqlite:///{kb}"), ws)


def test_default_url_sits_beside_the_workspace(tmp_path) -> None:
    ws = tmp_path / "demo" / "debrief.duckdb"
    assert default_kb_url(str(ws)) == f"sqlite:///{tmp_path / 'demo' / 'debrief-kb.sqlite'}"
    assert default_kb_url("postgres://u@h/db") == "sqlite:///debrief-kb.sqlite"


def test_save_replace_and_keep_history(tmp_path, report) -> None:
    kb = KnowledgeBase.open(f"sqlite:///{tmp_path / 'kb.sqlite'}")
    lessons = lessons_from_report(report, "pipeline", "mid-market")
    first = kb.save_report(report, lessons=lessons, as_of=AS_OF)
    n = kb.counts()
    assert n["reports"] == 1 and n["changes"] == 1
    assert n["findings"] == len(report.all_findings())
    assert n["playbook"] == len(lessons) > 0
    second = kb.save_report(report, lessons=lessons, as_of=AS_OF)
    assert second != first
    assert kb.counts() == n  # the rerun replaced the earlier post-mortem and all it held
    kb.save_report(report, keep_history=True, lessons=lessons, as_of=AS_OF)
    assert kb.counts()["reports"] == 2 and kb.counts()["changes"] == 2
    doc = kb.get_report(second)["document"]
    assert doc["campaign_id"] == "C1" and doc["kind"] == "post_mortem"
    assert kb.search("hand-off")  # the diagnosis sentence and the change title
    entries = kb.playbook_entries(channel="paid_search", problem="lead_quality_or_handoff")
    assert entries and all(e["channel"] == "paid_search" for e in entries)
    change = kb.changes()[0]
    assert change["status"] == "proposed" and change["channels"] == ["paid_search", "paid_social"]
    kb.set_change_status(change["id"], "done")
    assert kb.changes(status="done")[0]["id"] == change["id"]
    with pytest.raises(ValueError):
        kb.set_change_status(change["id"], "finished")
    kb.close()


def test_a_stored_report_renders_as_the_html_it_was_delivered_as(tmp_path, report) -> None:
    from debrief.render import to_html

    kb = KnowledgeBase.open(f"sqlite:///{tmp_path / 'kb.sqlite'}")
    rid = kb.save_report(report, as_of=AS_OF, currency="EUR")
    stored, currency = kb.stored_report(rid)
    assert currency == "EUR"
    assert sum(len(s.charts) for s in stored.stages.values()) > 0  # charts came back
    assert to_html(stored, currency) == to_html(report, "EUR")
    assert kb.stored_report(rid + 1) is None
    # a report saved before report_display existed still renders, from report.json alone
    with kb.transaction() as conn:
        conn.execute(sa.delete(report_display))
    old, currency = kb.stored_report(rid)
    assert currency is None and not any(s.charts for s in old.stages.values())
    assert [f.statement for f in old.all_findings()] == [f.statement for f in report.all_findings()]
    kb.close()


def test_a_monthly_review_replaces_the_same_months_review(tmp_path, report) -> None:
    kb = KnowledgeBase.open(f"sqlite:///{tmp_path / 'kb.sqlite'}")
    monthly = report.replace(kind="monthly_review", campaign_id=None)
    first = kb.save_report(monthly, as_of=AS_OF)
    n = kb.counts()
    assert n["reports"] == 1 and n["report_display"] == 1
    kb.save_report(monthly, as_of=AS_OF)
    assert kb.counts() == n and kb.get_report(first) is None
    later = monthly.replace(
        period_start=monthly.period_start.replace(year=monthly.period_start.year + 1),
        period_end=monthly.period_end.replace(year=monthly.period_end.year + 1),
    )
    kb.save_report(later, as_of=AS_OF)
    assert kb.counts()["reports"] == 2  # another month is kept
    kb.close()


def test_failure_mid_write_rolls_back(tmp_path, report, monkeypatch) -> None:
    kb = KnowledgeBase.open(f"sqlite:///{tmp_path / 'kb.sqlite'}")
    kb.save_report(report, as_of=AS_OF)
    before = kb.counts()

    def boom(step: str) -> None:
        if step == "change":
            raise RuntimeError("disk full")

    monkeypatch.setattr(save_mod, "WRITE_HOOK", boom)
    with pytest.raises(RuntimeError):
        kb.save_report(report, as_of=AS_OF)
    assert kb.counts() == before  # the old report was not deleted, the new one not half-written
    kb.close()


@pytest.mark.parametrize("step", ["deleted_old", "findings", "playbook"])
def test_killed_writer_leaves_nothing_partial(tmp_path, report, step) -> None:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    kb = KnowledgeBase.open(url)
    kb.save_report(report, lessons=lessons_from_report(report), as_of=AS_OF)
    before = kb.counts()
    kb.close()
    doc_path = tmp_path / "report.pickle"
    import pickle

    doc_path.write_bytes(pickle.dumps(report))
    script = textwrap.dedent(
        f"""
        import os, pickle, signal
        from debrief.kb import KnowledgeBase, lessons_from_report
        from debrief.kb import save
        def hook(step):
            if step == {step!r}:
                os.kill(os.getpid(), signal.SIGKILL)
        save.WRITE_HOOK = hook
        report = pickle.loads(open({str(doc_path)!r}, "rb").read())
        kb = KnowledgeBase.open({url!r})
        kb.save_report(report, lessons=lessons_from_report(report))
        print("not killed")
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "not killed" not in proc.stdout
    kb = KnowledgeBase.open(url)
    assert kb.counts() == before
    assert len(kb.list_reports()) == 1
    kb.close()
    assert os.path.exists(tmp_path / "kb.sqlite")


@pytest.mark.postgres
def test_same_code_on_postgres(report) -> None:
    url = os.environ.get("DEBRIEF_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("DEBRIEF_TEST_POSTGRES_URL is not set")
    pytest.importorskip("psycopg")
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://") :]
    kb = KnowledgeBase.open(url)
    try:
        tables.metadata.drop_all(kb.engine)
        tables.metadata.create_all(kb.engine)
        first = kb.save_report(report, lessons=lessons_from_report(report), as_of=AS_OF)
        second = kb.save_report(report, lessons=lessons_from_report(report), as_of=AS_OF)
        assert second != first and kb.counts()["reports"] == 1
        assert kb.search("hand-off")
    finally:
        tables.metadata.drop_all(kb.engine)
        kb.close()
