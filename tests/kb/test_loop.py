"""The loop: a later post-mortem measures the earlier one's change, before and after."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import pandas as pd
import pytest

from debrief.engine import Request, run
from debrief.kb import KnowledgeBase, lessons_from_report, open_commitments_due


def _pm(ws, cid, as_of, url):
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id=cid, as_of=as_of)
    return run(replace(req, kb=url), ws)


def test_second_postmortem_reports_the_first_change(pm_ws, pm_frames, tmp_path) -> None:
    frames = pm_frames(lead_to_sql=0.1)
    ws = pm_ws(lead_to_sql=0.1)
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    first_day = dt.date(2026, 3, 25)
    first = _pm(ws, "C1", first_day, url)
    change = first.stages["one_change"].tables["change"][0]
    assert change["measure"] == "lead_to_sql"
    kb = KnowledgeBase.open(url)
    kb.save_report(first, lessons=lessons_from_report(first), as_of=first_day)
    # proposed, not yet agreed: not a commitment, so nothing is measured even when it is due
    assert kb.changes()[0]["status"] == "proposed"
    assert open_commitments_due(kb, dt.date(2026, 7, 1), ws) == []
    kb.set_change_status(kb.changes()[0]["id"], "agreed")  # after the meeting
    assert open_commitments_due(kb, change["due"] - dt.timedelta(days=1), ws) == []
    kb.close()

    later = dt.date(2026, 7, 1)
    second = _pm(ws, "C3", later, url)
    rows = second.stages["one_change"].tables["commitments_due"]
    assert len(rows) == 1
    r = rows[0]
    assert r["campaign_id"] == "C1" and r["metric"] == "lead_to_sql"

    # independent computation over the lead rows
    leads = frames["leads"]
    cutoff = pd.Timestamp(later + dt.timedelta(days=1), tz="UTC")
    day = leads.created_at.dt.date

    def rate(mask):
        sub = leads[mask]
        sql = (
            (sub.sql_at.notna() & (sub.sql_at < cutoff))
            | (sub.opportunity_at.notna() & (sub.opportunity_at < cutoff))
            | (sub.won_at.notna() & (sub.won_at < cutoff))
        )
        return sql.sum() / len(sub), len(sub)

    b, n1 = rate((day >= dt.date(2026, 3, 2)) & (day <= dt.date(2026, 3, 21)))
    a, n2 = rate((day >= first_day + dt.timedelta(days=1)) & (day <= later))
    assert r["before"] == pytest.approx(b)
    assert r["after"] == pytest.approx(a)
    se = math.sqrt(b * (1 - b) / n1 + a * (1 - a) / n2)
    assert r["diff_low"] == pytest.approx(a - b - 1.959963984540054 * se)
    assert r["diff_high"] == pytest.approx(a - b + 1.959963984540054 * se)
    assert r["after"] > r["before"] and r["diff_low"] > 0
    assert r["target_reached"] is True  # back at the 30% target
    finding = next(f for f in second.stages["one_change"].findings if f.kind == "commitment_result")
    assert "lead-to-SQL rate" in finding.statement

    kb = KnowledgeBase.open(url)
    checks = open_commitments_due(kb, later, ws, record=True)
    stored = kb.changes()[0]
    assert stored["result"]["after"] == pytest.approx(checks[0].after)
    assert stored["measured_on"] == later
    kb.close()


def test_volume_commitments_are_per_day(pm_ws, pm_frames) -> None:
    from debrief.kb import measure_commitment

    frames = pm_frames()
    ws = pm_ws()
    change = {
        "id": 7,
        "campaign_id": "C1",
        "title": "More reach",
        "owner": "Dana",
        "due": dt.date(2026, 4, 1),
        "measure": "impressions",
        "target": 400_000.0,
        "channels": ["paid_search"],
        "period_start": dt.date(2026, 3, 2),
        "period_end": dt.date(2026, 3, 21),
        "created_on": dt.date(2026, 3, 25),
    }
    check = measure_commitment(change, ws, dt.date(2026, 6, 30))
    ad = frames["ad_performance"]
    ad = ad[ad.channel == "paid_search"]
    before = ad[(ad.date >= dt.date(2026, 3, 2)) & (ad.date <= dt.date(2026, 3, 21))]
    after = ad[(ad.date >= dt.date(2026, 3, 26)) & (ad.date <= dt.date(2026, 6, 30))]
    assert check.before == pytest.approx(before.impressions.sum() / 20)
    assert check.after == pytest.approx(after.impressions.sum() / 97)
    assert check.target == pytest.approx(400_000 / 20)
    assert check.diff_low is None  # no interval for volumes
    assert "impressions per day were" in check.statement


def test_monthly_review_lists_the_commitments_that_fell_due(pm_ws, tmp_path) -> None:
    from debrief.engine import run_monthly

    ws = pm_ws(lead_to_sql=0.1)
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    first_day = dt.date(2026, 3, 25)
    first = _pm(ws, "C1", first_day, url)
    kb = KnowledgeBase.open(url)
    kb.save_report(first, lessons=lessons_from_report(first), as_of=first_day)
    kb.set_change_status(kb.changes()[0]["id"], "agreed")
    kb.close()
    change = first.stages["one_change"].tables["change"][0]

    def review(as_of: dt.date):
        req = Request(
            kind="monthly_review",
            workspace=":memory:",
            month="2026-06",
            stages=("campaign_performance",),
            as_of=as_of,
            kb=url,
        )
        return run_monthly(ws, req)

    assert "commitments" not in review(change["due"] - dt.timedelta(days=1)).stages
    due = review(dt.date(2026, 7, 1)).stages["commitments"]
    (row,) = due.tables["due"]
    assert row["campaign_id"] == "C1" and row["metric"] == "lead_to_sql"
    (finding,) = due.findings
    assert finding.kind == "commitment_result" and finding.stage == "commitments"
    assert finding.actual == row["after"] and finding.reference == row["before"]
