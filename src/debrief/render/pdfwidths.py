"""Column widths (mm) of the PDF's tables, from the width of their text.

Pure functions: ``measure(text, bold)`` gives a text's width in mm at the table's font size (the
PDF writer passes fpdf2's own measure), so the layout rules can be read and tested without a
document. A cell wider than ``MAX_CELL_MM`` is shortened with "…" by the writer (report.json and
the CSV files carry it whole).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["MAX_CELL_MM", "Measure", "column_groups", "wrapped_widths"]

#: the widest a column of a one-line table gets, and the longest cell a wrapping table plans for
MAX_CELL_MM = 70.0

#: ``measure(text, bold)``: the text's width in mm at the table's font size
Measure = Callable[[str, bool], float]


def column_groups(
    measure: Measure, page: float, header: list[str], body: list[list[str]]
) -> list[tuple[list[int], list[float]]]:
    """One-line tables: the columns in groups that fit the ``page`` width, each group led by the
    first column (the row's name), with each column's width (its longest text, at most
    ``MAX_CELL_MM``, stretched to fill the page)."""
    pad = 1.6
    natural = [measure(h, True) + pad for h in header]
    for row in body:
        natural = [max(w, measure(x, False) + pad) for w, x in zip(natural, row, strict=True)]
    natural = [min(max(w, 6.0), MAX_CELL_MM) for w in natural]
    groups: list[list[int]] = []
    current: list[int] = [0]
    for i in range(1, len(header)):
        if sum(natural[j] for j in current) + natural[i] > page and len(current) > 1:
            groups.append(current)
            current = [0]
        current.append(i)
    groups.append(current)
    out = []
    for idx in groups:
        total = sum(natural[i] for i in idx)
        scale = page / total if len(groups) > 1 or total > page * 0.6 else 1.0
        out.append((idx, [natural[i] * scale for i in idx]))
    return out


def wrapped_widths(
    measure: Measure, page: float, header: list[str], body: list[list[str]]
) -> list[float]:
    """Wrapping tables (the action plan): each column at least as wide as its longest word (a date
    or an amount is never broken across lines), the page's remaining width shared in proportion
    to how much longer each column's longest cell (at most ``MAX_CELL_MM``) is than that."""
    pad = 2.4
    words = [max((measure(w, True) for w in h.split()), default=0.0) + pad for h in header]
    longest = [measure(h, False) + pad for h in header]
    for row in body:
        for i, text in enumerate(row):
            words[i] = max(words[i], *(measure(w, False) + pad for w in text.split()))
            longest[i] = max(longest[i], min(measure(text, False) + pad, MAX_CELL_MM))
    spare = page - sum(words)
    extra = [max(x - w, 0.0) for x, w in zip(longest, words, strict=True)]
    if spare <= 0 or not sum(extra):
        return words
    share = min(spare / sum(extra), 1.0)
    return [w + e * share for w, e in zip(words, extra, strict=True)]
