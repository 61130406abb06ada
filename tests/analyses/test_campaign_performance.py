"""Stage 1, campaign performance: every figure against plain Python over the same rows."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debrief.analyses.campaign_performance import campaign_performance, money_at_stake
from debrief.config import Settings, parse_settings
from debrief.context import StageContext
from debrief.period import Period

OCT = Period.month("2026-10")
CENT = 0.005
BANNED = ("underperform", "fail", "poor", "bad", "weak", "disappoint", "blame", "worse")

D = dt.date


def _ad(day, channel, cid, spend, imp, clicks, conv, value):
    return {
        "date": day,
        "channel": channel,
        "campaign_id": cid,
        "spend": spend,
        "impressions": imp,
        "clicks": clicks,
        "conversions": conv,
        "conversion_value": value,
    }


# Hand-built month: display far below its ROAS target, email on target, a $40 test with a huge
# ROAS, a row without campaign, a channel without impressions, and rows just outside October
# (30 Sep, 1 Nov) and in the prior and trailing months.
ADS = [
    _ad(D(2026, 10, 1), "display", "AO-DISPLAY", 1200.40, 80000, 400, 8, 310.10),
    _ad(D(2026, 10, 31), "display", "AO-DISPLAY", 799.61, 52000, 260, 5, 190.15),
    _ad(D(2026, 10, 3), "email", "AO-EMAIL", 300.00, 10000, 900, 45, 1500.00),
    _ad(D(2026, 10, 4), "email", "AO-EMAIL", 250.25, 9000, 700, 30, 1250.50),
    _ad(D(2026, 10, 5), "paid_search", "AO-SEARCH", 2000.00, 30000, 1500, 60, 5400.00),
    _ad(D(2026, 10, 6), "paid_search", "TEST-40", 40.00, 500, 10, 2, 2000.00),
    _ad(D(2026, 10, 7), "paid_search", None, 60.00, 800, 20, 1, 90.00),
    _ad(D(2026, 10, 8), "video", "AO-VIDEO", 700.00, 0, 0, 0, 0.00),
    _ad(D(2026, 10, 9), "paid_social", "AO-SOCIAL", 900.00, 40000, 600, 0, 0.00),
    # outside October: must not leak
    _ad(D(2026, 9, 30), "display", "AO-DISPLAY", 5000.00, 1, 1, 1, 99999.00),
    _ad(D(2026, 11, 1), "display", "AO-DISPLAY", 7000.00, 1, 1, 1, 77777.00),
    _ad(D(2026, 9, 12), "email", "AO-EMAIL", 500.00, 12000, 800, 40, 2000.00),
    _ad(D(2026, 8, 12), "email", "AO-EMAIL", 400.00, 11000, 700, 35, 1800.00),
    _ad(D(2026, 7, 1), "display", "AO-DISPLAY", 900.00, 50000, 300, 9, 2800.00),
]


def _ts(text: str | None) -> pd.Timestamp | None:
    return pd.Timestamp(text, tz="UTC") if text else None


LEADS = [
    # created / won just inside and just outside October, in UTC
    {"lead_id": "L1", "created_at": "2026-10-01T00:00:00", "won_at": "2026-10-20T10:00:00",
     "channel": "email", "campaign_id": "AO-EMAIL", "amount": 9000.0},
    {"lead_id": "L2", "created_at": "2026-09-30T23:59:59", "won_at": "2026-10-31T23:59:59",
     "channel": "email", "campaign_id": "AO-EMAIL", "amount": 12000.0},
    {"lead_id": "L3", "created_at": "2026-10-31T23:59:59", "won_at": "2026-11-01T00:00:00",
     "channel": "display", "campaign_id": "AO-DISPLAY", "amount": 5000.0},
    {"lead_id": "L4", "created_at": "2026-10-10T12:00:00", "won_at": None,
     "channel": "paid_search", "campaign_id": "AO-SEARCH", "amount": None},
    {"lead_id": "L5", "created_at": "2026-10-11T12:00:00", "won_at": None,
     "channel": "paid_search", "campaign_id": "AO-SEARCH", "amount": None},
    {"lead_id": "L6", "created_at": "2026-10-12T12:00:00", "won_at": None,
     "channel": "organic_search", "campaign_id": None, "amount": None},
]  # fmt: skip

TARGETS = [
    {"metric": "roas", "target": 3.0, "month": "2026-10", "campaign_id": "AO-DISPLAY", "channel": None, "direction": None},
    {"metric": "roas", "target": 4.0, "month": "2026-10", "campaign_id": "AO-EMAIL", "channel": None, "direction": None},
    {"metric": "CPA", "target": 60.0, "month": "2026-10", "campaign_id": None, "channel": "email", "direction": None},
    {"metric": "cpa", "target": 20.0, "month": "2026-10", "campaign_id": None, "channel": "paid_search", "direction": "max"},
    {"metric": "roas", "target": 1.0, "month": "2026-10", "campaign_id": None, "channel": None, "direction": None},
    {"metric": "mqls", "target": 100.0, "month": "2026-10", "campaign_id": None, "channel": None, "direction": None},
    # another month's target must be ignored
    {"metric": "roas", "target": 90.0, "month": "2026-09", "campaign_id": "AO-EMAIL", "channel": None, "direction": None},
]  # fmt: skip

BENCHMARKS = [
    {"metric": "ctr", "value": 0.01, "channel": "display", "source": "old", "as_of": D(2025, 1, 1)},
    {"metric": "ctr", "value": 0.02, "channel": "display", "source": "new", "as_of": D(2026, 6, 1)},
    {
        "metric": "ctr",
        "value": 0.50,
        "channel": "display",
        "source": "future",
        "as_of": D(2027, 1, 1),
    },
    {"metric": "ctr", "value": 0.05, "channel": "email", "source": "new", "as_of": D(2026, 6, 1)},
    # paid_search CPC 2100 / 1530 = 1.37 is 5.6% above 1.30: inside the benchmark tolerance (10%)
    {
        "metric": "cpc",
        "value": 1.30,
        "channel": "paid_search",
        "source": "new",
        "as_of": D(2026, 6, 1),
    },
    # email CPA 550.25 / 75 = 7.34 is 12.9% above 6.50, but only ~1 standard error (75 conversions)
    {"metric": "cpa", "value": 6.50, "channel": "email", "source": "new", "as_of": D(2026, 6, 1)},
]


def _frames() -> dict[str, pd.DataFrame]:
    leads = pd.DataFrame(LEADS)
    for c in ("created_at", "won_at"):
        leads[c] = pd.to_datetime(leads[c], utc=True)
    return {
        "ad_performance": pd.DataFrame(ADS),
        "leads": leads,
        "targets": pd.DataFrame(TARGETS),
        "benchmarks": pd.DataFrame(BENCHMARKS),
        "campaigns": pd.DataFrame(
            [{"campaign_id": "AO-DISPLAY", "name": "Always-on display", "owner": "Dana"}]
        ),
    }


def _run(ws, settings: Settings | None = None, period: Period = OCT):
    return campaign_performance(
        StageContext(workspace=ws, period=period, settings=settings or Settings())
    )


@pytest.fixture(scope="module")
def result():
    # one run shared by the read-only tests: the stage is deterministic and results are frozen
    from debrief.workspace import Workspace

    ws = Workspace.in_memory()
    for name, df in _frames().items():
        ws.con.create_table(name, df, overwrite=True)
    yield _run(ws)
    ws.close()


# ---- the independent computation: plain Python over the rows -------------------------------


def _div(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


def _expected(ads: list[dict], leads: list[dict] | None, start: D, end: D, key: str | None):
    sums: dict[Any, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in ads:
        if start <= r["date"] <= end:
            s = sums[r[key] if key else None]
            for c in ("spend", "impressions", "clicks", "conversions"):
                s[c] += r[c]
            s["revenue"] += r["conversion_value"]
    for lead in leads or []:
        k = lead[key] if key else None
        created = dt.datetime.fromisoformat(lead["created_at"]).date()
        won = dt.datetime.fromisoformat(lead["won_at"]).date() if lead["won_at"] else None
        if start <= created <= end:
            sums[k]["leads"] += 1
        if won and start <= won <= end:
            sums[k]["customers"] += 1
    delivered = {(r[key] if key else None) for r in ads if start <= r["date"] <= end}
    out = {}
    for k, s in sums.items():
        if leads is None:
            s["leads"] = s["customers"] = None  # unknown, not zero
        out[k] = {
            **s,
            "roas": _div(s["revenue"], s["spend"]),
            "roi": _div(s["revenue"] - s["spend"], s["spend"]),
            "cpa": _div(s["spend"], s["conversions"]),
            "cpm": None if not s["impressions"] else s["spend"] / s["impressions"] * 1000,
            "cpc": _div(s["spend"], s["clicks"]),
            "ctr": _div(s["clicks"], s["impressions"]),
            "cvr": _div(s["conversions"], s["clicks"]),
            # no delivery in the month: the leads' cost lies outside it (unknown, not zero)
            "cpl": _div(s["spend"], s["leads"]) if leads is not None and k in delivered else None,
            "cac": _div(s["spend"], s["customers"])
            if leads is not None and k in delivered
            else None,
        }
    return out


def _close(actual: Any, expected: Any, metric: str) -> bool:
    if expected is None:
        return actual is None
    if actual is None:
        return False
    if metric in ("spend", "revenue", "cpa", "cpc", "cpl", "cac", "cpm"):
        return abs(actual - expected) < CENT
    return actual == pytest.approx(expected, rel=1e-9, abs=1e-12)


METRICS = ("spend", "impressions", "clicks", "conversions", "revenue", "leads", "customers",
           "roas", "roi", "cpa", "cpm", "cpc", "ctr", "cvr", "cpl", "cac")  # fmt: skip


def _check(rows: list[dict], expected: dict, key: str | None) -> None:
    got = {r[key] if key else None: r for r in rows}
    assert set(got) == set(expected)
    for k, exp in expected.items():
        for m in METRICS:
            assert _close(got[k][m], exp.get(m, 0), m), (k, m, got[k][m], exp.get(m))


# ---- tests -----------------------------------------------------------------------------------


def test_by_campaign_channel_and_overall_equal_plain_python(result):
    for key, table in (
        ("campaign_id", "by_campaign"),
        ("channel", "by_channel"),
        (None, "overall"),
    ):
        _check(result.tables[table], _expected(ADS, LEADS, OCT.start, OCT.end, key), key)


def test_required_columns_and_campaign_names(result):
    row = next(r for r in result.tables["by_campaign"] if r["campaign_id"] == "AO-DISPLAY")
    assert row["name"] == "Always-on display"
    assert row["channels"] == "display"
    for col in ("campaign_id", "spend", "impressions", "clicks", "conversions", "revenue", "roas"):
        assert col in row
    assert {"cpa", "ctr", "cvr", "cpm", "cpc", "cpl", "cac", "roi"} <= set(row)


def test_rows_outside_the_period_do_not_leak(make_ws, result):
    inside = [r for r in ADS if OCT.contains(r["date"])]
    frames = _frames()
    frames["ad_performance"] = pd.DataFrame(inside)
    only_inside = _run(make_ws(**frames))
    for table in ("by_campaign", "by_channel", "overall"):
        assert only_inside.tables[table] == result.tables[table]
    display = next(r for r in result.tables["by_channel"] if r["channel"] == "display")
    assert abs(display["spend"] - (1200.40 + 799.61)) < CENT


def test_lead_boundaries_in_utc(result):
    email = next(r for r in result.tables["by_campaign"] if r["campaign_id"] == "AO-EMAIL")
    # L1 created 1 Oct 00:00 (in), L2 created 30 Sep 23:59:59 (out); both won in October
    assert (email["leads"], email["customers"]) == (1, 2)
    assert abs(email["won_amount"] - 21000.0) < CENT
    assert abs(email["cac"] - (300.00 + 250.25) / 2) < CENT
    display = next(r for r in result.tables["by_campaign"] if r["campaign_id"] == "AO-DISPLAY")
    assert (display["leads"], display["customers"], display["cac"]) == (1, 0, None)


def test_zero_denominators_are_none(result):
    video = next(r for r in result.tables["by_channel"] if r["channel"] == "video")
    assert video["ctr"] is None and video["cpm"] is None and video["cpc"] is None
    assert video["cvr"] is None and video["cpa"] is None
    social = next(r for r in result.tables["by_channel"] if r["channel"] == "paid_social")
    assert social["cpa"] is None and social["cvr"] == 0.0
    # a channel with leads but no delivery: every delivery ratio undefined, spend 0
    organic = next(r for r in result.tables["by_channel"] if r["channel"] == "organic_search")
    assert organic["spend"] == 0 and organic["roas"] is None and organic["leads"] == 1
    assert organic["cpl"] is None  # its cost lies outside the month, it is not zero


def test_without_leads_table_lead_metrics_are_unknown(make_ws):
    frames = _frames()
    del frames["leads"]
    res = _run(make_ws(**frames))
    _check(res.tables["by_channel"], _expected(ADS, None, OCT.start, OCT.end, "channel"), "channel")
    assert all(r["leads"] is None and r["cac"] is None for r in res.tables["by_channel"])


def test_target_gap_is_a_finding_with_money_at_stake(result):
    f = {x.id: x for x in result.findings}
    display = f["campaign_performance:below_target:roas:campaign_id=AO-DISPLAY"]
    spend, revenue = 1200.40 + 799.61, 310.10 + 190.15
    assert display.actual == pytest.approx(revenue / spend)
    assert display.reference == 3.0 and display.reference_kind == "target"
    assert display.severity == "critical"
    assert abs(display.impact - (3.0 * spend - revenue)) < CENT
    assert display.subject == {"campaign_id": "AO-DISPLAY"}
    assert display.statement == (
        f"ROAS was {revenue / spend:.2f} against a target of 3.00 for AO-DISPLAY in 2026-10."
    )
    # CPA at most 20 on paid_search: (2000 + 40 + 60) / 63 = 33.33 -> above target
    search = f["campaign_performance:above_target:cpa:channel=paid_search"]
    conv = 60 + 2 + 1
    assert abs(search.actual - 2100.0 / conv) < CENT
    assert abs(search.impact - (2100.0 - 20.0 * conv)) < CENT
    assert search.severity == "critical"  # 66.7% above


def test_metrics_on_target_are_not_flagged(result):
    # AO-EMAIL ROAS = 2750.50 / 550.25 = 5.0 >= 4.0; email CPA = 550.25 / 75 = 7.34 <= 60;
    # overall ROAS above 1.0; the September target of 90 is ignored.
    flagged = {
        (x.subject.get("campaign_id"), x.subject.get("channel"), x.metric)
        for x in result.findings
        if x.reference_kind == "target"
    }
    assert ("AO-EMAIL", None, "roas") not in flagged
    assert (None, "email", "cpa") not in flagged
    assert (None, None, "roas") not in flagged
    rows = {(t["campaign_id"], t["channel"], t["metric"]): t for t in result.tables["targets"]}
    assert rows[("AO-EMAIL", None, "roas")]["status"] == "met"
    assert rows[("AO-EMAIL", None, "roas")]["target"] == 4.0
    assert rows[(None, "email", "cpa")]["direction"] == "max"
    assert "mqls" not in {t["metric"] for t in result.tables["targets"]}
    assert len(result.tables["targets"]) == 5


def test_month_in_progress_does_not_compare_short_totals(make_ws):
    frames = _frames()
    frames["targets"] = pd.DataFrame(
        [
            {"metric": "leads", "target": 100.0, "month": "2026-10", "channel": ""},
            {"metric": "spend", "target": 1000.0, "month": "2026-10", "channel": None},
            {"metric": "roas", "target": 9.0, "month": "2026-10", "channel": None},
        ]
    )
    ws = make_ws(**frames)
    mid = campaign_performance(StageContext(workspace=ws, period=OCT, as_of=D(2026, 10, 15)))
    status = {t["metric"]: t["status"] for t in mid.tables["targets"]}
    # 5 leads of 100 with days left: not compared yet; spend already past its cap and ROAS (a
    # ratio) are compared
    assert status == {"leads": "in_progress", "spend": "not_met", "roas": "not_met"}
    assert {f.metric for f in mid.findings if f.reference_kind == "target"} == {"spend", "roas"}
    assert any("in progress" in n for n in mid.notes)
    done = campaign_performance(StageContext(workspace=ws, period=OCT, as_of=D(2026, 11, 2)))
    assert {t["metric"]: t["status"] for t in done.tables["targets"]}["leads"] == "not_met"


def test_benchmark_uses_the_latest_before_period_end(result):
    rows = {b["channel"]: b for b in result.tables["benchmarks"] if b["metric"] != "cpa"}
    assert rows["display"]["benchmark"] == 0.02 and rows["display"]["source"] == "new"
    display_ctr = (400 + 260) / (80000 + 52000)
    assert rows["display"]["actual"] == pytest.approx(display_ctr)
    f = {x.id: x for x in result.findings}
    b = f["campaign_performance:below_benchmark:ctr:channel=display"]
    assert b.reference == 0.02 and b.severity == "critical"  # 0.005 vs 0.02: 75% short
    email_ctr = (900 + 700) / (10000 + 9000)
    assert email_ctr > 0.05 and rows["email"]["status"] == "met"
    assert abs(rows["paid_search"]["actual"] - 2100.0 / 1530) < CENT
    assert rows["paid_search"]["status"] == "within_tolerance"
    assert not any(
        x.subject.get("channel") == "paid_search" and x.metric == "cpc" for x in f.values()
    )


def test_benchmark_gap_within_sampling_noise_is_not_a_finding(result):
    from debrief.analyses.campaign_performance.findings import gap_z

    row = next(b for b in result.tables["benchmarks"] if b["metric"] == "cpa")
    cpa, n = 550.25 / 75, 75
    assert row["relative_gap"] == pytest.approx((cpa - 6.5) / 6.5)
    assert row["z"] == pytest.approx((cpa - 6.5) / (cpa / n**0.5))
    assert row["z"] < 3.0 and row["status"] == "within_noise"
    assert not any(f.metric == "cpa" and f.reference_kind == "benchmark" for f in result.findings)
    # ROI's error is ROAS's; paired comparisons have sqrt(2) times the error
    r = {"roi": 0.5, "roas": 1.5, "conversions": 100}
    assert gap_z("roi", r, 0.2) == pytest.approx(0.3 / (1.5 / 10))
    assert gap_z("roi", r, 0.2, paired=True) == pytest.approx(0.3 / (1.5 / 10 * 2**0.5))
    assert gap_z("spend", {"spend": 10.0}, 5.0) is None


def test_trend_prior_and_trailing_months(result):
    trend = {(t["channel"], t["metric"]): t for t in result.tables["trend"]}
    sep = _expected(ADS, LEADS, D(2026, 9, 1), D(2026, 9, 30), "channel")
    trailing = _expected(ADS, LEADS, D(2026, 7, 1), D(2026, 9, 30), "channel")
    email = trend[("email", "spend")]
    assert abs(email["prior_period"] - sep["email"]["spend"]) < CENT
    assert abs(email["trailing_3m"] - trailing["email"]["spend"] / 3) < CENT
    assert trend[("email", "roas")]["trailing_3m"] == pytest.approx(trailing["email"]["roas"])
    assert trend[("display", "roas")]["prior_period"] == pytest.approx(sep["display"]["roas"])
    cur = trend[("email", "spend")]["current"]
    assert email["change_vs_prior"] == pytest.approx((cur - 500.0) / 500.0)


def test_prior_period_findings_are_context(result):
    prior = [f for f in result.findings if f.reference_kind == "prior_period"]
    # display ROAS 0.25 in October against 20.0 in September (spend >= 500): noted
    ids = {f.id for f in prior}
    assert "campaign_performance:below_prior_period:roas:channel=display" in ids
    assert all(f.severity in ("info", "warning") for f in prior)


def test_performers_respect_minimum_spend(result):
    perf = result.tables["performers"]
    total = sum(r["spend"] for r in ADS if OCT.contains(r["date"]))
    floor = max(500.0, 0.02 * total)
    assert {p["min_spend"] for p in perf} == {floor}
    assert "TEST-40" not in {p["campaign_id"] for p in perf}  # ROAS 50 but spend 40
    top = [p["campaign_id"] for p in perf if p["metric"] == "roas" and p["position"] == "top"]
    assert top == ["AO-EMAIL", "AO-SEARCH", "AO-DISPLAY"]
    bottom = [p["campaign_id"] for p in perf if p["metric"] == "roas" and p["position"] == "bottom"]
    assert bottom == ["AO-VIDEO", "AO-SOCIAL"]
    cpa_top = [p["campaign_id"] for p in perf if p["metric"] == "cpa" and p["position"] == "top"]
    assert cpa_top[0] == "AO-EMAIL"  # 7.34 per conversion


def test_min_spend_setting_lets_small_tests_in(make_ws):
    s = parse_settings({"campaign_performance": {"min_spend": 10, "min_spend_share": 0}})
    res = _run(make_ws(**_frames()), s)
    top = [p for p in res.tables["performers"] if p["metric"] == "roas" and p["position"] == "top"]
    assert top[0]["campaign_id"] == "TEST-40" and top[0]["value"] == pytest.approx(50.0)


def test_statements_are_observations(result):
    assert result.findings
    for f in result.findings:
        low = f.statement.lower()
        assert not any(word in low for word in BANNED), f.statement
        assert f.statement.endswith(".") and " was " in f.statement


def test_charts_are_small_vega_lite(result):
    charts = result.charts
    assert set(charts) == {"spend_by_channel", "roas_by_channel", "roas_by_campaign"}
    values = charts["roas_by_channel"]["data"]["values"]
    assert {v["channel"] for v in values} == {r["channel"] for r in result.tables["by_channel"]}
    assert all(v["target"] is None for v in values)  # no channel-level ROAS target here
    camps = {v["campaign_id"]: v for v in charts["roas_by_campaign"]["data"]["values"]}
    assert camps["AO-DISPLAY"]["target"] == 3.0 and camps["AO-EMAIL"]["target"] == 4.0
    assert camps["AO-DISPLAY"]["roas"] == round((310.10 + 190.15) / (1200.40 + 799.61), 4)
    assert camps["AO-SEARCH"]["target"] is None


def test_money_at_stake_never_negative():
    row = {"spend": 100.0, "revenue": 500.0, "conversions": 10, "clicks": 100, "impressions": 1000}
    assert money_at_stake("roas", row, 3.0) == 0.0
    assert money_at_stake("cpa", row, 5.0) == pytest.approx(50.0)
    assert money_at_stake("cvr", row, 0.2) == pytest.approx(10 * 50.0)


# ---- the demo company (docs/demo-data.md) ----------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def _needs(*modules: str) -> None:
    """Skip (rather than error) while the demo generator or ingest is not in the tree."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            pytest.skip(f"{name} is not available")


@pytest.fixture(scope="module")
def demo_dir_(request):
    _needs("debrief.demo", "debrief.ingest")
    return request.getfixturevalue("demo_dir")


@pytest.fixture(scope="module")
def demo_result(request, demo_dir_):
    from debrief.workspace import Workspace

    with Workspace.open(request.getfixturevalue("demo_ws_path"), read_only=True) as ws:
        yield _run(ws)


def test_demo_by_campaign_equals_plain_python_over_csv(demo_dir_, demo_result):
    demo_dir = demo_dir_
    rows = _read_csv(demo_dir / "ad_performance.csv")
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in rows:
        if OCT.contains(D.fromisoformat(r["date"][:10])):
            s = sums[r["campaign_id"] or None]
            for c in ("spend", "impressions", "clicks", "conversions"):
                s[c] += float(r[c] or 0)
            s["revenue"] += float(r.get("conversion_value") or 0)
    got = {r["campaign_id"]: r for r in demo_result.tables["by_campaign"] if r["spend"] > 0}
    assert set(got) == set(sums)
    for cid, s in sums.items():
        g = got[cid]
        assert abs(g["spend"] - s["spend"]) < CENT, cid
        assert abs(g["revenue"] - s["revenue"]) < CENT, cid
        assert g["clicks"] == s["clicks"] and g["conversions"] == s["conversions"]
        assert abs(g["cpa"] - s["spend"] / s["conversions"]) < CENT if s["conversions"] else True
        assert g["roas"] == pytest.approx(s["revenue"] / s["spend"])


def test_demo_finds_display_far_below_target_and_not_healthy_channels(demo_result):
    f = {x.id: x for x in demo_result.findings}
    display = f["campaign_performance:below_target:roas:campaign_id=AO-DISPLAY"]
    assert display.severity == "critical"
    assert display.actual < 0.75 and display.reference == 3.0 and display.impact > 0
    flagged = [
        x
        for x in demo_result.findings
        if x.severity != "info"
        and (
            x.subject.get("channel") in ("email", "content_syndication")
            or x.subject.get("campaign_id") in ("AO-EMAIL", "AO-SYND")
        )
    ]
    assert flagged == []


# ---- the real Facebook ads file through the shipped mapping ----------------------------------


@pytest.mark.realdata
def test_fb_ads_kag_by_campaign_equals_raw_csv(shared_data, tmp_path):
    _needs("debrief.ingest", "debrief.ingest.mapping")
    from importlib import resources

    if not resources.files("debrief").joinpath("mappings/fb_ads_kag.yaml").is_file():
        pytest.skip("the fb_ads_kag mapping is not shipped yet")
    from debrief.ingest import ingest
    from debrief.workspace import Workspace

    src = shared_data / "fb_ads_kag" / "KAG_conversion_data.csv"
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in _read_csv(src):
        s = sums[r["xyz_campaign_id"]]
        s["spend"] += float(r["Spent"])
        s["impressions"] += int(r["Impressions"])
        s["clicks"] += int(r["Clicks"])
        s["conversions"] += int(r["Total_Conversion"])
    path = str(tmp_path / "fb.duckdb")
    # The export has no dates: its rows are totals over an unstated period (grain lifetime),
    # recorded on the day given. Loaded whole; no month holds them, and the review says so.
    ingest([src], path, mapping="fb_ads_kag", params={"date": "2026-10-15"})
    with Workspace.open(path, read_only=True) as ws:
        res = _run(ws)
        df = ws.table("ad_performance").to_pandas()
    assert set(df.grain) == {"lifetime"}
    got = df.groupby(df.campaign_id.astype(str)).sum(numeric_only=True, min_count=1)
    assert set(got.index) == set(sums) == {"916", "936", "1178"}
    for cid, s in sums.items():
        g = got.loc[cid]
        assert abs(g["spend"] - s["spend"]) < CENT, cid
        assert (g["impressions"], g["clicks"], g["conversions"]) == (
            s["impressions"],
            s["clicks"],
            s["conversions"],
        )
    total = sum(s["spend"] for s in sums.values())
    assert abs(total - 58705.23) < 0.01  # SOURCES.md's published total
    assert res.tables["by_campaign"] == [] and not res.tables["overall"][0]["spend"]
    assert any("lifetime" in n and "not in these figures" in n for n in res.notes)


def test_metric_labels_and_formats():
    from debrief.metrics.catalogue import label as metric_label
    from debrief.wording.labels import fmt_metric

    def format_value(metric: str, value: float | None, currency: str = "USD") -> str:
        return fmt_metric(metric, value, currency=currency)

    # mql_to_sql_rate is another spelling of mql_to_sql: one metric, one label
    assert [metric_label(m) for m in ("roas", "CPL", "mqls", "mql_to_sql_rate", "won_amount")] == [
        "ROAS",
        "CPL",
        "MQLs",
        "MQL to SQL",
        "Won amount",
    ]
    assert format_value("ctr", 0.01234) == "1.23%"
    assert format_value("cpa", 1234.5, "EUR") == "€1,234.50"
    assert format_value("roas", 0.515) == "0.52"
    assert format_value("roas", None) == "n/a"
    # shares are percentages whatever word leads them (budget's forecast, attribution's credit)
    assert format_value("forecast_utilisation", 1.35) == "135.00%"
    assert format_value("last_touch_credit_share", 0.4) == "40.00%"
    # the executive KPIs: counts without decimals, closed-won revenue in the currency
    assert format_value("mqls", 1234) == "1,234"
    assert format_value("pipeline", 12) == "12"
    assert format_value("won_revenue", 5000, "EUR") == "€5,000.00"


def test_subject_label_names_findings_subjects():
    from debrief.wording.labels import subject_label

    assert subject_label({"campaign_id": "AO-DISPLAY", "channel": "display"}) == (
        "AO-DISPLAY on display"
    )
    assert subject_label({"campaign_id": "AO-DISPLAY"}) == "AO-DISPLAY"
    assert subject_label({"channel": "email"}) == "email"
    assert subject_label({}) == "all channels"
    assert subject_label({"stage": "mql_to_sql"}) == "the MQL → SQL step"
    # a lead-score band reads as the leads it holds, not as its column name
    band = {"segment": {"score_band": "80-100"}, "stage": "mql_to_sql"}
    assert subject_label(band) == "leads scored 80-100 at the MQL → SQL step"


def test_in_period_on_naive_timestamps_and_strings(make_ws):
    from debrief.metrics.formulas import in_period

    df = pd.DataFrame(
        {
            "ts": pd.to_datetime(["2026-09-30 23:59:59", "2026-10-01", "2026-10-31 23:59:59",
                                  "2026-11-01"], format="ISO8601"),
            "day": ["2026-09-30", "2026-10-01", "2026-10-31", "2026-11-01"],
        }
    )  # fmt: skip
    t = make_ws(x=df).con.table("x")
    got = t.select(a=in_period(t.ts, OCT), b=in_period(t.day, OCT)).to_pandas()
    assert got["a"].tolist() == [False, True, True, False]
    assert got["b"].tolist() == [False, True, True, False]


# ---- invariants on random data ---------------------------------------------------------------

_day = st.dates(min_value=D(2026, 9, 25), max_value=D(2026, 11, 5))
_row = st.fixed_dictionaries(
    {
        "date": _day,
        "channel": st.sampled_from(["display", "email", "paid_search"]),
        "campaign_id": st.sampled_from(["A", "B", "C"]),
        "spend": st.integers(0, 10_000_00).map(lambda c: c / 100),  # whole cents
        "impressions": st.integers(0, 5000),
        "clicks_share": st.floats(0, 1),
        "conv_share": st.floats(0, 1),
        "conversion_value": st.integers(0, 50_000_00).map(lambda c: c / 100),
    }
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_row, min_size=1, max_size=25))
def test_groupings_add_up_and_rates_stay_in_range(rows):
    from debrief.analyses.campaign_performance import metric_rows
    from debrief.workspace import Workspace

    ads = []
    for r in rows:
        clicks = int(r["impressions"] * r["clicks_share"])
        ads.append(
            {
                **{k: v for k, v in r.items() if not k.endswith("_share")},
                "clicks": clicks,
                "conversions": int(clicks * r["conv_share"]),
            }
        )
    ws = Workspace.in_memory()
    ws.con.create_table("ad_performance", pd.DataFrame(ads))
    t = ws.table("ad_performance")
    overall = metric_rows(t, None, OCT, [])
    inside = [r for r in ads if OCT.contains(r["date"])]
    for keys in (["channel"], ["campaign_id"], ["campaign_id", "channel"]):
        grouped = metric_rows(t, None, OCT, keys)
        for m in ("spend", "revenue"):
            total = sum(g[m] for g in grouped)
            assert (
                abs(total - sum(r["spend" if m == "spend" else "conversion_value"] for r in inside))
                < CENT
            )
            assert not inside or abs(total - overall[0][m]) < CENT
        for g in grouped:
            for rate in ("ctr", "cvr"):
                assert g[rate] is None or 0.0 <= g[rate] <= 1.0
            assert (g["cpa"] is None) == (g["conversions"] == 0)
    ws.close()


# ---- another backend -------------------------------------------------------------------------


def test_same_figures_on_sqlite(result):
    """The stage is Ibis only: on SQLite it gives exactly the DuckDB tables and findings."""
    import ibis

    from debrief.synthesis.kpis import kpi_rows
    from debrief.workspace import Workspace

    con = ibis.sqlite.connect()
    for name, df in _frames().items():
        schema = ibis.memtable(df).schema()
        con.create_table(name, schema=schema, overwrite=True)
        # SQLite's driver binds None, not pandas' NaT / NaN
        con.insert(name, ibis.memtable(df.astype(object).where(df.notna(), None), schema=schema))
    ws = Workspace(con=con, target="sqlite://")
    lite = _run(ws)
    for table, rows in result.tables.items():
        assert lite.tables[table] == rows, table
    assert [(f.id, f.statement, round(f.impact, 6)) for f in lite.findings] == [
        (f.id, f.statement, round(f.impact, 6)) for f in result.findings
    ]
    duck = Workspace.in_memory()
    for name, df in _frames().items():
        duck.con.create_table(name, df)
    assert kpi_rows(ws, OCT) == kpi_rows(duck, OCT)


def test_delivery_without_campaign_ids(make_ws):
    frames = _frames()
    frames["ad_performance"] = frames["ad_performance"].drop(columns=["campaign_id"])
    res = _run(make_ws(**frames))
    assert res.tables["by_campaign"] == [] and res.tables["performers"] == []
    assert any("no campaign_id" in n for n in res.notes)
    _check(
        res.tables["by_channel"], _expected(ADS, LEADS, OCT.start, OCT.end, "channel"), "channel"
    )


def test_without_won_at_customers_are_unknown_not_zero(make_ws):
    """A leads table without ``won_at`` says who became a lead, not who was won: customers, won
    amount and CAC are unknown (None) on every row, leads are still counted."""
    frames = _frames()
    frames["leads"] = frames["leads"].drop(columns=["won_at"])
    res = _run(make_ws(**frames))
    created = [r for r in LEADS if OCT.start <= D.fromisoformat(r["created_at"][:10]) <= OCT.end]
    for table in ("overall", "by_channel", "by_campaign"):
        rows = res.tables[table]
        assert rows, table
        assert all(r["customers"] is None and r["won_amount"] is None for r in rows), table
        assert all(r["cac"] is None for r in rows), table
    assert sum(r["leads"] or 0 for r in res.tables["by_channel"]) == len(created)
    assert not [f for f in res.findings if f.metric in ("customers", "cac", "won_amount")]


def test_without_amount_won_amount_is_unknown(make_ws):
    frames = _frames()
    frames["leads"] = frames["leads"].drop(columns=["amount"])
    res = _run(make_ws(**frames))
    assert all(r["won_amount"] is None for r in res.tables["by_channel"])
    assert any(r["customers"] for r in res.tables["by_channel"])


def test_a_segment_reads_as_words_not_column_and_value():
    """The FL-OFFER post-mortem said "Ads with device mobile converted ..." and "Rework the
    landing page and offer flow for device mobile": a segment is named as people say it."""
    from debrief.wording.labels import segment_phrase, subject_label

    assert segment_phrase("device", "mobile") == ("on", "mobile devices")
    assert segment_phrase("industry", "retail") == ("in", "the retail industry")
    assert segment_phrase("country", "DE") == ("in", "DE")
    assert segment_phrase("lead_type", "inbound") == ("with", "lead type inbound")
    assert subject_label({"campaign_id": "C1", "segment": {"device": "mobile"}}) == (
        "C1 on mobile devices"
    )
