"""Pacing and utilisation against plain-Python computations over the rows, to the cent."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debrief.analyses.budget import budget, pacing_rows, pacing_table, pacing_window
from debrief.context import StageContext
from debrief.period import Period

OCT = Period.month("2026-10")


def _rows(seed: int = 1) -> pd.DataFrame:
    """Daily spend for two channels / three campaigns, 2026-09-20 .. 2026-10-31, with a few gaps
    and a second spelling of one channel."""
    rng = random.Random(seed)
    out = []
    day = dt.date(2026, 9, 20)
    while day <= dt.date(2026, 10, 31):
        for channel, campaign, base in (
            ("paid_social", "AO-SOCIAL", 400.0),
            ("Paid Social", "FL-X", 50.0),
            ("email", "AO-EMAIL", 100.0),
        ):
            if rng.random() < 0.1:  # a day without rows counts as zero spend
                continue
            out.append(
                {
                    "date": day,
                    "channel": channel,
                    "campaign_id": campaign,
                    "spend": round(base * rng.uniform(0.5, 1.5), 2),
                    "impressions": 1000,
                    "clicks": 10,
                    "conversions": 1,
                }
            )
        day += dt.timedelta(days=1)
    return pd.DataFrame(out)


BUDGETS = pd.DataFrame(
    [
        {"month": "2026-10", "channel": "paid_social", "campaign_id": None, "planned_spend": 10000},
        {"month": "2026-10", "channel": "email", "campaign_id": None, "planned_spend": 3100.0},
        {"month": "2026-10", "channel": None, "campaign_id": "FL-X", "planned_spend": 1000.0},
        {"month": "2026-09", "channel": "email", "campaign_id": None, "planned_spend": 99.0},
    ]
)


def _expected(ad: pd.DataFrame, as_of: dt.date, match, planned: float) -> dict:
    """Independent computation over the raw rows."""
    last = min(as_of, OCT.end)
    to_date = sum(r.spend for r in ad.itertuples() if match(r) and OCT.start <= r.date <= last)
    last7 = sum(
        r.spend
        for r in ad.itertuples()
        if match(r) and last - dt.timedelta(days=6) <= r.date <= last
    )
    elapsed = (last - OCT.start).days + 1
    remaining = (OCT.end - last).days
    forecast = to_date + remaining * last7 / 7
    return {
        "spend": to_date,
        "utilisation": to_date / planned,
        "pacing": (to_date / planned) / (elapsed / 31),
        "forecast_spend": forecast,
    }


@pytest.mark.parametrize(
    "as_of", [dt.date(2026, 10, 15), dt.date(2026, 10, 3), dt.date(2026, 11, 2)]
)
def test_pacing_matches_plain_python(make_ws, as_of):
    ad = _rows()
    ws = make_ws(ad_performance=ad, budgets=BUDGETS)
    rows, window = pacing_table(ws, OCT, as_of)
    by_key = {(r["channel"], r["campaign_id"]): r for r in rows}
    social = lambda r: r.channel in ("paid_social", "Paid Social")  # noqa: E731
    cases = {
        ("paid_social", None): (social, 10000.0),
        ("email", None): (lambda r: r.channel == "email", 3100.0),
        (None, "FL-X"): (lambda r: r.campaign_id == "FL-X", 1000.0),
    }
    assert set(by_key) == set(cases)
    for key, (match, planned) in cases.items():
        exp = _expected(ad, as_of, match, planned)
        got = by_key[key]
        assert got["planned_spend"] == pytest.approx(planned, abs=0.005)
        assert got["spend"] == pytest.approx(exp["spend"], abs=0.005)
        assert got["forecast_spend"] == pytest.approx(exp["forecast_spend"], abs=0.005)
        assert got["utilisation"] == pytest.approx(exp["utilisation"], rel=1e-9)
        assert got["pacing"] == pytest.approx(exp["pacing"], rel=1e-9)
    assert window.in_progress == (as_of < OCT.end)
    if not window.in_progress:
        for r in rows:
            assert r["forecast_spend"] == r["spend"]
            assert r["pacing"] == pytest.approx(r["utilisation"])


def test_status_and_findings(make_ws):
    ad = pd.DataFrame(
        [
            {
                "date": dt.date(2026, 10, d),
                "channel": ch,
                "spend": s,
                "impressions": 1,
                "clicks": 1,
                "conversions": 1,
            }
            for d in range(1, 32)
            for ch, s in (
                ("paid_social", 135.0),
                ("email", 98.0),
                ("display", 50.0),
                ("video", 7.0),
            )
        ]
    )
    budgets = pd.DataFrame(
        [
            {"month": "2026-10", "channel": "paid_social", "planned_spend": 3100.0},
            {"month": "2026-10", "channel": "email", "planned_spend": 3100.0},
            {"month": "2026-10", "channel": "display", "planned_spend": 3100.0},
        ]
    )
    ws = make_ws(ad_performance=ad, budgets=budgets)
    ctx = StageContext(workspace=ws, period=OCT, as_of=dt.date(2026, 11, 5))
    result = budget(ctx)
    status = {r["channel"]: r["status"] for r in result.tables["pacing"]}
    assert status == {
        "paid_social": "over",
        "email": "on_plan",
        "display": "under",
        "video": "no_plan",
    }
    by_id = {f.id: f for f in result.findings if f.kind in ("overspend", "underspend")}
    over = by_id["budget.overspend.paid_social"]
    assert over.reference_kind == "plan"
    assert over.actual == pytest.approx(135 * 31 / 3100)
    assert over.impact == pytest.approx(35 * 31, abs=0.005)
    assert "135%" in over.statement
    assert by_id["budget.underspend.display"].impact == pytest.approx(3100 - 50 * 31, abs=0.005)
    assert not any("email" in f.id for f in by_id.values())


def test_window_before_and_after():
    w = pacing_window(OCT, dt.date(2026, 9, 30))
    assert (w.elapsed_days, w.remaining_days) == (0, 31)
    w = pacing_window(OCT, dt.date(2026, 10, 31))
    assert (w.elapsed_days, w.remaining_days, w.in_progress) == (31, 0, False)


def test_no_budgets_table(make_ws):
    ws = make_ws(ad_performance=_rows())
    rows, _ = pacing_table(ws, OCT, dt.date(2026, 11, 1))
    assert {r["status"] for r in rows} == {"no_plan"}
    assert all(r["utilisation"] is None for r in rows)


def test_days_not_loaded_yet_are_not_zero_spend(make_ws):
    """Data through 2026-10-14 seen on 2026-10-16: the period counts to the 14th."""
    ad = _rows()
    ad = ad[ad["date"] <= dt.date(2026, 10, 14)]
    ws = make_ws(ad_performance=ad, budgets=BUDGETS)
    rows, window = pacing_table(ws, OCT, dt.date(2026, 10, 16))
    assert window.last_day == dt.date(2026, 10, 14)
    assert (window.elapsed_days, window.remaining_days) == (14, 17)
    got = {(r["channel"], r["campaign_id"]): r for r in rows}[("email", None)]
    email = [r for r in ad.itertuples() if r.channel == "email"]
    to_date = sum(r.spend for r in email if r.date >= OCT.start)
    last7 = sum(r.spend for r in email if r.date >= dt.date(2026, 10, 8))
    assert got["spend"] == pytest.approx(to_date, abs=0.005)
    assert got["forecast_spend"] == pytest.approx(to_date + 17 * last7 / 7, abs=0.005)


@settings(max_examples=40, deadline=None)
@given(
    spends=st.lists(st.floats(0, 5000).map(lambda v: round(v, 2)), min_size=45, max_size=45),
    day=st.integers(-3, 35),
    planned=st.floats(1, 1e6).map(lambda v: round(v, 2)),
)
def test_pacing_rows_property(spends, day, planned):
    """Any daily spend and any as_of: the pure function equals the definitions, to the cent."""
    first = OCT.start - dt.timedelta(days=10)
    days = [first + dt.timedelta(days=i) for i in range(45)]
    frame = pd.DataFrame({"date": days, "channel": "email", "campaign_id": None, "spend": spends})
    as_of = OCT.start + dt.timedelta(days=day)
    window = pacing_window(OCT, as_of)
    budgets = pd.DataFrame(
        [{"month": "2026-10", "channel": "email", "campaign_id": None, "planned_spend": planned}]
    )
    (row,) = pacing_rows(frame, budgets, window)
    last = min(as_of, OCT.end)
    to_date = sum(s for d, s in zip(days, spends, strict=True) if OCT.start <= d <= last)
    last7 = sum(
        s for d, s in zip(days, spends, strict=True) if last - dt.timedelta(days=6) <= d <= last
    )
    remaining = (OCT.end - last).days if last >= OCT.start else 31
    assert row["spend"] == pytest.approx(to_date, abs=0.005)
    assert row["forecast_spend"] == pytest.approx(to_date + remaining * last7 / 7, abs=0.005)
    assert row["utilisation"] == pytest.approx(to_date / planned)
    assert row["forecast_spend"] >= row["spend"] - 0.005
