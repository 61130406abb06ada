"""The whole stage on a small synthetic workspace: contract columns, JSON, observation language,
and what it says when it cannot fit curves."""

from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.budget import BudgetSettings, budget
from debrief.config import Settings
from debrief.context import StageContext
from debrief.period import Period
from debrief.results import jsonable
from debrief.schema import TABLES

from .synthetic import synthetic_spend

OCT = Period.month("2026-10")
START = dt.date(2026, 4, 1)
SETTINGS = Settings(budget=BudgetSettings(bootstrap=10))
EVALUATIVE = re.compile(
    r"\b(underperform\w*|fail\w*|poor\w*|bad|weak\w*|disappoint\w*|blame\w*|good|great)\b", re.I
)


def _ad(with_value: bool = True) -> pd.DataFrame:
    from debrief.analyses.budget.response import HillAdstock

    days = [START + dt.timedelta(days=i) for i in range((OCT.end - START).days + 1)]
    n = len(days)
    rng = np.random.default_rng(1)
    chans = {
        # saturated: spend raised by half in October (about 2000 a day, marginal ROAS about
        # 0.68); the floor is crossed at sqrt(6000 * 1000) - 1000 = 1449 a day, inside the range
        # of sustained spend seen
        "paid_search": (
            synthetic_spend(n, 2000.0, 1) * np.where(np.arange(n) >= n - 31, 1.5, 1.0),
            HillAdstock(0.1, 1000.0, 1.0, 6000.0),
        ),
        # far from saturation: marginal ROAS about 2.9 at 500 a day
        "email": (synthetic_spend(n, 500.0, 2), HillAdstock(0.2, 5000.0, 1.0, 18000.0)),
        # constant spend: no curve
        "display": (np.full(n, 800.0), HillAdstock(0.0, 800.0, 1.0, 1600.0)),
    }
    rows = []
    for ch, (spend, curve) in chans.items():
        revenue = curve.predict(spend) * (1 + rng.normal(0, 0.03, n))
        for i, d in enumerate(days):
            rows.append(
                {
                    "date": d,
                    "channel": ch,
                    "campaign_id": f"AO-{ch}",
                    "spend": round(float(spend[i]), 2),
                    "impressions": 1000,
                    "clicks": 20,
                    "conversions": 0 if ch == "display" else 3,
                    "conversion_value": round(float(revenue[i]), 2),
                }
            )
    df = pd.DataFrame(rows)
    return df if with_value else df.drop(columns=["conversion_value"])


BUDGETS = pd.DataFrame(
    [
        {"month": "2026-10", "channel": "paid_search", "planned_spend": 93000.0},
        {"month": "2026-10", "channel": "email", "planned_spend": 15500.0},
        {"month": "2026-10", "channel": "display", "planned_spend": 24800.0},
    ]
)


@pytest.fixture(scope="module")
def result():
    from debrief.workspace import Workspace

    ws = Workspace.in_memory()
    ws.con.create_table("ad_performance", _ad(), overwrite=True)
    ws.con.create_table("budgets", BUDGETS, overwrite=True)
    return budget(
        StageContext(workspace=ws, period=OCT, settings=SETTINGS, as_of=dt.date(2026, 11, 2))
    )


def test_contract_tables_and_json(result):
    assert {"channel", "planned_spend", "spend", "utilisation"} <= set(result.tables["pacing"][0])
    assert {"channel", "current_spend", "recommended_spend", "expected_revenue_change"} <= set(
        result.tables["reallocation"][0]
    )
    for name in ("curves", "waste", "reallocation_moves"):
        assert name in result.tables
    json.dumps(jsonable(result.tables), allow_nan=False)
    json.dumps(result.charts, allow_nan=False)
    ids = [f.id for f in result.findings]
    assert len(ids) == len(set(ids))
    assert "ad_performance" in TABLES


def test_findings_are_observations(result):
    assert result.findings
    for f in result.findings:
        assert not EVALUATIVE.search(f.statement), f.statement
        assert f.statement.endswith(".")


def test_what_is_found(result):
    curves = {r["channel"]: r for r in result.tables["curves"]}
    assert curves["paid_search"]["identified"] and curves["email"]["identified"]
    assert not curves["display"]["identified"]
    assert "spend variation" in curves["display"]["reason"]
    realloc = {r["channel"]: r for r in result.tables["reallocation"]}
    assert realloc["paid_search"]["change"] < 0 < realloc["email"]["change"]
    assert realloc["display"]["change"] == 0
    assert realloc["display"]["note"].startswith("held fixed")
    # email is capped at +30% of its spend
    assert realloc["email"]["recommended_spend"] == pytest.approx(
        realloc["email"]["current_spend"] * 1.3, abs=0.05
    )
    (search,) = [r for r in result.tables["waste"] if r["kind"] == "past_floor"]
    assert search["channel"] == "paid_search"
    assert search["threshold_spend"] == pytest.approx(np.sqrt(6000 * 1000) - 1000, rel=0.1)
    kinds = {(f.kind, f.subject.get("channel")) for f in result.findings}
    assert ("saturation", "paid_search") in kinds
    assert ("no_conversions", "display") in kinds
    assert ("curve_unidentified", "display") in kinds
    assert ("reallocation_move", "email") in kinds
    assert ("reallocation", None) in kinds
    assert any("counterfactual" in n for n in result.notes)


def test_without_conversion_value(make_ws):
    ws = make_ws(ad_performance=_ad(with_value=False), budgets=BUDGETS)
    res = budget(StageContext(workspace=ws, period=OCT, settings=SETTINGS, as_of=OCT.end))
    assert res.tables["curves"] == []
    assert all(r["change"] == 0 for r in res.tables["reallocation"])
    assert any("conversion_value" in n for n in res.notes)
    assert any("fewer than two channels" in n for n in res.notes)


def test_before_the_period_and_without_spend():
    from debrief.workspace import Workspace

    ws = Workspace.in_memory()
    ws.con.create_table("ad_performance", _ad(), overwrite=True)
    ws.con.create_table("budgets", BUDGETS, overwrite=True)
    early = budget(
        StageContext(workspace=ws, period=OCT, settings=SETTINGS, as_of=dt.date(2026, 9, 20))
    )
    assert early.findings == ()
    assert {r["spend"] for r in early.tables["pacing"]} == {0.0}
    assert any("has not started" in n for n in early.notes)
    later = Period.month("2026-12")
    empty = budget(
        StageContext(workspace=ws, period=later, settings=SETTINGS, as_of=dt.date(2027, 1, 5))
    )
    assert empty.findings == ()
    assert any("has no rows in 2026-12" in n for n in empty.notes)
    # the tables report.json promises whenever the stage ran are there, empty (a month with leads
    # and no spend failed the report's validation: 'reallocation' is a required property)
    from debrief.registry import review_stages

    (declared,) = [s for s in review_stages("monthly_review") if s.name == "budget"]
    promised = {name for name, t in declared.tables.items() if t.always}
    for res in (early, empty):
        assert promised <= set(res.tables), promised - set(res.tables)


@pytest.mark.parametrize("backend", ["sqlite", "polars"])
def test_same_tables_on_other_ibis_backends(result, backend):
    """No DuckDB assumption: the stage gives the same tables on another Ibis backend."""
    import ibis

    from debrief.workspace import Workspace

    try:
        con = getattr(ibis, backend).connect()
    except Exception as exc:  # backend not installed
        pytest.skip(f"ibis {backend} backend unavailable: {exc}")
    con.create_table("ad_performance", _ad(), overwrite=True)
    con.create_table("budgets", BUDGETS, overwrite=True)
    other = budget(
        StageContext(
            workspace=Workspace(con=con, target=":memory:"),
            period=OCT,
            settings=SETTINGS,
            as_of=dt.date(2026, 11, 2),
        )
    )
    assert json.dumps(jsonable(other.tables), sort_keys=True) == json.dumps(
        jsonable(result.tables), sort_keys=True
    )
    assert [f.statement for f in other.findings] == [f.statement for f in result.findings]
