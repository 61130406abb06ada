"""The review's follow-up, checked against computations made here from the demo's CSV files:
quarter over quarter, last month's actions measured again, on-time delivery, read receipts."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from debrief.config import Settings
from debrief.context import StageContext
from debrief.cycle.follow_up import follow_up_stage, measure_action, quarter_rows
from debrief.kb import KnowledgeBase, actions_of, journal, outbox, record_read, set_action_status
from debrief.period import Period
from debrief.results import Action, Finding, Report, StageResult, Summary

OCT, SEP = Period.month("2026-10"), Period.month("2026-09")


@pytest.fixture(scope="module")
def csv(demo_dir):
    ads = pd.read_csv(demo_dir / "ad_performance.csv", parse_dates=["date"])
    leads = pd.read_csv(demo_dir / "leads.csv", parse_dates=["created_at", "won_at"])
    for col in ("created_at", "won_at"):  # UTC timestamps, compared as UTC wall time
        if getattr(leads[col].dt, "tz", None) is not None:
            leads[col] = leads[col].dt.tz_convert(None)
    return ads, leads


def _in(s: pd.Series, start: str, end: str) -> pd.Series:
    return (s >= pd.Timestamp(start)) & (s < pd.Timestamp(end) + pd.Timedelta(days=1))


def test_quarter_over_quarter_matches_the_csv(demo_ws, csv) -> None:
    ads, leads = csv
    rows, now, before = quarter_rows(demo_ws, OCT)
    assert (now.start, now.end) == (dt.date(2026, 8, 1), dt.date(2026, 10, 31))
    assert (before.start, before.end) == (dt.date(2026, 5, 1), dt.date(2026, 7, 31))
    by = {r["metric"]: r for r in rows}
    q, p = _in(ads.date, "2026-08-01", "2026-10-31"), _in(ads.date, "2026-05-01", "2026-07-31")
    spend_q, spend_p = ads.spend[q].sum(), ads.spend[p].sum()
    rev_q, rev_p = ads.conversion_value[q].sum(), ads.conversion_value[p].sum()
    assert by["spend"]["actual"] == pytest.approx(spend_q, abs=0.005)
    assert by["spend"]["prior_quarter"] == pytest.approx(spend_p, abs=0.005)
    assert by["revenue"]["actual"] == pytest.approx(rev_q, abs=0.005)
    assert by["roas"]["prior_quarter"] == pytest.approx(rev_p / spend_p)
    assert by["roas"]["change"] == pytest.approx(
        (rev_q / spend_q - rev_p / spend_p) / (rev_p / spend_p)
    )
    n_q = int(_in(leads.created_at, "2026-08-01", "2026-10-31").sum())
    n_p = int(_in(leads.created_at, "2026-05-01", "2026-07-31").sum())
    assert (by["leads"]["actual"], by["leads"]["prior_quarter"]) == (n_q, n_p)
    assert by["leads"]["favourable"] == (n_q > n_p)
    won_q = int(_in(leads.won_at.dropna(), "2026-08-01", "2026-10-31").sum())
    assert by["cac"]["actual"] == pytest.approx(spend_q / won_q)
    assert by["cac"]["favourable"] == (by["cac"]["change"] < 0)  # a cost: lower is favourable
    assert by["spend"]["favourable"] is None  # what went in, not how it went


def test_a_quarter_the_data_does_not_cover_is_not_known(demo_ws) -> None:
    rows, _, before = quarter_rows(demo_ws, Period.month("2026-01"))  # data from 2025-10-01
    assert before.start == dt.date(2025, 8, 1)
    assert all(r["prior_quarter"] is None and r["change"] is None for r in rows)
    assert any(r["actual"] is not None for r in rows)


def _action(**kw):
    base = {
        "id": 7,
        "title": "Raise CTR on display",
        "owner": "Tomás Ortega",
        "due": dt.date(2026, 10, 15),
        "status": "done",
        "period_start": SEP.start,
        "period_end": SEP.end,
        "created_on": dt.date(2026, 10, 3),
        "reference_kind": "target",
    }
    base.update(kw)
    return base


def test_an_action_is_measured_in_its_month_and_the_next(demo_ws, csv) -> None:
    ads, leads = csv
    row = measure_action(
        _action(metric="ctr", subject={"channel": "display"}, target=0.004),
        demo_ws,
        OCT,
        dt.date(2026, 11, 3),
    )
    d = ads[ads.channel == "display"]
    sep, octo = (
        d[_in(d.date, "2026-09-01", "2026-09-30")],
        d[_in(d.date, "2026-10-01", "2026-10-31")],
    )
    assert row["measured"] and row["subject"] == "display"
    assert row["before"] == pytest.approx(sep.clicks.sum() / sep.impressions.sum())
    assert row["after"] == pytest.approx(octo.clicks.sum() / octo.impressions.sum())
    assert row["target_reached"] == (row["after"] >= 0.004)
    assert row["diff_low"] < row["difference"] < row["diff_high"]
    assert row["statement"].startswith(
        "After the action “Raise CTR on display” (done), CTR for display was"
    )
    # a volume is per day (September has 30 days, October 31)
    vol = measure_action(
        _action(metric="leads", subject={"campaign_id": "AO-SYND"}),
        demo_ws,
        OCT,
        dt.date(2026, 11, 3),
    )
    syn = leads[leads.campaign_id == "AO-SYND"]
    assert vol["before"] == pytest.approx(
        _in(syn.created_at, "2026-09-01", "2026-09-30").sum() / 30
    )
    assert vol["after"] == pytest.approx(_in(syn.created_at, "2026-10-01", "2026-10-31").sum() / 31)


@pytest.mark.parametrize(
    ("metric", "subject", "why"),
    [
        ("utilisation", {"channel": "display"}, "not one Debrief measures"),
        ("mql_to_sql", {"segment": {"score_band": "80-100"}}, "narrower than a campaign"),
    ],
)
def test_an_action_that_cannot_be_measured_says_so(demo_ws, metric, subject, why) -> None:
    row = measure_action(
        _action(metric=metric, subject=subject), demo_ws, OCT, dt.date(2026, 11, 3)
    )
    assert row["measured"] is False and why in row["statement"] and "after" not in row


def _september_review() -> Report:
    f = Finding(
        id="cp.ctr.display",
        stage="campaign_performance",
        kind="below_target",
        statement="CTR was 0.2% against a target of 0.4% for display.",
        metric="ctr",
        subject={"channel": "display"},
        actual=0.002,
        reference=0.004,
        reference_kind="target",
    )
    actions = tuple(
        Action(
            id=f"action-{i}",
            title=t,
            rationale="r",
            expected_impact={},
            owner="Tomás Ortega",
            due=dt.date(2026, 10, 15),
            measure="m",
            finding_ids=("cp.ctr.display",),
        )
        for i, t in enumerate(["Raise CTR on display", "Second", "Third"], 1)
    )
    return Report(
        kind="monthly_review",
        period_start=SEP.start,
        period_end=SEP.end,
        generated_at=dt.datetime(2026, 10, 2, 8, tzinfo=dt.UTC),
        stages={"campaign_performance": StageResult("campaign_performance", findings=(f,))},
        summary=Summary(actions=actions),
        title="Monthly marketing review — 2026-09",
    )


def plan_pre_reads(kb: KnowledgeBase, addresses: tuple[str, ...]) -> None:
    """The September review's pre-read to each address, planned in the outbox."""
    for addr in addresses:
        outbox.plan_delivery(
            kb,
            key=f"monthly:2026-09:pre_read:{addr}",
            cycle="monthly:2026-09",
            kind="pre_read",
            channel="email",
            recipient=addr,
            due_on=dt.date(2026, 10, 5),
        )


def _kb_with_september(tmp_path, tracked: bool) -> str:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    kb = KnowledgeBase.open(url)
    kb.save_report(_september_review(), as_of=dt.date(2026, 10, 2))
    for a in actions_of(kb)[:2]:
        set_action_status(kb, a["id"], "done")
    meeting = dt.datetime(2026, 10, 6, 10, 0, tzinfo=dt.UTC)
    key = "monthly:2026-09:review"
    journal.begin(kb, key, cycle="monthly:2026-09", kind="review", on=dt.date(2026, 10, 2))
    journal.complete(kb, key, {"completed_on": "2026-10-02", "meeting": meeting.isoformat()})
    plan_pre_reads(kb, ("vp@x.com", "dg@x.com", "content@x.com", "ops@x.com"))
    for d in outbox.deliveries_of(kb):
        outbox.claim(kb, d.id)
        outbox.finish(kb, d.id, "sent", note={"sent_on": "2026-10-05", "receipt_link": tracked})
    if tracked:
        read = {"vp@x.com": 9, "dg@x.com": 20, "content@x.com": 30}  # hours after Oct 5, 0:00
        for d in outbox.deliveries_of(kb):
            if d.recipient in read:
                at = dt.datetime(2026, 10, 5, tzinfo=dt.UTC) + dt.timedelta(hours=read[d.recipient])
                record_read(kb, d.id, at)  # content@ read it on the 6th at 06:00, before 10:00
        ops = next(d for d in outbox.deliveries_of(kb) if d.recipient == "ops@x.com")
        record_read(kb, ops.id, dt.datetime(2026, 10, 6, 11, 0, tzinfo=dt.UTC))  # after
    kb.close()
    return url


def _ctx(demo_ws) -> StageContext:
    return StageContext(
        workspace=demo_ws, period=OCT, settings=Settings(), as_of=dt.date(2026, 11, 3)
    )


def test_follow_up_of_the_previous_review(demo_ws, tmp_path) -> None:
    url = _kb_with_september(tmp_path, tracked=True)
    kb = KnowledgeBase.open(url)
    stage = follow_up_stage(_ctx(demo_ws), kb)
    kb.close()
    said = {f.id: f.statement for f in stage.findings}
    assert said["follow_up.on_time"] == (
        "This review was completed 2 business days after month end (2026-11-03), against the 3 "
        "business days it is due within."
    )
    assert said["follow_up.previous"] == (
        "The 2026-09 review was completed 2 business days after month end and sent to 4 readers "
        "by email on 2026-10-05, before the meeting of 2026-10-06; reviewed before the meeting: 3 "
        "of 4."
    )
    assert said["follow_up.implemented"] == (
        "2 of 3 recommendations of the 2026-09 review implemented (0 dropped, 1 open), against a "
        "target of 3."
    )
    measured = [r for r in stage.tables["actions"] if r["measured"]]
    assert len(measured) == 3 and measured[0]["metric"] == "ctr"
    assert said["follow_up.quarter"].startswith(
        "Quarter over quarter (2026-08 to 2026-10 against 2026-05 to 2026-07)"
    )
    # stored with the October review, the measurements land on the September actions
    kb = KnowledgeBase.open(url)
    october = Report(
        kind="monthly_review",
        period_start=OCT.start,
        period_end=OCT.end,
        generated_at=dt.datetime(2026, 11, 3, tzinfo=dt.UTC),
        stages={"follow_up": stage},
        title="Monthly marketing review — 2026-10",
    )
    kb.save_report(october, as_of=dt.date(2026, 11, 3))
    sept = actions_of(kb, period_end=SEP.end)
    assert all(a["measured_on"] == dt.date(2026, 11, 3) for a in sept)
    assert sept[0]["result"]["after"] == pytest.approx(measured[0]["after"])
    kb.close()


def test_without_read_links_who_read_it_is_not_known(demo_ws, tmp_path) -> None:
    kb = KnowledgeBase.open(_kb_with_september(tmp_path, tracked=False))
    stage = follow_up_stage(_ctx(demo_ws), kb)
    kb.close()
    (prev,) = [f for f in stage.findings if f.id == "follow_up.previous"]
    assert prev.statement.endswith(
        "who read it before the meeting is not known (no read-receipt links)."
    )
    assert prev.actual is None  # unknown, not 0 of 4


def test_without_a_knowledge_base_only_this_review_and_the_quarter(demo_ws, tmp_path) -> None:
    stage = follow_up_stage(_ctx(demo_ws), None)
    assert [f.id for f in stage.findings] == ["follow_up.on_time", "follow_up.quarter"]
    assert stage.notes == (
        "No knowledge base: the previous review's delivery and actions are not known.",
    )


@pytest.mark.parametrize(
    ("as_of", "measured"),
    [
        (dt.date(2026, 11, 30), True),  # the last day of the following month: a late review
        (dt.date(2026, 12, 1), False),  # after it: a back-fill of an earlier month
        (dt.date(2030, 11, 4), False),
    ],
)
def test_a_back_filled_month_is_not_called_late(demo_ws, as_of, measured) -> None:
    """A team loading its history reviews old months years after month end: that it was written
    1,000 business days late is true and says nothing about the cycle. Within the following month
    the delivery time is measured; after it, a note says the review is a back-fill."""
    ctx = StageContext(workspace=demo_ws, period=OCT, settings=Settings(), as_of=as_of)
    stage = follow_up_stage(ctx, None)
    (row,) = stage.tables["delivery"]
    assert row["business_days"] > 3 and row["completed_on"] == as_of
    ids = [f.id for f in stage.findings]
    if measured:
        assert "follow_up.on_time" in ids and row["on_time"] is False
        assert not any("back-fill" in n for n in stage.notes)
    else:
        assert "follow_up.on_time" not in ids and row["on_time"] is None
        assert stage.notes[0] == (
            f"This review of 2026-10 was written on {as_of.isoformat()}, after the following "
            "month had ended: a back-fill, so its delivery time is not measured."
        )


def test_a_back_filled_previous_review_is_not_called_late(demo_ws, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    kb = KnowledgeBase.open(url)
    kb.save_report(_september_review(), as_of=dt.date(2026, 12, 2))
    key = "monthly:2026-09:review"
    journal.begin(kb, key, cycle="monthly:2026-09", kind="review", on=dt.date(2026, 12, 2))
    meeting = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC)
    journal.complete(kb, key, {"completed_on": "2026-12-02", "meeting": meeting.isoformat()})
    # both months loaded on the same day in December
    ctx = StageContext(
        workspace=demo_ws, period=OCT, settings=Settings(), as_of=dt.date(2026, 12, 2)
    )
    stage = follow_up_stage(ctx, kb)
    kb.close()
    said = {f.id: f.statement for f in stage.findings}
    assert said["follow_up.previous"] == (
        "The 2026-09 review was written on 2026-12-02 as a back-fill; no pre-read was sent by "
        "debrief tick, so who read it is not known."
    )
    assert "follow_up.on_time" not in said and "back-fill" in stage.notes[0]
    assert [r["on_time"] for r in stage.tables["delivery"]] == [None, None]
