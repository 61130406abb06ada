"""The lead-quality stage end to end on the planted fixture: what is planted is found, nothing
healthy is flagged, and the stage's tables equal independent computations."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from debrief.analyses.lead_quality import lead_quality
from debrief.analyses.lead_quality.stage import MAX_SCORES
from debrief.config import Settings
from debrief.context import StageContext
from debrief.period import Period

sys.path.insert(0, str(Path(__file__).parent))
from lq_fixture import make_leads

EVALUATIVE = re.compile(r"underperform|fail|poor|\bbad\b|weak|disappoint|blame|worse", re.I)
AS_OF = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def leads() -> pd.DataFrame:
    return make_leads()


@pytest.fixture(scope="module")
def result(leads):
    from debrief.workspace import Workspace

    ws = Workspace.in_memory()
    ws.con.create_table("leads", leads)
    targets = pd.DataFrame(
        {"metric": ["mqls", "mql_to_sql"], "target": [100000.0, 0.2], "month": ["2026-10"] * 2}
    )
    ws.con.create_table("targets", targets)
    ctx = StageContext(workspace=ws, period=Period.month("2026-10"), as_of=AS_OF)
    return lead_quality(ctx)


def test_required_tables_and_columns(result) -> None:
    perf = result.tables["score_performance"][0]
    for c in ("auc", "brier", "n", "auc_low", "auc_high", "ap", "base_rate"):
        assert c in perf
    assert set(result.tables["gains"][0]) >= {
        "decile",
        "leads",
        "positives",
        "lift",
        "cumulative_gain",
    }
    assert set(result.tables["reliability"][0]) >= {"bin", "mean_score_prob", "observed_rate", "n"}
    assert {"gains", "reliability"} <= set(result.charts)


def test_planted_facts_found_and_nothing_healthy_flagged(result) -> None:
    ids = {f.id for f in result.findings}
    assert "lead_quality:mql_to_sql_fall:channel:synd" in ids
    assert "lead_quality:calibration_gap:80-100" in ids
    assert "lead_quality:feedback_shift" in ids
    assert "lead_quality:below_target:mqls:total:all" in ids
    assert not any(
        i.startswith("lead_quality:mql_to_sql_fall:channel:s") and not i.endswith("synd")
        for i in ids
    )
    gaps = [f for f in result.findings if f.kind == "calibration_gap"]
    assert [f.subject["segment"]["score_band"] for f in gaps] == ["80-100"]
    for f in result.findings:
        assert not EVALUATIVE.search(f.statement), f.statement


def test_score_performance_equals_sklearn_on_the_population(result, leads) -> None:
    perf = result.tables["score_performance"][0]
    ripe = AS_OF - dt.timedelta(days=30)
    start = ripe - dt.timedelta(days=365)
    cutoff = dt.datetime.combine(AS_OF + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    pop = leads[(leads.created_at.dt.date >= start) & (leads.created_at.dt.date <= ripe)]
    y = pop.sql_at.notna() & (pop.sql_at < cutoff)
    assert perf["n"] == len(pop)
    assert perf["positives"] == int(y.sum())
    assert perf["auc"] == pytest.approx(roc_auc_score(y, pop.score), abs=1e-12)
    assert perf["auc_low"] < perf["auc"] < perf["auc_high"]
    # the current threshold is inferred as the lowest MQL score
    cur = next(r for r in result.tables["threshold"] if r["kind"] == "current")
    assert cur["threshold"] == leads.loc[leads.mql_at.notna(), "score"].min() == 50.0
    above = pop[pop.score >= 50]
    ya = above.sql_at.notna() & (above.sql_at < cutoff)
    assert cur["expected_value"] == pytest.approx(5000 * ya.sum() - 150 * len(above))


def test_continuous_scores_come_back_rounded_to_bounded_steps(make_ws, leads, pulls) -> None:
    """A model's probability-like score (a distinct value per lead) is rounded in the engine to
    MAX_SCORES levels: the aggregated pull stays bounded, the AUC stays that of the raw scores
    to within the rounding, and a note says so."""
    jittered = leads.copy()
    rng = np.random.default_rng(5)
    jittered["score"] = jittered["score"] + rng.uniform(0.0, 0.999, len(jittered))
    ctx = StageContext(
        workspace=make_ws(leads=jittered), period=Period.month("2026-10"), as_of=AS_OF
    )
    res = lead_quality(ctx)
    perf = res.tables["score_performance"][0]
    ripe = AS_OF - dt.timedelta(days=30)
    start = ripe - dt.timedelta(days=365)
    pop = jittered[(jittered.created_at.dt.date >= start) & (jittered.created_at.dt.date <= ripe)]
    assert pop.score.nunique() > 4 * MAX_SCORES
    cutoff = dt.datetime.combine(AS_OF + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    y = pop.sql_at.notna() & (pop.sql_at < cutoff)
    assert perf["n"] == len(pop)
    assert perf["auc"] == pytest.approx(roc_auc_score(y, pop.score), abs=2e-3)
    assert any("rounded to 999 equal steps" in n for n in res.notes)
    assert max(pulls) <= 4 * MAX_SCORES


def test_stage_without_scores_or_mql_dates(make_ws, leads) -> None:
    ws = make_ws(leads=leads[["lead_id", "created_at", "channel"]])
    ctx = StageContext(
        workspace=ws, period=Period.month("2026-10"), as_of=AS_OF, settings=Settings()
    )
    res = lead_quality(ctx)
    assert res.findings == () and res.tables["score_performance"] == []
    assert any("mql_at" in n for n in res.notes)


def test_recommendations_are_tied_to_findings(result) -> None:
    ids = {f.id for f in result.findings}
    recs = result.tables["recommendations"]
    assert recs and all(r["finding_id"] in ids for r in recs)
    actionable = {f.id for f in result.findings if f.kind != "score_ranking"}
    assert {r["finding_id"] for r in recs} == actionable
    for r in recs:
        assert not EVALUATIVE.search(r["recommendation"]), r["recommendation"]
