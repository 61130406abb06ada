"""The lead-quality stage on real exports loaded through the shipped mappings: the Olist MQL file
and the B2B paid-media funnel (../shared/data; skipped when absent). Counts are checked against
the raw CSVs read with the csv module."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter

import pytest

from debrief.analyses.lead_quality import lead_quality
from debrief.context import StageContext
from debrief.period import Period

pytestmark = pytest.mark.realdata


def _stage(shared_data, tmp_path, folder: str, mapping: str, month: str, as_of: dt.date):
    from debrief.ingest import ingest
    from debrief.workspace import Workspace

    path = tmp_path / "ws.duckdb"
    ingest([shared_data / folder], path, mapping=mapping)
    with Workspace.open(path, read_only=True) as ws:
        return lead_quality(StageContext(workspace=ws, period=Period.month(month), as_of=as_of))


def test_olist_mql_volume_by_origin(shared_data, tmp_path) -> None:
    res = _stage(
        shared_data, tmp_path, "olist_marketing_funnel", "olist_marketing_funnel", "2018-03",
        dt.date(2018, 12, 1),
    )  # fmt: skip
    path = shared_data / "olist_marketing_funnel" / "olist_marketing_qualified_leads_dataset.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for month, pre in (("2018-03", ""), ("2018-02", "prior_")):
        want = Counter(r["origin"] or None for r in rows if r["first_contact_date"][:7] == month)
        got = {r["channel"]: r[f"{pre}mqls"] for r in res.tables["by_channel"]}
        assert {k: v for k, v in got.items() if v} == {
            ("(none)" if k is None else k): v for k, v in want.items()
        }
        total = res.tables["total"][0]
        assert total[f"{pre}mqls"] == total[f"{pre}leads"] == sum(want.values())
    # every Olist lead is an MQL; there is no SQL date or score: nothing is invented
    assert all(r["mql_rate"] in (1.0, None) for r in res.tables["by_channel"])
    assert all(r["mql_to_sql"] is None for r in res.tables["by_channel"])
    assert res.tables["score_performance"] == []


def test_b2b_funnel_mql_volume_by_channel(shared_data, tmp_path) -> None:
    res = _stage(
        shared_data, tmp_path, "paid_media_b2b_funnel", "paid_media_b2b_funnel", "2023-01",
        dt.date(2023, 3, 1),
    )  # fmt: skip
    names = {
        "paid-search": "paid_search",
        "paid-social": "paid_social",
        "paid-content-syndication": "content_syndication",
        "paid-display-ads": "display",
    }
    with open(
        shared_data / "paid_media_b2b_funnel" / "MQLs.csv", newline="", encoding="utf-8"
    ) as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    for month, pre in (((2023, 1), ""), ((2022, 12), "prior_")):
        want: Counter[str] = Counter()
        for r in rows:
            d = dt.datetime.strptime(r["Marketing Qualified Date"], "%m/%d/%Y %I:%M %p")
            if (d.year, d.month) == month:
                want[names.get(r["UTM_Medium"], r["UTM_Medium"])] += 1
        got = {r["channel"]: r[f"{pre}mqls"] for r in res.tables["by_channel"]}
        assert {k: v for k, v in got.items() if v} == dict(want)
    assert res.tables["score_performance"] == []
    assert any("scoring model is not evaluated" in n for n in res.notes)
