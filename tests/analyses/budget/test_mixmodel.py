"""The budget stage on the marketing-mix model when the workspace records outcomes: a simulated
company (debrief.mmm.simulate, known truth) where per-channel curves on platform-reported revenue
pick the wrong channel and the model picks the right one; and the fallbacks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.budget import BudgetSettings, budget
from debrief.config import Settings
from debrief.context import StageContext
from debrief.ingest import ingest
from debrief.mmm.simulate import Simulation, simulate, write_contract
from debrief.mmm.transforms import adstock, hill
from debrief.period import Period
from debrief.results import jsonable
from debrief.workspace import Workspace

DEC = Period.month("2024-12")  # the simulator's daily history runs 2023-01-02 .. 2024-12-31


def _contribution(sim: Simulation, channel: str) -> np.ndarray:
    t = sim.truth_of(channel)
    s = sim.data.spend[channel].to_numpy(float)
    return t.beta * hill(adstock(s, t.decay), t.half_sat, t.shape)


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Simulation]:
    """Two channels; the truth: ch2's marginal ROAS (4.5) is well above ch1's (1.2). The ad
    platforms report each channel's true contribution as conversion_value, but ch1's platform
    also claims sales that would have happened anyway, in proportion to its spend (what
    retargeting and brand search do): its own revenue makes it look like the better channel."""
    folder = tmp_path_factory.mktemp("mix")
    sim = simulate(1, grain="daily", n_channels=2)
    files = write_contract(sim.data, folder / "files")
    ad = pd.read_csv(files["ad_performance"])
    base = sim.data.outcome - sum(_contribution(sim, c) for c in sim.data.channels)
    days = sim.data.dates.strftime("%Y-%m-%d")
    reported = []
    for c in sim.data.channels:
        s = sim.data.spend[c].to_numpy(float)
        v = _contribution(sim, c) + (0.25 * base.mean() * s / s.mean() if c == "ch1" else 0.0)
        reported.append(pd.DataFrame({"date": days, "channel": c, "conversion_value": v.round(2)}))
    ad.merge(pd.concat(reported), on=["date", "channel"]).to_csv(
        files["ad_performance"], index=False
    )
    ingest([folder / "files"], folder / "ws.duckdb")
    return folder / "ws.duckdb", sim


def _run(path: Path, **settings: object):  # type: ignore[no-untyped-def]
    with Workspace.open(path, read_only=True) as ws:
        return budget(
            StageContext(
                workspace=ws,
                period=DEC,
                settings=Settings(budget=BudgetSettings(bootstrap=20, **settings)),
                as_of=dt.date(2025, 1, 5),
            )
        )


def test_curves_pick_the_wrong_channel_and_the_model_the_right_one(company) -> None:  # type: ignore[no-untyped-def]
    path, sim = company
    truth = {t.channel: t.marginal_roas for t in sim.truth}
    assert truth["ch2"] > 1.3 * truth["ch1"]

    curves = _run(path, method="curves")
    assert "model" not in curves.tables
    moved = {r["channel"]: r["change"] for r in curves.tables["reallocation"]}
    assert moved["ch1"] > 0 > moved["ch2"]  # money toward ch1: the wrong way

    mixed = _run(path)
    (model,) = mixed.tables["model"]
    assert model["method"] == "marketing_mix_model" and model["grain"] == "daily"
    assert model["window_periods"] == 31 and model["holdout_wape"] < 0.2
    assert mixed.notes[0].startswith("Method: the marketing-mix model on 730 days")
    moved = {r["channel"]: r["change"] for r in mixed.tables["reallocation"]}
    assert moved["ch2"] > 0 > moved["ch1"]  # the right way
    rows = {r["channel"]: r for r in mixed.tables["curves"]}
    for ch, true in truth.items():
        assert rows[ch]["marginal_roas_low"] <= true <= rows[ch]["marginal_roas_high"], ch
        assert rows[ch]["identified"]
    # December's spend, not an average month: the table reads like the pacing table
    spend = sim.data.spend.iloc[-31:].sum()
    for ch, r in {r["channel"]: r for r in mixed.tables["reallocation"]}.items():
        assert r["current_spend"] == pytest.approx(spend[ch], rel=1e-3)
    (f,) = [f for f in mixed.findings if f.kind == "reallocation"]
    assert f.evidence["low"] <= f.actual <= f.evidence["high"]
    _adds_up(mixed)
    json.dumps(jsonable(mixed.tables))  # every cell is JSON


def _adds_up(result) -> None:  # type: ignore[no-untyped-def]
    """The headline, the channels' changes and the moves' gains are one forecast: they add up to
    the cent (the fit's own values, not medians of draws, which do not add)."""
    (f,) = [f for f in result.findings if f.kind == "reallocation"]
    channels = sum(r["expected_revenue_change"] for r in result.tables["reallocation"])
    moves = sum(m["expected_revenue_change"] for m in result.tables["reallocation_moves"])
    assert channels == pytest.approx(f.actual, abs=0.01)
    assert moves == pytest.approx(f.actual, abs=0.01)
    assert sum(m["amount"] for m in result.tables["reallocation_moves"]) == pytest.approx(
        sum(r["change"] for r in result.tables["reallocation"] if r["change"] > 0), abs=0.05
    )


def test_outcomes_without_a_money_kpi_fall_back_to_curves_and_say_why(tmp_path: Path) -> None:
    sim = simulate(2, grain="daily", n_channels=2)
    files = write_contract(sim.data, tmp_path / "files")
    out = pd.read_csv(files["outcomes"]).assign(kpi="signups")
    out.to_csv(files["outcomes"], index=False)
    ad = pd.read_csv(files["ad_performance"])
    ad["conversion_value"] = (ad["spend"] * 2).round(2)
    ad.to_csv(files["ad_performance"], index=False)
    ingest([tmp_path / "files"], tmp_path / "ws.duckdb")
    r = _run(tmp_path / "ws.duckdb")
    assert "model" not in r.tables
    (note,) = [n for n in r.notes if n.startswith("Method:")]
    assert "per-channel response curves" in note and "signups" in note
