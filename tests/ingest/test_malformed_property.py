"""Property: a valid file with random bad cells is refused, every bad cell is named by line and
column, and the workspace stays exactly as it was."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debrief.ingest import IngestError, ingest
from debrief.ingest.keys import duplicate_mask
from debrief.workspace import Workspace

HEADER = ["date", "channel", "spend", "impressions", "clicks", "conversions", "campaign_id"]
ROWS = 30
BAD = {
    "date": ["2024-02-30", "yesterday", "2024/01/01", "01-02-2024"],
    "spend": ["-0.01", "12,5,0", "ten", "1e"],
    "impressions": ["-1", "1.5", "lots", "3,000"],
    "clicks": ["-3", "0.1", "n/a"],
    "conversions": ["-1", "two", "1e"],
}


def valid_rows() -> list[list[str]]:
    return [
        [
            f"2024-03-{1 + i % 28:02d}",
            ["Search", "Social"][i % 2],
            f"{i * 1.25:.2f}",
            str(100 + i),
            str(i % 7),
            str(i % 3),
            f"C{i}",
        ]
        for i in range(ROWS)
    ]


def to_csv(rows: list[list[str]], multiline_first: bool) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for i, r in enumerate(rows):
        if multiline_first and i == 0:
            r = [*r[:-1], "C\nwith newline"]
        w.writerow(r)
    return buf.getvalue()


def snapshot(ws: Workspace) -> dict:
    return {
        n: sorted(map(tuple, ws.con.table(n).to_pandas().astype(str).values.tolist()))
        for n in sorted(ws.con.list_tables())
    }


bad_cells = st.lists(
    st.tuples(
        st.integers(0, ROWS - 1),
        st.sampled_from(sorted(BAD)).flatmap(
            lambda c: st.tuples(st.just(c), st.sampled_from(BAD[c]))
        ),
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda t: (t[0], t[1][0]),
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cells=bad_cells, multiline=st.booleans())
def test_random_bad_cells_are_refused_and_workspace_unchanged(cells, multiline: bool) -> None:
    tmp = Path(tempfile.mkdtemp())
    try:
        ws_path = Workspace.in_memory()
        good = tmp / "good"
        good.mkdir()
        (good / "ad_performance.csv").write_text(to_csv(valid_rows(), False), newline="")
        (good / "budgets.csv").write_text("month,planned_spend\n2024-03,100\n")
        ingest([good], ws_path)
        before = snapshot(ws_path)

        rows = valid_rows()
        for row, (col, value) in cells:
            rows[row][HEADER.index(col)] = value
        bad = tmp / "bad"
        bad.mkdir()
        (bad / "ad_performance.csv").write_text(to_csv(rows, multiline), newline="")
        (bad / "budgets.csv").write_text("month,planned_spend\n2024-04,200\n")
        try:
            ingest([bad], ws_path)
        except IngestError as exc:
            reported = {(p.line, p.column) for p in exc.problems if p.level == "error"}
        else:
            raise AssertionError("bad cells were loaded")
        # Header is line 1; a multi-line first record takes lines 2-3.
        offset = 1 if multiline else 0
        expected = {(row + 2 + (offset if row > 0 else 0), col) for row, (col, _) in cells}
        assert expected == reported
        assert snapshot(ws_path) == before
    finally:
        shutil.rmtree(tmp)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["a", "b", None]),
            st.one_of(st.none(), st.integers(0, 3)),
            st.sampled_from([None, dt.date(2024, 1, 1), dt.date(2024, 1, 2)]),
        ),
        max_size=40,
    )
)
def test_duplicate_mask_matches_python(rows) -> None:
    table = pa.table(
        {
            "s": pa.array([r[0] for r in rows], pa.string()),
            "i": pa.array([r[1] for r in rows], pa.int64()),
            "d": pa.array([r[2] for r in rows], pa.date32()),
        }
    )
    seen: set = set()
    expected = []
    for r in rows:
        expected.append(r in seen)
        seen.add(r)
    assert duplicate_mask(table, ["s", "i", "d"]).to_pylist() == expected
    seen_s: set = set()
    assert duplicate_mask(table, ["i"]).to_pylist() == [
        (r[1] in seen_s) or bool(seen_s.add(r[1])) for r in rows
    ]
