"""ingest(): errors with file/line/column, warnings that load, atomic and idempotent writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from debrief.ingest import IngestError, ingest
from debrief.workspace import Workspace

CAMPAIGNS = "campaign_id,name,start_date,end_date,budget\nC1,Spring,2024-03-01,2024-03-31,1000\nC2,Summer,2024-06-01,2024-06-30,\n"
ADS = (
    "date,channel,spend,impressions,clicks,conversions,campaign_id,geo\n"
    "2024-03-01,Paid Search,10.25,1000,50,2,C1,BR\n"
    "2024-03-02,paid-search,20.50,2000,80,3,C1,US\n"
    "2024-06-01,Paid Social,5.00,500,10,0,C2,US\n"
)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    p = folder / name
    p.write_bytes(text.replace("\n", newline).encode(encoding))
    return p


def snapshot(path: Path) -> dict[str, list]:
    """Every table of a workspace with its rows, sorted: the state to compare before and after."""
    with Workspace.open(path) as ws:
        return {
            name: sorted(map(tuple, ws.con.table(name).to_pandas().astype(str).values.tolist()))
            for name in sorted(ws.con.list_tables())
        }


def problems_of(exc: pytest.ExceptionInfo[IngestError]) -> set[tuple]:
    return {(p.file, p.line, p.column, p.problem, p.level) for p in exc.value.problems}


def test_valid_files_load_with_types(tmp_path: Path) -> None:
    write(tmp_path, "campaigns.csv", CAMPAIGNS)
    write(tmp_path, "ad_performance.csv", ADS)
    ws_path = tmp_path / "ws.duckdb"
    result = ingest([tmp_path], ws_path)
    assert result.tables["ad_performance"].rows == 3
    assert result.tables["campaigns"].rows == 2
    with Workspace.open(ws_path) as ws:
        ads = ws.table("ad_performance").order_by("date").to_pandas()
        schema = ws.table("ad_performance").schema()
    assert str(schema["date"]) == "date"
    assert str(schema["impressions"]) == "int64"
    assert ads["channel"].tolist() == ["paid_search", "paid_search", "paid_social"]
    assert ads["spend"].sum() == pytest.approx(35.75, abs=1e-9)
    assert (
        ads["date"].iloc[0] == dt.date(2024, 3, 1) or str(ads["date"].iloc[0])[:10] == "2024-03-01"
    )
    assert ads["geo"].tolist() == ["BR", "US", "US"]  # extra string column kept as a segment


@pytest.mark.parametrize(
    ("row", "column", "problem"),
    [
        ("2024-13-01,search,1,1,1,1", "date", "not a date (expected YYYY-MM-DD)"),
        ("2024-03-01,search,-1,1,1,1", "spend", "negative amount"),
        ("2024-03-01,search,abc,1,1,1", "spend", "not a number"),
        ("2024-03-01,search,1,many,1,1", "impressions", "not a whole number"),
        ("2024-03-01,search,1,1.5,1,1", "impressions", "not a whole number"),
        ("2024-03-01,search,1,1,-2,1", "clicks", "negative count"),
        ("2024-03-01,,1,1,1,1", "channel", "required value missing"),
        (",search,1,1,1,1", "date", "required value missing"),
    ],
)
def test_each_error_names_file_line_and_column(
    tmp_path: Path, row: str, column: str, problem: str
) -> None:
    header = "date,channel,spend,impressions,clicks,conversions\n"
    write(tmp_path, "ad_performance.csv", header + "2024-03-01,search,1,1,1,1\n" + row + "\n")
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    assert ("ad_performance.csv", 3, column, problem, "error") in problems_of(exc)
    assert "ad_performance.csv" in str(exc.value) and problem in str(exc.value)


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    header = "date,channel,spend,impressions,clicks,conversions\n"
    rows = "".join(f"2024-03-{d:02d},search,-{d},x,1,1\n" for d in range(1, 11))
    write(tmp_path, "ad_performance.csv", header + rows)
    write(tmp_path, "campaigns.csv", "campaign_id,name,start_date,end_date\nC1,a,2024-01-01,nope\n")
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    found = problems_of(exc)
    assert {(p[1], p[2]) for p in found if p[0] == "ad_performance.csv"} == {
        (line, col) for line in range(2, 12) for col in ("spend", "impressions")
    }
    assert ("campaigns.csv", 2, "end_date", "not a date (expected YYYY-MM-DD)", "error") in found


def test_missing_required_column_and_enum_and_month(tmp_path: Path) -> None:
    write(tmp_path, "budgets.csv", "month,channel\n2024-01,search\n")
    write(tmp_path, "targets.csv", "metric,target,month,direction\ncpl,50,2024-1,less\n")
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    found = {(p[0], p[1], p[2], p[3].split(" (")[0]) for p in problems_of(exc)}
    assert (
        "budgets.csv",
        None,
        "planned_spend",
        "required column missing for table budgets",
    ) in found
    assert ("targets.csv", 2, "month", "not a month") in found
    assert ("targets.csv", 2, "direction", "not one of: min, max") in found


def test_unique_key_is_an_error_duplicate_conversion_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "campaigns.csv", CAMPAIGNS + "C1,Again,2024-01-01,2024-01-02,\n")
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    assert (
        "campaigns.csv",
        4,
        "campaign_id",
        "same key (campaign_id) as another row",
        "error",
    ) in problems_of(exc)

    other = tmp_path / "conv"
    other.mkdir()
    write(
        other,
        "conversions.csv",
        "user_id,ts,conversion_id,value\nu1,2024-03-01T10:00:00Z,k1,5\nu2,2024-03-01T11:00:00+02:00,k1,5\n",
    )
    result = ingest([other], tmp_path / "ws.duckdb")
    assert result.tables["conversions"].rows == 2
    assert result.tables["conversions"].warnings == 1
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        ts = sorted(ws.table("conversions").to_pandas()["ts"])
    assert [t.isoformat() for t in ts] == ["2024-03-01T09:00:00+00:00", "2024-03-01T10:00:00+00:00"]


def test_warnings_load(tmp_path: Path) -> None:
    write(tmp_path, "campaigns.csv", CAMPAIGNS)
    write(
        tmp_path,
        "ad_performance.csv",
        "date,channel,spend,impressions,clicks,conversions,campaign_id\n"
        "2024-03-01,search,10,100,150,1,C1\n"  # clicks > impressions
        "2024-03-02,search,10,0,0,0,C1\n"  # spend with no impressions
        "2024-03-03,search,10,100,1,0,C404\n",  # unknown campaign
    )
    result = ingest([tmp_path], tmp_path / "ws.duckdb")
    got = {(p.line, p.column, p.problem) for p in result.problems}
    assert got == {
        (2, "clicks", "more clicks than impressions"),
        (3, "spend", "spend on a row with no impressions"),
        (4, "campaign_id", "campaign id not in campaigns"),
    }
    assert all(p.level == "warning" for p in result.problems)
    assert result.tables["ad_performance"].rows == 3


def test_error_leaves_workspace_exactly_as_before(tmp_path: Path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    write(good, "campaigns.csv", CAMPAIGNS)
    write(good, "ad_performance.csv", ADS)
    ws_path = tmp_path / "ws.duckdb"
    ingest([good], ws_path)
    before = snapshot(ws_path)
    bad = tmp_path / "bad"
    bad.mkdir()
    write(
        bad, "campaigns.csv", "campaign_id,name,start_date,end_date\nC9,x,2024-01-01,2024-01-31\n"
    )
    write(bad, "leads.csv", "lead_id,created_at\nL1,2024-01-01\n")
    write(bad, "ad_performance.csv", ADS + "2024-06-02,search,1,1,1,x\n")
    with pytest.raises(IngestError):
        ingest([bad], ws_path)
    assert snapshot(ws_path) == before


def test_reingest_is_idempotent_and_append_dedups_new_wins(tmp_path: Path) -> None:
    write(tmp_path, "ad_performance.csv", ADS)
    ws_path = tmp_path / "ws.duckdb"
    ingest([tmp_path], ws_path)
    first = snapshot(ws_path)
    ingest([tmp_path], ws_path)
    assert snapshot(ws_path) == first

    more = tmp_path / "more"
    more.mkdir()
    # Same key as the first row (date, channel, campaign_id; other key columns missing) with new
    # spend, and one new row.
    write(
        more,
        "ad_performance.csv",
        "date,channel,spend,impressions,clicks,conversions,campaign_id,geo\n"
        "2024-03-01,paid_search,99.5,1000,50,2,C1,BR\n"
        "2024-03-03,paid_search,1.00,10,1,0,C1,BR\n",
    )
    result = ingest([more], ws_path, append=True)
    assert result.tables["ad_performance"].rows == 4
    with Workspace.open(ws_path) as ws:
        df = ws.table("ad_performance").to_pandas()
    assert sorted(df["spend"].round(2)) == [1.0, 5.0, 20.5, 99.5]
    # Appending the same file again changes nothing.
    ingest([more], ws_path, append=True)
    assert len(snapshot(ws_path)["ad_performance"]) == 4


def test_explicit_table_names_and_unknown_names(tmp_path: Path) -> None:
    f = write(tmp_path, "export-2024.csv", CAMPAIGNS)
    result = ingest([], tmp_path / "ws.duckdb", tables={"campaigns": f})
    assert result.tables["campaigns"].rows == 2
    with pytest.raises(IngestError) as exc:
        ingest([f], tmp_path / "ws.duckdb")
    assert "not named after a contract table" in str(exc.value)
    with pytest.raises(IngestError) as exc:
        ingest([], tmp_path / "ws.duckdb", tables={"campaign": f})
    assert "Did you mean 'campaigns'" in str(exc.value)
    # A dotted name still gets the closest table and the option's real syntax.
    dotted = write(tmp_path, "campaigns.v2.csv", CAMPAIGNS)
    with pytest.raises(IngestError) as exc:
        ingest([dotted], tmp_path / "ws.duckdb")
    (problem,) = exc.value.problems
    assert problem.problem.startswith(
        "is not named after a contract table (Did you mean 'campaigns'? Tables: "
    )
    assert "pass --table NAME=FILE" in problem.problem
    assert problem.problem.endswith("--mapping (a shipped name or your YAML)")


def test_compressed_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "campaigns.csv.gz"
    path.write_bytes(gzip.compress(CAMPAIGNS.encode()))
    with pytest.raises(IngestError) as exc:
        ingest([path], tmp_path / "ws.duckdb")
    assert [(p.file, p.problem) for p in exc.value.problems] == [
        ("campaigns.csv.gz", "is compressed: decompress it first")
    ]


def test_parquet_and_jsonl(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(
        pa.table(
            {
                "user_id": ["u1", "u2", "u3"],
                "ts": pa.array(
                    [dt.datetime(2024, 1, 1, 12), dt.datetime(2024, 1, 2), None], pa.timestamp("ms")
                ),
                "channel": ["Email", "paid search", "email"],
            }
        ),
        tmp_path / "touchpoints.parquet",
    )
    (tmp_path / "conversions.jsonl").write_text(
        '{"user_id": "u1", "ts": "2024-01-03T00:00:00Z", "value": 10.5}\n'
        '{"user_id": "u2", "ts": "2024-01-04", "value": "x"}\n'
    )
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    found = problems_of(exc)
    assert ("touchpoints.parquet", 3, "ts", "required value missing", "error") in found
    assert ("conversions.jsonl", 2, "value", "not a number", "error") in found


def test_extra_text_columns_are_breakdowns_of_ad_performance(tmp_path: Path) -> None:
    # ``age`` (text) is part of the key; ``approved`` (a number) is a metric, not part of it.
    write(
        tmp_path,
        "ad_performance.csv",
        "date,channel,spend,impressions,clicks,conversions,age,approved\n"
        "2024-03-01,search,1,10,1,0,18-24,0\n"
        "2024-03-01,search,2,20,2,0,25-34,1\n",
    )
    result = ingest([tmp_path], tmp_path / "ws.duckdb")
    assert result.tables["ad_performance"].rows == 2
    write(
        tmp_path,
        "ad_performance.csv",
        "date,channel,spend,impressions,clicks,conversions,age,approved\n"
        "2024-03-01,search,5,50,5,0,25-34,7\n",
    )
    ingest([tmp_path], tmp_path / "ws.duckdb", append=True)
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        df = ws.table("ad_performance").order_by("age").to_pandas()
    assert df.spend.tolist() == [1.0, 5.0]
    assert df.approved.tolist() == [0, 7]


def test_generic_backend_fallback_on_sqlite(tmp_path: Path) -> None:
    """A backend other than DuckDB gets the generic (non-transactional) swap and Ibis merge."""
    import ibis

    write(tmp_path, "ad_performance.csv", ADS)
    ws = Workspace(con=ibis.sqlite.connect(str(tmp_path / "x.sqlite")), target="sqlite")
    assert not ws.is_duckdb
    ingest([tmp_path], ws)
    ingest([tmp_path], ws, append=True)
    assert sorted(ws.con.list_tables()) == ["ad_performance"]  # no staging table left behind
    df = ws.table("ad_performance").to_pandas()
    assert len(df) == 3 and df.spend.sum() == pytest.approx(35.75)


def test_listing_is_capped_but_every_problem_counted(tmp_path: Path) -> None:
    header = "date,channel,spend,impressions,clicks,conversions\n"
    rows = "".join(f"2024-03-01,c{i},1,x,1,1\n" for i in range(120))
    write(tmp_path, "ad_performance.csv", header + rows)
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    listed = [p for p in exc.value.problems if p.column == "impressions"]
    assert [p.line for p in listed] == list(range(2, 52))
    assert exc.value.unlisted == [
        ("ad_performance.csv", "impressions", "not a whole number", "error", 70)
    ]
    assert "… and 70 more errors in ad_performance.csv [impressions]" in str(exc.value)
    assert str(exc.value).startswith("120 error(s) found")


def test_refused_ingest_creates_no_workspace_and_midnight_dates_load(tmp_path: Path) -> None:
    write(tmp_path, "budgets.csv", "month,planned_spend\n2024-01,-5\n")
    with pytest.raises(IngestError):
        ingest([tmp_path], tmp_path / "new.duckdb")
    assert not (tmp_path / "new.duckdb").exists()
    write(tmp_path, "budgets.csv", "month,planned_spend\n2024-01,5\n")
    write(
        tmp_path,
        "benchmarks.csv",
        "metric,value,as_of\nctr,0.01,2024-01-01 00:00:00\ncpc,1,2024-01-02T00:00:00Z\ncpm,2,2024-01-03T10:00:00Z\n",
    )
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "new.duckdb")
    assert problems_of(exc) == {
        ("benchmarks.csv", 4, "as_of", "not a date (expected YYYY-MM-DD)", "error")
    }
    write(tmp_path, "benchmarks.csv", "metric,value,as_of\nctr,0.01,2024-01-01 00:00:00\n")
    ingest([tmp_path], tmp_path / "new.duckdb")
    with Workspace.open(tmp_path / "new.duckdb") as ws:
        assert str(ws.table("benchmarks").to_pandas().as_of.iloc[0])[:10] == "2024-01-01"
