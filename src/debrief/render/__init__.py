"""Renderers: one module per format. They take a finished Report and never compute a metric."""

from __future__ import annotations

from pathlib import Path

from debrief.outputs import check_out_dir
from debrief.outputs import write_files as _write_files
from debrief.render.charts import chart_files
from debrief.render.csv import csv_tables
from debrief.render.html import to_html
from debrief.render.json import report_schema, to_json, validate_report_json
from debrief.render.markdown import to_markdown
from debrief.render.pdf import to_pdf
from debrief.results import Report

__all__ = [
    "FORMATS",
    "report_schema",
    "to_html",
    "to_json",
    "to_markdown",
    "to_pdf",
    "validate_report_json",
    "write_files",
    "write_report",
]

FORMATS = ("json", "md", "html", "pdf", "csv")


def write_report(
    report: Report,
    out_dir: str | Path,
    formats: tuple[str, ...] = FORMATS,
    currency: str | None = None,
) -> dict[str, Path]:
    """Write ``report.json``, ``report.md``, ``report.html`` and ``report.pdf`` (and the report's
    attachments, such as a post-mortem's facilitation pack) into ``out_dir``; with report.md, its
    charts as SVG files in ``charts/`` (report.md links them); with ``csv``, every stage table in
    full as ``tables/<stage>-<table>.csv`` (:mod:`debrief.render.csv`); return the paths written
    by name.

    The folder holds either all of the new files or the previous ones (``outputs.write_files``):
    a failed run never leaves a half report beside an older complete one.
    """
    check_out_dir(out_dir, [f"report.{f}" for f in formats])
    texts: dict[str, str | bytes] = {}
    for fmt in formats:
        if fmt == "json":
            texts["report.json"] = to_json(report)
        elif fmt == "md":
            texts["report.md"] = to_markdown(report, currency)
            texts.update(chart_files(report))
        elif fmt == "html":
            texts["report.html"] = to_html(report, currency)
        elif fmt == "pdf":
            texts["report.pdf"] = to_pdf(report, currency)
        elif fmt == "csv":
            texts.update(csv_tables(report))
        else:
            raise ValueError(f"Unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    for name, text in report.attachments.items():
        if Path(name).name != name:
            raise ValueError(f"attachment name {name!r} must be a plain file name")
        texts[name] = text
    return write_files(out_dir, texts)


def write_files(out_dir: str | Path, texts: dict[str, str | bytes]) -> dict[str, Path]:
    """Write each ``{name: text or bytes}`` into ``out_dir``; a name may sit in one subfolder
    (``charts/x.svg``). Each folder is written all or nothing (:func:`debrief.outputs.write_files`),
    subfolders first, so the top folder's files (report.md linking the charts) come last; return
    the paths written by name."""
    folders: dict[str, dict[str, str | bytes]] = {}
    for name, text in texts.items():
        sub, _, base = name.rpartition("/")
        if "/" in sub or sub in (".", ".."):
            raise ValueError(f"output name {name!r} must be a file name or folder/file name")
        folders.setdefault(sub, {})[base] = text
    written: dict[str, Path] = {}
    for sub in sorted(folders, key=lambda s: s == ""):
        paths = _write_files(Path(out_dir) / sub if sub else out_dir, folders[sub])
        written.update({f"{sub}/{b}" if sub else b: p for b, p in paths.items()})
    return written
