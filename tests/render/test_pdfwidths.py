"""Column widths of the PDF's tables, measured with one millimetre per character."""

from __future__ import annotations

from debrief.render.pdfwidths import MAX_CELL_MM, column_groups, wrapped_widths


def _mm(text: str, bold: bool) -> float:
    return float(len(text))


def test_a_wrapping_column_is_never_narrower_than_its_longest_word() -> None:
    header = ["Action", "Due", "Measure"]
    body = [["Bring the rate back " * 6, "2026-11-19", "ROAS against the target " * 4]]
    widths = wrapped_widths(_mm, 120.0, header, body)
    assert widths[1] >= len("2026-11-19")  # a date stays on one line
    assert all(w >= len("against") for w in widths)
    assert abs(sum(widths) - 120.0) < 1e-9  # the spare width is shared out, not lost


def test_a_narrow_wrapping_table_keeps_its_natural_widths() -> None:
    widths = wrapped_widths(_mm, 270.0, ["A", "Due"], [["x", "2026-11-19"]])
    assert widths == [1 + 2.4, 10 + 2.4]


def test_one_line_columns_split_into_groups_led_by_the_first() -> None:
    header = ["Campaign", *(f"metric {i}" for i in range(12))]
    body = [["Spring sale", *("1,234,567.89" for _ in range(12))]]
    groups = column_groups(_mm, 100.0, header, body)
    assert len(groups) > 1
    assert all(idx[0] == 0 for idx, _ in groups)
    assert sorted({i for idx, _ in groups for i in idx}) == list(range(13))  # none dropped
    assert all(abs(sum(w) - 100.0) < 1e-9 for _, w in groups)


def test_a_long_cell_is_capped() -> None:
    ((_, widths),) = column_groups(_mm, 300.0, ["Name", "Note"], [["a", "x" * 500]])
    assert widths == [6.0, MAX_CELL_MM]  # a narrow table is not stretched to the page


def test_a_table_whose_shares_round_past_the_page_is_drawn() -> None:
    """Widths that add up to the page width plus a rounding error (the demo's August review hit
    fpdf2's 'Invalid value provided width=273.00008...') draw at the page width."""
    from debrief.render.pdf import _Writer

    w = _Writer("USD")
    page = w.pdf.epw
    w._wrapped_table(["A", "B"], [["x", "y"]], [page / 3, page * 2 / 3 + 1e-9])
    assert w.pdf.page == 1
