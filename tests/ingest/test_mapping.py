"""Mappings: did-you-mean on unknown keys, each transform against hand-computed values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from debrief.ingest import IngestError, ingest
from debrief.ingest import transforms as tf
from debrief.ingest.mapping import MappingError, load_mapping, shipped_mappings
from debrief.workspace import Workspace


def test_shipped_mappings_load() -> None:
    names = shipped_mappings()
    assert {"fb_ads_kag", "bbva_blog_ga_content", "gsc_miraiyo_seo", "olist_marketing_funnel",
            "paid_media_b2b_funnel", "paid_media_b2b_spend"} <= set(names)  # fmt: skip
    for name in names:
        assert load_mapping(name).name == name


def test_unknown_key_suggests_the_closest(tmp_path: Path) -> None:
    p = tmp_path / "m.yaml"
    p.write_text("name: x\nsources:\n  - file: a.csv\n    table: leads\n    colums: {a: lead_id}\n")
    with pytest.raises(
        MappingError, match=r"sources\.0\.colums: unknown key; did you mean 'columns'"
    ):
        load_mapping(p)
    p.write_text("name: x\nsources:\n  - file: a.csv\n    table: lead\n")
    with pytest.raises(MappingError, match="Did you mean 'leads'"):
        load_mapping(p)
    p.write_text(
        "name: x\nsources:\n  - file: a.csv\n    table: leads\n    transforms: {a: [percnt]}\n"
    )
    with pytest.raises(MappingError, match="did you mean 'percent'"):
        load_mapping(p)
    with pytest.raises(MappingError, match="Did you mean 'fb_ads_kag'"):
        load_mapping("fb_ads_kg")


def _vals(result: tuple[pa.Array, pa.Array | None]) -> list:
    return result[0].to_pylist()


def test_number_transforms() -> None:
    br = {"decimal": ",", "thousands": "."}
    assert _vals(tf.number(pa.array(["R$\u00a0100.000", "146536,25", "-3,5", None]), br)) == [
        100000.0, 146536.25, -3.5, None,
    ]  # fmt: skip
    assert _vals(tf.number(pa.array(['1,701', "851", "$ 2,000.50"]), {"decimal": ".", "thousands": ","})) == [
        1701.0, 851.0, 2000.5,
    ]  # fmt: skip
    # auto: unambiguous when one reading fits every cell...
    assert _vals(tf.number(pa.array(["146536,25", "50000"]), "auto")) == [146536.25, 50000.0]
    assert _vals(tf.number(pa.array(["1,701.5", "851"]), "auto")) == [1701.5, 851.0]
    # ...and an error on the cells where both readings fit but disagree.
    values, bad = tf.number(pa.array(["1,701", "851"]), "auto")
    assert bad.to_pylist() == [True, False]
    assert values.to_pylist() == [None, 851.0]
    _, bad = tf.number(pa.array(["12abc34"]), br)
    assert bad.to_pylist() == [True]


def test_percent_duration_micros_scale() -> None:
    assert _vals(tf.percent(pa.array(["32.30%", "1.4%", "100%", "0.5"]))) == [
        0.323,
        0.014,
        1.0,
        0.005,
    ]
    assert _vals(tf.duration(pa.array(["00:01:05", "01:05", "1:00:00", "42"]))) == [
        65.0,
        65.0,
        3600.0,
        42.0,
    ]
    assert tf.duration(pa.array(["1h"]))[1].to_pylist() == [True]
    assert _vals(tf.micros(pa.array(["1500000", "1"]))) == [1.5, 1e-06]
    assert _vals(tf.scale(pa.array(["250"]), 0.01)) == [2.5]


def test_dates_and_timestamps_are_strict() -> None:
    values, bad = tf.date(pa.array(["12/7/2023", "2/30/2023", "01/31/2023"]), "%m/%d/%Y")
    assert values.to_pylist() == [dt.date(2023, 12, 7), None, dt.date(2023, 1, 31)]
    assert bad.to_pylist() == [False, True, False]
    values, _ = tf.timestamp(
        pa.array(["1/23/2023 12:00 AM", "7/1/2023 1:05 PM"]),
        {"format": "%m/%d/%Y %I:%M %p", "tz": "America/New_York"},
    )
    assert [v.isoformat() for v in values.to_pylist()] == [
        "2023-01-23T05:00:00+00:00",  # EST = UTC-5
        "2023-07-01T17:05:00+00:00",  # EDT = UTC-4
    ]


def test_text_clean_up() -> None:
    arr = pa.array([" Paid Search ", None])
    assert _vals(tf.TRANSFORMS["strip"][0](arr, None)) == ["Paid Search", None]
    assert _vals(tf.TRANSFORMS["lower"][0](arr, None)) == ["paid search", None]
    assert _vals(tf.TRANSFORMS["upper"][0](arr, None)) == ["PAID SEARCH", None]


def test_map_and_null_if() -> None:
    assert _vals(tf.value_map(pa.array(["Paid-Search ", "other"]), {"paid-search": "paid_search"})) == [
        "paid_search", "other",
    ]  # fmt: skip
    assert _vals(tf.null_if(pa.array(["undefined", "x"]), ["Undefined"])) == [None, "x"]


def test_mapping_end_to_end_with_errors_at_lines(tmp_path: Path) -> None:
    (tmp_path / "export.csv").write_text(
        "Day;Cost;Impr;Clicks;Conv;Medium\n"
        "12/1/2023;1.234,50;1.000;10;1;Paid-Search\n"
        "12/32/2023;abc;2.000;20;2;Social\n",
        encoding="utf-8",
    )
    m = tmp_path / "m.yaml"
    m.write_text(
        """
name: test
sources:
  - file: "export*.csv"
    table: ad_performance
    columns: {Day: date, Cost: spend, Impr: impressions, Clicks: clicks, Conv: conversions, Medium: channel}
    transforms:
      date: [{date: "%m/%d/%Y"}]
      spend: [{number: {decimal: ",", thousands: "."}}]
      impressions: [{number: {decimal: ",", thousands: "."}}]
      channel: [{map: {paid-search: search}}]
"""
    )
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb", mapping=m)
    got = {(p.file, p.line, p.column, p.value) for p in exc.value.problems}
    assert got == {("export.csv", 3, "date", "12/32/2023"), ("export.csv", 3, "spend", "abc")}
    (tmp_path / "export.csv").write_text(
        "Day;Cost;Impr;Clicks;Conv;Medium\n12/1/2023;1.234,50;1.000;10;1;Paid-Search\n"
    )
    ingest([tmp_path], tmp_path / "ws.duckdb", mapping=m)
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        row = ws.table("ad_performance").to_pandas().iloc[0]
    assert (row.spend, row.impressions, row.channel) == (1234.5, 1000, "search")


def test_missing_parameter_and_mapped_column(tmp_path: Path) -> None:
    (tmp_path / "KAG_conversion_data.csv").write_text("ad_id,Spent\n1,2\n")
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb", mapping="fb_ads_kag")
    assert "needs parameter 'date'" in str(exc.value)
    with pytest.raises(IngestError) as exc:
        ingest(
            [tmp_path], tmp_path / "ws.duckdb", mapping="fb_ads_kag", params={"date": "2024-01-01"}
        )
    assert "column named in the mapping is not in the file" in str(exc.value)
    assert "xyz_campaign_id" in str(exc.value)


def test_join_and_aggregate(tmp_path: Path) -> None:
    (tmp_path / "leads.txt").write_text("id,first\nA,2024-01-01\nB,2024-01-02\nC,2024-01-03\n")
    (tmp_path / "deals.txt").write_text("id,won,size\nB,2024-02-01,big\nZ,2024-02-02,small\n")
    (tmp_path / "pages.txt").write_text(
        "page,views,secs\n/a,10,00:00:30\n/a,30,00:01:10\n/b,0,00:00:05\n"
    )
    m = tmp_path / "m.yaml"
    m.write_text(
        """
name: t
parameters:
  day: {description: day}
sources:
  - file: leads.txt
    table: leads
    columns: {id: lead_id, first: created_at}
  - file: deals.txt
    table: leads
    join: {keys: [lead_id]}
    columns: {id: lead_id, won: won_at}
    types: {size: string}
  - file: pages.txt
    table: content_performance
    columns: {page: content_id, views: pageviews, secs: avg_engagement_seconds}
    constants: {date: "${day}"}
    transforms: {avg_engagement_seconds: [duration]}
    aggregate: {by: [date, content_id], sum: [pageviews], weighted_mean: {avg_engagement_seconds: pageviews}}
"""
    )
    result = ingest([tmp_path], tmp_path / "ws.duckdb", mapping=m, params={"day": "2024-03-01"})
    assert any(p.value == "Z" and "matches no row" in p.problem for p in result.problems)
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        leads = ws.table("leads").order_by("lead_id").to_pandas()
        perf = ws.table("content_performance").order_by("content_id").to_pandas()
    assert leads.lead_id.tolist() == ["A", "B", "C"]
    assert [None if v != v or v is None else v for v in leads["size"]] == [None, "big", None]
    assert leads.won_at.notna().tolist() == [False, True, False]
    assert perf.pageviews.tolist() == [40, 0]
    # (30*10 + 70*30) / 40 = 60; a weighted mean over zero weight is missing, not 0.
    assert perf.avg_engagement_seconds.iloc[0] == pytest.approx(60.0)
    assert perf.avg_engagement_seconds.isna().tolist() == [False, True]

    (tmp_path / "deals.txt").write_text("id,won,size\nB,2024-02-01,big\nB,2024-02-02,small\n")
    with pytest.raises(IngestError, match="join key repeated"):
        ingest([tmp_path], tmp_path / "ws.duckdb", mapping=m, params={"day": "2024-03-01"})
