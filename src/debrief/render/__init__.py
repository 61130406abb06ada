"""Renderers: one module per format. They take a finished Report and never compute a metric."""

from __future__ import annotations

from pathlib import Path

from debrief.outputs import check_out_dir
from debrief.outputs import write_files as _write_files
from debrief.render.charts import CHART_DIR, chart_files
from debrief.render.csv import TABLE_DIR, csv_tables
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
    a failed run never leaves a half report beside an older complete one. Once the new report is
    in place, the charts and tables an earlier report left in ``charts/`` and ``tables/`` are
    removed (:func:`_prune`).
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
    written = write_files(out_dir, texts)
    owned = {CHART_DIR: ".svg"} if "md" in formats else {}
    owned.update({TABLE_DIR: ".csv"} if "csv" in formats else {})
    for sub, suffix in owned.items():
        _prune(
            Path(out_dir) / sub,
            suffix,
            {p.name for n, p in written.items() if n.startswith(f"{sub}/")},
        )
    return written


def _prune(folder: Path, suffix: str, keep: set[str]) -> None:
    """Remove the ``suffix`` files of ``folder`` (one of Debrief's own subfolders) that this
    report did not write: another month's table or chart beside this report's would read as
    this month's (the same ``--out`` is often reused from run to run)."""
    if not folder.is_dir():
        return
    for path in folder.glob(f"*{suffix}"):
        if path.name not in keep and path.is_file():
            path.unlink(missing_ok=True)


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
