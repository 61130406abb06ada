"""The funnel starts at visits (issue 18): ad_performance.sessions -> leads of the same channels,
against a plain pandas computation; channels without sessions are left out and named; without
sessions the step is unknown, not 0."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.funnel_health import funnel_health
from debrief.context import StageContext
from debrief.period import Period
from debrief.stats import rate_difference, wilson_interval
from debrief.workspace import Workspace

OCT = Period.month("2026-10")
AS_OF = dt.date(2026, 11, 3)


def _frames(seed: int = 2) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    days = pd.date_range("2026-06-01", "2026-10-31", freq="D")
    ads = []
    for d in days:
        for ch, camp in (("email", "A"), ("paid_search", "A"), ("paid_search", "B")):
            ads.append(
                {
                    "date": d.date(),
                    "channel": ch,
                    "campaign_id": camp,
                    "spend": 10.0,
                    "sessions": int(rng.integers(50, 150)),
                }
            )
    ads.append(
        {
            "date": dt.date(2026, 10, 3),
            "channel": "display",
            "campaign_id": "B",
            "spend": 5.0,
            "sessions": None,
        }
    )  # display: sessions unknown
    leads = []
    for i in range(2500):
        c = pd.Timestamp("2026-06-01", tz="UTC") + pd.Timedelta(
            seconds=int(rng.integers(0, 153 * 86400))
        )
        ch = ["email", "paid_search", "display", "referral"][int(rng.integers(0, 4))]
        mql = c + pd.Timedelta(days=1) if rng.random() < 0.5 else pd.NaT
        leads.append(
            {
                "lead_id": f"L{i}",
                "created_at": c,
                "channel": ch,
                "campaign_id": ["A", "B"][int(rng.integers(0, 2))],
                "mql_at": mql,
            }
        )
    return pd.DataFrame(ads), pd.DataFrame(leads)


def _ws(ads: pd.DataFrame | None, leads: pd.DataFrame) -> Workspace:
    ws = Workspace.in_memory()
    ws.con.create_table("leads", leads)
    if ads is not None:
        ws.con.create_table("ad_performance", ads)
    return ws


def _count(ads, leads, lo, hi, channels):
    a = ads[(ads.date >= lo) & (ads.date <= hi) & ads.sessions.notna() & ads.channel.isin(channels)]
    day = leads.created_at.dt.date
    n = leads[(day >= lo) & (day <= hi) & leads.channel.isin(channels)]
    return float(a.sessions.sum()), float(len(n))


def test_the_funnel_starts_at_visits_of_the_same_channels() -> None:
    ads, leads = _frames()
    r = funnel_health(StageContext(workspace=_ws(ads, leads), period=OCT, as_of=AS_OF))
    first = r.tables["stages"][0]
    assert (first["from_stage"], first["to_stage"], first["view"]) == (
        "visit",
        "created",
        "calendar",
    )
    assert first["counted_from"].startswith("ad_performance.sessions (email, paid_search)")
    known = ["email", "paid_search"]  # display has no session value; referral has no ad rows
    v, n = _count(ads, leads, dt.date(2026, 10, 1), dt.date(2026, 10, 31), known)
    tv, tn = _count(ads, leads, dt.date(2026, 7, 1), dt.date(2026, 9, 30), known)
    pv, pn = _count(ads, leads, dt.date(2026, 9, 1), dt.date(2026, 9, 30), known)
    assert (first["entered"], first["converted"]) == (v, n)
    assert first["rate"] == pytest.approx(n / v)
    assert (first["ci_low"], first["ci_high"]) == pytest.approx(wilson_interval(n, v))
    assert first["prior_rate"] == pytest.approx(pn / pv)
    assert first["trailing_rate"] == pytest.approx(tn / tv)
    diff = rate_difference(n, v, tn, tv)
    assert first["rate_change"] == pytest.approx(diff.diff)
    assert first["p_value"] == pytest.approx(diff.p_value)
    vol = r.tables["volumes"][0]
    assert (
        vol["stage"] == "visit"
        and vol["actual"] == v
        and vol["trailing_monthly_mean"] == pytest.approx(tv / 3)
    )
    assert r.tables["volumes"][1]["stage"] == "created"
    by_ch = {x["channel"]: x for x in r.tables["by_channel"] if x["from_stage"] == "visit"}
    assert set(by_ch) == set(known)
    ev, en = _count(ads, leads, dt.date(2026, 10, 1), dt.date(2026, 10, 31), ["email"])
    assert (by_ch["email"]["entered"], by_ch["email"]["converted"]) == (ev, en)
    by_camp = {x["campaign_id"]: x for x in r.tables["by_campaign"] if x["from_stage"] == "visit"}
    a = ads[(ads.campaign_id == "B") & (pd.to_datetime(ads.date).dt.month == 10)].sessions.sum()
    lb = leads[(leads.campaign_id == "B") & (leads.created_at.dt.month == 10)]
    lb = lb[lb.channel == "paid_search"]  # campaign B's only channel with sessions
    assert (by_camp["B"]["entered"], by_camp["B"]["converted"]) == (a, len(lb))
    note = r.notes[-1]
    assert "leads from display, referral have no recorded visits" in note


def test_without_sessions_the_visit_step_is_unknown_not_zero() -> None:
    ads, leads = _frames()
    r = funnel_health(StageContext(workspace=_ws(None, leads), period=OCT, as_of=AS_OF))
    assert r.tables["stages"][0]["from_stage"] == "created"
    assert all(v["stage"] != "visit" for v in r.tables["volumes"])
    assert "Visits are unknown" in r.notes[-1]
    no_sessions = ads.drop(columns=["sessions"]).assign(sessions=np.nan)
    r = funnel_health(StageContext(workspace=_ws(no_sessions, leads), period=OCT, as_of=AS_OF))
    assert r.tables["stages"][0]["from_stage"] == "created"
    assert "no ad_performance.sessions value in the month" in r.notes[-1]
