"""report.md: the report as Markdown to paste into a wiki.

Every string that comes from data (campaign names, ad copy, statements quoting them) goes through
:func:`md_escape` (:func:`debrief.wording.markdown.md_text`), so a campaign called
``<img onerror=...>`` or ``a | b`` renders as text, while ``paid_social`` or ``(+2.0 pts)`` stay
as they are: only what would change the rendering is escaped.
"""

from __future__ import annotations

from typing import Any

from debrief.render.charts import chart_path, chart_svg, chart_title
from debrief.render.format import (
    MAX_ROWS,
    action_rows,
    cell_text,
    header_meta,
    kpi_table,
    kpi_units,
    stage_title,
    table_columns,
    table_title,
    table_units,
)
from debrief.results import Finding, Report
from debrief.wording.markdown import md_text

#: Data text as Markdown that shows exactly that text.
md_escape = md_text


def md_table(
    rows: list[dict[str, Any]],
    currency: str = "USD",
    limit: int = MAX_ROWS,
    units: dict[str, str] | None = None,
) -> str:
    if not rows:
        return "_No rows._\n"
    columns = table_columns(rows)
    out = ["| " + " | ".join(md_escape(c) for c in columns) + " |"]
    out.append("|" + "|".join(" --- " for _ in columns) + "|")
    for r in rows[:limit]:
        out.append(
            "| " + " | ".join(md_escape(cell_text(r, c, currency, units)) for c in columns) + " |"
        )
    if len(rows) > limit:
        out.append(f"\n_{len(rows) - limit} more rows in report.json._")
    return "\n".join(out) + "\n"


def _finding_line(f: Finding) -> str:
    return f"- **{f.severity}** · {md_escape(f.statement)}"


def to_markdown(report: Report, currency: str | None = None) -> str:
    """The whole report as Markdown (money in ``currency``, by default the report's)."""
    currency = currency or report.currency
    lines: list[str] = [f"# {md_escape(report.title or report.kind)}", ""]
    lines += [" · ".join(md_escape(part) for part in header_meta(report)), ""]

    s = report.summary
    if s.kpis or s.insights or s.actions or s.focus:
        lines += ["## Summary", ""]
        kpis = kpi_table(s.kpis)
        if kpis:
            lines += ["### Dashboard", "", md_table(kpis, currency, units=kpi_units(report)), ""]
        if s.insights:
            lines += ["### Key insights", ""] + [_finding_line(f) for f in s.insights] + [""]
        if s.actions:
            lines += ["### Action plan", ""]
            lines += [md_table(action_rows(s.actions, currency), currency), ""]
        if s.focus:
            lines += ["### Focus next month", ""] + [f"- {md_escape(x)}" for x in s.focus] + [""]
        if s.follow_up:
            lines += ["### Follow-up", ""] + [f"- {md_escape(x)}" for x in s.follow_up] + [""]

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
        for cname, spec in stage.charts.items():
            if chart_svg(spec) is not None:  # drawn: report.md's folder holds it (write_report)
                alt = md_escape(chart_title(cname, spec))
                lines += [f"![{alt}]({chart_path(name, cname)})", ""]
        for tname, rows in stage.tables.items():
            table = md_table(rows, currency, units=table_units(name, tname, stage.units.get(tname)))
            lines += [f"### {md_escape(table_title(tname))}", "", table, ""]
    return "\n".join(lines).rstrip() + "\n"
