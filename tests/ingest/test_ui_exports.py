"""Platform UI exports (tests/ingest/exports, built from the platforms' published column lists:
see exports/SOURCES.md) load with no mapping named, and their totals equal plain pandas."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from debrief.ingest import ingest
from debrief.workspace import Workspace

EXPORTS = Path(__file__).parent / "exports"


def load(folder: str, tmp_path: Path, **params: str):
    result = ingest([EXPORTS / folder], tmp_path / f"{folder}.duckdb", params=params)
    return result, Workspace.open(result.workspace, read_only=True)


def number(s: pd.Series) -> pd.Series:
    """'1,356,884' and ' --' as people write them, read with plain pandas."""
    return pd.to_numeric(s.astype(str).str.replace(",", "").str.strip().replace("--", None))


def test_google_ads_campaign_report_by_day(tmp_path: Path) -> None:
    result, ws = load("google_ads_ui", tmp_path)
    assert "Recognised Google Ads campaign report" in result.notes[0]
    raw = pd.read_csv(EXPORTS / "google_ads_ui" / "Campaign report.csv", skiprows=2, dtype=str)
    raw = raw[~raw.Day.str.startswith("Total:")]
    df = ws.table("ad_performance").to_pandas()
    assert len(df) == len(raw) == 6
    assert round(df.spend.sum(), 2) == round(number(raw.Cost).sum(), 2) == 2299.45
    assert df.impressions.sum() == number(raw["Impr."]).sum()
    assert df.conversions.sum() == pytest.approx(number(raw.Conversions).sum()) == 30.75
    assert dict(df.groupby("channel").spend.sum().round(2)) == {
        "display": 174.92,
        "paid_search": 2124.53,
    }
    assert "date_end" not in df.columns and set(df.currency) == {"USD"}  # daily rows
    assert any("4 row(s) not loaded" in n for n in result.notes)  # the Total rows
    ws.close()


def test_google_ads_utf16_report_without_days_is_totals_over_its_range(tmp_path: Path) -> None:
    result, ws = load("google_ads_ui_utf16", tmp_path)
    text = (EXPORTS / "google_ads_ui_utf16" / "Campaign report.csv").read_text("utf-16")
    rows = list(csv.DictReader(text.splitlines()[2:], delimiter="\t"))
    rows = [r for r in rows if not r["Campaign"].startswith("Total:")]
    df = ws.table("ad_performance").to_pandas()
    assert round(df.spend.sum(), 2) == round(
        sum(float(r["Cost"].replace(",", "")) for r in rows), 2
    )
    # No Day column: each row covers the report's range, read from its date line.
    assert {str(d)[:10] for d in df.date} == {"2023-08-01"}
    assert {str(d)[:10] for d in df.date_end} == {"2023-08-02"}
    assert any(p.column == "date_end" and p.level == "warning" for p in result.problems)
    ws.close()


def test_meta_ads_manager_range_export(tmp_path: Path) -> None:
    _result, ws = load("meta_ads_manager", tmp_path)
    raw = pd.read_csv(EXPORTS / "meta_ads_manager" / "Spring-leads-Mar-1-2024-Mar-31-2024.csv")
    raw = raw[raw["Campaign name"].notna()]  # the account total row
    df = ws.table("ad_performance").to_pandas()
    assert len(df) == len(raw) == 2
    assert round(df.spend.sum(), 2) == round(raw["Amount spent (USD)"].sum(), 2)
    assert df.clicks.sum() == raw["Link clicks"].sum()
    assert df.conversions.sum() == raw.Leads.sum()  # Leads, not "Results"
    assert set(df.currency) == {"USD"}  # from the header "Amount spent (USD)"
    assert {str(d)[:10] for d in df.date} == {"2024-03-01"}
    assert {str(d)[:10] for d in df.date_end} == {"2024-03-31"}
    ws.close()


def test_meta_ads_manager_daily_export_in_euro(tmp_path: Path) -> None:
    _result, ws = load("meta_ads_manager_daily", tmp_path)
    raw = pd.read_csv(EXPORTS / "meta_ads_manager_daily" / "Shop-daily.csv")
    df = ws.table("ad_performance").to_pandas().sort_values("date")
    assert round(df.spend.sum(), 2) == round(raw["Amount spent (EUR)"].sum(), 2)
    assert set(df.currency) == {"EUR"}
    # An empty cell in a column Meta exports is a zero, not an unknown.
    assert df.conversions.tolist() == [6, 0, 9]
    ws.close()


def test_linkedin_campaign_manager(tmp_path: Path) -> None:
    _result, ws = load("linkedin_campaign_manager", tmp_path)
    raw = pd.read_csv(EXPORTS / "linkedin_campaign_manager" / "campaign_performance_report.csv",
                      skiprows=4, thousands=",")  # fmt: skip
    df = ws.table("ad_performance").to_pandas()
    assert round(df.spend.sum(), 2) == round(raw["Total Spent"].sum(), 2)
    assert df.impressions.sum() == raw.Impressions.sum()
    assert df.conversions.sum() == (raw.Conversions + raw.Leads).sum()
    assert set(df.campaign_id) == {"Q1 Pipeline"}  # the campaign group is the campaign
    ws.close()


def test_ga4_reports(tmp_path: Path) -> None:
    _result, ws = load("ga4_reports", tmp_path)
    lp = pd.read_csv(EXPORTS / "ga4_reports" / "Landing_page_Landing_page.csv", comment="#")
    pages = pd.read_csv(
        EXPORTS / "ga4_reports" / "Pages_and_screens_Page_path_and_screen_class.csv", comment="#"
    )
    lp = lp[lp["Landing page"] != "(not set)"]
    perf = ws.table("content_performance").to_pandas()
    assert perf.sessions.sum() == lp.Sessions.sum()
    assert perf.pageviews.sum() == pages.Views.sum()
    assert perf.conversions.sum() == lp["Key events"].sum()
    assert {str(d)[:10] for d in perf.date} == {"2024-02-01"}
    assert {str(d)[:10] for d in perf.date_end} == {"2024-02-29"}
    assert ws.table("content").count().execute() == len(set(lp["Landing page"]))
    ws.close()


def test_hubspot_contacts_export(tmp_path: Path) -> None:
    result, ws = load("hubspot_ui", tmp_path)
    raw = pd.read_csv(EXPORTS / "hubspot_ui" / "hubspot-crm-exports-all-contacts-2024-03-01.csv")
    leads = ws.table("leads").to_pandas().set_index("lead_id")
    assert len(leads) == len(raw)
    assert leads.mql_at.notna().sum() == raw["Become a Marketing Qualified Lead Date"].notna().sum()
    assert leads.won_at.notna().sum() == raw["Become a Customer Date"].notna().sum()
    assert "email" not in leads.columns and "first_name" not in leads.columns
    assert leads.loc["51001", "channel"] == "paid_search"
    assert any("deals export" in n and "not loaded" in n for n in result.notes)
    ws.close()


def test_klaviyo_campaign_export_is_lifetime(tmp_path: Path) -> None:
    result, ws = load("klaviyo_ui", tmp_path)
    raw = pd.read_csv(EXPORTS / "klaviyo_ui" / "Campaign performance export.csv")
    df = ws.table("ad_performance").to_pandas()
    assert df.deliveries.sum() == raw["Successful Deliveries"].sum()
    assert df.opens.sum() == raw["Unique Opens"].sum()
    assert round(df.conversion_value.sum(), 2) == round(raw.Revenue.sum(), 2)
    assert set(df.grain) == {"lifetime"}
    assert df.spend.isna().all()  # no spend in the export: unknown, never 0
    assert any(p.column == "grain" for p in result.problems)
    ws.close()


def test_dbt_ad_reporting_ids_namespaced_across_platforms(tmp_path: Path) -> None:
    result, ws = load("dbt_ad_reporting", tmp_path)
    raw = pd.read_csv(EXPORTS / "dbt_ad_reporting" / "ad_reporting__campaign_report.csv")
    df = ws.table("ad_performance").to_pandas()
    assert round(df.spend.sum(), 2) == round(raw.spend.sum(), 2)
    assert set(df.campaign_id) == {
        "google_ads:29", "microsoft_ads:29", "facebook_ads:7", "twitter_ads:7",
    }  # fmt: skip
    warned = {p.value for p in result.problems if p.column == "campaign_id"}
    assert "29 -> microsoft_ads:29" in warned
    # The twitter row has no conversions: unknown, not 0.
    tw = df[df.platform == "twitter_ads"]
    assert tw.conversions.isna().all()
    ws.close()
