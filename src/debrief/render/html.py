"""report.html: one self-contained file (inline CSS, charts as embedded SVG images, no network).

Every string from data passes through :func:`html.escape`; charts are base64 ``<img>`` so nothing in
them can run. The page reads top-down like the meeting: summary, data quality, then each stage.

:func:`report_body` is the report's content as an HTML fragment (title to last section) and
:data:`REPORT_CSS` its style: ``debrief serve`` embeds them in its pages, so a report read in the
browser is the same HTML as the file. Its optional ``annotate`` hook adds markup after each
finding's sentence (the web app's links); without it the body is exactly the file's.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from debrief.render.charts import chart_svg, chart_title, svg_data_uri
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
from debrief.render.onepager import Tile, action_table, one_pager, spark_points
from debrief.results import Finding, Report

__all__ = ["REPORT_CSS", "Annotate", "report_body", "to_html"]

#: Extra HTML after a finding's sentence (already escaped by whoever returns it).
Annotate = Callable[[Finding], str]

REPORT_CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2933;
background:#f5f7fa;-webkit-text-size-adjust:100%}
main{max-width:1100px;margin:0 auto;padding:24px 32px 64px;background:#fff;box-sizing:border-box}
h1{font-size:26px;margin:8px 0;overflow-wrap:anywhere}h2{font-size:20px;margin-top:36px;
border-bottom:2px solid #e4e7eb;padding-bottom:4px}h3{font-size:16px;margin-top:22px;color:#3e4c59}
.meta{color:#616e7c;font-size:13px}
.tbl{overflow-x:auto;max-width:100%;margin:8px 0 4px}
table{border-collapse:collapse;font-size:13px;display:block;overflow-x:auto;max-width:100%}
.tbl>table{display:table;max-width:none;overflow:visible}
th,td{padding:4px 10px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top}
th{background:#f0f4f8;font-weight:600}th.num,td.num{text-align:right;white-space:nowrap;
font-variant-numeric:tabular-nums}td.date{white-space:nowrap}td{min-width:4em}
.tbl.wide th:first-child,.tbl.wide td:first-child{position:sticky;left:0;background:#fff;
box-shadow:1px 0 0 #e4e7eb}.tbl.wide th:first-child{background:#f0f4f8}
ul.findings{list-style:none;padding:0}ul.findings li{padding:6px 10px;margin:4px 0;border-left:4px solid
#9aa5b1;background:#f8fafc}li.critical{border-color:#cf1124!important}li.warning{border-color:#de911d!important}
.sev{font-size:11px;text-transform:uppercase;color:#616e7c;margin-right:6px}
.note{color:#52606d;font-size:13px;font-style:italic}.more{color:#7b8794;font-size:12px}
figure{margin:12px 0}figure img{max-width:100%;height:auto}figcaption{font-size:12px;color:#616e7c}
nav a{margin-right:12px;font-size:13px;display:inline-block}
.headline{font-size:16px;font-weight:600;margin:8px 0}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:10px;margin:8px 0}
.tile{border:1px solid #e4e7eb;border-left:5px solid #9aa5b1;border-radius:6px;padding:8px 10px;
background:#fff;min-width:0}.tile.good{border-left-color:#2f8132}.tile.bad{border-left-color:#cf1124}
.tile.near{border-left-color:#de911d}.tile .lbl{font-size:12px;color:#52606d;font-weight:600}
.tile .val{font-size:21px;font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.tile .st{font-size:12px;color:#3e4c59}.tile .chg{font-size:12px;font-variant-numeric:tabular-nums}
.chg.good{color:#2f8132}.chg.bad{color:#cf1124}.chg.flat,.chg.none{color:#616e7c}
.spark{display:block;margin-top:4px}
.spark polyline{fill:none;stroke:#3e4c59;stroke-width:1.5}
@media (max-width:640px){
main{padding:16px 14px 48px}h1{font-size:22px}h2{font-size:18px}
.tiles{grid-template-columns:1fr 1fr;gap:8px}.tile .val{font-size:18px}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%;box-sizing:border-box}
table.stack thead{display:none}
table.stack tr{border:1px solid #e4e7eb;border-radius:6px;margin:0 0 8px;padding:4px 0}
table.stack td{display:flex;justify-content:space-between;gap:12px;border:0;padding:3px 10px;
white-space:normal;text-align:left}
table.stack td::before{content:attr(data-label);font-weight:600;color:#3e4c59;text-align:left;
flex:0 0 40%}
table.stack td.num{white-space:normal;text-align:right}
}
@media print{
body{background:#fff;font-size:11pt}main{max-width:none;padding:0}nav{display:none}
.tbl{overflow:visible}table{font-size:8.5pt;width:100%}th,td{padding:2px 5px}
td.num{white-space:nowrap}.tbl.wide th:first-child,.tbl.wide td:first-child{position:static}
h2,h3{break-after:avoid}figure,tr,ul.findings li,.tile{break-inside:avoid}
.tiles{grid-template-columns:repeat(5,1fr);gap:6px}.tile .val{font-size:14pt}
section{break-before:auto}a{color:inherit;text-decoration:none}
}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _table(
    rows: list[dict[str, Any]],
    currency: str,
    units: dict[str, str] | None = None,
    role: str = "",
    stack: bool | None = None,
    source: str | None = None,
    hidden: int = 0,
) -> str:
    """A table in a box of its own: on a phone a narrow table (or one with ``stack``) turns each
    row into a card of label-value lines, so every number stays on screen, and a wide one scrolls
    inside its box with its first column kept in view. ``role`` names the box (``kpis``,
    ``actions``) for the page's readers and tests."""
    if not rows:
        return '<p class="note">No rows.</p>'
    columns = table_columns(rows)
    shown, first = summary_rows(rows, MAX_ROWS)
    numeric = {
        c
        for c in columns
        if any(isinstance(r.get(c), int | float) and not isinstance(r.get(c), bool) for r in shown)
    }
    num = ' class="num"'
    head = "".join(f"<th{num if c in numeric else ''}>{_e(column_title(c))}</th>" for c in columns)
    body = []
    for r in shown:
        cells = []
        for c in columns:
            text = cell_text(r, c, currency, units)
            cls = num if c in numeric else ' class="date"' if _DATE.match(text) else ""
            cells.append(f'<td{cls} data-label="{_e(column_title(c))}">{_e(text)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = (
        f'<p class="more">{_e(more_rows(len(rows), len(shown), source, first, hidden))}</p>'
        if len(rows) > MAX_ROWS or hidden
        else ""
    )
    if stack is None:
        stack = len(columns) <= STACK_COLUMNS
    box, table = ("tbl", ' class="stack"') if stack else ("tbl wide", "")
    box += f" {role}" if role else ""
    return (
        f'<div class="{box}"><table{table}><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>{more}"
    )


#: A cell that is a date (or a date and time) is not broken over lines.
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T][\d:+.]+)?$")

#: Tables of up to this many columns become cards on a phone; wider ones scroll in their box.
STACK_COLUMNS = 7


def _findings(
    findings: tuple[Finding, ...] | list[Finding], annotate: Annotate | None = None
) -> str:
    if not findings:
        return ""
    items = "".join(
        f'<li class="{_e(f.severity)}"><span class="sev">{_e(f.severity)}</span>{_e(f.statement)}'
        f"{annotate(f) if annotate else ''}</li>"
        for f in findings
    )
    return f'<ul class="findings">{items}</ul>'


def _chart(name: str, spec: dict[str, Any]) -> str:
    svg = chart_svg(spec)
    if svg is None:
        return ""
    # the chart draws its own title; the image's alt text carries it for screen readers
    return f'<figure><img alt="{_e(chart_title(name, spec))}" src="{svg_data_uri(svg)}"></figure>'


def _spark(values: tuple[float | None, ...]) -> str:
    runs = spark_points(values, 110, 24)
    if not runs:
        return ""
    lines = "".join(
        f'<polyline points="{" ".join(f"{x},{y + 2}" for x, y in run)}"/>' for run in runs
    )
    return (
        '<svg class="spark" viewBox="0 0 110 28" width="110" height="28" aria-label="last six '
        f'months" role="img">{lines}</svg>'
    )


def _tile(t: Tile) -> str:
    change = "".join(
        f'<div class="chg {_e(cue)}">{_e(text)}</div>'
        for text, cue in ((t.change, t.cue), (t.quarter, t.quarter_cue))
        if text
    )
    status = f'<div class="st">{_e(t.status_text)}</div>' if t.status_text else ""
    return (
        f'<div class="tile {_e(t.status)}" data-metric="{_e(t.metric)}">'
        f'<div class="lbl">{_e(t.label)}</div><div class="val">{_e(t.value)}</div>'
        f"{status}{change}{_spark(t.trend)}</div>"
    )


def _summary(report: Report, currency: str, annotate: Annotate | None) -> str:
    s = report.summary
    page = one_pager(report, currency)
    parts: list[str] = []
    if page.headline:
        parts.append(f'<p class="headline">{_e(page.headline)}</p>')
    if page.tiles:
        tiles = "".join(_tile(t) for t in page.tiles)
        parts.append(f'<h3>Dashboard</h3><div class="tiles kpis">{tiles}</div>')
    if s.insights:
        parts.append("<h3>Key insights</h3>" + _findings(s.insights[:5], annotate))
    if page.actions:
        rows = action_table(page)
        table = _table(rows, currency, role="actions", stack=True)
        note = f'<p class="note">{_e(page.resources_note)}</p>' if page.resources_note else ""
        parts.append("<h3>Action plan</h3>" + table + note)
    if page.focus:
        parts.append(
            "<h3>Focus next month</h3><ul>"
            + "".join(f"<li>{_e(x)}</li>" for x in page.focus)
            + "</ul>"
        )
    if page.follow_up:
        parts.append(
            "<h3>Follow-up</h3><ul>"
            + "".join(f"<li>{_e(x)}</li>" for x in page.follow_up)
            + "</ul>"
        )
    return "".join(parts)


def report_body(
    report: Report, currency: str | None = None, annotate: Annotate | None = None
) -> str:
    """The report's content, title to last section, as an HTML fragment (see the module doc);
    money in ``currency``, by default the report's."""
    currency = currency or report.currency
    title = report.title or report.kind
    meta = [_e(part) for part in header_meta(report)]
    sections: list[str] = []
    nav = ['<a href="#summary">Summary</a>', '<a href="#data-quality">Data quality</a>']
    summary = _summary(report, currency, annotate)
    if summary:
        sections.append(f'<section id="summary"><h2>Summary</h2>{summary}</section>')
    dq = _findings(report.data_quality, annotate) or '<p class="note">No data-quality findings.</p>'
    sections.append(f'<section id="data-quality"><h2>Data quality</h2>{dq}</section>')
    for name, stage in report.stages.items():
        nav.append(f'<a href="#{_e(name)}">{_e(stage_title(name))}</a>')
        body = [f"<h2>{_e(stage_title(name))}</h2>"]
        if stage.skipped:
            body.append(f'<p class="note">Not run: {_e(stage.skipped)}</p>')
        else:
            body.append(_findings(stage.findings, annotate))
            body += [f'<p class="note">{_e(n)}</p>' for n in stage.notes]
            # the section opens with its findings and one chart; the other charts follow its
            # tables
            charts = [c for c in (_chart(n, s) for n, s in stage.charts.items()) if c]
            body += charts[:1]
            for tname, rows in stage.tables.items():
                units = table_units(name, tname, stage.units.get(tname))
                rows, units = reader_rows(rows, units, currency)
                rows, hidden = shown_columns(rows, name, tname)
                table = _table(rows, currency, units, source=csv_path(name, tname), hidden=hidden)
                body.append(f"<h3>{_e(table_title(tname))}</h3>{table}")
            if len(charts) > 1:
                body += ["<h3>More charts</h3>", *charts[1:]]
        sections.append(f'<section id="{_e(name)}">{"".join(body)}</section>')
    return (
        f'<h1>{_e(title)}</h1><p class="meta">{" · ".join(meta)}</p><nav>{"".join(nav)}</nav>'
        f"{''.join(sections)}"
    )


def to_html(report: Report, currency: str | None = None) -> str:
    """The whole report as one HTML page."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(report.title or report.kind)}</title><style>{REPORT_CSS}</style></head>"
        f"<body><main>{report_body(report, currency)}</main></body></html>\n"
    )
