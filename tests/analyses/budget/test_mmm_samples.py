"""The curve fit on the marketing-mix samples in ../shared/data/mmm_samples (see its SOURCES.md):
it runs on each data set and says why for every channel it cannot identify."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.budget.curves import CurveSettings, fit_channel_curves, fit_mmm

pytestmark = pytest.mark.realdata

#: Small bootstrap and few starts: the test checks behaviour, not precision.
WEEKLY = CurveSettings(min_periods=26, bootstrap=8, n_starts=2, max_nfev_joint=150)


def _meridian(name: str) -> Callable[[Path], tuple[pd.DataFrame, np.ndarray]]:
    def load(root: Path) -> tuple[pd.DataFrame, np.ndarray]:
        df = pd.read_csv(root / "google_meridian" / name)
        df["revenue"] = df["conversions"] * df["revenue_per_conversion"]
        spend_cols = [c for c in df.columns if c.endswith("_spend")]
        # Geo files: one national series per week (spend and revenue add up over geos).
        g = df.groupby("time", sort=True)[[*spend_cols, "revenue"]].sum()
        return g[spend_cols], g["revenue"].to_numpy()

    return load


def _pymc(name: str, media: Callable[[str], bool], y: str, time: str) -> Callable:
    def load(root: Path) -> tuple[pd.DataFrame, np.ndarray]:
        df = pd.read_csv(root / "pymc-labs_pymc-marketing" / name)
        cols = [c for c in df.columns if media(c)]
        g = df.groupby(time, sort=True)[[*cols, y]].sum()
        return g[cols], g[y].to_numpy()

    return load


def _robyn(root: Path) -> tuple[pd.DataFrame, np.ndarray]:
    df = pd.read_csv(root / "facebookexperimental_Robyn" / "dt_simulated_weekly.csv")
    return df[[c for c in df.columns if c.endswith("_S")]], df["revenue"].to_numpy()


DATASETS: dict[str, Callable[[Path], tuple[pd.DataFrame, np.ndarray]]] = {
    "robyn_weekly": _robyn,
    "meridian_national_media": _meridian("national_media.csv"),
    "meridian_national_all": _meridian("national_all_channels.csv"),
    "meridian_national_rf": _meridian("national_media_rf.csv"),
    "meridian_geo_media": _meridian("geo_media.csv"),
    "meridian_geo_rf": _meridian("geo_media_rf.csv"),
    "meridian_geo_all": _meridian("geo_all_channels.csv"),
    "meridian_geo_funnel": _meridian("geo_full_funnel_data.csv"),
    "pymc_mmm_example": _pymc("mmm_example.csv", lambda c: c in ("x1", "x2"), "y", "date_week"),
    "pymc_tvp": _pymc("media_tvp_data.csv", lambda c: c in ("x1", "x2"), "y", "date_week"),
    "pymc_multidim": _pymc(
        "mmm_multidimensional_example.csv", lambda c: c in ("x1", "x2"), "y", "date"
    ),
    "pymc_multidim_mock": _pymc(
        "multidimensional_mock_data.csv", lambda c: c in ("x1", "x2"), "y", "date"
    ),
    "pymc_case_study": _pymc(
        "case_study_data.csv", lambda c: c.startswith("mdsp_"), "sales", "wk_strt_dt"
    ),
    "pymc_cpg": _pymc(
        "mock_cgp_data.csv",
        lambda c: c in ("Google Search", "DV360", "Facebook", "AMS", "TV", "VOD", "OOH", "Radio"),
        "target1",
        "Weeks",
    ),
    # Daily, but impressions (scaled), not spend: the fit runs the same way on media units.
    "pymc_funnel_daily": _pymc(
        "funnel_data.csv", lambda c: c.startswith("impressions_"), "target_var", "date"
    ),
}


@pytest.fixture(scope="module")
def mmm_root(shared_data: Path) -> Path:
    root = shared_data / "mmm_samples"
    if not root.is_dir():
        pytest.skip(f"mmm samples not present at {root}")
    return root


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_fit_runs_and_explains(mmm_root: Path, name: str):
    spend, revenue = DATASETS[name](mmm_root)
    out = fit_mmm(spend, revenue, settings=WEEKLY)
    assert [c.channel for c in out] == list(spend.columns)
    for c in out:
        if c.identified:
            assert c.reason is None and c.curve is not None
            assert c.marginal_roas is not None and c.marginal_roas >= 0
            assert c.marginal_roas_low <= c.marginal_roas_high
        else:
            assert c.reason, f"{name}/{c.channel} unidentified without a reason"
        assert c.row()["channel"] == c.channel


def test_constant_channels_in_samples_are_declared(mmm_root: Path):
    """Channels with no spend at all in a sample get a reason, never a curve."""
    spend, revenue = DATASETS["meridian_geo_all"](mmm_root)
    spend = spend.assign(Never_spent=0.0)
    out = {c.channel: c for c in fit_mmm(spend, revenue, settings=WEEKLY)}
    assert not out["Never_spent"].identified
    assert out["Never_spent"].reason.startswith("too few periods with spend")


def test_fivetran_daily_rows_are_too_short(mmm_root: Path):
    """The Fivetran ad-report sample has three days per platform: every channel says so."""
    df = pd.read_csv(mmm_root / "pymc-labs_pymc-marketing" / "fivetran_ad_report_schema.csv")
    daily = (
        df.assign(date=pd.to_datetime(df["date_day"]).dt.date, channel=df["platform"])
        .groupby(["date", "channel"], as_index=False)
        .agg(spend=("spend", "sum"), revenue=("conversions_value", "sum"))
    )
    current = daily.groupby("channel")["spend"].mean().to_dict()
    out = fit_channel_curves(daily, current, max(daily["date"]), CurveSettings(bootstrap=5))
    assert out and all(not c.identified for c in out)
    assert all(c.reason.startswith("too few periods with spend") for c in out)
    assert max(daily["date"]) <= dt.date(2025, 7, 12)
