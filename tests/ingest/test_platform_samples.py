"""Every connector sample in ../shared/data/platform_samples loads with no mapping named (the
export is recognised by its headers) and its totals equal plain pandas over the raw files.

The expected figures are computed here from the CSV files as the platform's dbt package defines
them (micros divided by a million, conversions of the listed action types...), independently of
the mapping code; money is compared to the cent.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from debrief.ingest import IngestError, ingest
from debrief.workspace import Workspace

from .test_sample_totals import FB_CONVERSIONS

pytestmark = pytest.mark.realdata


def load(shared: Path, folder: str, tmp_path: Path, **params: str):
    root = shared / "platform_samples" / folder
    result = ingest([root], tmp_path / f"{folder}.duckdb", params=params)
    return root, result, Workspace.open(result.workspace, read_only=True)


def raw(root: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(root / name, encoding="utf-8-sig")


def totals(ws: Workspace, table: str = "ad_performance") -> pd.Series:
    df = ws.table(table).to_pandas()
    out = {"rows": len(df)}
    for c in ("spend", "impressions", "clicks", "conversions", "conversion_value"):
        if c in df.columns:
            out[c] = df[c].sum(min_count=1)
    return pd.Series(out)


def cents(a: float, b: float) -> None:
    assert round(float(a), 2) == round(float(b), 2)


def loaded(result, file: str, table: str) -> None:
    assert any(file in t.files[0] or file in " ".join(t.files) for t in result.tables.values())
    assert any(n.strip().startswith(f"{file} -> {table}") for n in result.notes), result.notes


def test_google_ads(shared_data: Path, tmp_path: Path) -> None:
    root, result, ws = load(shared_data, "connector_fivetran_google_ads", tmp_path)
    loaded(result, "campaign_stats_data.csv", "ad_performance")
    s = raw(root, "campaign_stats_data.csv")
    got = totals(ws)
    assert got.rows == len(s) == 16
    cents(got.spend, s.cost_micros.sum() / 1e6)
    assert got.impressions == s.impressions.sum() and got.clicks == s.clicks.sum()
    assert got.conversions == pytest.approx(s.conversions.sum())
    hist = raw(root, "campaign_history_data.csv").sort_values("updated_at")
    names = (
        ws.table("ad_performance").select("campaign_id", "campaign_name", "currency").to_pandas()
    )
    latest = hist.groupby("id").name.last()
    assert all(latest[int(r.campaign_id)] == r.campaign_name for r in names.itertuples())
    assert set(names.currency) == {"USD"}
    # The other grains are recognised and said to be left out, not loaded twice.
    assert any("ad_group_stats_data.csv" in n and "twice" in n for n in result.notes)
    ws.close()


def test_facebook_ads(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_facebook_ads", tmp_path)
    b = raw(root, "facebook_ads_basic_ad_data.csv")
    got = totals(ws)
    assert got.rows == len(b)
    cents(got.spend, b.spend.sum())
    assert got.impressions == b.impressions.sum() and got.clicks == b.inline_link_clicks.sum()
    a = raw(root, "facebook_ads_basic_ad_actions_data.csv")
    a = a[a.action_type.str.lower().isin(FB_CONVERSIONS)].merge(
        b[["ad_id", "date"]], on=["ad_id", "date"]
    )
    assert got.conversions == pytest.approx(a.value.sum())
    df = ws.table("ad_performance").to_pandas()
    hist = raw(root, "facebook_ads_ad_history_data.csv").sort_values("updated_time")
    camp = hist.groupby("id").campaign_id.last()
    assert all(str(camp[int(r.ad)]) == r.campaign_id for r in df.itertuples())
    ws.close()


def test_linkedin_ads(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_linkedin_ads", tmp_path)
    s = raw(root, "linkedin_ad_analytics_by_campaign_data.csv")
    got = totals(ws)
    assert got.rows == len(s)
    cents(got.spend, s.cost_in_local_currency.sum())
    conv = s.external_website_conversions.fillna(0) + s.one_click_leads.fillna(0)
    assert got.conversions == pytest.approx(conv.sum())
    df = ws.table("ad_performance").to_pandas()
    hist = raw(root, "linkedin_campaign_history_data.csv").sort_values("last_modified_time")
    group = hist.groupby("id").campaign_group_id.last()
    # dbt_ad_reporting's convention: the campaign group is the campaign.
    assert all(str(group[int(r.ad_group)]) == r.campaign_id for r in df.itertuples())
    assert set(df.currency) == {"USD"}
    ws.close()


def test_microsoft_ads(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_microsoft_ads", tmp_path)
    s = raw(root, "microsoft_ads_campaign_performance_daily_report_data.csv")
    got = totals(ws)
    assert got.rows == len(s) == 2630
    cents(got.spend, s.spend.sum())
    assert got.impressions == s.impressions.sum() and got.clicks == s.clicks.sum()
    conv = s.conversions_qualified.fillna(s.conversions)
    assert got.conversions == pytest.approx(conv.sum())
    cents(got.conversion_value, s.revenue.sum())
    ws.close()


def test_tiktok_ads_mixed_currencies_are_refused_then_load_with_a_currency(
    shared_data: Path, tmp_path: Path
) -> None:
    root = shared_data / "platform_samples" / "connector_fivetran_tiktok_ads"
    with pytest.raises(IngestError) as exc:
        ingest([root], tmp_path / "t.duckdb")
    # The fixture's two advertisers are in USD and "CAN": one workspace holds one currency.
    assert "spend in CAN, USD" in str(exc.value)
    _, _result, ws = load(shared_data, "connector_fivetran_tiktok_ads", tmp_path, currency="USD")
    s = raw(root, "tiktok_campaign_report_hourly_data.csv")
    s["day"] = s.STAT_TIME_HOUR.str[:10]
    got = totals(ws)
    assert got.rows == len(s.groupby(["CAMPAIGN_ID", "day"]))
    cents(got.spend, s.SPEND.sum())
    assert got.impressions == s.IMPRESSIONS.sum() and got.clicks == s.CLICKS.sum()
    assert got.conversions == s.CONVERSION.sum()
    ws.close()


def test_snapchat_ads(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_snapchat_ads", tmp_path)
    s = raw(root, "snapchat_campaign_hourly_report_data.csv")
    got = totals(ws)
    assert got.rows == len(s.groupby(["campaign_id", s.date.str[:10]]))
    cents(got.spend, s.spend.sum() / 1e6)
    assert got.impressions == s.impressions.sum() and got.clicks == s.swipes.sum()
    assert got.conversions == s.conversion_purchases.sum()
    ws.close()


def test_pinterest_ads(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_pinterest_ads", tmp_path)
    s = raw(root, "pinterest_campaign_report_data.csv")
    got = totals(ws)
    assert got.rows == len(s)
    cents(got.spend, s.spend_in_micro_dollar.sum() / 1e6)
    assert got.impressions == (s.impression_1.fillna(0) + s.impression_2.fillna(0)).sum()
    assert got.clicks == (s.clickthrough_1.fillna(0) + s.clickthrough_2.fillna(0)).sum()
    assert got.conversions == s.total_conversions.sum()
    cents(got.conversion_value, s.total_conversions_value_in_micro_dollar.sum() / 1e6)
    ws.close()


def test_twitter_ads(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_twitter_ads", tmp_path)
    s = raw(root, "twitter_campaign_report_data.csv")
    got = totals(ws)
    assert got.rows == len(s)
    cents(got.spend, s.billed_charge_local_micro.sum() / 1e6)
    conv = s.conversion_purchases_metric.fillna(0) + s.conversion_custom_metric.fillna(0)
    assert got.conversions == conv.sum()
    ws.close()


def test_reddit_ads(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_reddit_ads", tmp_path)
    s = raw(root, "reddit_ads_campaign_report_data.csv")
    got = totals(ws)
    assert got.rows == len(s)
    cents(got.spend, s.spend.sum() / 1e6)
    c = raw(root, "reddit_ads_campaign_conversions.csv")
    c = c[c.event_name.str.lower().isin(["lead", "purchase", "custom"])]
    c = c.merge(s[["campaign_id", "date"]].astype(str), on=["campaign_id", "date"])
    assert got.conversions == c.clicks.fillna(0).sum()  # no fixture row matches: 0, known
    ws.close()
    # Each report left out is named for what it is: the ad-group and ad reports hold every column
    # of the account report plus their own id, so they once read as "account report".
    said = "\n".join(_result.notes)
    for file, what in [
        ("reddit_ads_account_report_data.csv", "(account report)"),
        ("reddit_ads_ad_group_report_data.csv", "(ad-group report)"),
        ("reddit_ads_ad_report_data.csv", "(ad report)"),
    ]:
        assert f"{file} {what}" in said, said


def test_amazon_ads_missing_impressions_stay_unknown(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_amazon_ads", tmp_path)
    s = raw(root, "campaign_level_report_data.csv")
    got = totals(ws)
    df = ws.table("ad_performance").to_pandas()
    assert got.rows == len(s)
    cents(got.spend, s.cost.sum())
    assert got.conversions == s.purchases_30_d.sum()
    cents(got.conversion_value, s.sales_30_d.sum())
    assert df.impressions.isna().sum() == s.impressions.isna().sum() > 0
    ws.close()


def test_apple_search_ads(shared_data: Path, tmp_path: Path) -> None:
    root, result, ws = load(shared_data, "connector_fivetran_apple_search_ads", tmp_path)
    s = raw(root, "campaign_report_data.csv")
    got = totals(ws)
    assert got.rows == len(s)
    cents(got.spend, s.local_spend_amount.sum())
    assert got.clicks == s.taps.sum() and got.conversions == s.tap_installs.sum()
    assert "conversion_value" not in ws.table("ad_performance").columns  # Apple reports none
    assert any("keyword_report_data.csv" in n and "not loaded" in n for n in result.notes)
    ws.close()


def test_hubspot(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_hubspot", tmp_path)
    contacts = raw(root, "contact_data.csv")
    leads = ws.table("leads").to_pandas()
    assert len(leads) == (~contacts._fivetran_deleted).sum()
    assert set(leads.lead_id) == set(contacts.id.astype(str))
    assert "property_email" not in leads.columns and "email" not in leads.columns
    e = raw(root, "email_event_data.csv")
    e = e[e.filtered_event.astype(str).str.lower() != "true"]
    email = ws.table("ad_performance").to_pandas()
    assert email.opens.sum() == (e.type == "OPEN").sum()
    assert email.deliveries.sum() == (e.type == "DELIVERED").sum()
    assert len(email) == len(e.groupby([e.created.str[:10], "email_campaign_id"]))
    assert email.spend.isna().all()  # e-mail has no spend in this export: unknown, not 0
    ws.close()


def test_salesforce(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_salesforce", tmp_path)
    lead = raw(root, "sf_lead_data.csv")
    assert ws.table("leads").count().execute() == (~lead.is_deleted).sum()
    c = raw(root, "sf_campaign_data.csv")
    c = c[~c.is_deleted & c.actual_cost.notna() & c.start_date.notna() & c.end_date.notna()]
    got = totals(ws)
    assert got.rows == len(c)
    cents(got.spend, c.actual_cost.sum())
    ws.close()


def test_klaviyo(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_klaviyo", tmp_path)
    e = raw(root, "event.csv")
    e = e[~e._fivetran_deleted & (e.campaign_id.notna() | e.flow_id.notna())]
    df = ws.table("ad_performance").to_pandas()
    assert df.deliveries.sum() == (e.type == "Received Email").sum()
    assert len(df) == len(e.groupby([e.datetime.str[:10], e.campaign_id.fillna(e.flow_id)]))
    ws.close()


def test_marketo(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_marketo", tmp_path)
    assert ws.table("leads").count().execute() == len(raw(root, "marketo_lead_data.csv"))
    df = ws.table("ad_performance").to_pandas()
    for column, file in (
        ("sends", "marketo_activity_send_email_data.csv"),
        ("deliveries", "marketo_activity_email_delivered_data.csv"),
        ("opens", "marketo_activity_open_email_data.csv"),
        ("clicks", "marketo_activity_click_email_data.csv"),
        ("unsubscribes", "marketo_activity_unsubscribe_email_data.csv"),
    ):
        a = raw(root, file)
        assert df[column].sum() == a.campaign_id.notna().sum(), column
    ws.close()


def test_pardot(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_pardot", tmp_path)
    p = raw(root, "pardot_prospect_data.csv")
    assert ws.table("leads").count().execute() == (~p._fivetran_deleted).sum()
    ws.close()


def test_ga4_export(shared_data: Path, tmp_path: Path) -> None:
    root, _result, ws = load(shared_data, "connector_fivetran_ga4_export", tmp_path)
    e = raw(root, "event_data.csv")
    medium = e.param_medium.fillna(e.traffic_source_medium)
    sessions = e[medium.notna()].groupby(["user_pseudo_id", "param_ga_session_id"])
    assert ws.table("touchpoints").count().execute() == len(sessions)
    conv = ws.table("conversions").to_pandas()
    purchases = e[e.name == "purchase"]
    assert len(conv) == len(purchases)
    cents(conv.value.sum(), purchases.ecommerce_purchase_revenue_in_usd.sum())
    ws.close()


def test_search_console_queries_are_recognised_and_not_loaded(
    shared_data: Path, tmp_path: Path
) -> None:
    root = shared_data / "platform_samples" / "ui_google_search_console"
    with pytest.raises(IngestError) as exc:
        ingest([root], tmp_path / "q.duckdb")
    assert "Queries.csv" in str(exc.value) and "page" in str(exc.value)


def test_every_connector_together_lists_each_file_once_with_its_own_reason(
    shared_data: Path,
) -> None:
    """A team points ingest at all its exports at once: a file one connector reads is never
    listed as "not loaded" by another, a file skipped is listed once, and its reason is the one
    of the connector whose files share its folder (Fivetran's history tables match every
    connector's loose patterns: HubSpot named Facebook's account history "e-mail event details")."""
    from debrief.ingest.recognise import recognise

    folders = sorted(p for p in (shared_data / "platform_samples").iterdir() if p.is_dir())
    found = recognise(folders)
    read = set().union(*(r.read for r in found.runs))
    for run in found.runs:  # each connector reads its own folder (Snapchat read Pinterest's)
        folders = {s.path.parent for files in run.sources.values() for s in files}
        assert {p.parent for p in run.read} <= folders, run.spec.name
    skipped = [(s.path, run) for run in found.runs for s, _ in run.known]
    assert not [p for p, _ in skipped if p in read]
    assert len({p for p, _ in skipped}) == len(skipped)
    for path, run in skipped:
        if any(p.parent == path.parent for r in found.runs for p in r.read):
            assert any(p.parent == path.parent for p in run.read), (path, run.spec.name)
    # the same reasons as when each folder is loaded on its own
    for folder in folders:
        alone = {s.path: k.what for r in recognise([folder]).runs for s, k in r.known}
        together = {s.path: k.what for r in found.runs for s, k in r.known if s.path in alone}
        assert together == alone, folder.name
