"""report.md: the report as Markdown to paste into a wiki.

Every string that comes from data (campaign names, ad copy, statements quoting them) goes through
:func:`md_escape` (:func:`debrief.wording.markdown.md_text`), so a campaign called
``<img onerror=...>`` or ``a | b`` renders as text, while ``paid_social`` or ``(+2.0 pts)`` stay
as they are: only what would change the rendering is escaped.
"""

from __future__ import annotations

from typing import Any

from debrief.render.charts import chart_path, chart_svg, chart_title
from debrief.render.csv import csv_path
from debrief.render.format import (
    MAX_ROWS,
    cell_text,
    column_title,
    header_meta,
    more_rows,
    reader_rows,
    shown_columns,
    stage_title,
    summary_rows,
    table_columns,
    table_title,
    table_units,
)
from debrief.render.onepager import action_table, one_pager
from debrief.results import Finding, Report
from debrief.wording.markdown import md_text

#: Data text as Markdown that shows exactly that text.
md_escape = md_text


def md_table(
    rows: list[dict[str, Any]],
    currency: str = "USD",
    limit: int = MAX_ROWS,
    units: dict[str, str] | None = None,
    source: str | None = None,
    hidden: int = 0,
) -> str:
    """A table as Markdown: its first ``limit`` rows (:func:`summary_rows`) and a note of what is
    left out, ``hidden`` columns included."""
    if not rows:
        return "_No rows._\n"
    columns = table_columns(rows)
    out = ["| " + " | ".join(md_escape(column_title(c)) for c in columns) + " |"]
    out.append("|" + "|".join(" --- " for _ in columns) + "|")
    shown, first = summary_rows(rows, limit)
    for r in shown:
        out.append(
            "| " + " | ".join(md_escape(cell_text(r, c, currency, units)) for c in columns) + " |"
        )
    if len(rows) > limit or hidden:
        note = more_rows(len(rows), len(shown), source, first, hidden)
        out.append(f"\n_{md_escape(note)}_")
    return "\n".join(out) + "\n"


def _finding_line(f: Finding) -> str:
    return f"- **{f.severity}** · {md_escape(f.statement)}"


#: Sparkline glyphs, lowest to highest.
_BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: tuple[float | None, ...]) -> str:
    """``▁▃▅█`` for the trend; a space where a month is unknown; "" with fewer than 2 values."""
    known = [v for v in values if v is not None]
    if len(known) < 2:
        return ""
    lo, hi = min(known), max(known)
    span = (hi - lo) or 1.0
    return "".join(
        " " if v is None else _BARS[round((v - lo) / span * (len(_BARS) - 1))] for v in values
    )


_CUE = {"good": "favourable", "bad": "unfavourable", "flat": "flat"}


def _change(change: str, cue: str) -> str:
    """ "−14.7%, favourable": the change and its reading by the metric's direction."""
    text = change.removesuffix(" vs prior month").removesuffix(" vs prior quarter")
    return (f"{text}, {_CUE[cue]}" if cue in _CUE else text) if text else "n/a"


def one_pager_markdown(report: Report, currency: str) -> list[str]:
    """The one-pager (:mod:`debrief.render.onepager`) as Markdown lines: a KPI table of five short
    columns, the key insights, the top actions, next month's focus."""
    page = one_pager(report, currency)
    s = report.summary
    if not (page.tiles or page.insights or page.actions or page.focus or page.follow_up):
        return []
    lines = ["## Summary", ""]
    if page.headline:
        lines += [f"**{md_escape(page.headline)}**", ""]
    if page.tiles:
        rows = [
            {
                "KPI": t.label,
                "value": t.value,
                "target": t.status_text or "no target set",
                **(
                    {"vs prior month": _change(t.change, t.cue)}
                    if any(x.change for x in page.tiles)
                    else {}
                ),
                **(
                    {"vs prior quarter": _change(t.quarter, t.quarter_cue)}
                    if any(x.quarter for x in page.tiles)
                    else {}
                ),
                **(
                    {"last 6 months": sparkline(t.trend) or " "}
                    if any(x.trend for x in page.tiles)
                    else {}
                ),
            }
            for t in page.tiles
        ]
        lines += ["### Dashboard", "", md_table(rows, currency, units=_TEXT), ""]
    if s.insights:
        lines += ["### Key insights", ""] + [_finding_line(f) for f in s.insights[:5]] + [""]
    if page.actions:
        rows = action_table(page)
        lines += ["### Action plan", "", md_table(rows, currency, units=_TEXT), ""]
        if page.resources_note:
            lines += [f"_{md_escape(page.resources_note)}_", ""]
    if page.focus:
        lines += ["### Focus next month", ""] + [f"- {md_escape(x)}" for x in page.focus] + [""]
    if page.follow_up:
        lines += ["### Follow-up", ""] + [f"- {md_escape(x)}" for x in page.follow_up] + [""]
    return lines


#: Cells already written as text.
_TEXT: dict[str, str] = {}


def to_markdown(report: Report, currency: str | None = None) -> str:
    """The whole report as Markdown (money in ``currency``, by default the report's)."""
    currency = currency or report.currency
    lines: list[str] = [f"# {md_escape(report.title or report.kind)}", ""]
    lines += [" · ".join(md_escape(part) for part in header_meta(report)), ""]

    lines += one_pager_markdown(report, currency)
    lines += ["## Data quality", ""]
    if report.data_quality:
        lines += [_finding_line(f) for f in report.data_quality]
    else:
        lines.append("No data-quality findings.")
    lines.append("")

    for name, stage in report.stages.items():
        lines += [f"## {md_escape(stage_title(name))}", ""]
        if stage.skipped:
            lines += [f"_Not run: {md_escape(stage.skipped)}_", ""]
            continue
        if stage.findings:
            lines += [_finding_line(f) for f in stage.findings] + [""]
        for note in stage.notes:
            lines.append(f"> {md_escape(note)}")
        if stage.notes:
            lines.append("")
        # the section opens with its findings and one chart; the other charts follow its tables
        drawn = [
            f"![{md_escape(chart_title(cname, spec))}]({chart_path(name, cname)})"
            for cname, spec in stage.charts.items()
            if chart_svg(spec) is not None  # drawn: report.md's folder holds it (write_report)
        ]
        lines += [drawn[0], ""] if drawn else []
        for tname, rows in stage.tables.items():
            units = table_units(name, tname, stage.units.get(tname))
            rows, units = reader_rows(rows, units, currency)
            rows, hidden = shown_columns(rows, name, tname)
            table = md_table(
                rows, currency, units=units, source=csv_path(name, tname), hidden=hidden
            )
            lines += [f"### {md_escape(table_title(tname))}", "", table, ""]
        if len(drawn) > 1:
            lines += ["### More charts", ""] + [x for d in drawn[1:] for x in (d, "")]
    return "\n".join(lines).rstrip() + "\n"
