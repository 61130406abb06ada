"""report.pdf: the report to circulate, as an A4 landscape PDF drawn by fpdf2.

The same content and order as report.html (summary, data quality, each stage with its findings,
notes, charts and tables), with two limits of paper: a table shows at most ``MAX_PDF_COLUMNS``
columns and ``MAX_ROWS`` rows, and says how many more are in report.json.

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
import logging
import re
from pathlib import Path
from typing import Any

from debrief.render import format as fmt
from debrief.render.charts import chart_png
from debrief.results import Finding, Report

log = logging.getLogger(__name__)

__all__ = ["MAX_PDF_COLUMNS", "to_pdf"]

#: Columns a table shows on a landscape A4 page at 6.5 pt; the rest are in report.json.
MAX_PDF_COLUMNS = 14
_FONT = "DejaVu"
_SEVERITY_RGB = {"critical": (176, 32, 40), "warning": (196, 120, 0), "info": (90, 100, 110)}
_MUTED = (90, 100, 110)
_HEAD_RGB = (236, 240, 244)
_TABLE_PT = 6.5
#: a cell that reads as a number (money, a percentage, a count) is right-aligned
_NUMBER = re.compile(r"^[-+]?[$€£¥]?-?\d[\d,.]*(%| pts)?$")


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

    def __init__(self, currency: str) -> None:
        from fpdf import FPDF

        self.currency = currency
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
        self.pdf.set_font(self.family, "B" if bold else "", size)

    def heading(self, text: str, level: int) -> None:
        size = {1: 17, 2: 13, 3: 10.5}[level]
        if level == 2 and self.pdf.get_y() > self.pdf.h - 60:
            self.pdf.add_page()  # a section does not start at the foot of a page
        self.pdf.ln(3 if level > 1 else 0)
        self._font(size, bold=True)
        self.pdf.set_text_color(20, 30, 40)
        self.pdf.multi_cell(0, size * 0.5, self.text(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def paragraph(self, text: str, size: float = 9, muted: bool = False) -> None:
        self._font(size)
        self.pdf.set_text_color(*(_MUTED if muted else (20, 30, 40)))
        self.pdf.multi_cell(0, size * 0.48, self.text(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_text_color(20, 30, 40)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.paragraph(f"•  {item}")

    def findings(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        for f in findings:
            self._font(7, bold=True)
            self.pdf.set_text_color(*_SEVERITY_RGB.get(f.severity, _MUTED))
            self.pdf.cell(18, 4.4, self.text(f.severity.upper()))
            self._font(9)
            self.pdf.set_text_color(20, 30, 40)
            self.pdf.multi_cell(0, 4.4, self.text(f.statement), new_x="LMARGIN", new_y="NEXT")
            self.pdf.ln(0.8)

    # --- tables and charts --------------------------------------------------------------------
    def table(
        self, rows: list[dict[str, Any]], units: dict[str, str] | None = None, wrap: bool = False
    ) -> None:
        """A table: the first ``MAX_PDF_COLUMNS`` columns and ``MAX_ROWS`` rows.

        ``wrap`` wraps long cells over lines (the summary's action plan); other tables set each
        row on one line and shorten a cell that does not fit with "…" (report.json and
        report.html carry it whole). One line per row is also what keeps a 40-page review quick:
        fpdf2's wrapping table costs about 0.4 ms a cell.
        """
        if not rows:
            self.paragraph("No rows.", muted=True)
            return
        columns = fmt.table_columns(rows)
        shown = columns[:MAX_PDF_COLUMNS]
        body = [
            [self.text(fmt.cell_text(r, c, self.currency, units)) for c in shown]
            for r in rows[: fmt.MAX_ROWS]
        ]
        header = [self.text(c.replace("_", " ")) for c in shown]
        # widths in proportion to the longest text of each column, within bounds
        weights = [
            min(max(max(len(x) for x in [h] + [row[i] for row in body]), 4), 40)
            for i, h in enumerate(header)
        ]
        if wrap:
            self._wrapped_table(header, body, weights)
        else:
            self._line_table(header, body, weights)
        more = []
        if len(rows) > fmt.MAX_ROWS:
            more.append(f"{len(rows) - fmt.MAX_ROWS} more rows")
        if len(columns) > len(shown):
            rest = ", ".join(columns[len(shown) :])
            more.append(f"{len(columns) - len(shown)} more columns ({rest})")
        if more:
            self.paragraph(" and ".join(more) + " in report.json.", size=7, muted=True)
        self.pdf.ln(1.5)

    def _wrapped_table(self, header: list[str], body: list[list[str]], weights: list[int]) -> None:
        from fpdf.fonts import FontFace

        self._font(_TABLE_PT)
        with self.pdf.table(
            col_widths=weights,
            first_row_as_headings=True,
            line_height=3.4,
            padding=0.8,
            text_align="LEFT",
            headings_style=FontFace(family=self.family, emphasis="BOLD", fill_color=_HEAD_RGB),
            borders_layout="HORIZONTAL_LINES",
        ) as table:
            for cells in [header, *body]:
                row = table.row()
                for text in cells:
                    row.cell(text)

    def _line_table(self, header: list[str], body: list[list[str]], weights: list[int]) -> None:
        pdf = self.pdf
        total = sum(weights)
        widths = [pdf.epw * w / total for w in weights]
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
        width = min(self.pdf.epw * 0.6, w_px * 0.09)  # drawn at scale 2; two charts to a page
        height = width * h_px / w_px
        if self.pdf.get_y() + height > self.pdf.h - 12:
            self.pdf.add_page()
        self.pdf.image(BytesIO(png), w=width, h=height)
        self.pdf.ln(2)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def to_pdf(report: Report, currency: str | None = None) -> bytes:
    """The whole report as PDF bytes (money in ``currency``, by default the report's)."""
    currency = currency or report.currency
    w = _Writer(currency)
    w.heading(report.title or report.kind, 1)
    w.paragraph(" · ".join(fmt.header_meta(report)), size=8, muted=True)

    s = report.summary
    if s.kpis or s.insights or s.actions or s.focus:
        w.heading("Summary", 2)
        kpis = fmt.kpi_table(s.kpis)
        if kpis:
            w.heading("Dashboard", 3)
            w.table(kpis, fmt.kpi_units(report))
        if s.insights:
            w.heading("Key insights", 3)
            w.findings(s.insights)
        if s.actions:
            w.heading("Action plan", 3)
            w.table(fmt.action_rows(s.actions, currency), wrap=True)
        if s.focus:
            w.heading("Focus next month", 3)
            w.bullets(list(s.focus))
        if s.follow_up:
            w.heading("Follow-up", 3)
            w.bullets(list(s.follow_up))

    w.heading("Data quality", 2)
    if report.data_quality:
        w.findings(report.data_quality)
    else:
        w.paragraph("No data-quality findings.", muted=True)

    for name, stage in report.stages.items():
        w.heading(fmt.stage_title(name), 2)
        if stage.skipped:
            w.paragraph(f"Not run: {stage.skipped}", muted=True)
            continue
        w.findings(stage.findings)
        for note in stage.notes:
            w.paragraph(note, size=8, muted=True)
        for cname, spec in stage.charts.items():
            w.chart(cname, spec)
        for tname, rows in stage.tables.items():
            w.heading(fmt.table_title(tname), 3)
            w.table(rows, fmt.table_units(name, tname, stage.units.get(tname)))
    return w.output()
