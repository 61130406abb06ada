"""A conversion value that is 0 on every row of a platform in a file is not tracked: it loads as
unknown (NULL, n/a in reports) with a note naming the file and the column, never as $0 of revenue.
Where only some rows are 0, the zeros are data and are kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from debrief.ingest import ingest
from debrief.workspace import Workspace

ROWS = "".join(
    f"2024-03-{d:02d},paid_search,google_ads,g1,80,500,20,{d % 3},0\n"  # converts, never a value
    f"2024-03-{d:02d},paid_social,meta,m1,50,900,10,1,{0 if d % 2 else 35}\n"  # some values: data
    f"2024-03-{d:02d},display,dv360,d1,30,4000,8,0,\n"  # empty throughout: unknown already
    for d in range(1, 8)
)


def test_all_zero_value_with_conversions_is_unknown(tmp_path: Path) -> None:
    f = tmp_path / "ad_performance.csv"
    f.write_text(
        "date,channel,platform,campaign_id,spend,impressions,clicks,conversions,conversion_value\n"
        + ROWS
    )
    result = ingest([f], tmp_path / "ws.duckdb")
    notes = [n for n in result.notes if "conversion_value" in n]
    assert notes == [
        "ad_performance.csv: column conversion_value is 0 on every row of google_ads while those "
        "rows record 7 conversions: read as not tracked (n/a), not $0 of revenue"
    ]
    with Workspace.open(tmp_path / "ws.duckdb", read_only=True) as ws:
        df = ws.table("ad_performance").to_pandas()
    assert df[df.platform == "google_ads"].conversion_value.isna().all()
    assert df[df.platform == "google_ads"].conversions.sum() == 7  # conversions are untouched
    meta = df[df.platform == "meta"].sort_values("date").conversion_value.tolist()
    assert meta == [0, 35, 0, 35, 0, 35, 0]  # some zeros among values: data, kept
    assert df[df.platform == "dv360"].conversion_value.isna().all()


def test_a_value_on_one_row_keeps_the_zeros(tmp_path: Path) -> None:
    f = tmp_path / "ad_performance.csv"
    f.write_text(
        "date,channel,campaign_id,spend,conversions,conversion_value\n"
        "2024-03-01,paid_search,g1,80,2,0\n2024-03-02,paid_search,g1,80,1,12.5\n"
    )
    result = ingest([f], tmp_path / "ws.duckdb")
    assert not [n for n in result.notes if "conversion_value" in n]
    with Workspace.open(tmp_path / "ws.duckdb", read_only=True) as ws:
        df = ws.table("ad_performance").to_pandas()
    assert sorted(df.conversion_value) == [0, 12.5]


@pytest.mark.realdata
def test_google_ads_sample_one_pager_says_revenue_unknown(
    shared_data: Path, tmp_path: Path
) -> None:
    """Fivetran's Google Ads seeds: conversions_value is 0 on every campaign_stats row. The
    monthly review read it as Revenue $0.00 and ROI -100%; it is n/a now."""
    from debrief.engine import run
    from debrief.requests import Request

    folder = shared_data / "platform_samples" / "connector_fivetran_google_ads"
    ws_path = tmp_path / "ws.duckdb"
    result = ingest([folder], ws_path)
    assert (
        "campaign_stats_data.csv: column conversion_value is 0 on every row of google_ads (and so "
        "are its conversions): read as not tracked (n/a), not $0 of revenue" in result.notes
    )
    report = run(
        Request(kind="monthly_review", workspace=str(ws_path), month="2021-02",
                as_of=dt.date(2021, 3, 15))
    )  # fmt: skip
    kpis = {k["metric"]: k for k in report.stages["executive_summary"].tables["kpis"]}
    assert kpis["spend"]["actual"] == pytest.approx(136.19)
    for metric in ("revenue", "roas", "roi"):
        assert kpis[metric]["actual"] is None, metric


def test_a_funnel_stage_empty_on_every_lead_is_not_tracked(tmp_path: Path) -> None:
    """A CRM export that carries an opportunity date nobody fills reads n/a opportunities, not 0;
    a stage recorded for one lead is data (the others have not reached it)."""
    f = tmp_path / "leads.csv"
    f.write_text(
        "lead_id,created_at,mql_at,opportunity_at,won_at\n"
        "L1,2024-03-01,2024-03-03,,\nL2,2024-03-02,,,\nL3,2024-03-05,2024-03-05,,\n"
    )
    result = ingest([f], tmp_path / "ws.duckdb")
    assert [n for n in result.notes if "not tracked" in n] == [
        f"leads.csv: column {c} is empty on every lead: read as a stage not tracked (n/a), "
        "not 0 leads reaching it"
        for c in ("opportunity_at", "won_at")
    ]
    with Workspace.open(tmp_path / "ws.duckdb", read_only=True) as ws:
        columns = ws.table("leads").columns
        assert "mql_at" in columns
        assert "opportunity_at" not in columns and "won_at" not in columns
        from debrief.period import Period
        from debrief.synthesis.kpis import kpi_values

        kpis = kpi_values(ws, Period.month("2024-03"))
    assert kpis["mqls"] == 2 and kpis["pipeline"] is None and kpis["customers"] is None
    # appended to a workspace whose leads record the stage, an empty column is kept: those
    # leads have not reached it yet
    g = tmp_path / "more" / "leads.csv"
    g.parent.mkdir()
    g.write_text("lead_id,created_at,mql_at\nL9,2024-03-20,\n")
    ingest([g], tmp_path / "ws.duckdb", append=True)
    with Workspace.open(tmp_path / "ws.duckdb", read_only=True) as ws:
        assert "mql_at" in ws.table("leads").columns


def test_a_large_leads_file_read_in_batches_leaves_out_the_same_stages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A leads file big enough to be read in batches leaves out its untracked funnel dates and
    says so, as the same file read whole does."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import debrief.ingest.stream as stream

    n = 23
    src = tmp_path / "leads.parquet"
    pq.write_table(
        pa.table(
            {
                "lead_id": [f"L{i}" for i in range(n)],
                "created_at": [f"2024-03-{1 + i % 28:02d}" for i in range(n)],
                # recorded on the last batch's rows only: a tracked stage
                "mql_at": [None] * (n - 2) + ["2024-03-29", "2024-03-30"],
                "opportunity_at": pa.nulls(n, pa.string()),
                "won_at": pa.nulls(n, pa.string()),
            }
        ),
        src,
        row_group_size=5,
    )
    seen = {}
    for streamed in (False, True):
        if streamed:
            monkeypatch.setattr(stream, "STREAM_ROWS", 10)
            monkeypatch.setattr(stream, "BATCH_ROWS", 7)
        assert stream.streams(src) is streamed
        target = tmp_path / f"{streamed}.duckdb"
        result = ingest([src], target)
        with Workspace.open(target, read_only=True) as ws:
            columns = ws.table("leads").columns
            rows = ws.table("leads").count().to_pyarrow().as_py()
        seen[streamed] = ([x for x in result.notes if "not tracked" in x], columns, rows)
    assert seen[True] == seen[False]
    notes, columns, rows = seen[True]
    assert rows == n and "mql_at" in columns
    assert "opportunity_at" not in columns and "won_at" not in columns
    assert len(notes) == 2
    # appended to leads that carry the stage, the empty column is kept
    more = tmp_path / "more" / "leads.parquet"
    more.parent.mkdir()
    pq.write_table(
        pa.table(
            {
                "lead_id": [f"M{i}" for i in range(n)],
                "created_at": ["2024-04-01"] * n,
                "mql_at": pa.nulls(n, pa.string()),
            }
        ),
        more,
    )
    ingest([more], tmp_path / "True.duckdb", append=True)
    with Workspace.open(tmp_path / "True.duckdb", read_only=True) as ws:
        assert "mql_at" in ws.table("leads").columns
        assert ws.table("leads").count().to_pyarrow().as_py() == 2 * n
