"""CSV tables beside the report: full rows, values as data, unknown as empty, and no cell a
spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from debrief.outputs import csv_cell
from debrief.render.csv import csv_value, to_csv

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test_cells_are_data_and_never_formulas() -> None:
    # unknown is not 0: an empty cell
    assert to_csv([{"x": None}, {"x": float("nan")}]).split("\r\n")[1:3] == ['""', '""']
    assert csv_value(0) == 0 and csv_value(-2.5) == -2.5  # numbers stay numbers
    numbers = to_csv([{"x": np.int64(7)}, {"x": np.float64(0.125)}])
    assert numbers.split("\r\n")[1:3] == ["7", "0.125"]
    assert csv_value(True) == "true"
    assert csv_value(dt.date(2026, 10, 1)) == "2026-10-01"
    for evil in ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx"):
        assert csv_cell(csv_value(evil)) == "'" + evil
    assert csv_value("paid_social") == "paid_social"
    assert csv_value(["a", "=b"]) == '["a", "=b"]'
    assert csv_value("a\r\nb\rc") == "a\r\nb\rc"  # line breaks kept: csv_text quotes the cell


@given(
    st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), st.text(), max_size=3), max_size=5)
)
def test_every_text_cell_reads_back_as_text(rows) -> None:
    rows = [r for r in rows if r]
    text = to_csv(rows)
    back = list(csv.reader(io.StringIO(text, newline="")))
    for line in back[1:]:
        for cell in line:
            assert not cell.startswith(FORMULA_START)
    for r, line in zip(rows, back[1:], strict=True):
        for col, cell in zip(back[0], line, strict=True):
            value = r.get(col)
            if value is None:
                assert cell == ""
            else:
                assert cell in (value, "'" + value)
                assert (cell != value) == value.startswith(FORMULA_START)
