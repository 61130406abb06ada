"""A big Parquet file is validated and staged in batches: the same problems, lines and rows as
reading it whole, and a refused file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import debrief.ingest.stream as stream
from debrief.ingest import IngestError, ingest
from debrief.workspace import Workspace


def _touchpoints(n: int) -> pa.Table:
    users = [f"u{i % 17}" for i in range(n)]
    ts = [f"2026-10-{1 + i % 28:02d}T{i % 24:02d}:00:00Z" for i in range(n)]
    interaction = ["click", "visit", "impression"] * (n // 3) + ["click"] * (n % 3)
    interaction[11] = "hover"  # not one of the choices: an error on row 12
    ts[40] = "someday"  # not a timestamp: an error on row 41
    t = pa.table({"user_id": users, "ts": ts, "channel": ["Email"] * n, "interaction": interaction})
    return t


def _problems(exc: pytest.ExceptionInfo[IngestError]) -> list[tuple]:
    return sorted(
        (p.file, p.line, p.column, p.value, p.problem, p.level) for p in exc.value.problems
    )


@pytest.fixture
def batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files of more than 10 rows stream, 7 rows a batch."""
    monkeypatch.setattr(stream, "STREAM_ROWS", 10)
    monkeypatch.setattr(stream, "BATCH_ROWS", 7)


def _both(tmp_path: Path, table: pa.Table, name: str, monkeypatch: pytest.MonkeyPatch):
    src = tmp_path / f"{name}.parquet"
    pq.write_table(table, src, row_group_size=5)
    whole = ws_path = tmp_path / "whole.duckdb"
    outcomes = []
    for streamed in (False, True):
        if streamed:
            monkeypatch.setattr(stream, "STREAM_ROWS", 10)
            monkeypatch.setattr(stream, "BATCH_ROWS", 7)
            ws_path = tmp_path / "streamed.duckdb"
        assert stream.streams(src) is streamed
        try:
            outcomes.append(ingest([src], ws_path))
        except IngestError as exc:
            outcomes.append(exc)
    return whole, ws_path, outcomes


def test_errors_are_the_same_as_reading_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole, streamed, (a, b) = _both(tmp_path, _touchpoints(60), "touchpoints", monkeypatch)
    assert isinstance(a, IngestError) and isinstance(b, IngestError)
    got = sorted((p.file, p.line, p.column, p.value, p.problem, p.level) for p in b.problems)
    want = sorted((p.file, p.line, p.column, p.value, p.problem, p.level) for p in a.problems)
    assert got == want
    assert any(p.line == 12 and p.column == "interaction" for p in b.problems)
    assert any(p.line == 41 and p.column == "ts" for p in b.problems)
    assert not whole.exists() and not streamed.exists()  # a refused ingest leaves no workspace


def test_rows_and_repeated_keys_are_the_same_as_reading_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = _touchpoints(60)
    t = t.set_column(3, "interaction", pa.array(["click"] * 60))
    t = t.set_column(0, "user_id", pa.array([f"u{i % 5}" for i in range(60)]))
    t = t.set_column(1, "ts", pa.array([f"2026-10-{1 + i % 5:02d}T00:00:00Z" for i in range(60)]))
    whole, streamed, (a, b) = _both(tmp_path, t, "touchpoints", monkeypatch)
    assert a.tables["touchpoints"].rows == b.tables["touchpoints"].rows == 60
    key = lambda p: (p.file, p.line, p.column, p.value, p.problem, p.level)  # noqa: E731
    assert sorted(map(key, b.problems)) == sorted(map(key, a.problems))
    assert any("same key" in p.problem for p in b.problems)  # repeated touches: warnings
    with Workspace.open(whole) as w1, Workspace.open(streamed) as w2:
        rows = [sorted(map(str, w.table("touchpoints").to_pyarrow().to_pylist())) for w in (w1, w2)]
        assert rows[0] == rows[1]
        assert w2.table("touchpoints").columns == w1.table("touchpoints").columns
        assert not [n for n in w2.con.list_tables() if n.startswith("_debrief")]


def test_a_repeated_unique_key_refuses_the_file_and_changes_nothing(
    tmp_path: Path, batches: None
) -> None:
    n = 30
    leads = pa.table(
        {
            "lead_id": [f"L{i}" for i in range(n - 1)] + ["L3"],
            "created_at": ["2026-10-01T00:00:00Z"] * n,
        }
    )
    first = tmp_path / "first"
    first.mkdir()
    pq.write_table(leads.slice(0, n - 1), first / "leads.parquet")
    ws_path = tmp_path / "ws.duckdb"
    ingest([first], ws_path)
    pq.write_table(leads, tmp_path / "leads.parquet")
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path / "leads.parquet"], ws_path)
    # The repeated row, naming the row it repeats, and the one summary line reading whole gives.
    [p] = [e for e in exc.value.errors if e.line is not None]
    [summary] = [e for e in exc.value.errors if e.line is None]
    assert (p.line, p.column, p.value) == (30, "lead_id", "L3 (first on line 4)")
    assert summary.line is None and summary.problem.startswith("1 row(s) repeat the key")
    with Workspace.open(ws_path) as ws:
        assert ws.table("leads").count().execute() == n - 1
        assert not [t for t in ws.con.list_tables() if t.startswith("_debrief")]
