"""A twitter-like export with no conversions column, loaded next to one that has them: its
conversions are unknown in the workspace, no "spend with no conversions" waste is found for it,
and its conversion rate is n/a, while the other platform's zero-conversion campaign is found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from debrief.analyses.budget.waste import no_conversion_rows
from debrief.analyses.campaign_performance import metric_rows
from debrief.ingest import ingest
from debrief.period import Period
from debrief.workspace import Workspace


def test_export_without_conversions_gives_no_conversion_findings(tmp_path: Path) -> None:
    x = tmp_path / "x" / "ad_performance.csv"
    x.parent.mkdir()
    x.write_text(
        "date,channel,platform,campaign_id,spend,impressions,clicks\n"
        + "".join(
            f"2024-03-{d:02d},paid_social,twitter,tw{c},120,900,14\n"
            for d in range(1, 8)
            for c in range(3)
        )
    )
    g = tmp_path / "g" / "ad_performance.csv"
    g.parent.mkdir()
    g.write_text(
        "date,channel,platform,campaign_id,spend,impressions,clicks,conversions\n"
        + "".join(f"2024-03-{d:02d},paid_search,google_ads,g1,80,500,20,0\n" for d in range(1, 8))
    )
    ws_path = tmp_path / "ws.duckdb"
    ingest([tmp_path / "x"], ws_path)
    ingest([tmp_path / "g"], ws_path, append=True)
    with Workspace.open(ws_path, read_only=True) as ws:
        df = ws.table("ad_performance").to_pandas()
        assert df[df.platform == "twitter"].conversions.isna().all()
        waste = no_conversion_rows(ws, dt.date(2024, 3, 1), dt.date(2024, 3, 31), min_spend=100)
        rows = metric_rows(
            ws.table("ad_performance"), None, Period(dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
            ["campaign_id"],
        )  # fmt: skip
    # Only google's g1 (560 spent, 0 conversions: a known zero) is waste; twitter's 2,520 is not.
    assert {(w["campaign_id"], w["wasted_spend"]) for w in waste if w["segment"] is None} == {
        ("g1", 560.0)
    }
    by_id = {r["campaign_id"]: r for r in rows}
    assert by_id["tw0"]["conversions"] is None and by_id["tw0"]["cvr"] is None
    assert by_id["g1"]["conversions"] == 0 and by_id["g1"]["cvr"] == 0.0


def test_monthly_review_of_an_export_without_conversions_has_no_conversion_finding(
    tmp_path: Path,
) -> None:
    """The whole monthly review on a twitter-like export (spend, impressions, clicks; no
    conversions column): not one finding, waste row or insight rests on conversions, and the
    conversion metrics of its campaigns are n/a, not 0."""
    from debrief.engine import run
    from debrief.requests import Request

    x = tmp_path / "x" / "ad_performance.csv"
    x.parent.mkdir()
    x.write_text(
        "date,channel,platform,campaign_id,spend,impressions,clicks\n"
        + "".join(
            f"2024-{m:02d}-{d:02d},paid_social,twitter,tw{c},{40 + 30 * c + d},{900 + d},{14 + c}\n"
            for m in (1, 2, 3)
            for d in range(1, 29)
            for c in range(4)
        )
    )
    ws_path = tmp_path / "ws.duckdb"
    ingest([tmp_path / "x"], ws_path)
    report = run(
        Request(kind="monthly_review", workspace=str(ws_path), month="2024-03", as_of=dt.date(2024, 4, 4))
    )  # fmt: skip
    conversion_metrics = {"conversions", "cvr", "cpa", "roas", "roi", "revenue", "conversion_rate"}
    findings = [*report.all_findings(), *report.summary.insights]
    assert findings  # the review did look at the data (spend, CTR, CPC...)
    assert not [f for f in findings if f.metric in conversion_metrics or f.kind == "no_conversions"]
    assert not [
        w for w in report.stages["budget"].tables.get("waste", []) if w["kind"] == "no_conversions"
    ]
    by_campaign = report.stages["campaign_performance"].tables["by_campaign"]
    assert by_campaign and all(r["conversions"] is None and r["cpa"] is None for r in by_campaign)
