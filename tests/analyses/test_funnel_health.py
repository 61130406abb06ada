"""Stage 2, funnel health: every figure against a plain-Python computation over lead rows, the
statistics against scipy, and the planted bottlenecks found (and nothing flagged where none is)."""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import statistics

import numpy as np
import pandas as pd
import pytest
from scipy.stats import binomtest, chi2, chi2_contingency
from statsmodels.stats.contingency_tables import StratifiedTable

from debrief.analyses.funnel_health import funnel_health
from debrief.context import StageContext
from debrief.period import Period
from debrief.stats import (
    benjamini_hochberg,
    holm,
    rate_difference,
    stratified_difference,
    two_proportion_p_value,
    wilson_interval,
)
from debrief.workspace import Workspace

OCT = Period.month("2026-10")
AS_OF = dt.date(2026, 11, 3)
STAGE_COLS = {
    "created": "created_at",
    "mql": "mql_at",
    "sql": "sql_at",
    "opportunity": "opportunity_at",
    "won": "won_at",
}
PAIRS = [("created", "mql"), ("mql", "sql"), ("sql", "opportunity"), ("opportunity", "won")]
EVALUATIVE = re.compile(r"underperform|fail|poor|\bbad\b|weak|disappoint|blame|worse", re.I)
UTC = dt.UTC


def make_leads(
    n: int = 3000, seed: int = 1, opp_rate: dict[tuple[int, int], float] | None = None
) -> pd.DataFrame:
    """Leads created 2026-04..2026-10 with exponential lags between stages. The SQL ->
    opportunity probability depends on the month of the SQL (``opp_rate``, default 0.4)."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 4, 1, tzinfo=UTC)
    span = (dt.datetime(2026, 11, 1, tzinfo=UTC) - start).total_seconds()
    rows = []
    for i in range(n):
        c = start + dt.timedelta(seconds=rng.random() * span)
        r: dict = {
            "lead_id": f"L{i}",
            "created_at": c,
            "channel": rng.choice(["email", "paid_search", "display"]),
            "campaign_id": rng.choice(["A", "B", None]),
        }
        t = c
        if rng.random() < 0.5:
            t = t + dt.timedelta(days=rng.expovariate(1 / 3))
            r["mql_at"] = t
            if rng.random() < 0.45:
                t = t + dt.timedelta(days=rng.expovariate(1 / 5))
                r["sql_at"] = t
                if rng.random() < (opp_rate or {}).get((t.year, t.month), 0.4):
                    t = t + dt.timedelta(days=rng.expovariate(1 / 7))
                    r["opportunity_at"] = t
                    close = t + dt.timedelta(days=rng.expovariate(1 / 20))
                    if rng.random() < 0.3:
                        r["won_at"] = close
                        r["amount"] = round(rng.uniform(1000, 20000), 2)
                    else:
                        r["lost_at"] = close
        rows.append(r)
    df = pd.DataFrame(rows)
    for col in ("created_at", "mql_at", "sql_at", "opportunity_at", "won_at", "lost_at"):
        df[col] = pd.to_datetime(df[col], utc=True)
    return df


# --- the independent computation: plain Python over rows ---------------------------------------


def _ts(v):
    return None if v is None or pd.isna(v) else v.to_pydatetime()


def _known(rows: list[dict], as_of: dt.date) -> list[dict]:
    cutoff = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(), tzinfo=UTC)
    out = []
    for r in rows:
        lead = {s: _ts(r.get(c)) for s, c in STAGE_COLS.items()}
        lead["lost"] = _ts(r.get("lost_at"))
        lead = {k: (v if v is not None and v < cutoff else None) for k, v in lead.items()}
        if lead["created"] is None:
            continue
        lead["amount"] = r.get("amount")
        lead["channel"] = r.get("channel")
        out.append(lead)
    return out


def _in(ts, period: Period) -> bool:
    return ts is not None and period.start <= ts.date() <= period.end


def _days(b, a) -> float:
    return (b - a).total_seconds() / 86400


def expected(leads: list[dict], period: Period, view: str, a: str, b: str) -> dict:
    if view == "cohort":
        base = [x for x in leads if _in(x["created"], period) and x[a] is not None]
        conv = [x for x in base if x[b] is not None]
        entered = len(base)
    else:
        entered = sum(1 for x in leads if _in(x[a], period))
        conv = [x for x in leads if _in(x[b], period) and x[a] is not None]
    lags = [_days(x[b], x[a]) for x in conv]
    return {
        "entered": entered,
        "converted": len(conv),
        "rate": len(conv) / entered if entered else None,
        "median_days": statistics.median(lags) if lags else None,
        "mean_days": statistics.fmean(lags) if lags else None,
    }


def newcombe(x1: int, n1: int, x0: int, n0: int) -> tuple[float, float]:
    """Newcombe's hybrid score interval from scipy's Wilson intervals."""
    c1 = binomtest(x1, n1).proportion_ci(0.95, method="wilson")
    c0 = binomtest(x0, n0).proportion_ci(0.95, method="wilson")
    p1, p0 = x1 / n1, x0 / n0
    d = p1 - p0
    low = d - math.sqrt((p1 - c1.low) ** 2 + (c0.high - p0) ** 2)
    high = d + math.sqrt((c1.high - p1) ** 2 + (p0 - c0.low) ** 2)
    return low, high


def run(make_ws, leads: pd.DataFrame, as_of: dt.date = AS_OF, period: Period = OCT, **tables):
    ws = make_ws(leads=leads, **tables)
    return funnel_health(StageContext(workspace=ws, period=period, as_of=as_of))


def close(a, b, tol=1e-9) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


# --- statistics against scipy ------------------------------------------------------------------


@pytest.mark.parametrize("x,n", [(0, 10), (3, 10), (10, 10), (18, 100), (400, 1000), (1, 3)])
def test_wilson_matches_scipy(x, n):
    ci = binomtest(x, n).proportion_ci(0.95, method="wilson")
    low, high = wilson_interval(x, n)
    assert low == pytest.approx(ci.low, abs=1e-12)
    assert high == pytest.approx(ci.high, abs=1e-12)


@pytest.mark.parametrize("x1,n1,x0,n0", [(18, 100, 40, 100), (5, 40, 9, 41), (0, 20, 3, 25)])
def test_difference_and_test_match_scipy(x1, n1, x0, n0):
    d = rate_difference(x1, n1, x0, n0)
    low, high = newcombe(x1, n1, x0, n0)
    assert d.diff == pytest.approx(x1 / n1 - x0 / n0)
    assert d.ci_low == pytest.approx(low, abs=1e-12)
    assert d.ci_high == pytest.approx(high, abs=1e-12)
    table = [[x1, n1 - x1], [x0, n0 - x0]]
    assert d.p_value == pytest.approx(chi2_contingency(table, correction=False)[1], rel=1e-9)


def test_holm_matches_statsmodels():
    from statsmodels.stats.multitest import multipletests

    ps = [0.01, 0.04, None, 0.03, 0.5]
    got = holm(ps)
    want = multipletests([p for p in ps if p is not None], method="holm")[1]
    assert got[2] is None
    assert [g for g in got if g is not None] == pytest.approx(list(want))


def test_benjamini_hochberg_matches_statsmodels():
    from statsmodels.stats.multitest import multipletests

    ps = [0.01, 0.04, None, 0.03, 0.5]
    got = benjamini_hochberg(ps)
    want = multipletests([p for p in ps if p is not None], method="fdr_bh")[1]
    assert got[2] is None
    assert [g for g in got if g is not None] == pytest.approx(list(want))
    assert benjamini_hochberg([None]) == [None] and benjamini_hochberg([]) == []


def test_undefined_statistics_are_none():
    assert wilson_interval(0, 0) is None
    assert wilson_interval(5, 4) is None  # a calendar flow ratio above 1 is not a proportion
    assert rate_difference(5, 4, 1, 10) is None
    assert two_proportion_p_value(0, 10, 0, 10) is None


# --- tables against the plain-Python computation -----------------------------------------------


@pytest.fixture(scope="module")
def planted() -> pd.DataFrame:
    return make_leads(opp_rate={(2026, 10): 0.15})


def _result(leads: pd.DataFrame, **tables):
    ws = Workspace.in_memory()
    for name, df in {"leads": leads, **tables}.items():
        ws.con.create_table(name, df)
    return funnel_health(StageContext(workspace=ws, period=OCT, as_of=AS_OF))


@pytest.fixture(scope="module")
def planted_result(planted):
    """One run on the planted fixture, with monthly targets, shared by the tests that read it."""
    targets = pd.DataFrame(
        {
            "metric": ["opportunity_rate", "mqls", "win_rate", "pipeline_velocity"],
            "target": [0.4, 150.0, 0.1, 1e9],
            "month": ["2026-10"] * 4,
        }
    )
    return _result(planted, targets=targets)


def test_stage_rows_equal_independent_computation(planted_result, planted):
    result = planted_result
    leads = _known(planted.to_dict("records"), AS_OF)
    rows = result.tables["stages"]
    assert len(rows) == 8
    prior, trailing = OCT.prior_month(), OCT.trailing_months(3)
    for row in rows:
        a, b, view = row["from_stage"], row["to_stage"], row["view"]
        want = expected(leads, OCT, view, a, b)
        for key in ("entered", "converted"):
            assert row[key] == want[key], (a, b, view, key)
        for key in ("rate", "median_days", "mean_days"):
            assert close(row[key], want[key]), (a, b, view, key, row[key], want[key])
        assert close(row["prior_rate"], expected(leads, prior, view, a, b)["rate"])
        t = expected(leads, trailing, view, a, b)
        assert close(row["trailing_rate"], t["rate"])
        ci = binomtest(want["converted"], want["entered"]).proportion_ci(0.95, method="wilson")
        assert row["ci_low"] == pytest.approx(ci.low) and row["ci_high"] == pytest.approx(ci.high)
        if view == "calendar":
            low, high = newcombe(want["converted"], want["entered"], t["converted"], t["entered"])
            assert row["rate_change"] == pytest.approx(want["rate"] - t["rate"])
            assert row["rate_change_ci_low"] == pytest.approx(low)
            assert row["rate_change_ci_high"] == pytest.approx(high)
        else:
            # Three days after month end the cohort is younger than the 45-day maturity.
            assert row["censored"] is True


def test_by_channel_rows_equal_independent_computation(planted_result, planted):
    result = planted_result
    leads = _known(planted.to_dict("records"), AS_OF)
    rows = result.tables["by_channel"]
    assert {r["channel"] for r in rows} == {"email", "paid_search", "display"}
    for row in rows:
        mine = [x for x in leads if x["channel"] == row["channel"]]
        want = expected(mine, OCT, row["view"], row["from_stage"], row["to_stage"])
        assert (row["entered"], row["converted"]) == (want["entered"], want["converted"])
        assert close(row["median_days"], want["median_days"])


def test_velocity_equals_independent_computation(planted_result, planted):
    result = planted_result
    leads = _known(planted.to_dict("records"), AS_OF)
    row = next(r for r in result.tables["velocity"] if r["window"] == "current")
    opps = [x for x in leads if _in(x["opportunity"], OCT)]
    won = [x for x in leads if _in(x["won"], OCT) and x["opportunity"] is not None]
    lost = [
        x
        for x in leads
        if _in(x["lost"], OCT) and x["opportunity"] is not None and x["won"] is None
    ]
    win_rate = len(won) / (len(won) + len(lost))
    deal = statistics.fmean(x["amount"] for x in won)
    cycle = statistics.fmean(_days(x["won"], x["opportunity"]) for x in won)
    assert row["opportunities_per_month"] == len(opps)
    assert (row["won"], row["lost"]) == (len(won), len(lost))
    assert row["win_rate"] == pytest.approx(win_rate)
    assert round(row["revenue"], 2) == round(sum(x["amount"] for x in won), 2)
    assert row["avg_deal_size"] == pytest.approx(deal)
    assert row["sales_cycle_days"] == pytest.approx(cycle)
    assert row["pipeline_velocity"] == pytest.approx(len(opps) * win_rate * deal / cycle)


def test_hand_computed_fixture(make_ws):
    """Four leads, counted by hand: 4 created, 3 MQL, 2 SQL in October, 1 opportunity."""

    def ts(day, hour=0):
        return pd.Timestamp(2026, 10, day, hour, tz="UTC")

    # Lead "e" (January) shows the data runs to 2027: October is followed for 81 days.
    leads = pd.DataFrame(
        {
            "lead_id": ["a", "b", "c", "d", "e"],
            "created_at": [ts(1), ts(2), ts(3), ts(4), pd.Timestamp(2027, 1, 20, tz="UTC")],
            "mql_at": [ts(2), ts(4), ts(5, 12), pd.NaT, pd.NaT],
            "sql_at": [ts(4), ts(10), pd.NaT, pd.NaT, pd.NaT],
            "opportunity_at": [ts(8), pd.NaT, pd.NaT, pd.NaT, pd.NaT],
        }
    )
    rows = {
        (r["from_stage"], r["to_stage"], r["view"]): r
        for r in run(make_ws, leads, as_of=dt.date(2027, 1, 31)).tables["stages"]
    }
    mql = rows[("created", "mql", "cohort")]
    assert (mql["entered"], mql["converted"], mql["rate"]) == (4, 3, 0.75)
    assert mql["median_days"] == pytest.approx(2.0)  # lags 1, 2, 2.5 days
    assert mql["mean_days"] == pytest.approx(5.5 / 3)
    assert mql["censored"] is False  # followed 81 days, lags of a few days
    sql = rows[("mql", "sql", "calendar")]
    assert (sql["entered"], sql["converted"]) == (3, 2)
    assert sql["median_days"] == pytest.approx(4.0)  # lags 2 and 6 days
    opp = rows[("sql", "opportunity", "cohort")]
    assert (opp["entered"], opp["converted"], opp["rate"]) == (2, 1, 0.5)
    # No won_at column: the funnel ends at opportunity rather than showing a stage nobody reaches.
    assert ("opportunity", "won", "cohort") not in rows
    # September has no leads at all: its rate is undefined (None), never 0.
    assert mql["prior_rate"] is None and rows[("created", "mql", "calendar")]["prior_rate"] is None


def test_as_of_hides_later_events(make_ws):
    leads = pd.DataFrame(
        {
            "lead_id": ["a"],
            "created_at": [pd.Timestamp(2026, 10, 1, tz="UTC")],
            "mql_at": [pd.Timestamp(2026, 10, 20, tz="UTC")],
        }
    )
    early = run(make_ws, leads, as_of=dt.date(2026, 10, 10)).tables["stages"][0]
    late = run(make_ws, leads, as_of=dt.date(2026, 10, 25)).tables["stages"][0]
    assert (early["entered"], early["converted"]) == (1, 0)
    assert (late["entered"], late["converted"]) == (1, 1)


# --- findings ----------------------------------------------------------------------------------


def expected_momentum(planted: pd.DataFrame) -> dict:
    """Horizon and campaign-stratified counts, from the rows, per transition."""
    leads = _known(planted.to_dict("records"), AS_OF)
    for x, r in zip(leads, planted.to_dict("records"), strict=True):
        x["campaign"] = r["campaign_id"] if isinstance(r["campaign_id"], str) else "(none)"
    cutoff = min(
        dt.datetime.combine(AS_OF + dt.timedelta(days=1), dt.time(), tzinfo=UTC),
        max(v for x in leads for k, v in x.items() if k in (*STAGE_COLS, "lost") and v),
    )
    trailing = OCT.trailing_months(3)
    out = {}
    for a, b in PAIRS:
        lags = [_days(x[b], x[a]) for x in leads if _in(x[a], trailing) and x[b] is not None]
        h = math.ceil(float(np.quantile(lags, 0.8)))
        last = cutoff - dt.timedelta(days=h)

        def counts(period, a=a, b=b, h=h, last=last):
            c = {}
            for x in leads:
                if _in(x[a], period) and x[a] < last:
                    n, k = c.get(x["campaign"], (0, 0))
                    hit = x[b] is not None and _days(x[b], x[a]) <= h
                    c[x["campaign"]] = (n + 1, k + hit)
            return c

        out[(a, b)] = (h, counts(OCT), counts(trailing))
    return out


def test_momentum_rows_equal_independent_computation(planted_result, planted):
    rows = {(r["from_stage"], r["to_stage"]): r for r in planted_result.tables["momentum"]}
    for pair, (h, cur, ref) in expected_momentum(planted).items():
        r = rows[pair]
        assert r["horizon_days"] == h
        assert r["entered"] == sum(n for n, _ in cur.values())
        assert r["converted"] == sum(k for _, k in cur.values())
        assert r["reference_entered"] == sum(n for n, _ in ref.values())
        both = [s for s in cur if s in ref and cur[s][0] and ref[s][0]]
        if not both:
            assert r["p_value"] is None
            continue
        tables = [
            np.array([[cur[s][1], cur[s][0] - cur[s][1]], [ref[s][1], ref[s][0] - ref[s][1]]])
            for s in both
        ]
        peer = StratifiedTable(tables).test_null_odds(correction=False)
        assert r["p_value"] == pytest.approx(peer.pvalue, rel=1e-9)
        w = np.array([cur[s][0] * ref[s][0] / (cur[s][0] + ref[s][0]) for s in both])
        p1 = np.array([cur[s][1] / cur[s][0] for s in both])
        p0 = np.array([ref[s][1] / ref[s][0] for s in both])
        assert r["rate_change"] == pytest.approx(float(np.average(p1 - p0, weights=w)))


def test_planted_bottleneck_is_found_and_alone(planted_result):
    result = planted_result
    bottlenecks = [f for f in result.findings if f.kind == "bottleneck"]
    assert len(bottlenecks) == 1
    f = bottlenecks[0]
    assert f.subject["stage"] == "sql_to_opportunity"
    row = next(r for r in result.tables["momentum"] if r["from_stage"] == "sql")
    assert f.actual == row["adjusted_rate"] and f.reference == row["adjusted_reference"]
    assert f.evidence["rate_change_ci_high"] < 0
    assert "SQL → opportunity was" in f.statement and "95% CI" in f.statement
    assert f.impact > 0
    # No other overall stage fell by more than chance in this fixture.
    assert not [
        x for x in result.findings if x.kind == "stage_rate_drop" and "channel" not in x.subject
    ]


def test_no_bottleneck_without_a_drop():
    result = _result(make_leads(seed=2))
    assert not [f for f in result.findings if f.kind in ("bottleneck", "stage_rate_drop")]


def test_targets_are_compared_and_statements_are_observations(planted_result):
    result = planted_result
    by_metric = {f.metric: f for f in result.findings if f.reference_kind == "target"}
    rows = result.tables["stages"]
    opp = next(r for r in rows if r["view"] == "calendar" and r["from_stage"] == "sql")
    assert opp["target"] == 0.4
    assert by_metric["sql_to_opportunity"].kind == "below_target"
    assert by_metric["sql_to_opportunity"].actual == opp["rate"]
    mqls = next(v for v in result.tables["volumes"] if v["metric"] == "mqls")
    assert by_metric["mqls"].actual == mqls["actual"]
    assert by_metric["mqls"].kind == ("above_target" if mqls["actual"] > 150 else "below_target")
    assert by_metric["win_rate"].kind == "above_target"
    velocity = next(v for v in result.tables["velocity"] if v["window"] == "current")
    assert by_metric["pipeline_velocity"].actual == velocity["pipeline_velocity"]
    assert by_metric["pipeline_velocity"].statement.endswith(
        "USD per day in 2026-10 against a target of 1,000,000,000 USD per day."
    )
    for f in result.findings:
        assert not EVALUATIVE.search(f.statement), f.statement


def test_missing_leads_table_is_skipped(make_ws):
    ws = make_ws()
    result = funnel_health(StageContext(workspace=ws, period=OCT, as_of=AS_OF))
    assert result.skipped and not result.tables


# --- the demo company (docs/demo-data.md) ------------------------------------------------------


@pytest.fixture(scope="module")
def demo_result(request):
    pytest.importorskip("debrief.demo")
    path = request.getfixturevalue("demo_ws_path")
    ws = Workspace.open(path, read_only=True)
    try:
        ctx = StageContext(workspace=ws, period=OCT, as_of=dt.date(2026, 11, 3))
        yield funnel_health(ctx), ws.table("leads").to_pandas()
    finally:
        ws.close()


def test_demo_sql_to_opportunity_bottleneck_is_found_and_alone(demo_result):
    result, _ = demo_result
    bottlenecks = [f for f in result.findings if f.kind == "bottleneck"]
    assert [f.subject["stage"] for f in bottlenecks] == ["sql_to_opportunity"]
    f = bottlenecks[0]
    # Planted: about 40% before October, about 18% in October.
    assert f.evidence["calendar_trailing_rate"] == pytest.approx(0.40, abs=0.05)
    assert f.evidence["calendar_rate"] == pytest.approx(0.18, abs=0.05)
    assert f.evidence["rate_change_ci_high"] < 0 and f.severity == "critical"
    # Neither lead -> MQL nor opportunity -> won shows a drop.
    dropped = {x.subject["stage"] for x in result.findings if x.kind == "stage_rate_drop"}
    assert not dropped & {"created_to_mql", "opportunity_to_won"}
    for x in result.findings:
        assert not EVALUATIVE.search(x.statement), x.statement


def test_demo_calendar_counts_equal_pandas(demo_result):
    result, leads = demo_result
    lo, hi = pd.Timestamp("2026-10-01", tz="UTC"), pd.Timestamp("2026-11-01", tz="UTC")
    # the demo records sessions: its funnel starts at visits (tests/analyses/test_funnel_visits.py)
    assert result.tables["stages"][0]["from_stage"] == "visit"
    for row in result.tables["stages"]:
        if row["view"] != "calendar" or row["from_stage"] == "visit":
            continue
        a, b = STAGE_COLS[row["from_stage"]], STAGE_COLS[row["to_stage"]]
        fa, tb = pd.to_datetime(leads[a], utc=True), pd.to_datetime(leads[b], utc=True)
        assert row["entered"] == int(((fa >= lo) & (fa < hi)).sum())
        assert row["converted"] == int(((tb >= lo) & (tb < hi) & fa.notna()).sum())


def test_unrecorded_stages_are_bridged_and_skipped_steps_implied(make_ws):
    """No SQL column at all (as in many CRM exports): lead -> MQL -> opportunity -> won. Lead "b"
    has an opportunity but no MQL time: it passed MQL, at the opportunity time."""

    def ts(day):
        return pd.Timestamp(2026, 10, day, tz="UTC")

    leads = pd.DataFrame(
        {
            "lead_id": ["a", "b", "c", "late"],
            "created_at": [ts(1), ts(2), ts(3), pd.Timestamp(2027, 1, 5, tz="UTC")],
            "mql_at": [ts(2), pd.NaT, ts(4), pd.NaT],
            "opportunity_at": [ts(5), ts(6), pd.NaT, pd.NaT],
            "won_at": [pd.NaT, ts(20), pd.NaT, pd.NaT],
        }
    )
    result = run(make_ws, leads, as_of=dt.date(2027, 1, 31))
    rows = {(r["from_stage"], r["to_stage"], r["view"]): r for r in result.tables["stages"]}
    assert {(a, b) for a, b, _ in rows} == {
        ("created", "mql"),
        ("mql", "opportunity"),
        ("opportunity", "won"),
    }
    mql = rows[("created", "mql", "cohort")]
    assert (mql["entered"], mql["converted"]) == (3, 3)
    assert mql["median_days"] == pytest.approx(1.0)  # lags 1, 4 (implied at the opportunity), 1
    opp = rows[("mql", "opportunity", "cohort")]
    assert (opp["entered"], opp["converted"], opp["median_days"]) == (3, 2, pytest.approx(1.5))
    assert [v["stage"] for v in result.tables["volumes"]] == [
        "created",
        "mql",
        "opportunity",
        "won",
    ]
    assert any("SQL" in n for n in result.notes)


# --- real data: the Olist marketing funnel (../shared/data, skipped when absent) ---------------


@pytest.mark.realdata
def test_olist_funnel_equals_pandas_over_the_raw_files(shared_data, tmp_path):
    from debrief.ingest import ingest

    src = shared_data / "olist_marketing_funnel"
    path = str(tmp_path / "olist.duckdb")
    ingest([src], path, mapping="olist_marketing_funnel")
    as_of, month = dt.date(2018, 12, 31), Period.month("2018-03")
    with Workspace.open(path, read_only=True) as ws:
        result = funnel_health(StageContext(workspace=ws, period=month, as_of=as_of))
    rows = {(r["from_stage"], r["to_stage"], r["view"]): r for r in result.tables["stages"]}
    # Olist records MQLs and won deals only: the funnel bridges SQL and opportunity.
    assert {(a, b) for a, b, _ in rows} == {("created", "mql"), ("mql", "won")}

    mql = pd.read_csv(src / "olist_marketing_qualified_leads_dataset.csv")
    deals = pd.read_csv(src / "olist_closed_deals_dataset.csv")
    df = mql.merge(deals[["mql_id", "won_date"]], on="mql_id", how="left")
    created = pd.to_datetime(df["first_contact_date"], utc=True)
    won = pd.to_datetime(df["won_date"], utc=True)
    won = won.where(won < pd.Timestamp(as_of + dt.timedelta(days=1), tz="UTC"))
    lo, hi = (
        pd.Timestamp(month.start, tz="UTC"),
        pd.Timestamp(month.end, tz="UTC") + pd.Timedelta(days=1),
    )
    cohort = (created >= lo) & (created < hi)
    days = (won - created).dt.total_seconds() / 86400
    r = rows[("mql", "won", "cohort")]
    assert r["entered"] == int(cohort.sum()) == 1174
    assert r["converted"] == int((cohort & won.notna()).sum())
    assert r["median_days"] == pytest.approx(float(days[cohort & won.notna()].median()))
    r = rows[("mql", "won", "calendar")]
    in_month = (won >= lo) & (won < hi)
    assert r["converted"] == int(in_month.sum())
    assert r["mean_days"] == pytest.approx(float(days[in_month].mean()))
    assert not [f for f in result.findings if f.kind == "bottleneck"]


def test_charts_show_the_tables_values(planted_result):
    charts = planted_result.charts
    assert set(charts) == {"volumes", "stage_rates"}
    shown = {(v["stage"], v["window"]): v["leads"] for v in charts["volumes"]["data"]["values"]}
    for v in planted_result.tables["volumes"]:
        name = {"created": "Leads", "mql": "MQLs", "sql": "SQLs"}.get(v["stage"])
        if name:
            assert shown[(name, "2026-10")] == v["actual"]
    rates = [p["rate"] for p in charts["stage_rates"]["data"]["values"] if p["window"] == "2026-10"]
    readable = [r for r in planted_result.tables["momentum"] if r["adjusted_rate"] is not None]
    assert rates == [r["adjusted_rate"] for r in readable]


# --- properties of the statistics (hypothesis) -------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@st.composite
def proportion(draw):
    n = draw(st.integers(1, 500))
    return draw(st.integers(0, n)), n


@settings(max_examples=60, deadline=None)
@given(proportion(), proportion())
def test_intervals_contain_their_estimates(a, b):
    (x1, n1), (x0, n0) = a, b
    low, high = wilson_interval(x1, n1)
    assert 0.0 <= low <= x1 / n1 <= high <= 1.0
    d = rate_difference(x1, n1, x0, n0)
    assert -1.0 <= d.ci_low <= d.diff <= d.ci_high <= 1.0


@settings(max_examples=60, deadline=None)
@given(proportion(), proportion())
def test_one_stratum_is_the_crude_comparison(a, b):
    (x1, n1), (x0, n0) = a, b
    s = stratified_difference([(x1, n1, x0, n0)])
    assert s.diff == pytest.approx(x1 / n1 - x0 / n0, abs=1e-12)
    big_n, m1 = n1 + n0, x1 + x0
    if 0 < m1 < big_n and big_n > 1:
        # CMH with one stratum is Pearson's chi-square times (N - 1) / N.
        pearson = chi2_contingency([[x1, n1 - x1], [x0, n0 - x0]], correction=False)[0]
        assert s.p_value == pytest.approx(float(chi2.sf(pearson * (big_n - 1) / big_n, 1)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.floats(0, 1)), max_size=8))
def test_holm_never_lowers_a_p_value_and_keeps_the_order(ps):
    adj = holm(ps)
    pairs = [(p, q) for p, q in zip(ps, adj, strict=True) if p is not None]
    assert all(q >= p and q <= 1 for p, q in pairs)
    for (p1, q1), (p2, q2) in zip(sorted(pairs), sorted(pairs)[1:], strict=False):
        assert q1 <= q2 or p1 == p2


def test_findings_and_tables_match_the_report_schema(planted_result):
    import json

    import jsonschema

    from debrief.render import report_schema
    from debrief.results import finding_dict, jsonable

    schema = report_schema()
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/$defs/finding", "$defs": schema["$defs"]}
    )
    assert planted_result.findings
    for f in planted_result.findings:
        validator.validate(finding_dict(f))
    # Tables are plain JSON values: undefined ratios are null, never NaN.
    text = json.dumps(jsonable(planted_result.tables), allow_nan=False)
    assert "NaN" not in text
