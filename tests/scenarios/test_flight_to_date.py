"""A campaign success criterion on a total, for a flight that spans months, is shown in the
monthly review as the flight-to-date total and labelled so (issue 10: "totals when the flight lies
within the month, otherwise shown as flight-to-date and labelled so")."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from debrief.engine import Request, run
from debrief.ingest import ingest
from debrief.scenarios import build

from . import cases

D = dt.date


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    aos = [
        cases.campaign("AO-SEARCH", "always_on", D(2026, 4, 1), None, {"paid_search": 800.0}),
        cases.campaign("AO-SOCIAL", "always_on", D(2026, 4, 1), None, {"paid_social": 900.0}),
    ]
    span = cases.campaign(  # 15 September to 15 November: goes on after October
        "SPAN",
        "current",
        D(2026, 9, 15),
        D(2026, 11, 15),
        {"paid_search": 1500.0},
        criteria={"leads": 10_000_000.0, "roas": 0.01},
    )
    done = cases.campaign(  # 10 September to 20 October: ends in October
        "DONE",
        "current",
        D(2026, 9, 10),
        D(2026, 10, 20),
        {"paid_social": 1500.0},
        criteria={"leads": 1.0},
    )
    sc = build(cases.company([*aos, span, done], start="2026-04-01", seed=3))
    tmp = tmp_path_factory.mktemp("ftd")
    sc.write(tmp / "files")
    ingest([tmp / "files"], str(tmp / "ws.duckdb"))
    report = run(
        Request(
            kind="monthly_review",
            workspace=str(tmp / "ws.duckdb"),
            month="2026-10",
            as_of=sc.truth.as_of,
        )
    )
    return sc, report


def _row(report, cid, metric):
    rows = report.stages["campaign_performance"].tables["targets"]
    (row,) = [
        r
        for r in rows
        if r["campaign_id"] == cid and r["metric"] == metric and r["scope"] == "campaign"
    ]
    return row


def _leads(sc, cid, first, last):
    leads = sc.frames["leads"]
    day = pd.to_datetime(leads["created_at"]).dt.date
    return int(((leads["campaign_id"] == cid) & (day >= first) & (day <= last)).sum())


def test_a_total_criterion_of_a_flight_going_on_is_flight_to_date_and_in_progress(month):
    sc, report = month
    row = _row(report, "SPAN", "leads")
    assert row["measured_over"] == "flight_to_date"
    assert str(row["since"])[:10] == "2026-09-15"
    assert row["actual"] == _leads(sc, "SPAN", D(2026, 9, 15), D(2026, 10, 31))
    assert row["actual"] > _leads(sc, "SPAN", D(2026, 10, 1), D(2026, 10, 31))
    assert row["status"] == "in_progress"  # short of an at-least total while the flight goes on


def test_a_flight_that_ended_in_the_month_is_judged_on_its_whole_total(month):
    sc, report = month
    row = _row(report, "DONE", "leads")
    assert row["measured_over"] == "flight_to_date"
    assert row["actual"] == _leads(sc, "DONE", D(2026, 9, 10), D(2026, 10, 20))
    assert row["status"] == "met"


def test_ratios_are_compared_on_the_month_and_totals_draw_no_monthly_finding(month):
    _, report = month
    roas = _row(report, "SPAN", "roas")
    assert "measured_over" not in roas and roas["source"] == "success_criterion"
    found = report.stages["campaign_performance"].findings
    assert not [
        f for f in found if f.subject.get("campaign_id") in ("SPAN", "DONE") and f.metric == "leads"
    ]
