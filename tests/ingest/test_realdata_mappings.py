"""Shipped mappings on the real files in ../shared/data: loaded totals equal totals computed
independently from the raw files with Python's csv module and Decimal arithmetic."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from debrief.ingest import ingest
from debrief.workspace import Workspace

pytestmark = pytest.mark.realdata


def rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [
            {k.strip(): v for k, v in r.items()} for r in csv.DictReader(fh, delimiter=delimiter)
        ]


def load(tmp_path: Path, folder: Path, mapping: str, **params: str) -> Workspace:
    path = tmp_path / f"{mapping}.duckdb"
    ingest([folder], path, mapping=mapping, params=params)
    return Workspace.open(path, read_only=True)


def test_fb_ads_kag_totals(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "fb_ads_kag"
    raw = rows(folder / "KAG_conversion_data.csv")
    with load(tmp_path, folder, "fb_ads_kag", date="2017-08-17") as ws:
        t = ws.table("ad_performance")
        got = (
            t.aggregate(
                spend=t.spend.sum(),
                impressions=t.impressions.sum(),
                clicks=t.clicks.sum(),
                conversions=t.conversions.sum(),
                approved=t.approved_conversions.sum(),
                n=t.count(),
            )
            .to_pandas()
            .iloc[0]
        )
        by_campaign = t.group_by("campaign_id").aggregate(n=t.count()).to_pandas()
        segments = t.select("age", "gender", "interest", "date", "channel").distinct().to_pandas()
    spend = sum(Decimal(r["Spent"]) for r in raw)
    assert round(got.spend, 2) == float(round(spend, 2)) == 58705.23
    assert got.impressions == sum(int(r["Impressions"]) for r in raw) == 213_434_828
    assert got.clicks == sum(int(r["Clicks"]) for r in raw) == 38_165
    assert got.conversions == sum(int(r["Total_Conversion"]) for r in raw) == 3_264
    assert got.approved == sum(int(r["Approved_Conversion"]) for r in raw) == 1_079
    assert got.n == len(raw) == 1_143
    assert dict(zip(by_campaign.campaign_id, by_campaign.n, strict=True)) == dict(
        Counter(r["xyz_campaign_id"] for r in raw)
    )
    assert set(segments.channel) == {"paid_social"}
    assert {str(d)[:10] for d in segments.date} == {"2017-08-17"}
    assert set(segments.interest) == {r["interest"] for r in raw}  # a segment, kept as text


def test_b2b_funnel_stage_counts_and_amounts(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "paid_media_b2b_funnel"
    stages = {
        "lead": ("Leads.csv", "created_at"),
        "mql": ("MQLs.csv", "mql_at"),
        "opportunity": ("Pipeline_Opportunities.csv", "opportunity_at"),
        "won": ("Closed_Won_Bookings.csv", "won_at"),
    }
    with load(tmp_path, folder, "paid_media_b2b_funnel") as ws:
        t = ws.table("leads")
        df = t.to_pandas()
    for record, (file, col) in stages.items():
        raw = rows(folder / file, ";")
        part = df[df.funnel_record == record]
        assert len(part) == len(raw)
        assert part[col].notna().all()
        medium = Counter(r["UTM_Medium"] for r in raw)
        assert sum(medium.values()) == len(raw)
    raw_pipe = rows(folder / "Pipeline_Opportunities.csv", ";")
    pipeline = sum(
        Decimal(r["Pipeline Amount"].replace(".", "").replace(",", ".")) for r in raw_pipe
    )
    assert df.pipeline_amount.sum() == pytest.approx(float(pipeline), abs=0.005)
    raw_won = rows(folder / "Closed_Won_Bookings.csv", ";")
    won = sum(Decimal(r["Closed Won Bookings Amount"].replace(",", ".")) for r in raw_won)
    assert df.amount.sum() == pytest.approx(float(won), abs=0.005)
    # The suspicious 12/7/2023 opportunity is read as December 7th (US format), not rolled.
    assert (df.opportunity_at.dt.strftime("%Y-%m-%d") == "2023-12-07").sum() == 1
    raw_mql = rows(folder / "MQLs.csv", ";")
    mql = df[df.funnel_record == "mql"]
    assert int(mql.hand_raiser.sum()) == sum(r["Hand Raiser"] == "1" for r in raw_mql)
    # Channel labels mapped from UTM_Medium.
    leads = df[df.funnel_record == "lead"]
    raw_leads = rows(folder / "Leads.csv", ";")
    names = {"paid-search": "paid_search", "paid-social": "paid_social",
             "paid-content-syndication": "content_syndication", "paid-display-ads": "display",
             "paid-remarketing": "remarketing"}  # fmt: skip
    assert dict(Counter(leads.channel)) == dict(
        Counter(names[r["UTM_Medium"].strip()] for r in raw_leads)
    )


def test_b2b_spend_reads_brazilian_numbers(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "paid_media_b2b_funnel"
    with load(tmp_path, folder, "paid_media_b2b_spend", start="2022-11-01", end="2023-01-31") as ws:
        df = ws.table("ad_performance").to_pandas()
    assert {str(d)[:10] for d in df.date} == {"2022-11-01"}
    assert {str(d)[:10] for d in df.date_end} == {"2023-01-31"}
    assert df.impressions.isna().all() and df.conversions.isna().all()  # unknown, not 0
    expected = {}
    for r in rows(folder / "Spend.csv", ";"):
        digits = "".join(ch for ch in r["Spend"] if ch.isdigit())
        expected[r["Channel"].strip().lower().replace(" ", "_")] = int(digits)
    got = dict(zip(df.channel, df.spend, strict=True))
    assert got == {
        "content_syndication": expected["content_syndication"],
        "paid_social": expected["paid_social"],
        "paid_search": expected["paid_search"],
        "display": expected["paid_display"],
    }
    assert sum(got.values()) == 676_349


def test_olist_leads_with_won_deals(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "olist_marketing_funnel"
    mqls = rows(folder / "olist_marketing_qualified_leads_dataset.csv")
    deals = rows(folder / "olist_closed_deals_dataset.csv")
    result = ingest([folder], tmp_path / "olist.duckdb", mapping="olist_marketing_funnel")
    with Workspace.open(result.workspace, read_only=True) as ws:
        df = ws.table("leads").to_pandas()
    assert len(df) == len(mqls) == 8000
    assert df.won_at.notna().sum() == len(deals) == 842
    origin = Counter((r["origin"] or None) for r in mqls)
    got = Counter(None if not isinstance(c, str) else c for c in df.channel)
    assert got == origin
    assert origin[None] == 60  # docs/mappings.md: 60 blank origins stay missing
    # docs/mappings.md: one deal is won before its first contact, and loads with a warning.
    early = [p for p in result.problems if p.problem.startswith("stage reached before")]
    assert [(p.column, p.level) for p in early] == [("won_at", "warning")]
    by_type = Counter(r["lead_type"] for r in deals if r["lead_type"])
    assert dict(Counter(df.lead_type.dropna())) == dict(by_type)
    won = df.set_index("lead_id").won_at.dropna()
    first = deals[0]
    assert won[first["mql_id"]].strftime("%Y-%m-%d %H:%M:%S") == first["won_date"]
    assert (df.created_at == df.mql_at).all()


def test_bbva_content_totals(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "bbva_blog_ga_content"
    raw = rows(folder / "blog_analytics.csv")

    def num(s: str) -> int:
        return int(s.replace(",", ""))

    def secs(s: str) -> int:
        if s.startswith("<"):
            return 0
        h, m, sec = (int(x) for x in s.split(":"))
        return h * 3600 + m * 60 + sec

    pages: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in raw:
        p = pages[r["Page"]]
        p["pageviews"] += num(r["Page Views"])
        p["sessions"] += num(r["Sessions"])
        p["time_x_views"] += secs(r["Avg. Time on Page"]) * num(r["Page Views"])
        p["bounce_x_sessions"] += float(r["Bounce Rate"].rstrip("%")) / 100 * num(r["Sessions"])
    with load(tmp_path, folder, "bbva_blog_ga_content", date="2019-12-31") as ws:
        perf = ws.table("content_performance").to_pandas().set_index("content_id")
        content = ws.table("content").to_pandas()
    assert len(perf) == len(pages) == len(content) == 1131
    assert perf.pageviews.sum() == sum(p["pageviews"] for p in pages.values())
    assert perf.sessions.sum() == sum(p["sessions"] for p in pages.values())
    for page in ("/", "/en/"):
        p = pages[page]
        assert perf.loc[page, "avg_engagement_seconds"] == pytest.approx(
            p["time_x_views"] / p["pageviews"]
        )
        assert perf.loc[page, "bounce_rate"] == pytest.approx(
            p["bounce_x_sessions"] / p["sessions"]
        )


def test_gsc_pages(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "gsc_miraiyo_seo"
    raw = rows(folder / "Pages.csv")
    with load(tmp_path, folder, "gsc_miraiyo_seo", date="2026-06-08") as ws:
        df = ws.table("content_performance").to_pandas().set_index("content_id")
    assert len(df) == len(raw) == 35
    assert df.organic_clicks.sum() == sum(int(r["Clicks"]) for r in raw) == 3_355
    assert df.organic_impressions.sum() == sum(int(r["Impressions"]) for r in raw) == 193_943
    # docs/mappings.md: the site-wide daily chart (not mapped) has the same clicks, fewer impressions.
    chart = rows(folder / "Chart.csv")
    assert sum(int(r["Clicks"]) for r in chart) == 3_355
    assert sum(int(r["Impressions"]) for r in chart) == 193_809
    for r in raw:
        assert df.loc[r["Top pages"], "avg_position"] == float(r["Position"])
        assert df.loc[r["Top pages"], "ctr"] == float(Decimal(r["CTR"].rstrip("%")) / 100)
