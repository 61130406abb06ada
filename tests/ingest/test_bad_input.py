"""Issue 11's measured cases, through the CLI as a user runs them: each ends in the problem table
(file, line, column, the fix) and exit 1, with the workspace exactly as before and no staging
table left; a killed ingest leaves nothing and the next one removes what older releases left."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from debrief.cli.main import app
from debrief.ingest import ingest, writer
from debrief.ingest.writer import STAGE_PREFIX

AD_HEAD = "date,channel,spend,impressions,clicks,conversions,campaign_id"


@pytest.fixture(scope="module")
def base_ws(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small workspace with campaigns, budgets and a few ad rows."""
    path = tmp_path_factory.mktemp("base") / "ws.duckdb"
    src = tmp_path_factory.mktemp("src")
    shutil.copy(demo_dir / "campaigns.csv", src)
    shutil.copy(demo_dir / "budgets.csv", src)
    (src / "ad_performance.csv").write_text(AD_HEAD + "\n2026-10-01,search,1,10,1,0,FL-OFFER\n")
    ingest([src], path)
    return path


@pytest.fixture
def ws(base_ws: Path, tmp_path: Path) -> Path:
    path = tmp_path / "ws.duckdb"
    shutil.copy(base_ws, path)
    return path


def snapshot(path: Path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = sorted(
            r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        )
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"').fetchall())) for n in names}
    finally:
        con.close()


def refused(ws: Path, *args: object) -> str:
    """Run ``debrief ingest ARGS -w ws``; it must be refused with nothing changed."""
    before = snapshot(ws)
    res = CliRunner().invoke(app, ["ingest", *map(str, args), "-w", str(ws)])
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output and "unexpected" not in res.output, res.output
    assert snapshot(ws) == before
    assert not [t for t in before if t.startswith(STAGE_PREFIX)]
    return res.output


def row(output: str, *cells: str) -> bool:
    """Whether one line of the problem table has every one of ``cells``, in order."""
    for line in output.splitlines():
        pos = 0
        for c in cells:
            pos = line.find(c, pos)
            if pos < 0:
                break
            pos += len(c)
        else:
            return True
    return False


def test_nested_values_are_refused_and_other_files_errors_still_listed(
    ws: Path, tmp_path: Path
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    rec = {"date": "2025-10-01", "channel": ["s"], "spend": 1, "impressions": 1, "clicks": 0}
    (d / "ad_performance.jsonl").write_text(json.dumps({**rec, "conversions": 0}) + "\n")
    (d / "budgets.csv").write_text("month,planned_spend\n2025-1,x\n")
    out = refused(ws, d)
    assert row(out, "ad_performance.jsonl", "1", "channel", "a nested value", "flatten")
    assert row(out, "budgets.csv", "2", "month", "not a month")
    assert "required column missing" not in out

    p = tmp_path / "pq"
    p.mkdir()
    pq.write_table(
        pa.table(
            {
                "date": ["2025-10-01", "2025-10-02"],
                "channel": pa.array([{"a": "s"}, None]),
                "spend": [1.0, 2.0],
                "impressions": [1, 2],
                "clicks": [0, 0],
                "conversions": [0, 0],
                "ad": pa.array([None, ["x"]]),
            }
        ),
        p / "ad_performance.parquet",
    )
    out = refused(ws, p)
    assert row(out, "ad_performance.parquet", "1", "channel", "nested value")
    assert row(out, "ad_performance.parquet", "2", "ad", "nested value")
    assert row(out, "ad_performance.parquet", "2", "channel", "required value missing")


def test_long_cell_with_multiline_file_and_an_error(ws: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    big = "x" * 200_000
    (d / "ad_performance.csv").write_text(
        f"{AD_HEAD}\n2025-10-01,search,1,10,1,0,C1\n\n"
        f'2025-10-02,search,1,10,1,0,"{big}"\n2025-10-03,search,-1,10,1,0,"a\nb"\n'
        "2025-10-04,search,-2,10,1,0,C1\n"
    )
    out = refused(ws, d)
    assert row(out, "ad_performance.csv", "5", "spend", "negative amount")
    assert row(out, "ad_performance.csv", "7", "spend", "negative amount")


def test_latin1_is_refused_at_its_line_and_column_and_loads_with_encoding(
    ws: Path, tmp_path: Path
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    body = "campaign_id,name,start_date,end_date\nC1,a,2025-10-01,2025-10-31\n"
    (d / "campaigns.csv").write_bytes((body + "C2,Café,2025-10-01,2025-10-31\n").encode("latin-1"))
    out = refused(ws, d)
    assert row(out, "campaigns.csv", "3", "name", "not valid UTF-8", "--encoding latin-1")

    j = tmp_path / "j"
    j.mkdir()
    rec = '{"campaign_id":"C1","name":"Café","start_date":"2025-10-01","end_date":"2025-10-31"}'
    (j / "campaigns.jsonl").write_bytes(("\n" + rec + "\n").encode("latin-1"))
    out = refused(ws, j)
    assert row(out, "campaigns.jsonl", "2", "not valid UTF-8")

    res = CliRunner().invoke(app, ["ingest", str(d), "-w", str(ws), "--encoding", "latin-1"])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(ws), read_only=True)
    assert con.execute("SELECT name FROM campaigns WHERE campaign_id = 'C2'").fetchone() == (
        "Café",
    )
    con.close()


def test_invalid_utf8_in_parquet(ws: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    names = pa.array([b"ok", b"Caf\xe9"], pa.binary())
    pq.write_table(
        pa.table(
            {
                "campaign_id": ["C1", "C2"],
                "name": names,
                "start_date": ["2025-10-01"] * 2,
                "end_date": ["2025-10-31"] * 2,
            }
        ),
        d / "campaigns.parquet",
    )
    out = refused(ws, d)
    assert row(out, "campaigns.parquet", "2", "name", "not valid UTF-8")
    assert "required value missing" not in out


@pytest.mark.parametrize(
    ("value", "arrow_type"),
    [("1e30", None), (2**64 - 1, pa.uint64()), ("9223372036854775808", None)],
)
def test_counts_too_large(ws: Path, tmp_path: Path, value, arrow_type) -> None:
    d = tmp_path / "in"
    d.mkdir()
    if arrow_type is None:
        (d / "ad_performance.csv").write_text(f"{AD_HEAD}\n2025-10-01,search,1,{value},1,0,C1\n")
    else:
        pq.write_table(
            pa.table(
                {
                    "date": ["2025-10-01"],
                    "channel": ["s"],
                    "spend": [1.0],
                    "impressions": pa.array([value], arrow_type),
                    "clicks": [0],
                    "conversions": [0],
                }
            ),
            d / "ad_performance.parquet",
        )
    out = refused(ws, d)
    assert row(
        out, "ad_performance.", "impressions", "too large for a count", "9223372036854775807"
    )


def test_exact_large_count_is_kept(ws: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "ad_performance.csv").write_text(
        f"{AD_HEAD}\n2025-10-01,search,1,9007199254740993,+1,0,FL-OFFER\n"
    )
    res = CliRunner().invoke(app, ["ingest", str(d), "-w", str(ws)])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(ws), read_only=True)
    assert con.execute("SELECT impressions, clicks FROM ad_performance").fetchone() == (
        9007199254740993,
        1,
    )
    con.close()


@pytest.mark.parametrize(
    ("name", "content", "column"),
    [
        ("ad_performance.csv", f"{AD_HEAD}\n2025-10-01,search,1e400,10,1,0,C1\n", "spend"),
        ("ad_performance.csv", f"{AD_HEAD}\n2025-10-01,search,-Infinity,10,1,0,C1\n", "spend"),
        ("conversions.jsonl", '{"user_id":"u","ts":"2025-10-01","value":Infinity}\n', "value"),
        ("conversions.jsonl", '{"user_id":"u","ts":"2025-10-01","value":NaN}\n', "value"),
        (
            "campaigns.csv",
            "campaign_id,name,start_date,end_date,budget\nC1,a,2025-10-01,2025-10-31,inf\n",
            "budget",
        ),
        ("targets.parquet", None, "target"),
        ("benchmarks.parquet", None, "value"),
    ],
)
def test_non_finite_numbers_are_errors(
    ws: Path, tmp_path: Path, name: str, content: str | None, column: str
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    if name == "targets.parquet":
        pq.write_table(pa.table({"metric": ["cpl"], "target": [math.inf]}), d / name)
    elif name == "benchmarks.parquet":
        pq.write_table(pa.table({"metric": ["ctr"], "value": [math.nan]}), d / name)
    else:
        (d / name).write_text(content or "")
    out = refused(ws, d, "--append")
    assert row(out, name, "1" if not name.endswith(".csv") else "2", column, "not a finite number")


def test_header_only_file_does_not_empty_a_table_unless_asked(ws: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "budgets.csv").write_text("month,planned_spend\n")
    out = refused(ws, d)
    assert row(out, "budgets.csv", "has no rows", "would empty the table budgets", "--allow-empty")
    res = CliRunner().invoke(app, ["ingest", str(d), "-w", str(ws), "--append"])
    assert res.exit_code == 0 and "nothing added to budgets" in res.output
    assert snapshot(ws)["budgets"]
    res = CliRunner().invoke(app, ["ingest", str(d), "-w", str(ws), "--allow-empty"])
    assert res.exit_code == 0 and "budgets is now empty" in res.output
    assert snapshot(ws)["budgets"] == []


def test_timestamps_outside_the_range_say_the_range(ws: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "conversions.csv").write_text(
        "user_id,ts\nu,1600-01-01T00:00:00Z\nu,2300-01-01\nu,1677-09-22\nu,2262-04-10T23:59:59\n"
    )
    out = refused(ws, d, "--append")
    for line in ("2", "3"):
        assert row(out, "conversions.csv", line, "ts", "1677-09-22 to 2262-04-10")
    assert "not an ISO 8601" not in out
    assert {ln.split()[1] for ln in out.splitlines() if ln.startswith("conversions.csv")} == {
        "2",
        "3",
    }


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_year_zero_beside_a_bad_date_says_the_range(ws: Path, tmp_path: Path, fmt: str) -> None:
    """Fuzz seed 1 case 1241: 0000-01-01 next to 2024-02-30 ended in OverflowError (Arrow holds
    year 0, Python's date does not). Both are rows of the problem table."""
    d = tmp_path / "in"
    d.mkdir()
    cols = {
        "campaign_id": ["A", "B", "C"],
        "name": ["a", "b", "c"],
        "start_date": ["2026-01-01", "0000-01-01", "2024-02-30"],
    }
    if fmt == "csv":
        body = "".join(",".join(r) + "\n" for r in zip(*cols.values(), strict=True))
        (d / "campaigns.csv").write_text("campaign_id,name,start_date\n" + body)
    else:
        pq.write_table(pa.table(cols), d / "campaigns.parquet")
    out = refused(ws, d)
    first = 3 if fmt == "csv" else 2  # a CSV's header is line 1; a Parquet file's rows count from 1
    where = ("campaigns." + fmt, str(first), "start_date")
    assert row(out, *where, "0000-01-01", "1677-09-22 to 2262-04-10")
    assert row(out, "campaigns." + fmt, str(first + 1), "start_date", "2024-02-30", "not a date")


def test_typed_parquet_dates_before_year_one_say_the_range(ws: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    days = pa.array([20000, -719528, -800000], pa.int32()).cast(pa.date32())
    pq.write_table(
        pa.table({"campaign_id": ["A", "B", "C"], "name": ["a", "b", "c"], "start_date": days}),
        d / "campaigns.parquet",
    )
    out = refused(ws, d)
    for line in ("2", "3"):  # rows of a Parquet file count from 1
        assert row(out, "campaigns.parquet", line, "start_date", "1677-09-22 to 2262-04-10")


def test_nul_bytes_in_a_column_name_are_refused_by_name(ws: Path, tmp_path: Path) -> None:
    """Fuzz seed 1 case 2373: NUL bytes inside a header cell reached DuckDB, which reads NUL as the
    end of a quoted name (ParserException, exit 3)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "budgets.csv").write_text("month,planned_spend,no\0te\n2026-10,1,x\n")
    out = refused(ws, d)
    assert row(out, "budgets.csv", "no\\0te", "NUL bytes", "remove them")


def test_quotes_and_control_characters_in_column_names_load(ws: Path, tmp_path: Path) -> None:
    """A quote in an extra column's name is a legitimate name: it is kept, quoted properly."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "budgets.csv").write_text('month,planned_spend,"say ""hi""",it\'s,a"b\n2026-10,1,x,y,z\n')
    res = CliRunner().invoke(app, ["ingest", str(d), "-w", str(ws)])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(ws), read_only=True)
    try:
        cols = [r[0] for r in con.execute("DESCRIBE budgets").fetchall()]
        got = con.execute('SELECT "say ""hi""", "it\'s", "a""b" FROM budgets').fetchall()
    finally:
        con.close()
    assert {'say "hi"', "it's", 'a"b'} <= set(cols)
    assert got == [("x", "y", "z")]


def test_unclosed_quote_is_refused_at_its_line(ws: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "budgets.csv").write_text('month,planned_spend\n2026-10,1\n2026-11,"2\n2026-12,3\n')
    out = refused(ws, d)
    assert row(out, "budgets.csv", "3", "never closed")


@pytest.mark.parametrize(
    ("option", "message"),
    [("encoding: klingon-8", "not a known text encoding"), ('delimiter: ";;"', "one character")],
)
def test_mapping_read_options_are_checked(
    ws: Path, tmp_path: Path, option: str, message: str
) -> None:
    (tmp_path / "ex.csv").write_text("a;b\n2026-10;2\n")
    (tmp_path / "m.yaml").write_text(
        "name: t\nsources:\n  - file: ex.csv\n    table: budgets\n"
        f"    {option}\n    columns: {{a: month, b: planned_spend}}\n"
    )
    out = refused(ws, tmp_path / "ex.csv", "--mapping", tmp_path / "m.yaml")
    assert row(out, "ex.csv", message)


def test_truncated_parquet_names_its_file(ws: Path, tmp_path: Path, demo_dir: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    pq.write_table(pa.table({"month": ["2026-10"], "planned_spend": [1.0]}), d / "budgets.parquet")
    data = (d / "budgets.parquet").read_bytes()
    (d / "budgets.parquet").write_bytes(data[: len(data) // 2])
    out = refused(ws, d)
    assert row(out, "budgets.parquet", "not a readable Parquet file")


def _stages(path: Path) -> list[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return [
            r[0]
            for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
            if r[0].startswith(STAGE_PREFIX)
        ]
    finally:
        con.close()


def test_killed_ingest_leaves_nothing(ws: Path, demo_dir: Path) -> None:
    """kill -9 with every staging table written and nothing swapped: the workspace is as before,
    without staging tables, and the next ingest works."""
    before = snapshot(ws)
    script = textwrap.dedent(
        """
        import sys, time
        from debrief.ingest import ingest, writer
        def pause(step):
            if step == "staged":
                print("staged", flush=True)
                time.sleep(120)
        writer.WRITE_HOOK = pause
        ingest([sys.argv[1]], sys.argv[2], append=True)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(demo_dir), str(ws)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "staged"
    finally:
        proc.kill()
        proc.wait()
    assert snapshot(ws) == before
    res = CliRunner().invoke(app, ["ingest", str(demo_dir / "budgets.csv"), "-w", str(ws)])
    assert res.exit_code == 0, res.output
    assert _stages(ws) == []


def test_leftover_staging_tables_are_removed_by_the_next_ingest(ws: Path, demo_dir: Path) -> None:
    con = duckdb.connect(str(ws))
    con.execute(f'CREATE TABLE "{STAGE_PREFIX}touchpoints_0123456789" AS SELECT 1 AS a')
    con.execute(f'CREATE TABLE "{STAGE_PREFIX}leads_0123456789_merged" AS SELECT 1 AS a')
    con.close()
    res = CliRunner().invoke(app, ["ingest", str(demo_dir / "budgets.csv"), "-w", str(ws)])
    assert res.exit_code == 0, res.output
    assert _stages(ws) == []


def test_failed_write_into_a_new_workspace_leaves_no_file(
    tmp_path: Path, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(step: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "WRITE_HOOK", fail)
    target = tmp_path / "new.duckdb"
    with pytest.raises(OSError):
        ingest([demo_dir / "budgets.csv"], target)
    assert not target.exists() and not Path(str(target) + ".wal").exists()
