"""After writing, a table is read back and compared with what was validated; timestamps are UTC."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from debrief.ingest.writer import WriteCheckError, check_written
from debrief.workspace import Workspace


def test_a_table_that_lost_values_or_rows_is_refused() -> None:
    ws = Workspace.in_memory()
    data = pa.table({"lead_id": ["a", "b", None], "amount": [1.0, None, 3.0]})
    ws.con.create_table("good", data)
    check_written(ws, "good", data)  # the same rows and gaps: no error
    ws.con.create_table(
        "lost", pa.table({"lead_id": ["a", "b", None], "amount": [1.0, None, None]})
    )
    with pytest.raises(WriteCheckError, match=r"amount: 2 expected, 1 written"):
        check_written(ws, "lost", data)
    ws.con.create_table("short", data.slice(0, 2))
    with pytest.raises(WriteCheckError, match=r"rows: 3 expected, 2 written"):
        check_written(ws, "short", data)


def test_naive_timestamps_are_read_as_utc() -> None:
    ws = Workspace.in_memory()
    ws.con.raw_sql(
        "CREATE TABLE touchpoints AS SELECT 'u1' AS user_id, "
        "TIMESTAMP '2026-10-01 23:30:00' AS ts, 'email' AS channel"
    )
    t = ws.table("touchpoints")
    assert str(t.schema()["ts"]) == "timestamp('UTC')"
    [ts] = t.ts.to_pyarrow().to_pylist()
    assert ts == dt.datetime(2026, 10, 1, 23, 30, tzinfo=dt.UTC)
