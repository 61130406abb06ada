"""Data-quality checks: one small fixture per problem, a clean fixture that yields nothing, and
the counts in each finding against the fixture's own rows."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from debrief.analyses.data_quality import (
    clicks_above_impressions,
    conversions_above_clicks,
    data_quality_findings,
    duplicate_conversion_ids,
    missing_days,
    tracking_gaps,
)
from debrief.analyses.data_quality.common import runs
from debrief.analyses.data_quality.refs import (
    MAX_LISTED,
    label_collisions,
    near_duplicate_labels,
    normal_form,
    outside_campaign_dates,
    unknown_campaigns,
)
from debrief.analyses.data_quality.tagging import clicks_without_sessions, untagged_spend
from debrief.context import StageContext
from debrief.period import Period
from debrief.registry import CHECKS
from debrief.workspace import Workspace

OCT = Period.month("2026-10")
DAYS = [OCT.start + dt.timedelta(days=i) for i in range(OCT.days)]
EVALUATIVE = re.compile(r"underperform|fail|poor|\bbad\b|weak|disappoint|blame", re.I)


def d(day: int) -> dt.date:
    return dt.date(2026, 10, day)


def clean_frames() -> dict[str, pd.DataFrame]:
    """A month of healthy data: two channels every day, unique conversions, events in dates."""
    ads = []
    for i, day in enumerate(DAYS):
        for channel, cid, impr in (("paid_search", "C-SEARCH", 8000), ("video", "C-VIDEO", 20000)):
            ads.append(
                {
                    "date": day,
                    "channel": channel,
                    "campaign_id": cid,
                    "spend": 400.0 + i,
                    "impressions": impr + 10 * i,
                    "clicks": impr // 50,
                    "conversions": 6,
                }
            )
    campaigns = pd.DataFrame(
        {
            "campaign_id": ["C-SEARCH", "C-VIDEO", "C-FLIGHT"],
            "name": ["Always-on search", "Always-on video", "Spring Sale"],
            "start_date": [dt.date(2026, 1, 1), dt.date(2026, 1, 1), d(5)],
            "end_date": [dt.date(2026, 12, 31), dt.date(2026, 12, 31), d(20)],
            "channel": ["paid_search", "video", "paid_search"],
        }
    )
    ts = [pd.Timestamp(2026, 10, 1 + i % 31, 12, tz="UTC") for i in range(60)]
    conversions = pd.DataFrame(
        {
            "user_id": [f"u{i}" for i in range(60)],
            "ts": ts,
            "conversion_id": [f"x{i}" for i in range(60)],
            "value": [100.0] * 60,
        }
    )
    touchpoints = pd.DataFrame(
        {
            "user_id": ["u1", "u2", "u3"],
            "ts": [pd.Timestamp(2026, 10, day, 9, tz="UTC") for day in (6, 10, 20)],
            "channel": ["paid_search"] * 3,
            "campaign_id": ["C-FLIGHT"] * 3,
        }
    )
    leads = pd.DataFrame(
        {
            "lead_id": ["l1", "l2"],
            "created_at": [
                pd.Timestamp(2026, 10, 7, tz="UTC"),
                pd.Timestamp(2026, 10, 30, tz="UTC"),
            ],
            "channel": ["paid_search", "paid_search"],
            "campaign_id": ["C-FLIGHT", "C-FLIGHT"],  # 10 days after the end: inside the grace
        }
    )
    return {
        "ad_performance": pd.DataFrame(ads),
        "campaigns": campaigns,
        "conversions": conversions,
        "touchpoints": touchpoints,
        "leads": leads,
    }


def ctx_for(make_ws, frames: dict[str, pd.DataFrame]) -> StageContext:
    return StageContext(workspace=make_ws(**frames), period=OCT, as_of=dt.date(2026, 11, 3))


def _set(df: pd.DataFrame, mask, **values) -> pd.DataFrame:
    df = df.copy()
    for k, v in values.items():
        df.loc[mask, k] = v
    return df


def test_every_check_is_registered():
    for name in (
        "tracking_gaps",
        "missing_days",
        "clicks_above_impressions",
        "conversions_above_clicks",
        "duplicate_conversion_ids",
        "outside_campaign_dates",
        "unknown_campaigns",
        "near_duplicate_labels",
        "clicks_without_sessions",
        "untagged_spend",
    ):
        assert name in CHECKS


def test_clean_fixture_yields_no_findings(make_ws):
    assert data_quality_findings(ctx_for(make_ws, clean_frames())) == []


def test_missing_tables_yield_no_findings(make_ws):
    assert data_quality_findings(ctx_for(make_ws, {})) == []


def test_tracking_gap_is_found_with_its_dates_and_spend(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"]
    gap = (ads.channel == "video") & ads.date.isin([d(14), d(15), d(16)])
    frames["ad_performance"] = _set(ads, gap, impressions=0, clicks=0, conversions=0)
    found = tracking_gaps(ctx_for(make_ws, frames))
    assert len(found) == 1
    f = found[0]
    assert f.kind == "tracking_gap" and f.subject["channel"] == "video"
    assert f.evidence["dates"] == ["2026-10-14", "2026-10-15", "2026-10-16"]
    assert f.evidence["spend"] == pytest.approx(ads.loc[gap, "spend"].sum())
    assert f.evidence["rows"] == 3 and len(f.evidence["examples"]) == 3
    assert "2026-10-14 to 2026-10-16 (3 days)" in f.statement
    assert "touches CTR, CPM and CPC for video in 2026-10" in f.statement
    # The same rows are not reported again as conversions above clicks.
    assert conversions_above_clicks(ctx_for(make_ws, frames)) == []


def test_zero_click_day_is_a_gap_only_when_clicks_were_expected(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"]
    # 160 expected clicks on search at its 2% CTR: a zero is a gap.
    frames["ad_performance"] = _set(
        ads, (ads.channel == "paid_search") & (ads.date == d(3)), clicks=0, conversions=0
    )
    found = tracking_gaps(ctx_for(make_ws, frames))
    assert [(f.subject["channel"], f.evidence["dates"]) for f in found] == [
        ("paid_search", ["2026-10-03"])
    ]
    assert "impressions but no clicks" in found[0].statement
    # A tiny day (1 expected click) with zero clicks is ordinary.
    frames = clean_frames()
    ads = frames["ad_performance"]
    tiny = (ads.channel == "paid_search") & (ads.date == d(3))
    frames["ad_performance"] = _set(ads, tiny, impressions=50, clicks=0, conversions=0)
    assert tracking_gaps(ctx_for(make_ws, frames)) == []


def test_channel_without_impressions_is_not_a_gap(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"]
    frames["ad_performance"] = _set(ads, ads.channel == "video", impressions=0, clicks=0)
    assert tracking_gaps(ctx_for(make_ws, frames)) == []


def test_missing_days_are_found(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"]
    drop = (ads.channel == "paid_search") & ads.date.isin([d(8), d(9), d(22)])
    frames["ad_performance"] = ads[~drop]
    found = missing_days(ctx_for(make_ws, frames))
    assert [(f.subject["channel"], f.evidence["missing_dates"]) for f in found] == [
        ("paid_search", ["2026-10-08", "2026-10-09"]),
        ("paid_search", ["2026-10-22"]),
    ]
    assert found[0].evidence["days_with_rows"] == 28
    # A channel that stops for good mid-month is not missing days after its last one.
    frames["ad_performance"] = ads[~((ads.channel == "video") & (ads.date > d(20)))]
    assert missing_days(ctx_for(make_ws, frames)) == []


def test_clicks_above_impressions_and_conversions_above_clicks(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"]
    ads = _set(ads, (ads.channel == "video") & ads.date.isin([d(2), d(4)]), clicks=30000)
    ads = _set(ads, (ads.channel == "paid_search") & (ads.date == d(9)), conversions=500)
    frames["ad_performance"] = ads
    ctx = ctx_for(make_ws, frames)
    clicks = clicks_above_impressions(ctx)
    assert len(clicks) == 1 and clicks[0].subject["channel"] == "video"
    assert clicks[0].evidence["rows"] == 2
    assert clicks[0].evidence["dates"] == ["2026-10-02", "2026-10-04"]
    conv = conversions_above_clicks(ctx)
    assert len(conv) == 1 and conv[0].subject["channel"] == "paid_search"
    assert conv[0].evidence["rows"] == 1 and conv[0].evidence["examples"][0]["conversions"] == 500


def test_duplicate_conversion_ids(make_ws):
    frames = clean_frames()
    conv = frames["conversions"]
    dupes = conv.iloc[[3, 3, 7]].copy()  # x3 three times in all, x7 twice
    dupes["value"] = [100.0, 100.0, 100.0]
    frames["conversions"] = pd.concat([conv, dupes], ignore_index=True)
    found = duplicate_conversion_ids(ctx_for(make_ws, frames))
    assert len(found) == 1
    ev = found[0].evidence
    assert (ev["ids"], ev["rows"], ev["extra_rows"]) == (2, 5, 3)
    assert ev["extra_value"] == pytest.approx(300.0)
    assert ev["example_ids"] == ["x3", "x7"]
    assert "2 conversion ids appear on 5 rows" in found[0].statement


def test_events_outside_campaign_dates(make_ws):
    frames = clean_frames()
    frames["touchpoints"].loc[2, "ts"] = pd.Timestamp(2026, 10, 25, tz="UTC")
    frames["leads"].loc[0, "created_at"] = pd.Timestamp(2026, 10, 2, tz="UTC")
    extra = pd.DataFrame(
        [
            {
                "date": d(28),
                "channel": "paid_search",
                "campaign_id": "C-FLIGHT",
                "spend": 50.0,
                "impressions": 900,
                "clicks": 10,
                "conversions": 0,
            }
        ]
    )
    frames["ad_performance"] = pd.concat([frames["ad_performance"], extra], ignore_index=True)
    found = {f.evidence["table"]: f for f in outside_campaign_dates(ctx_for(make_ws, frames))}
    assert set(found) == {"ad_performance", "touchpoints", "leads"}
    assert found["touchpoints"].evidence["rows"] == 1
    assert "after its end" in found["touchpoints"].statement
    assert "before its start" in found["leads"].statement
    assert found["ad_performance"].subject == {
        "campaign_id": "C-FLIGHT",
        "dates": ["2026-10-28", "2026-10-28"],
    }


def test_unknown_campaigns(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"]
    frames["ad_performance"] = _set(ads, ads.date == d(5), campaign_id="C-GHOST")
    found = unknown_campaigns(ctx_for(make_ws, frames))
    assert len(found) == 1
    f = found[0]
    ghost = frames["ad_performance"][frames["ad_performance"].campaign_id == "C-GHOST"]
    assert f.evidence["rows"] == len(ghost) == 2
    assert f.evidence["ids"][0]["spend"] == pytest.approx(ghost.spend.sum())
    assert f.subject["campaign_id"] == "C-GHOST"


def test_unknown_campaigns_pull_only_the_listed_ids(make_ws, pulls):
    """Many unknown ids: totals are summed in the engine, only the MAX_LISTED most frequent ids
    come into Python (the old code pulled one row per unknown id)."""
    frames = clean_frames()
    ads = frames["ad_performance"].copy()
    ghosts = ads[ads.channel == "video"].copy()
    ghosts = pd.concat([ghosts] * 20, ignore_index=True)
    ghosts["campaign_id"] = [f"G-{i:04d}" for i in range(len(ghosts))]
    ghosts.loc[:4, "campaign_id"] = "G-OFTEN"
    frames["ad_performance"] = pd.concat([ads, ghosts], ignore_index=True)
    found = unknown_campaigns(ctx_for(make_ws, frames))
    assert len(found) == 1
    f = found[0]
    assert f.evidence["rows"] == len(ghosts) == 620
    assert f"with {ghosts.campaign_id.nunique()} campaign ids" in f.statement
    assert len(f.evidence["ids"]) == MAX_LISTED
    assert f.evidence["ids"][0]["campaign_id"] == "G-OFTEN"
    assert f.evidence["ids"][0]["rows"] == 5
    assert f.subject == {}
    assert max(pulls) <= MAX_LISTED


def test_label_collisions():
    assert normal_form("Spring  Sale ") == normal_form("spring sale") == "spring sale"
    pairs = label_collisions(
        ["Spring Sale", "Spring  Sale ", "paid_social", "paid socail", "paid_search", "video"]
    )
    found = {frozenset(p[:2]) for p in pairs}
    assert frozenset({"Spring  Sale ", "Spring Sale"}) in found
    assert frozenset({"paid socail", "paid_social"}) in found
    assert len(found) == 2  # paid_search / paid_social are two channels
    # Different years are different campaigns, not typos.
    assert label_collisions(["Spring Sale 2025", "Spring Sale 2026"]) == []
    assert label_collisions(["FL-REACH", "FL-COORD", "AO-SEARCH", "AO-SYND"]) == []
    # Seen on the B2B paid-media export: two guides, one word apart, are two campaigns.
    assert label_collisions(["fy24-q1-amer-email_guide", "fy24-q1-amer-retail_guide"]) == []
    assert [p[2] for p in label_collisions(["PaidSocial", "paid social"])] == [
        "same normalised form"
    ]
    assert len(label_collisions(["Display", "displays", "video"])) == 1


def test_near_duplicate_labels_in_the_workspace(make_ws):
    frames = clean_frames()
    frames["campaigns"].loc[3] = ["C-FLIGHT2", "Spring  Sale ", d(1), d(2), "video"]
    ads = frames["ad_performance"]
    twelfth = (ads.date == d(12)) & (ads.channel == "paid_search")
    frames["ad_performance"] = _set(ads, twelfth, channel="paid_serach")
    found = near_duplicate_labels(ctx_for(make_ws, frames))
    subjects = sorted(str(f.subject) for f in found)
    assert len(found) == 2, subjects
    chan = next(f for f in found if "channel" in f.subject)
    assert chan.subject["channel"] == "paid_serach"  # the rarer spelling
    assert chan.evidence["labels"] == {
        "paid_search": {"ad_performance": 30, "touchpoints": 3, "leads": 2, "campaigns": 2},
        "paid_serach": {"ad_performance": 1},
    }
    for f in found:
        assert not EVALUATIVE.search(f.statement)


def test_runs():
    assert runs([d(3), d(1), d(2), d(5)]) == [(d(1), d(3)), (d(5), d(5))]
    assert runs([]) == []


# --- the demo company (docs/demo-data.md) ------------------------------------------------------


@pytest.fixture(scope="module")
def demo_findings(request):
    pytest.importorskip("debrief.demo")
    path = request.getfixturevalue("demo_ws_path")
    ws = Workspace.open(path, read_only=True)
    try:
        ctx = StageContext(workspace=ws, period=OCT, as_of=dt.date(2026, 11, 3))
        conv = ws.table("conversions").to_pandas()
        yield data_quality_findings(ctx), conv
    finally:
        ws.close()


def test_demo_video_tracking_gap_is_found(demo_findings):
    found, _ = demo_findings
    gaps = [f for f in found if f.kind == "tracking_gap"]
    assert [(f.subject["channel"], f.evidence["dates"]) for f in gaps] == [
        ("video", ["2026-10-14", "2026-10-15", "2026-10-16"])
    ]
    assert gaps[0].evidence["impressions"] == 0 and gaps[0].evidence["clicks"] == 0


def test_demo_duplicate_conversion_ids_equal_pandas(demo_findings):
    found, conv = demo_findings
    ts = pd.to_datetime(conv["ts"], utc=True)
    oct_rows = conv[
        (ts >= pd.Timestamp("2026-10-01", tz="UTC")) & (ts < pd.Timestamp("2026-11-01", tz="UTC"))
    ]
    counts = oct_rows["conversion_id"].value_counts()
    dupes = counts[counts > 1]
    assert len(dupes) > 0  # planted
    f = next(f for f in found if f.kind == "duplicate_conversion_ids")
    assert (f.evidence["ids"], f.evidence["rows"]) == (len(dupes), int(dupes.sum()))


def test_demo_healthy_channels_are_not_flagged(demo_findings):
    found, _ = demo_findings
    flagged = set()
    for f in found:
        ch = f.subject.get("channel")
        flagged.update(ch if isinstance(ch, list) else [ch] if ch else [])
    assert not flagged & {"email", "content_syndication", "paid_search", "paid_social", "display"}
    # Nothing is planted for these checks in the demo.
    kinds = {f.kind for f in found}
    assert not kinds & {
        "missing_days",
        "clicks_above_impressions",
        "conversions_above_clicks",
        "unknown_campaign",
        "near_duplicate_label",
        "clicks_without_sessions",
        "untagged_spend",
    }


def test_clicks_without_sessions(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"].copy()
    ads["sessions"] = (ads["clicks"] * 0.9).round().astype("int64")
    broken = (ads.channel == "video") & ads.date.isin([d(20), d(21)])
    ads.loc[broken, "sessions"] = 0
    # A handful of clicks with no session is ordinary.
    tiny = (ads.channel == "paid_search") & (ads.date == d(2))
    ads.loc[tiny, ["clicks", "sessions"]] = [3, 0]
    frames["ad_performance"] = ads
    found = clicks_without_sessions(ctx_for(make_ws, frames))
    assert [(f.subject["channel"], f.evidence["dates"]) for f in found] == [
        ("video", ["2026-10-20", "2026-10-21"])
    ]
    assert found[0].evidence["clicks"] == int(ads.loc[broken, "clicks"].sum())
    # With every day's sessions recorded, nothing at all is flagged.
    ads.loc[broken, "sessions"] = (ads.loc[broken, "clicks"] * 0.9).round().astype("int64")
    ads.loc[tiny, ["clicks", "sessions"]] = [160, 144]
    assert data_quality_findings(ctx_for(make_ws, {**frames, "ad_performance": ads})) == []


def test_untagged_spend(make_ws):
    frames = clean_frames()
    ads = frames["ad_performance"].copy()
    untagged = (ads.channel == "paid_search") & ads.date.isin([d(7), d(8)])
    ads.loc[untagged, "campaign_id"] = None
    frames["ad_performance"] = ads
    found = untagged_spend(ctx_for(make_ws, frames))
    assert len(found) == 1 and found[0].subject["channel"] == "paid_search"
    assert found[0].evidence["rows"] == 2
    assert found[0].evidence["spend"] == pytest.approx(ads.loc[untagged, "spend"].sum())
    # A workspace that never tags campaigns has nothing missing.
    frames["ad_performance"] = ads.assign(campaign_id=pd.Series([None] * len(ads), dtype="string"))
    assert untagged_spend(ctx_for(make_ws, frames)) == []


def test_findings_match_the_report_schema(make_ws):
    """Every kind of finding, built on broken fixtures, validates against report.schema.json."""
    import jsonschema

    from debrief.render import report_schema
    from debrief.results import finding_dict

    schema = report_schema()
    frames = clean_frames()
    ads = frames["ad_performance"]
    ads = _set(ads, (ads.channel == "video") & (ads.date == d(14)), impressions=0, clicks=0)
    ads = _set(ads, (ads.channel == "video") & (ads.date == d(2)), clicks=30000)
    ads = _set(ads, (ads.channel == "paid_search") & (ads.date == d(9)), conversions=500)
    ads = _set(ads, (ads.channel == "paid_search") & (ads.date == d(12)), channel="paid_serach")
    ads = _set(ads, ads.date == d(5), campaign_id="C-GHOST")
    ads = ads[~((ads.channel == "video") & (ads.date == d(20)))]
    frames["ad_performance"] = ads
    frames["conversions"] = pd.concat([frames["conversions"], frames["conversions"].iloc[[3]]])
    frames["touchpoints"].loc[2, "ts"] = pd.Timestamp(2026, 10, 25, tz="UTC")
    found = data_quality_findings(ctx_for(make_ws, frames))
    assert len({f.kind for f in found}) >= 7
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/$defs/finding", "$defs": schema["$defs"]}
    )
    for f in found:
        validator.validate(finding_dict(f))
