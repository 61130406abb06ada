"""Stage 7, the executive summary: KPIs against plain Python, ranking, actions and dates by hand."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import importlib

import pandas as pd
import pytest

from debrief.config import parse_settings
from debrief.context import StageContext
from debrief.period import Period
from debrief.results import Finding, Report, StageResult
from debrief.synthesis import build_summary
from debrief.synthesis.actions import actions_from
from debrief.synthesis.executive import executive_summary, review_dates
from debrief.synthesis.kpis import kpi_rows, kpi_values
from debrief.synthesis.ranking import rank_findings, select_insights

OCT = Period.month("2026-10")
D = dt.date
CENT = 0.005
BANNED = ("underperform", "fail", "poor", "bad", "weak", "disappoint", "blame", "fault")

ADS = pd.DataFrame(
    {
        "date": [D(2026, 10, 1), D(2026, 10, 31), D(2026, 9, 1), D(2026, 11, 1), D(2026, 10, 9)],
        "channel": ["display", "email", "display", "display", "paid_search"],
        "campaign_id": ["AO-DISPLAY", "AO-EMAIL", "AO-DISPLAY", "AO-DISPLAY", "AO-SEARCH"],
        "spend": [1000.10, 250.20, 800.00, 999.00, 3000.33],
        "impressions": [50000, 9000, 40000, 1, 60000],
        "clicks": [300, 700, 250, 1, 1200],
        "conversions": [5, 40, 10, 1, 50],
        "conversion_value": [400.40, 1100.00, 2500.00, 5000.00, 9000.99],
    }
)

# created, mql, opportunity, won (UTC), amount
_L = [
    ("L1", "2026-10-02", "2026-10-05", "2026-10-20", "2026-10-30", 10000.0),
    ("L2", "2026-09-20", "2026-09-25", "2026-10-01", "2026-10-31T23:59:59", 7000.5),
    ("L3", "2026-10-10", "2026-10-11", None, None, None),
    ("L4", "2026-10-31T23:00:00", None, None, None, None),
    ("L5", "2026-09-01", "2026-09-02", "2026-09-10", "2026-09-30T23:59:59", 4000.0),
    ("L6", "2026-11-01", "2026-11-01", None, None, None),
]


def _leads() -> pd.DataFrame:
    df = pd.DataFrame(
        _L, columns=["lead_id", "created_at", "mql_at", "opportunity_at", "won_at", "amount"]
    )
    for c in ("created_at", "mql_at", "opportunity_at", "won_at"):
        df[c] = pd.to_datetime(df[c], utc=True, format="ISO8601")
    return df


TARGETS = pd.DataFrame(
    [
        {"metric": "spend", "target": 5000.0, "month": "2026-10", "channel": None},
        {"metric": "roas", "target": 3.0, "month": "2026-10", "channel": None},
        {"metric": "MQL", "target": 2.0, "month": "2026-10", "channel": None},
        {"metric": "roas", "target": 9.0, "month": "2026-10", "channel": "display"},
        {"metric": "leads", "target": 50.0, "month": "2026-09", "channel": None},
    ]
)
CAMPAIGNS = pd.DataFrame(
    {
        "campaign_id": ["AO-DISPLAY", "AO-EMAIL"],
        "name": ["Display", "Email"],
        "owner": ["Dana Reyes", None],
    }
)


def _in(ts: str | None, p: Period) -> bool:
    if ts is None:
        return False
    return p.start <= dt.datetime.fromisoformat(ts).date() <= p.end


def _expected_kpis(p: Period) -> dict[str, float | None]:
    rows = [r for r in ADS.to_dict("records") if p.contains(r["date"])]
    spend = sum(r["spend"] for r in rows)
    revenue = sum(r["conversion_value"] for r in rows)
    won = [lead for lead in _L if _in(lead[4], p)]
    return {
        "spend": spend,
        "revenue": revenue,
        "roas": revenue / spend if spend else None,
        "roi": (revenue - spend) / spend if spend else None,
        "leads": sum(_in(lead[1], p) for lead in _L),
        "mqls": sum(_in(lead[2], p) for lead in _L),
        "pipeline": sum(_in(lead[3], p) for lead in _L),
        "customers": len(won),
        "won_revenue": sum(lead[5] for lead in won),
        "cac": spend / len(won) if won else None,
    }


@pytest.fixture
def ws(make_ws):
    return make_ws(ad_performance=ADS, leads=_leads(), targets=TARGETS, campaigns=CAMPAIGNS)


def test_kpis_equal_plain_python(ws):
    for p in (OCT, OCT.prior_month()):
        got, exp = kpi_values(ws, p), _expected_kpis(p)
        for k, v in exp.items():
            if k in ("spend", "revenue", "cac", "won_revenue"):
                assert abs(got[k] - v) < CENT, (p, k)
            else:
                assert got[k] == pytest.approx(v), (p, k)


def test_kpi_rows_against_targets_and_prior_month(ws):
    rows = {r["metric"]: r for r in kpi_rows(ws, OCT)}
    now, before = _expected_kpis(OCT), _expected_kpis(OCT.prior_month())
    assert rows["spend"]["target"] == 5000.0 and rows["spend"]["direction"] == "max"
    assert now["spend"] < 5000.0 and rows["spend"]["status"] == "met"
    # overall ROAS target only: the display-channel target (9.0) is not a KPI target
    assert rows["roas"]["target"] == 3.0
    assert rows["roas"]["status"] == ("met" if now["roas"] >= 3.0 else "not_met")
    assert rows["mqls"]["target"] == 2.0 and rows["mqls"]["actual"] == now["mqls"] == 2
    assert rows["mqls"]["status"] == "met"
    assert rows["leads"]["target"] is None and rows["leads"]["status"] == "no_target"
    assert rows["spend"]["prior_period"] == pytest.approx(before["spend"])
    assert rows["spend"]["change"] == pytest.approx(
        (now["spend"] - before["spend"]) / before["spend"]
    )
    assert rows["cac"]["direction"] == "max"
    assert {m: r["unit"] for m, r in rows.items()} == {
        **dict.fromkeys(("spend", "revenue", "cac", "won_revenue"), "money"),
        "roas": "ratio",
        "roi": "rate",
        **dict.fromkeys(("leads", "mqls", "pipeline", "customers"), "count"),
    }


def test_monthly_series_equals_plain_python(ws):
    from debrief.synthesis.kpis import monthly_series

    series = monthly_series(ws, OCT)
    assert [r["month"] for r in series] == [f"2026-{m:02d}" for m in range(5, 11)]
    by_month: dict[str, list[float]] = {}
    for r in ADS.to_dict("records"):
        if D(2026, 5, 1) <= r["date"] <= OCT.end:
            s = by_month.setdefault(r["date"].strftime("%Y-%m"), [0.0, 0.0])
            s[0] += r["spend"]
            s[1] += r["conversion_value"]
    for r in series:
        if r["month"] in by_month:
            spend, revenue = by_month[r["month"]]
            assert abs(r["spend"] - spend) < CENT and abs(r["revenue"] - revenue) < CENT
            assert r["roas"] == pytest.approx(revenue / spend)
        else:  # no delivery rows: unknown, not zero
            assert r["spend"] is None and r["revenue"] is None and r["roas"] is None


def test_monthly_series_carries_every_kpi_by_the_kpis_rule(ws):
    """The tiles' sparklines: each month's KPIs as the dashboard computes a month's (plain Python
    here); months before either source reaches are unknown, not zero."""
    from debrief.synthesis.kpis import KPI_METRICS, monthly_series

    series = {r["month"]: r for r in monthly_series(ws, OCT)}
    for m in ("2026-09", "2026-10"):
        for k, v in _expected_kpis(Period.month(m)).items():
            assert series[m][k] == pytest.approx(v, abs=CENT), (m, k)
    for m in ("2026-05", "2026-06", "2026-07", "2026-08"):
        assert [series[m][k] for k in KPI_METRICS] == [None] * len(KPI_METRICS), m


def test_kpis_of_a_month_in_progress(ws):
    rows = {r["metric"]: r for r in kpi_rows(ws, OCT, in_progress=True)}
    # MQLs (2 of 2) are met either way; ROAS is a ratio and compared as usual
    assert rows["mqls"]["status"] == "met" and rows["roas"]["status"] == "not_met"
    # September: 2 leads against a target of 50
    sep = OCT.prior_month()
    assert _expected_kpis(sep)["leads"] == 2
    assert {r["metric"]: r for r in kpi_rows(ws, sep)}["leads"]["status"] == "not_met"
    short = {r["metric"]: r for r in kpi_rows(ws, sep, in_progress=True)}
    assert short["leads"]["status"] == "in_progress" and short["leads"]["target"] == 50.0


def test_customers_fall_back_to_first_purchases(make_ws):
    conv = pd.DataFrame(
        {
            "user_id": ["a", "a", "b", "c", "c", "d"],
            "ts": pd.to_datetime(
                ["2026-09-30T23:59:59", "2026-10-03", "2026-10-01", "2026-10-31T23:59:59",
                 "2026-11-02", "2026-11-01"],
                utc=True,
                format="ISO8601",
            ),
        }
    )  # fmt: skip
    ws = make_ws(ad_performance=ADS, conversions=conv)
    got = kpi_values(ws, OCT)
    # a's first purchase is in September; b and c are new in October; d in November
    assert got["customers"] == 2
    assert abs(got["cac"] - _expected_kpis(OCT)["spend"] / 2) < CENT
    assert got["leads"] is None and got["mqls"] is None


def _f(fid, impact=0.0, severity="warning", subject=None, metric="roas", stage="budget", **kw):
    return Finding(
        id=fid,
        stage=stage,
        kind=kw.pop("kind", "below_target"),
        statement=kw.pop("statement", f"ROAS was 1.00 against a target of 2.00 for {fid}."),
        subject=subject if subject is not None else {"channel": fid},
        metric=metric,
        actual=kw.pop("actual", 1.0),
        reference=kw.pop("reference", 2.0),
        reference_kind=kw.pop("reference_kind", "target"),
        severity=severity,
        impact=impact,
        **kw,
    )


def test_ranking_by_money_then_severity():
    fs = [
        _f("a", 100.0, "warning"),
        _f("b", 100.0, "critical"),
        _f("c", 5000.0, "warning"),
        _f("d", 0.0, "critical"),
        _f("e", 9999.0, "info"),
    ]
    assert [f.id for f in rank_findings(fs)] == ["e", "c", "b", "a", "d"]
    # info is context: it only fills up to three insights
    assert [f.id for f in select_insights(fs)] == ["c", "b", "a", "d"]
    assert [f.id for f in select_insights(fs[:1] + fs[4:])] == ["a", "e"]
    many = [_f(f"x{i}", float(i)) for i in range(9)]
    assert [f.id for f in select_insights(many)] == ["x8", "x7", "x6", "x5", "x4"]


def test_money_ties_at_the_cent_whatever_the_summation_order():
    # The same spend summed in two orders (as two backends do) differs in the last bits; the
    # ranking must not let that pick the insight: severity, stage order and id decide.
    one, other = sum([0.1] * 10), 1.0
    assert one != other
    fs = [_f("b", other, stage="budget"), _f("a", one, stage="campaign_performance")]
    assert [f.id for f in rank_findings(fs)] == ["a", "b"]
    assert [f.id for f in rank_findings(fs[::-1])] == ["a", "b"]


def test_insights_keep_one_finding_per_subject_and_metric():
    same = {"campaign_id": "AO-DISPLAY"}
    fs = [
        _f("roas-target", 3000.0, "critical", same),
        _f("roas-bench", 2000.0, "critical", same, reference_kind="benchmark"),
        _f("cpa", 500.0, "warning", same, metric="cpa"),
        _f("other", 10.0),
    ]
    assert [f.id for f in select_insights(fs)] == ["roas-target", "cpa", "other"]


def test_one_fact_at_campaign_and_channel_level_is_one_insight():
    # the same measured rate; the channel compares it with a mix-adjusted reference
    fs = [
        _f(
            "campaign",
            900.0,
            "critical",
            {"campaign_id": "AO-SYND"},
            actual=4 / 173,
            reference=0.243,
            evidence={"mqls": 173},
        ),
        _f(
            "channel",
            900.0,
            "critical",
            {"channel": "content_syndication"},
            actual=4 / 173,
            reference=0.251,
            evidence={"mqls": 173, "matched": 160},
        ),
        _f(
            "other-channel",
            100.0,
            "warning",
            {"channel": "email"},
            actual=9 / 90,
            evidence={"mqls": 90},
        ),
    ]
    assert [f.id for f in select_insights(fs)] == ["campaign", "other-channel"]
    actions = actions_from(fs, owner_of=lambda s: "Dana", due=dt.date(2026, 11, 19))
    assert [a.finding_ids for a in actions] == [("campaign", "channel"), ("other-channel",)]


def test_overspend_and_spend_over_target_of_one_channel_are_one_insight():
    # The budget reads a channel's spend against its plan (utilisation 1.35), campaign
    # performance against its spend target: one fact, which the scenarios saw stated twice in
    # the key insights (issue 10), pushing a planted tracking gap out of the five.
    paid_social = {"channel": "paid_social"}
    fs = [
        _f(
            "overspend",
            18865.01,
            "critical",
            paid_social,
            metric="utilisation",
            kind="overspend",
            actual=1.35,
            reference=1.0,
            reference_kind="plan",
        ),
        _f(
            "spend",
            18865.01,
            "critical",
            paid_social,
            metric="spend",
            stage="campaign_performance",
            kind="above_target",
            actual=72765.01,
            reference=53900.0,
        ),
        _f(
            "gap",
            2142.85,
            "warning",
            {"channel": "video"},
            metric=None,
            stage="data_quality",
            kind="tracking_gap",
            actual=None,
            reference=None,
        ),
    ]
    # which of the two states it follows the stage order (campaign performance when the stages
    # are registered); the other is its evidence, not a second insight. The tracking gap is a
    # data caveat: stated first (ranking.CAVEATS).
    first, *rest = [f.id for f in select_insights(fs)]
    assert first == "gap" and len(rest) == 1 and rest[0] in ("overspend", "spend")


def test_actions_owner_due_impact_and_findings():
    fs = [
        _f("r1", 3000.0, "critical", {"campaign_id": "AO-DISPLAY"}),
        _f("r2", 2500.0, "critical", {"campaign_id": "AO-DISPLAY"}, metric="roi"),
        _f("s", 800.0, "warning", {"channel": "paid_social"}, metric="spend", kind="overspend",
           reference_kind="plan"),
        _f("t", 0.0, "critical", {"channel": "video"}, metric="impressions", kind="tracking_gap",
           actual=0.0, reference=3.0),
        _f("i", 99999.0, "info", {"channel": "email"}),
    ]  # fmt: skip
    owners = {"AO-DISPLAY": "Dana Reyes"}

    def owner_of(subject):
        return owners.get(subject.get("campaign_id"), "Marketing lead")

    acts = actions_from(fs, owner_of=owner_of, due=D(2026, 11, 19))
    assert [a.finding_ids for a in acts] == [("r1", "r2"), ("s",), ("t",)]
    a = acts[0]
    assert a.owner == "Dana Reyes" and a.due == D(2026, 11, 19)
    # the same shortfall through ROAS and ROI is not counted twice
    assert a.expected_impact == {"metric": "revenue", "value": 3000.0, "unit": "USD"}
    assert acts[1].expected_impact == {"metric": "spend", "value": 800.0, "unit": "USD"}
    assert acts[2].expected_impact["value"] == 3.0  # no money: the gap in its own unit
    assert acts[2].title == "Restore and verify tracking for video"
    for act in acts:
        text = f"{act.title} {act.rationale} {act.measure}".lower()
        assert not any(w in text for w in BANNED), text
    eight = [_f(f"x{i}", 1.0) for i in range(8)]
    assert len(actions_from(eight, owner_of=owner_of, due=D(2026, 1, 2))) == 5


def test_a_commitment_leads_its_group():
    social = {"channel": "paid_social"}
    fs = [
        _f("bench", 900.0, "warning", social, metric="cvr", reference_kind="benchmark"),
        _f("plan", 500.0, "critical", social, metric="spend", kind="overspend",
           reference_kind="plan"),
    ]  # fmt: skip
    (a,) = actions_from(fs, owner_of=lambda s: "x", due=D(2026, 1, 2))
    assert a.title == "Align spend with the plan for paid_social"
    assert a.finding_ids == ("plan", "bench")
    # the money the commitment puts at stake, not the benchmark gap's: impacts are not mixed
    assert a.expected_impact == {"metric": "spend", "value": 500.0, "unit": "USD"}


def test_action_wording_names_each_thing_once():
    fs = [
        _f("syn", 900.0, "critical", {"campaign_id": "AO-SYND", "stage": "mql_to_sql"},
           metric="mql_to_sql", kind="mql_to_sql_fall", reference_kind="prior_period",
           actual=0.023, reference=0.2427),
        _f("neck", 800.0, "critical", {"stage": "sql_to_opportunity"},
           metric="sql_to_opportunity_rate", kind="bottleneck", reference_kind="prior_period",
           actual=0.18, reference=0.3173),
        _f("roas", 700.0, "critical", {"campaign_id": "AO-DISPLAY"}, actual=0.52, reference=3.0),
        _f("util", 600.0, "warning", {"channel": "paid_social"}, metric="utilisation",
           kind="overspend", reference_kind="plan", actual=1.35, reference=1.0),
    ]  # fmt: skip
    got = [
        (a.title, a.measure) for a in actions_from(fs, owner_of=lambda s: "x", due=D(2026, 1, 2))
    ]
    assert got == [
        (
            "Bring MQL → SQL rate for AO-SYND back to the prior-period level",
            "MQL → SQL rate for AO-SYND against the prior-period level of 24.27%",
        ),
        (
            "Review what changed in the SQL → opportunity rate for all channels",
            "SQL → opportunity rate for all channels against the prior-period level of 31.73%",
        ),
        (
            "Bring ROAS for AO-DISPLAY to the target",
            "ROAS for AO-DISPLAY against the target of 3.00",
        ),
        (
            "Align spend with the plan for paid_social",
            "Utilisation for paid_social against the plan of 100.00%",
        ),
    ]


def test_review_dates_skip_weekends_and_us_holidays():
    s = parse_settings({}).summary
    d = review_dates(OCT, s)
    # Oct 31 is a Saturday: Mon 2, Tue 3, Wed 4 Nov
    assert d["report_due"] == D(2026, 11, 4)
    assert d["meeting"] == D(2026, 11, 5) and d["pre_read"] == D(2026, 11, 4)
    # 10 business days after Wed 4 Nov, Veterans Day (Wed 11 Nov) skipped: Thu 19 Nov
    assert d["actions_due"] == D(2026, 11, 19)
    # a period ending Tue 24 Nov: Wed 25, (Thanksgiving Thu 26), Fri 27, Mon 30
    d = review_dates(Period(D(2026, 11, 1), D(2026, 11, 24)), s)
    assert d["report_due"] == D(2026, 11, 30)
    nov = review_dates(Period.month("2026-11"), s)
    assert nov["report_due"] == D(2026, 12, 3) and nov["actions_due"] == D(2026, 12, 17)
    fixed = parse_settings({"summary": {"meeting_date": "2026-11-09"}}).summary
    d = review_dates(OCT, fixed)
    # a Monday meeting: 24 hours before is a Sunday, so the pre-read goes out on Friday
    assert d["meeting"] == D(2026, 11, 9) and d["pre_read"] == D(2026, 11, 6)
    # a Tuesday after a Monday holiday (MLK day, Mon 19 Jan 2026): back to Friday 16 Jan
    jan = parse_settings({"summary": {"meeting_date": "2026-01-20"}}).summary
    assert review_dates(Period.month("2025-12"), jan)["pre_read"] == D(2026, 1, 16)


def _stage1(findings):
    return StageResult(stage="campaign_performance", findings=tuple(findings))


def test_stage_and_summary_round_trip(ws):
    fs = [
        _f("cp1", 3000.0, "critical", {"campaign_id": "AO-DISPLAY"}, stage="campaign_performance"),
        _f("cp2", 100.0, "warning", {"campaign_id": "AO-EMAIL", "channel": "email"}),
        _f("cp3", 50.0, "warning", {"channel": "paid_search"}),
    ]
    dq = (_f("dq1", 0.0, "critical", {"channel": "video"}, stage="data_quality", kind="tracking_gap",
             metric=None, actual=None, reference=None, reference_kind=None),)  # fmt: skip
    owners = {"Paid Search": "Sam", "marketing_ops": "Ola Ops"}
    settings = parse_settings({"summary": {"owners": owners}})
    ctx = StageContext(workspace=ws, period=OCT, settings=settings, data_quality=dq,
                       results={"campaign_performance": _stage1(fs)})  # fmt: skip
    stage = executive_summary(ctx)
    assert set(stage.tables) == {"kpis", "trend", "insights", "actions", "focus", "dates"}
    assert stage.charts["spend_revenue_by_month"]["data"]["values"][-1]["month"] == "2026-10"
    assert {"metric", "actual", "target", "prior_period"} <= set(stage.tables["kpis"][0])
    results = {"campaign_performance": _stage1(fs), "executive_summary": stage}
    summary = build_summary(ctx, results)
    # the tracking gap is a data caveat: the first insight whatever its money (ranking.CAVEATS)
    assert [f.id for f in summary.insights] == ["dq1", "cp1", "cp2", "cp3"]
    assert summary.insights[1] is fs[0]  # the original finding, subject and evidence intact
    owners = [a.owner for a in summary.actions]
    # campaign owner; AO-EMAIL has none and email no channel owner: said so, no made-up role;
    # channel owner; the data fix's team owner (summary.owners.marketing_ops)
    assert owners == ["Dana Reyes", "owner to be assigned", "Sam", "Ola Ops"]
    kinds = [(a.resources["kind"], a.resources["team"]) for a in summary.actions]
    assert kinds[-1] == ("data_fix", "marketing_ops") and kinds[0] == ("campaign_fix", "demand_gen")
    assert all(a.resources["basis"] == "default assumption" for a in summary.actions)
    assert all(a.due == D(2026, 11, 19) for a in summary.actions)
    assert summary.dates["report_due"] == D(2026, 11, 4)
    assert summary.kpis["spend"]["actual"] == pytest.approx(_expected_kpis(OCT)["spend"])
    assert summary.focus and len(summary.focus) <= 5
    # without the stage having run, build_summary runs it
    again = build_summary(ctx, {"campaign_performance": _stage1(fs)})
    assert again == summary
    doc = Report(
        kind="monthly_review", period_start=OCT.start, period_end=OCT.end,
        generated_at=dt.datetime(2026, 11, 2, tzinfo=dt.UTC), stages=results, summary=summary,
    ).to_json_dict()  # fmt: skip
    assert doc["summary"]["actions"][0]["due"] == "2026-11-19"
    assert doc["summary"]["kpis"]["spend"]["target"] == 5000.0


# ---- the demo company ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(request):
    for name in ("debrief.demo", "debrief.ingest"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            pytest.skip(f"{name} is not available")
    return request.getfixturevalue("demo_dir"), request.getfixturevalue("demo_ws_path")


def test_demo_summary(demo):
    from debrief.analyses.campaign_performance import campaign_performance
    from debrief.workspace import Workspace

    demo_dir, path = demo
    with Workspace.open(path, read_only=True) as ws:
        ctx = StageContext(workspace=ws, period=OCT)
        cp = campaign_performance(ctx)
        stage = executive_summary(dataclasses.replace(ctx, results={"campaign_performance": cp}))
    with (demo_dir / "ad_performance.csv").open(newline="", encoding="utf-8") as fh:
        spend = sum(
            float(r["spend"]) for r in csv.DictReader(fh) if r["date"].startswith("2026-10")
        )
    kpis = {r["metric"]: r for r in stage.tables["kpis"]}
    assert abs(kpis["spend"]["actual"] - spend) < CENT
    ids = [r["id"] for r in stage.tables["insights"]]
    assert any("AO-DISPLAY" in i for i in ids)
    for a in stage.tables["actions"]:
        assert not any(w in f"{a['title']} {a['rationale']}".lower() for w in BANNED)


def test_summary_without_delivery_data(make_ws):
    ws = make_ws(leads=_leads())
    stage = executive_summary(StageContext(workspace=ws, period=OCT))
    kpis = {r["metric"]: r for r in stage.tables["kpis"]}
    assert kpis["spend"]["actual"] is None and kpis["roas"]["actual"] is None
    assert kpis["cac"]["actual"] is None  # no spend known: undefined, not 0
    assert kpis["leads"]["actual"] == _expected_kpis(OCT)["leads"]
    # the lead KPIs' months are known (their sparklines), spend is not: no spend chart
    oct_trend = stage.tables["trend"][-1]
    assert oct_trend["month"] == "2026-10" and oct_trend["spend"] is None
    assert oct_trend["leads"] == _expected_kpis(OCT)["leads"] and stage.charts == {}
    assert stage.tables["actions"] == []


def test_a_gap_without_money_reads_in_the_metric_unit():
    """No money at stake: the expected impact is the gap in the metric's own unit, so a funnel
    step rate is a rate (shown in points) and a count a count."""
    fs = [
        _f("step", 0.0, "warning", {"stage": "mql_to_sql"}, metric="mql_to_sql_rate",
           kind="bottleneck", reference_kind="prior_period", actual=0.18, reference=0.24),
        _f("conv", 0.0, "warning", {"channel": "email"}, metric="conversions",
           reference_kind="target", actual=80.0, reference=100.0),
    ]  # fmt: skip
    units = {
        a.finding_ids[0]: a.expected_impact["unit"]
        for a in actions_from(fs, owner_of=lambda s: "x", due=D(2026, 1, 2))
    }
    assert units == {"step": "rate", "conv": "count"}


def test_one_record_problem_on_one_subject_is_one_action_whatever_days_it_hit():
    """Four runs of missing days on one channel (a Google Ads export with gaps) are one fact and
    one action citing all four, measured by the next month's data, not four identical lines."""
    runs = [("02", "02"), ("06", "09"), ("11", "20"), ("22", "23")]
    dq = {"stage": "data_quality", "kind": "missing_days", "metric": "days"}
    dq |= {"reference": None, "reference_kind": None}

    def gap(fid: str, channel: str, a: str, b: str) -> Finding:
        subject = {"channel": channel, "dates": [f"2021-02-{a}", f"2021-02-{b}"]}
        return _f(fid, 0.0, "warning", subject, **dq)

    fs = [gap(f"dq{i}", "paid_search", a, b) for i, (a, b) in enumerate(runs)]
    other = gap("dq9", "display", "02", "02")
    acts = actions_from([*fs, other], owner_of=lambda s: "x", due=D(2021, 3, 17))
    assert [len(a.finding_ids) for a in acts] == [4, 1]
    assert acts[0].measure == "No missing days for paid_search in next month's data"
    assert len(select_insights([*fs, other])) == 2
