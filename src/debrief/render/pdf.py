"""report.pdf: the report to circulate, as an A4 landscape PDF drawn by fpdf2.

The pre-read to circulate: the one-pager (:mod:`debrief.render.onepager`) on the first page, then
data quality and each stage with its findings, notes, its first chart and its tables summarised to
their first ``PDF_ROWS`` rows (every row is in report.json and in the CSV file beside the report).
A table wider than the page is split into column groups that each repeat the row's name: no
column is dropped.

Why fpdf2: it is pure Python, so ``pip install`` is all a fresh machine needs (HTML-to-PDF
engines need a browser or system libraries such as Pango). Its built-in fonts cover Latin-1
only, and reports carry "→", "−", "≥" and campaign names in any script, so text is set in
DejaVu Sans, taken from matplotlib's package data (a dependency for that reason) or the system.
Charts are the Vega-Lite specs drawn to PNG by vl-convert, as the HTML draws them to SVG.

Text from data is drawn as text: no markup is interpreted (fpdf2's ``markdown`` is off), so a
campaign called ``**<b>x</b>**`` prints exactly so.
"""

from __future__ import annotations

import importlib.util
import itertools
import logging
import re
from pathlib import Path
from typing import Any

from debrief.numbers import SYMBOLS
from debrief.render import format as fmt
from debrief.render.charts import chart_png
from debrief.render.csv import csv_path
from debrief.render.onepager import OnePager, Tile, action_table, one_pager, spark_points
from debrief.render.pdfwidths import column_groups, wrapped_widths
from debrief.results import Finding, Report, StageResult

log = logging.getLogger(__name__)

__all__ = ["PDF_FINDINGS", "PDF_ROWS", "to_pdf"]

#: Rows of a stage table in the pre-read; every row is in report.json and the CSV beside it.
PDF_ROWS = 8
#: Findings of a stage in the pre-read, the most severe first; the rest are in report.html.
PDF_FINDINGS = 3
_RANK = {"critical": 0, "warning": 1, "info": 2}


def _most_severe(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """The ``PDF_FINDINGS`` most severe findings, in their order within a severity."""
    order = sorted(range(len(findings)), key=lambda i: (_RANK.get(findings[i].severity, 3), i))
    return [findings[i] for i in sorted(order[:PDF_FINDINGS])]


#: The widest a table column gets (mm); a longer cell is shortened with "…".
_FONT = "DejaVu"
#: The tallest a chart is drawn in the pre-read (mm): three to a page.
_CHART_MM = 58.0
_SEVERITY_RGB = {"critical": (176, 32, 40), "warning": (196, 120, 0), "info": (90, 100, 110)}
_MUTED = (90, 100, 110)
#: A tile's status and a change's cue as colours (the HTML's).
_CUE_RGB = {"good": (47, 129, 50), "bad": (207, 17, 36), "near": (222, 145, 29)}
_HEAD_RGB = (236, 240, 244)
_TABLE_PT = 6.5
#: text scales tried in turn until the one-pager fits its page (the last is used if none does)
_ONE_PAGER_SCALES = (1.0, 0.92, 0.85, 0.78)
#: a cell that reads as a number (money, a percentage, a count) is right-aligned
_NUMBER = re.compile(
    r"^[-+]?(?:"
    + "|".join(re.escape(sym) for sym in sorted(SYMBOLS.values(), key=len, reverse=True))
    + r")?-?\d[\d,.]*(%| pts)?$"
)


def _font_files() -> tuple[Path, Path] | None:
    """DejaVu Sans regular and bold: matplotlib's copy, else the system's."""
    places: list[Path] = []
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.submodule_search_locations:
        places.append(Path(next(iter(spec.submodule_search_locations))) / "mpl-data/fonts/ttf")
    places += [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
    for d in places:
        regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


def _latin1(text: str) -> str:
    """Text for the built-in fonts, used only when no Unicode font exists: what Latin-1 cannot
    show becomes "?" (and a warning says how to get every character)."""
    table = {"→": "->", "−": "-", "≥": ">=", "≤": "<=", "—": "-", "–": "-", "…": "...", "×": "x"}
    for a, b in table.items():
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


class _Writer:
    """Draws the report's parts in order on an FPDF document."""

    def __init__(self, currency: str, scale: float = 1.0) -> None:
        from fpdf import FPDF

        self.currency = currency
        #: text size and line height relative to the default (below 1 to fit the one-pager)
        self.scale = scale
        self.pdf = FPDF(orientation="L", unit="mm", format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=12)
        self.pdf.set_margins(12, 12, 12)
        fonts = _font_files()
        if fonts is not None:
            self.pdf.add_font(_FONT, "", str(fonts[0]))
            self.pdf.add_font(_FONT, "B", str(fonts[1]))
            self.family, self.text = _FONT, str
        else:
            log.warning(
                "report.pdf: no DejaVu Sans font found (install matplotlib, or the system's "
                "fonts-dejavu); characters outside Latin-1 are shown as '?'"
            )
            self.family, self.text = "helvetica", _latin1
        self.pdf.add_page()

    # --- text -------------------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size * self.scale)

    def heading(self, text: str, level: int) -> None:
        size = {1: 17, 2: 13, 3: 10.5}[level]
        if level == 2 and self.pdf.get_y() > self.pdf.h - 60:
            self.pdf.add_page()  # a section does not start at the foot of a page
        self.pdf.ln((3 if level > 1 else 0) * self.scale)
        self._font(size, bold=True)
        self.pdf.set_text_color(20, 30, 40)
        self.pdf.multi_cell(
            0, size * 0.5 * self.scale, self.text(text), new_x="LMARGIN", new_y="NEXT"
        )
        self.pdf.ln(self.scale)

    def paragraph(self, text: str, size: float = 9, muted: bool = False) -> None:
        self._font(size)
        self.pdf.set_text_color(*(_MUTED if muted else (20, 30, 40)))
        self.pdf.multi_cell(
            0, size * 0.48 * self.scale, self.text(text), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.pdf.set_text_color(20, 30, 40)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.paragraph(f"•  {item}")

    def findings(self, findings: tuple[Finding, ...] | list[Finding], more: int = 0) -> None:
        """Findings with their severity; ``more`` is how many there are in all (the rest are
        counted and left to report.html)."""
        line = 4.4 * self.scale
        for f in findings:
            self._font(7, bold=True)
            self.pdf.set_text_color(*_SEVERITY_RGB.get(f.severity, _MUTED))
            self.pdf.cell(18, line, self.text(f.severity.upper()))
            self._font(9)
            self.pdf.set_text_color(20, 30, 40)
            self.pdf.multi_cell(0, line, self.text(f.statement), new_x="LMARGIN", new_y="NEXT")
            self.pdf.ln(0.8 * self.scale)
        if more > len(findings):
            n = more - len(findings)
            self.paragraph(f"{n} more finding{'s' if n != 1 else ''} in report.html.", 7, True)

    def appendix_section(self, name: str, stage: StageResult) -> None:
        """A stage in the pre-read: its findings (the most severe ``PDF_FINDINGS``) and one chart;
        a stage without a chart shows its first table's first ``PDF_ROWS`` rows instead. Its
        detail tables are named with the CSV files that hold them."""
        self.heading(fmt.stage_title(name), 2)
        if stage.skipped:
            self.paragraph(f"Not run: {stage.skipped}", muted=True)
            return
        self.findings(_most_severe(stage.findings), more=len(stage.findings))
        charts = list(stage.charts.items())
        if charts:
            self.chart(*charts[0])
        else:
            for tname, rows in list(stage.tables.items())[:1]:
                units = fmt.table_units(name, tname, stage.units.get(tname))
                rows, units = fmt.reader_rows(rows, units, self.currency)
                self.table(rows, units, limit=PDF_ROWS, source=csv_path(name, tname))
        tables = [t for t, rows in stage.tables.items() if rows]
        if tables:
            listed = "; ".join(f"{fmt.table_title(t)} ({csv_path(name, t)})" for t in tables)
            self.paragraph(f"Detail tables: {listed}.", size=7, muted=True)

    # --- tables and charts --------------------------------------------------------------------
    def table(
        self,
        rows: list[dict[str, Any]],
        units: dict[str, str] | None = None,
        wrap: bool = False,
        limit: int = fmt.MAX_ROWS,
        source: str | None = None,
    ) -> None:
        """A table: every column, its first ``limit`` rows.

        ``wrap`` wraps long cells over lines (the summary's action plan). Other tables set each row
        on one line; a table wider than the page is split into column groups, each repeating the
        first column (the row's name), so no column is dropped; a cell wider than
        ``MAX_CELL_MM`` is shortened with "…" (report.json and the CSV carry it whole). One line per
        row is also what keeps a long review quick: fpdf2's wrapping table costs about 0.4 ms a
        cell. ``source`` names the CSV file that holds every row.
        """
        if not rows:
            self.paragraph("No rows.", muted=True)
            return
        columns = fmt.table_columns(rows)
        body = [
            [self.text(fmt.cell_text(r, c, self.currency, units)) for c in columns]
            for r in rows[:limit]
        ]
        header = [self.text(fmt.column_title(c)) for c in columns]
        if wrap:
            widths = wrapped_widths(self._measure, self.pdf.epw, header, body)
            self._wrapped_table(header, body, widths)
        else:
            groups = column_groups(self._measure, self.pdf.epw, header, body)
            for n, (idx, widths) in enumerate(groups):
                if n:
                    self.paragraph(
                        f"continued ({n + 1} of {len(groups)}): "
                        + ", ".join(header[i] for i in idx[1:]),
                        size=7,
                        muted=True,
                    )
                self._line_table(
                    [header[i] for i in idx], [[row[i] for i in idx] for row in body], widths
                )
        if len(rows) > limit:
            where = f"report.json and {source}" if source else "report.json"
            self.paragraph(
                f"{len(rows) - limit} more rows ({len(rows)} in all) in {where}.",
                size=7,
                muted=True,
            )
        self.pdf.ln(1.5)

    def _measure(self, text: str, bold: bool) -> float:
        self._font(_TABLE_PT, bold)
        return self.pdf.get_string_width(text)

    def _wrapped_table(self, header: list[str], body: list[list[str]], widths: list[float]) -> None:
        from fpdf.fonts import FontFace

        self._font(_TABLE_PT)
        with self.pdf.table(
            width=min(sum(widths), self.pdf.epw),  # a sum of shares can pass it by rounding
            col_widths=widths,
            align="LEFT",
            first_row_as_headings=True,
            line_height=3.4 * self.scale,
            padding=0.8 * self.scale,
            text_align="LEFT",
            headings_style=FontFace(family=self.family, emphasis="BOLD", fill_color=_HEAD_RGB),
            borders_layout="HORIZONTAL_LINES",
        ) as table:
            for cells in [header, *body]:
                row = table.row()
                for text in cells:
                    row.cell(text)

    def _line_table(self, header: list[str], body: list[list[str]], widths: list[float]) -> None:
        pdf = self.pdf
        line = 3.6

        def draw(cells: list[str], head: bool) -> None:
            if pdf.get_y() + line > pdf.h - pdf.b_margin:
                pdf.add_page()
                if not head:
                    draw(header, True)  # a table that crosses a page repeats its header
            self._font(_TABLE_PT, bold=head)
            pdf.set_fill_color(*_HEAD_RGB)
            for text, w in zip(cells, widths, strict=True):
                align = "R" if not head and _NUMBER.match(text) else "L"
                pdf.cell(w, line, self._fit(text, w - 1.2), border="B", fill=head, align=align)
            pdf.ln(line)

        pdf.set_draw_color(205, 212, 220)
        draw(header, True)
        for cells in body:
            draw(cells, False)

    def _size_to_fit(self, text: str, width: float, size: float, bold: bool) -> float:
        """The font size, from ``size`` down to 80% of it, at which ``text`` fits ``width``
        (a tile's long label or target is set smaller before it is shortened with "…")."""
        smallest = size * 0.8
        while size > smallest:
            self._font(size, bold)
            if self.pdf.get_string_width(text) <= width:
                return size
            size = round(size - 0.25, 2)
        return smallest

    def _fit(self, text: str, width: float) -> str:
        if self.pdf.get_string_width(text) <= width:
            return text
        lo, hi = 0, len(text)  # the longest prefix that fits with its "…"
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.pdf.get_string_width(text[:mid] + "…") <= width:
                lo = mid
            else:
                hi = mid - 1
        return text[:lo] + "…"

    def chart(self, name: str, spec: dict[str, Any]) -> None:
        png = chart_png(spec)
        if png is None:
            return
        from io import BytesIO

        from PIL import Image

        w_px, h_px = Image.open(BytesIO(png)).size
        width = min(self.pdf.epw * 0.6, w_px * 0.09)  # drawn at scale 2
        height = width * h_px / w_px
        if height > _CHART_MM:  # a tall chart (a heatmap, small multiples) keeps its shape
            width, height = width * _CHART_MM / height, _CHART_MM
        if self.pdf.get_y() + height > self.pdf.h - 12:
            self.pdf.add_page()
        self.pdf.image(BytesIO(png), w=width, h=height)
        self.pdf.ln(2)

    # --- the one-pager ---------------------------------------------------------------------------
    def tiles(self, tiles: tuple[Tile, ...]) -> None:
        """KPI tiles, five to a row: label, value, target status, change coloured by its cue."""
        pdf, per_row, gap, height = self.pdf, 5, 3.0, 22.0
        width = (pdf.epw - gap * (per_row - 1)) / per_row
        top = pdf.get_y()
        for i, t in enumerate(tiles):
            col = i % per_row
            if col == 0 and i:
                top += height + gap
            if col == 0 and top + height > pdf.h - pdf.b_margin:
                pdf.add_page()
                top = pdf.get_y()
            x = pdf.l_margin + col * (width + gap)
            pdf.set_draw_color(205, 212, 220)
            pdf.rect(x, top, width, height)
            pdf.set_fill_color(*_CUE_RGB.get(t.status, _MUTED))
            pdf.rect(x, top, 1.6, height, style="F")
            lines = [
                (t.label, 7.5, True, _MUTED, width - (27 if t.trend else 4.5)),
                (t.value, 13, True, (20, 30, 40), width - 4.5),
                (t.status_text, 6.5, False, (60, 70, 80), width - 4.5),
                (t.change, 6.5, False, _CUE_RGB.get(t.cue, _MUTED), width - 4.5),
                (t.quarter, 6.5, False, _CUE_RGB.get(t.quarter_cue, _MUTED), width - 4.5),
            ]
            y = top + 1.5
            for text, size, bold, rgb, room in lines:
                if not text:
                    continue
                shown = self.text(text)
                self._font(self._size_to_fit(shown, room, size, bold), bold)
                pdf.set_text_color(*rgb)
                pdf.set_xy(x + 3, y)
                pdf.cell(room, size * 0.45, self._fit(shown, room))
                y += size * 0.45 + 0.8
            self._spark(t.trend, x + width - 23, top + 1.5)
        pdf.set_text_color(20, 30, 40)
        pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(205, 212, 220)
        pdf.set_xy(pdf.l_margin, top + height + gap)

    def _spark(self, values: tuple[float | None, ...], x: float, y: float) -> None:
        self.pdf.set_draw_color(62, 76, 89)
        self.pdf.set_line_width(0.3)
        for run in spark_points(values, 20, 4.0):
            for (x0, y0), (x1, y1) in itertools.pairwise(run):
                self.pdf.line(x + x0, y + y0, x + x1, y + y1)
        self.pdf.set_line_width(0.2)

    def one_pager(self, page: OnePager, insights: tuple[Finding, ...]) -> None:
        """The summary on page 1: headline, KPI tiles, key insights, top actions, focus (the
        follow-up is the appendix's last section, as in the stages)."""
        if not (page.tiles or page.insights or page.actions or page.focus or page.follow_up):
            return
        self.heading("Summary", 2)
        if page.headline:
            self.paragraph(page.headline, size=10)
        if page.tiles:
            self.tiles(page.tiles)
        if insights:
            self.heading("Key insights", 3)
            self.findings(insights)
        if page.actions:
            self.heading("Action plan", 3)
            rows = action_table(page)
            self.table(rows, wrap=True)
            if page.resources_note:
                self.paragraph(page.resources_note, size=7, muted=True)
        if page.focus:
            self.paragraph("Focus next month: " + "; ".join(page.focus) + ".")

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def to_pdf(report: Report, currency: str | None = None) -> bytes:
    """The whole report as PDF bytes (money in ``currency``, by default the report's)."""
    currency = currency or report.currency
    page = one_pager(report, currency)
    for scale in _ONE_PAGER_SCALES:  # the first page is the one circulated alone: it must fit
        w = _Writer(currency, scale)
        w.heading(report.title or report.kind, 1)
        w.paragraph(" · ".join(fmt.header_meta(report)), size=8, muted=True)
        w.one_pager(page, report.summary.insights[:5])
        if w.pdf.page == 1:
            break
    w.scale = 1.0  # the rest of the report at its normal size

    w.heading("Data quality", 2)
    if report.data_quality:
        w.findings(_most_severe(report.data_quality), more=len(report.data_quality))
    else:
        w.paragraph("No data-quality findings.", muted=True)

    w.heading("Appendix", 2)
    w.paragraph(
        "Each section opens with its findings and one chart. The detail tables are in "
        "report.html, in report.json and as CSV files beside this report (tables/).",
        size=8,
        muted=True,
    )
    for name, stage in report.stages.items():
        w.appendix_section(name, stage)
    return w.output()
