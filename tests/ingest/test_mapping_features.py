"""Mapping features for real exports: ${param} everywhere, lookups, preambles, recognition,
unknown-is-not-zero, namespaced ids and the duplicate-key message. Values are hand-computed."""

from __future__ import annotations

from pathlib import Path

import pytest

from debrief.ingest import IngestError, ingest
from debrief.ingest.mapping import MappingError, load_mapping
from debrief.ingest.sniff import find_header, parse_range, preamble_values, sniff
from debrief.workspace import Workspace


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def frame(ws_path: Path, table: str = "ad_performance"):
    with Workspace.open(ws_path, read_only=True) as ws:
        return ws.table(table).to_pandas()


def test_param_everywhere_and_undefined_param_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "d" / "x.csv", "Day;Kosten\n2024-01-01;1,5\n")
    m = write(
        tmp_path / "m.yaml",
        """
name: t
parameters:
  sep: {default: ","}
  cost: {description: "the cost column"}
  ch: {default: search}
sources:
  - file: "*.csv"
    table: ad_performance
    columns: {Day: date, "${cost}": spend}
    constants: {channel: "${ch}"}
    transforms: {spend: [{number: {decimal: "${sep}"}}]}
""",
    )
    ingest([tmp_path / "d"], tmp_path / "ws.duckdb", mapping=m, params={"cost": "Kosten"})
    df = frame(tmp_path / "ws.duckdb")
    assert (df.spend.tolist(), df.channel.tolist()) == ([1.5], ["search"])
    bad = write(tmp_path / "bad.yaml", m.read_text().replace("${ch}", "${nope}"))
    with pytest.raises(MappingError, match=r"\$\{nope\}, which is not a parameter") as exc:
        load_mapping(bad)
    # ...naming the mapping file and where the name is used, in constants as in transforms.
    assert str(bad) in str(exc.value) and "${nope} in sources[0].constants.channel" in str(
        exc.value
    )
    worse = write(tmp_path / "worse.yaml", m.read_text().replace("${sep}", "${nope}"))
    with pytest.raises(MappingError, match=r"sources\[0\]\.transforms\.spend\[0\]\.number"):
        load_mapping(worse)


def test_unknown_measure_is_null_never_zero(tmp_path: Path) -> None:
    """A twitter-like export without conversions: the column is empty, not 0."""
    write(tmp_path / "ad_performance.csv", "date,channel,spend,impressions,clicks\n"
          "2024-01-01,paid_social,10,100,3\n")  # fmt: skip
    ingest([tmp_path], tmp_path / "ws.duckdb")
    df = frame(tmp_path / "ws.duckdb")
    assert df.conversions.isna().all() and df.spend.tolist() == [10.0]


def test_lookups_latest_sum_default_and_case_insensitive_headers(tmp_path: Path) -> None:
    d = tmp_path / "export"
    write(d / "stats.csv", "DATE,CAMPAIGN_ID,COST\n2024-01-01,1,5\n2024-01-01,2,7\n")
    write(
        d / "history.csv",
        "id,updated_at,name\n1,2024-01-01,old\n1,2024-02-01,new\n2,2024-01-01,b\n",
    )
    write(d / "actions.csv", "campaign_id,date,kind,n\n1,2024-01-01,lead,2\n1,2024-01-01,lead,3\n"
          "1,2024-01-01,view,9\n")  # fmt: skip
    m = write(
        tmp_path / "m.yaml",
        """
name: t
sources:
  - table: ad_performance
    header: [date, campaign_id, cost]
    lookups:
      - {header: [id, updated_at, name], keys: {campaign_id: id}, latest: updated_at,
         take: {name: campaign_name}}
      - {header: [campaign_id, date, kind, n], keys: {campaign_id: campaign_id, date: date},
         where: {kind: [LEAD]}, sum: [n], take: {n: conversions}, default: {conversions: 0}}
    columns: {date: date, campaign_id: campaign_id, cost: spend}
    constants: {channel: search}
""",
    )
    ingest([d], tmp_path / "ws.duckdb", mapping=m)
    df = frame(tmp_path / "ws.duckdb").set_index("campaign_id")
    assert df.campaign_name.to_dict() == {"1": "new", "2": "b"}
    # 2 + 3 leads for campaign 1; campaign 2 had no action row: 0, because the file is there.
    assert df.conversions.to_dict() == {"1": 5.0, "2": 0.0}


def test_preamble_sniffing() -> None:
    assert find_header(["Campaign report\n", '"August 1, 2023 - August 31, 2023"\n',
                        "Day,Cost\n", "2023-08-01,1\n"]) == (2, ",")  # fmt: skip
    assert find_header(["a;b;c\n", "1;2;3\n"]) == (0, ";")
    assert preamble_values(["# Start date: 20240201", "# End date: 20240229"]) == {
        "_start_date": "2024-02-01",
        "_end_date": "2024-02-29",
    }
    assert parse_range("All time") is None
    assert str(parse_range("Jun 2, 2026-Jun 8, 2026")) == (
        "(datetime.date(2026, 6, 2), datetime.date(2026, 6, 8))"
    )


def test_utf16_excel_csv_is_sniffed(tmp_path: Path) -> None:
    p = write(tmp_path / "r.csv", "Title\r\nDay\tCost\r\n2024-01-01\t1\r\n", "utf-16")
    shape = sniff(p)
    assert (shape.encoding, shape.delimiter, shape.skip_rows, shape.header) == (
        "utf-16",
        "\t",
        1,
        ("Day", "Cost"),
    )


def test_ids_namespaced_against_the_workspace_when_appending(tmp_path: Path) -> None:
    head = "date,channel,platform,campaign_id,spend,impressions,clicks,conversions\n"
    write(tmp_path / "a" / "ad_performance.csv", head + "2024-01-01,search,google_ads,29,5,9,1,0\n")
    write(tmp_path / "b" / "bing.csv", "Day,CampaignId,Spend\n2024-01-01,29,3\n")
    m = write(
        tmp_path / "bing.yaml",
        "name: bing\nsources:\n  - table: ad_performance\n"
        "    columns: {Day: date, CampaignId: campaign_id, Spend: spend}\n"
        "    constants: {channel: search, platform: bing}\n",
    )
    ws = tmp_path / "ws.duckdb"
    ingest([tmp_path / "a"], ws)
    result = ingest([tmp_path / "b"], ws, append=True, mapping=m)
    (warning,) = [p for p in result.problems if p.column == "campaign_id"]
    assert warning.value == "29 -> bing:29" and "also used by google_ads" in warning.problem
    assert sorted(frame(ws).campaign_id) == ["29", "bing:29"]
    # The team's own files (contract form) are one id space: a campaign on two platforms is one.
    write(tmp_path / "c" / "ad_performance.csv", head + "2024-01-02,social,meta,29,3,9,1,0\n")
    result = ingest([tmp_path / "c"], ws, append=True)
    assert not [p for p in result.problems if p.column == "campaign_id"]


def test_duplicate_keys_name_the_other_row_and_the_fix(tmp_path: Path) -> None:
    write(tmp_path / "ad_performance.csv",
          "date,channel,campaign_id,spend,impressions,clicks,conversions\n"
          "2024-01-01,search,c1,1,9,1,0\n2024-01-02,search,c1,1,9,1,0\n"
          "2024-01-01,search,c1,2,9,1,0\n")  # fmt: skip
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    rows = [p for p in exc.value.problems if p.line == 4]
    assert rows and rows[0].value.endswith("(first on line 2)")
    summary = [p for p in exc.value.problems if p.line is None]
    assert len(summary) == 1 and "aggregate:" in summary[0].problem
    assert "1 row(s) repeat the key" in summary[0].problem


def test_recognition_asks_only_for_what_the_file_cannot_tell(tmp_path: Path) -> None:
    write(tmp_path / "KAG_conversion_data.csv", "ad_id,xyz_campaign_id,fb_campaign_id,age,gender,interest,"
          "Impressions,Clicks,Spent,Total_Conversion,Approved_Conversion\n"
          "1,916,10,30-34,M,15,100,2,1.5,1,0\n")  # fmt: skip
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    assert "Recognised" in str(exc.value) and "needs parameter 'date'" in str(exc.value)
    result = ingest([tmp_path], tmp_path / "ws.duckdb", params={"date": "2017-08-17"})
    assert [p.column for p in result.problems] == ["grain"]  # lifetime totals, said aloud


def test_appending_a_second_currency_is_refused(tmp_path: Path) -> None:
    """The rows an append keeps count: USD in the workspace, then EUR, is two currencies."""
    head = "date,channel,spend,currency\n"
    write(tmp_path / "a" / "ad_performance.csv", head + "2024-01-01,search,5,USD\n")
    write(tmp_path / "b" / "ad_performance.csv", head + "2024-01-02,search,3,eur\n")
    write(tmp_path / "c" / "ad_performance.csv", head + "2024-01-03,search,2,usd\n")
    ws = tmp_path / "ws.duckdb"
    ingest([tmp_path / "a"], ws)
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path / "b"], ws, append=True)
    assert "spend in EUR, USD" in str(exc.value.problems[0].problem)
    ingest([tmp_path / "c"], ws, append=True)
    assert frame(ws).spend.sum() == 7.0
