"""Small in-code campaigns for the post-mortem tests.

``pm_frames(...)`` builds the canonical tables of a three-campaign company: ``C1`` (the one under
review) and ``C2``/``C3`` (its history), on two channels, with devices on ad rows and company
sizes on leads. Knobs let a test plant a shortfall at one layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest

START = dt.date(2026, 3, 2)


def _frames(
    *,
    impressions: int = 10_000,
    ctr: float = 0.02,
    cvr: float = 0.10,
    lead_to_sql: float = 0.30,
    sql_to_opp: float = 0.40,
    days: int = 20,
    seed: int = 1,
    targets: list[dict] | None = None,
    big_segment_opp: float | None = None,
) -> dict[str, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    camps, ads, leads = [], [], []
    lid = 0
    for ci, cid in enumerate(("C1", "C2", "C3")):
        start = START + dt.timedelta(days=40 * ci)
        camps.append(
            {
                "campaign_id": cid,
                "name": f"Campaign {cid}",
                "start_date": start,
                "end_date": start + dt.timedelta(days=days - 1),
                "objective": "pipeline",
                "owner": "Dana" if cid == "C1" else None,
                "audience": "mid-market",
            }
        )
        mine = cid == "C1"
        c_ctr = ctr if mine else 0.02
        c_cvr = cvr if mine else 0.10
        for d in range(days):
            day = start + dt.timedelta(days=d)
            for channel in ("paid_search", "paid_social"):
                for device in ("desktop", "mobile"):
                    imp = int(rng.poisson((impressions if mine else 10_000) / 2))
                    clicks = int(rng.binomial(imp, c_ctr))
                    conv = int(rng.binomial(clicks, c_cvr))
                    ads.append(
                        {
                            "date": day,
                            "channel": channel,
                            "campaign_id": cid,
                            "device": device,
                            "spend": round(float(imp) * 0.01, 2),
                            "impressions": imp,
                            "clicks": clicks,
                            "conversions": conv,
                        }
                    )
                    for _ in range(conv):
                        lid += 1
                        u = rng.random()
                        size = "201-500" if u < 0.3 else ("1-50" if u < 0.65 else "51-200")
                        l2s = lead_to_sql if mine else 0.30
                        s2o = sql_to_opp if mine else 0.40
                        if big_segment_opp is not None and mine and size == "201-500":
                            s2o = big_segment_opp
                        created = pd.Timestamp(day, tz="UTC") + pd.Timedelta(hours=10)
                        sql = rng.random() < l2s
                        opp = sql and rng.random() < s2o
                        won = opp and rng.random() < 0.3
                        leads.append(
                            {
                                "lead_id": f"L{lid}",
                                "created_at": created,
                                "channel": channel,
                                "campaign_id": cid,
                                "company_size": size,
                                "mql_at": created + pd.Timedelta(days=1),
                                "sql_at": created + pd.Timedelta(days=3) if sql else pd.NaT,
                                "opportunity_at": created + pd.Timedelta(days=8) if opp else pd.NaT,
                                "won_at": created + pd.Timedelta(days=20) if won else pd.NaT,
                                "lost_at": created + pd.Timedelta(days=20)
                                if opp and not won
                                else pd.NaT,
                                "amount": 10_000.0 if won else np.nan,
                            }
                        )
    frames = {
        "campaigns": pd.DataFrame(camps),
        "ad_performance": pd.DataFrame(ads),
        "leads": pd.DataFrame(leads),
    }
    frames["targets"] = pd.DataFrame(
        targets
        if targets is not None
        else [
            {"metric": "impressions", "target": 380_000.0, "campaign_id": "C1", "channel": None},
            {"metric": "ctr", "target": 0.02, "campaign_id": "C1", "channel": None},
            {"metric": "cvr", "target": 0.10, "campaign_id": "C1", "channel": None},
            {"metric": "lead_to_sql", "target": 0.30, "campaign_id": "C1", "channel": None},
            {"metric": "sql_to_opportunity", "target": 0.40, "campaign_id": "C1", "channel": None},
        ]
    )
    frames["benchmarks"] = pd.DataFrame(
        [{"metric": "ctr", "value": 0.02, "channel": None, "source": "industry"}]
    )
    frames["timeline_events"] = pd.DataFrame(
        [
            {
                "campaign_id": "C1",
                "ts": pd.Timestamp(START, tz="UTC"),
                "kind": "launch",
                "description": "Launch; the tracking pixel failed on one page",
                "channel": None,
            }
        ]
    )
    for df in frames.values():  # all-empty columns need a type to become a table
        for col in df.columns:
            if df[col].isna().all():
                df[col] = df[col].astype("string")
    return frames


@pytest.fixture
def pm_frames() -> Callable[..., dict[str, pd.DataFrame]]:
    return _frames


@pytest.fixture
def pm_ws(make_ws, pm_frames):
    """``pm_ws(**knobs)`` -> an in-memory workspace of the three-campaign company."""

    def _make(**knobs):
        return make_ws(**pm_frames(**knobs))

    return _make
