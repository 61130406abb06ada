"""The budget stage on the demo company (docs/demo-data.md): the planted facts are found, healthy
channels are not flagged, and the pacing figures equal plain pandas over the demo files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from debrief.analyses.budget import BudgetSettings, budget
from debrief.config import Settings
from debrief.context import StageContext
from debrief.period import Period

pytestmark = pytest.mark.slow

OCT = Period.month("2026-10")
#: A small bootstrap keeps the test fast; the facts do not depend on it. The demo records
#: outcomes, so the stage reads the marketing-mix model unless told to fit per-channel curves.
FAST = Settings(budget=BudgetSettings(bootstrap=20, method="curves"))


def _run(path: str, settings: Settings):  # type: ignore[no-untyped-def]
    from debrief.workspace import Workspace

    with Workspace.open(path, read_only=True) as ws:
        return budget(
            StageContext(workspace=ws, period=OCT, settings=settings, as_of=dt.date(2026, 11, 3))
        )


@pytest.fixture(scope="module")
def result(demo_ws_path: str):
    return _run(demo_ws_path, FAST)


@pytest.fixture(scope="module")
def mixed(demo_ws_path: str):
    return _run(demo_ws_path, Settings())


def test_paid_social_overspend_is_found(result):
    pacing = {r["channel"]: r for r in result.tables["pacing"] if r["campaign_id"] is None}
    assert pacing["paid_social"]["status"] == "over"
    assert pacing["paid_social"]["utilisation"] == pytest.approx(1.35, abs=0.02)
    (f,) = [f for f in result.findings if f.kind == "overspend"]
    assert f.subject == {"channel": "paid_social"}
    assert f.reference_kind == "plan"
    assert f.impact == pytest.approx(
        pacing["paid_social"]["spend"] - pacing["paid_social"]["planned_spend"], abs=0.01
    )


def test_healthy_channels_are_not_flagged(result):
    for f in result.findings:
        if f.kind in ("overspend", "underspend", "saturation", "below_floor", "no_conversions"):
            assert f.subject.get("channel") not in ("email", "content_syndication"), f.statement
    pacing = {r["channel"]: r for r in result.tables["pacing"] if r["campaign_id"] is None}
    assert pacing["email"]["status"] == pacing["content_syndication"]["status"] == "on_plan"


def test_paid_search_saturation_is_found(result):
    curves = {r["channel"]: r for r in result.tables["curves"]}
    assert curves["paid_search"]["identified"]
    assert curves["paid_search"]["marginal_roas"] < 1.0
    waste = [r for r in result.tables["waste"] if r["kind"] == "past_floor"]
    search = [r for r in waste if r["channel"] == "paid_search"]
    assert search and search[0]["wasted_spend"] > 0
    assert any(
        f.kind == "saturation" and f.subject["channel"] == "paid_search" for f in result.findings
    )
    realloc = {r["channel"]: r for r in result.tables["reallocation"]}
    assert realloc["paid_search"]["change"] < 0
    total_before = sum(r["current_spend"] for r in realloc.values())
    total_after = sum(r["recommended_spend"] for r in realloc.values())
    assert round(total_after * 100) == round(total_before * 100)


def test_pacing_equals_pandas_over_the_demo_files(demo_dir: Path, demo_ws_path: str):
    """In progress on 2026-10-15: utilisation, pacing and forecast from the CSV files."""
    from debrief.analyses.budget import pacing_table
    from debrief.workspace import Workspace

    as_of = dt.date(2026, 10, 15)
    ad = pd.read_csv(demo_dir / "ad_performance.csv", parse_dates=["date"])
    plan = pd.read_csv(demo_dir / "budgets.csv")
    plan = plan[plan["month"] == "2026-10"].groupby("channel")["planned_spend"].sum()
    to_date = ad[(ad["date"] >= "2026-10-01") & (ad["date"] <= "2026-10-15")]
    last7 = ad[(ad["date"] >= "2026-10-09") & (ad["date"] <= "2026-10-15")]
    spend = to_date.groupby("channel")["spend"].sum()
    forecast = spend + 16 * last7.groupby("channel")["spend"].sum() / 7
    with Workspace.open(demo_ws_path, read_only=True) as ws:
        rows, _ = pacing_table(ws, OCT, as_of)
    got = {r["channel"]: r for r in rows if r["campaign_id"] is None}
    assert set(got) == set(plan.index)
    for ch in plan.index:
        assert got[ch]["spend"] == pytest.approx(spend[ch], abs=0.005)
        assert got[ch]["forecast_spend"] == pytest.approx(forecast[ch], abs=0.005)
        assert got[ch]["pacing"] == pytest.approx(spend[ch] / plan[ch] / (15 / 31), rel=1e-9)


def test_with_outcomes_the_model_covers_every_channels_true_marginal_roas(mixed):
    """The demo's revenue is a baseline plus each channel's planted curve (docs/demo-data.md):
    the model's 90% interval contains each channel's true marginal ROAS at October's spend
    (V·K/(K+s)² of the always-on curve, adstock at steady state), and the saturated channel,
    paid_search, is the one giving money."""
    from debrief.demo import spec

    (model,) = mixed.tables["model"]
    assert model["method"] == "marketing_mix_model" and model["kpi"] == "revenue"
    assert any(n.startswith("Method: the marketing-mix model") for n in mixed.notes)
    for c in mixed.tables["curves"]:
        ch = spec.CHANNELS[c["channel"]]
        k, s = ch.half_saturation, c["current_daily_spend"]
        true = ch.vmax * k / (k + s) ** 2
        assert c["marginal_roas_low"] <= true <= c["marginal_roas_high"], c["channel"]
    realloc = {r["channel"]: r for r in mixed.tables["reallocation"]}
    assert realloc["paid_search"]["change"] < 0
    assert min(realloc, key=lambda ch: realloc[ch]["change"]) == "paid_search"
    total_before = sum(r["current_spend"] for r in realloc.values())
    total_after = sum(r["recommended_spend"] for r in realloc.values())
    assert total_after == pytest.approx(total_before, abs=0.05)
    from .test_mixmodel import _adds_up

    _adds_up(mixed)
