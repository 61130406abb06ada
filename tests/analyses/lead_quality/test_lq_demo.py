"""The lead-quality stage on the demo company (docs/demo-data.md): the planted facts are found,
healthy sources and score bands are not flagged, and figures equal pandas/scikit-learn over
leads.csv."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from debrief.analyses.lead_quality import lead_quality
from debrief.context import StageContext
from debrief.period import Period

OCT = Period.month("2026-10")
AS_OF = dt.date(2026, 11, 4)


@pytest.fixture(scope="module")
def result(demo_ws_path):
    from debrief.workspace import Workspace

    with Workspace.open(demo_ws_path, read_only=True) as ws:
        yield lead_quality(StageContext(workspace=ws, period=OCT, as_of=AS_OF))


@pytest.fixture(scope="module")
def leads(demo_dir) -> pd.DataFrame:
    df = pd.read_csv(demo_dir / "leads.csv")
    for c in ("created_at", "mql_at", "sql_at"):
        df[c] = pd.to_datetime(df[c], utc=True)
    return df


def test_demo_syndication_mqls_stop_reaching_sql(result) -> None:
    f = next(
        f
        for f in result.findings
        if f.id == "lead_quality:mql_to_sql_fall:channel:content_syndication"
    )
    assert f.actual < 0.05 and f.reference > 0.2
    healthy = {"email", "paid_search", "display", "video"}
    flagged = {f.subject.get("channel") for f in result.findings if f.kind == "below_prior_period"}
    assert not healthy & flagged


def test_demo_miscalibrated_top_band_only(result) -> None:
    gaps = [f for f in result.findings if f.kind == "calibration_gap"]
    assert [f.subject["segment"]["score_band"] for f in gaps] == ["80-100"]
    rel = {r["bin"]: r for r in result.tables["reliability"]}
    # planted: 80-100 converts at about the rate of 60-80
    assert abs(rel["80-100"]["observed_rate"] - rel["60-80"]["observed_rate"]) < 0.06


def test_demo_figures_equal_pandas_and_sklearn(result, leads) -> None:
    end = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    start = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    upto = pd.Timestamp(AS_OF + dt.timedelta(days=1), tz="UTC")
    oct_mql = leads[(leads.mql_at >= start) & (leads.mql_at < end)]
    by = {r["channel"]: r for r in result.tables["by_channel"]}
    for ch, g in oct_mql.groupby("channel"):
        assert by[ch]["mqls"] == len(g)
        assert by[ch]["sqls"] == int((g.sql_at < upto).sum())
    ripe = AS_OF - dt.timedelta(days=30)
    pop = leads[
        leads.score.notna()
        & (leads.created_at.dt.date >= ripe - dt.timedelta(days=365))
        & (leads.created_at.dt.date <= ripe)
    ]
    y = pop.sql_at.notna() & (pop.sql_at < upto)
    perf = result.tables["score_performance"][0]
    assert perf["n"] == len(pop) and perf["positives"] == int(y.sum())
    assert perf["auc"] == pytest.approx(roc_auc_score(y, pop.score), abs=1e-12)
    assert perf["ap"] == pytest.approx(average_precision_score(y, pop.score), abs=1e-12)
    cur = next(r for r in result.tables["threshold"] if r["kind"] == "current")
    assert cur["threshold"] == leads.loc[leads.mql_at.notna(), "score"].min()


def test_demo_syndication_fall_carries_its_money_at_stake(result) -> None:
    f = next(
        f
        for f in result.findings
        if f.id == "lead_quality:mql_to_sql_fall:channel:content_syndication"
    )
    row = next(r for r in result.tables["by_channel"] if r["channel"] == "content_syndication")
    short = (row["mix_prior_mql_to_sql"] - row["matched_mql_to_sql"]) * row["matched_mqls"]
    assert f.impact == pytest.approx(short * 5000.0)
