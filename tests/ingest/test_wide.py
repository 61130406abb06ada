"""Wide marketing-mix files (one column per channel) load into ad_performance, outcomes and
controls: by their column names where those are unambiguous, else refused with the flags to give.
Every shipped MMM sample is loaded the way docs/mmm.md says, and its spend per channel checked
against pandas on the raw file."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from debrief.cli.main import app
from debrief.ingest import IngestError, ingest
from debrief.ingest.wide import WideOptions
from debrief.workspace import Workspace

WEEKLY = """time,geo,tv_spend,search_spend,search_impressions,revenue,promo_control,events,dayofyear
2024-01-01,north,100,50.5,1000,900,0,na,1
2024-01-08,north,0,60,1200,950,1,event1,8
2024-01-15,north,120,,,1000,0,event2,15
2024-01-01,south,10,5,100,90,0,na,1
2024-01-08,south,20,6,120,95,1,event1,8
2024-01-15,south,30,7,130,100,0,na,15
"""


def _tables(ws_path: Path) -> dict[str, pd.DataFrame]:
    ws = Workspace.open(str(ws_path))
    try:
        names = ("ad_performance", "outcomes", "controls")
        return {t: ws.table(t).to_pandas() if ws.has(t) else pd.DataFrame() for t in names}
    finally:
        ws.close()


def test_weekly_wide_file_loads_as_weeks_per_channel_and_geo(tmp_path: Path) -> None:
    f = tmp_path / "mix.csv"
    f.write_text(WEEKLY)
    result = ingest([f], tmp_path / "ws.duckdb")
    assert any(
        "wide marketing-mix file (weekly rows by 'time', per 'geo')" in n for n in result.notes
    )
    assert any("not loaded: dayofyear" in n for n in result.notes)
    t = _tables(tmp_path / "ws.duckdb")
    ad = t["ad_performance"]
    assert sorted(ad.channel.unique()) == ["search", "tv"]
    assert len(ad) == 12
    raw = pd.read_csv(f)
    assert ad.groupby("channel").spend.sum().to_dict() == pytest.approx(
        {"tv": raw.tv_spend.sum(), "search": raw.search_spend.sum()}
    )
    # An empty spend cell is unknown, not 0.
    north = ad[(ad.geo == "north") & (ad.channel == "search")].sort_values("date")
    assert north.spend.isna().tolist() == [False, False, True]
    assert (pd.to_datetime(ad.date_end) - pd.to_datetime(ad.date)).dt.days.eq(6).all()
    assert set(ad.grain) == {"week"}
    assert ad[ad.channel == "tv"].impressions.isna().all()
    assert ad[ad.channel == "search"].impressions.sum() == 1000 + 1200 + 100 + 120 + 130
    out = t["outcomes"]
    assert set(out.kpi) == {"revenue"} and out.value.sum() == raw.revenue.sum()
    ctrl = t["controls"]
    assert sorted(ctrl.name.unique()) == ["event1", "event2", "promo_control"]
    assert ctrl[ctrl.name == "event1"].value.sum() == 2  # text control: one 0/1 per value
    assert ctrl[ctrl.name == "promo_control"].value.sum() == 2


def test_daily_file_has_no_date_end(tmp_path: Path) -> None:
    days = pd.date_range("2024-01-01", periods=5, freq="D").strftime("%Y-%m-%d")
    df = pd.DataFrame({"date": days, "spend_meta": [1, 2, 3, 4, 5], "sales": [9, 8, 7, 6, 5]})
    df.to_csv(tmp_path / "daily.csv", index=False)
    ingest([tmp_path / "daily.csv"], tmp_path / "ws.duckdb")
    ad = _tables(tmp_path / "ws.duckdb")["ad_performance"]
    assert set(ad.channel) == {"meta"} and ("date_end" not in ad or ad.date_end.isna().all())


AMBIGUOUS = "date_week,y,x1,x2,event_1,t\n2024-01-01,5,1,2,0,0\n2024-01-08,6,1,3,1,1\n"


def test_unnamed_channels_are_refused_with_the_flags_to_give(tmp_path: Path) -> None:
    f = tmp_path / "example.csv"
    f.write_text(AMBIGUOUS)
    with pytest.raises(IngestError) as err:
        ingest([f], tmp_path / "ws.duckdb")
    text = str(err.value) + " ".join(p.problem for p in err.value.problems)
    assert "--channels" in text and "--kpi" in text and "x1, x2" in text
    assert not (tmp_path / "ws.duckdb").exists()


def test_flags_name_the_columns(tmp_path: Path) -> None:
    f = tmp_path / "example.csv"
    f.write_text(AMBIGUOUS)
    opts = WideOptions(kpi=("y",), channels=("x1", "x2"), controls=("event_1",))
    ingest([f], tmp_path / "ws.duckdb", wide=opts)
    t = _tables(tmp_path / "ws.duckdb")
    assert sorted(t["ad_performance"].channel.unique()) == ["x1", "x2"]
    assert set(t["outcomes"].kpi) == {"y"}
    assert set(t["controls"].name) == {"event_1"}


def test_a_flag_naming_no_column_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "example.csv"
    f.write_text(AMBIGUOUS)
    with pytest.raises(IngestError) as err:
        ingest([f], tmp_path / "ws.duckdb", wide=WideOptions(kpi=("y",), channels=("x9",)))
    assert "x9" in " ".join(p.problem for p in err.value.problems)


def test_cli_flags(tmp_path: Path) -> None:
    f = tmp_path / "example.csv"
    f.write_text(AMBIGUOUS)
    ws = tmp_path / "ws.duckdb"
    args = ["ingest", str(f), "-w", str(ws), "--kpi", "y", "--channels", "x1,x2", "--controls", ""]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert "controls: none" in res.output
    assert _tables(ws)["controls"].empty


#: How each shipped sample loads (docs/mmm.md quotes this): {} = as it comes; None = refused
#: on purpose (no outcome or no spend); else the flags.
MMM_SAMPLES: dict[str, dict | None] = {
    "facebookexperimental_Robyn/dt_simulated_weekly.csv": {},
    "google_meridian/geo_all_channels.csv": {},
    "google_meridian/geo_full_funnel_data.csv": {},
    "google_meridian/geo_media.csv": {},
    "google_meridian/geo_media_rf.csv": {},
    "google_meridian/national_all_channels.csv": {},
    "google_meridian/national_media.csv": {},
    "google_meridian/national_media_rf.csv": {},
    "google_meridian/hypothetical_geo_all_channels.csv": None,  # a plan: no outcome
    "pymc-labs_pymc-marketing/case_study_data.csv": {},
    "pymc-labs_pymc-marketing/funnel_data.csv": None,  # impressions only: no spend
    "pymc-labs_pymc-marketing/mmm_example.csv": {
        "kpi": ("y",), "channels": ("x1", "x2"), "controls": ("event_1", "event_2")},
    "pymc-labs_pymc-marketing/media_tvp_data.csv": {
        "kpi": ("y",), "channels": ("x1", "x2"), "controls": ("event_1", "event_2")},
    "pymc-labs_pymc-marketing/mmm_multidimensional_example.csv": {
        "kpi": ("y",), "channels": ("x1", "x2"), "controls": ("event_1", "event_2")},
    "pymc-labs_pymc-marketing/multidimensional_mock_data.csv": {
        "kpi": ("y",), "channels": ("x1", "x2"), "controls": ("event_1", "event_2")},
    "pymc-labs_pymc-marketing/mock_cgp_data.csv": {
        "kpi": ("target1",),
        "channels": ("Google Search", "DV360", "Facebook", "AMS", "TV", "VOD", "OOH", "Radio"),
        "controls": ("Numeric Distribution", "RSP", "Promotion")},
}  # fmt: skip


@pytest.mark.realdata
@pytest.mark.parametrize("name", sorted(MMM_SAMPLES))
def test_every_mmm_sample(shared_data: Path, tmp_path: Path, name: str) -> None:
    path = shared_data / "mmm_samples" / name
    flags = MMM_SAMPLES[name]
    if flags is None:
        with pytest.raises(IngestError) as err:
            ingest([path], tmp_path / "ws.duckdb")
        assert "--kpi" in " ".join(p.problem for p in err.value.problems)
        return
    ingest([path], tmp_path / "ws.duckdb", wide=WideOptions(**flags))
    ad = _tables(tmp_path / "ws.duckdb")["ad_performance"]
    raw = pd.read_csv(path)
    spend_cols = flags.get("channels") or [
        c for c in raw.columns if c.endswith(("_spend", "_S")) or c.startswith("mdsp_")
    ]
    assert ad.spend.sum() == pytest.approx(raw[list(spend_cols)].sum().sum(), rel=1e-9)
    assert ad.channel.nunique() == len(spend_cols)
    assert set(ad.grain) == {"week"}  # every shipped sample is weekly


def test_a_known_breakdown_named_alone_says_why_it_is_not_loaded(tmp_path: Path) -> None:
    """dbt_ad_reporting's ad report (the fivetran_ad_report_schema sample) named on its own:
    the error names what it is and why it is left out, not "no mapping recognises it"."""
    f = tmp_path / "ads.csv"
    f.write_text(
        "date_day,platform,campaign_id,ad_group_id,ad_id,clicks,impressions,spend\n"
        "2025-07-10,google_ads,C1,AG1,AD1,140,5000,105.00\n"
    )
    with pytest.raises(IngestError) as err:
        ingest([f], tmp_path / "ws.duckdb")
    problems = " ".join(p.problem for p in err.value.problems)
    assert "recognised as the ad report (mapping dbt_ad_reporting)" in problems
    assert "no shipped mapping recognises" not in problems


def test_monthly_file_rows_cover_their_month(tmp_path: Path) -> None:
    f = tmp_path / "monthly.csv"
    f.write_text("date,tv_spend,sales\n2024-01-01,10,5\n2024-02-01,20,6\n2024-12-01,30,7\n")
    result = ingest([f], tmp_path / "ws.duckdb")
    assert any("(monthly rows by 'date')" in n for n in result.notes)
    ad = _tables(tmp_path / "ws.duckdb")["ad_performance"].sort_values("date")
    assert [str(d)[:10] for d in ad.date_end] == ["2024-01-31", "2024-02-29", "2024-12-31"]
    assert set(ad.grain) == {"month"}
