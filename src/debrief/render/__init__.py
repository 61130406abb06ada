"""Renderers: one module per format. They take a finished Report and never compute a metric."""

from __future__ import annotations

from pathlib import Path

from debrief.outputs import check_out_dir
from debrief.outputs import write_files as _write_files
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

FORMATS = ("json", "md", "html", "pdf")


def write_report(
    report: Report,
    out_dir: str | Path,
    formats: tuple[str, ...] = FORMATS,
    currency: str | None = None,
) -> dict[str, Path]:
    """Write ``report.json``, ``report.md``, ``report.html`` and ``report.pdf`` (and the report's
    attachments, such as a post-mortem's facilitation pack) into ``out_dir``; return the paths
    written by name.

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
        elif fmt == "html":
            texts["report.html"] = to_html(report, currency)
        elif fmt == "pdf":
            texts["report.pdf"] = to_pdf(report, currency)
        else:
            raise ValueError(f"Unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    for name, text in report.attachments.items():
        if Path(name).name != name:
            raise ValueError(f"attachment name {name!r} must be a plain file name")
        texts[name] = text
    return write_files(out_dir, texts)


def write_files(out_dir: str | Path, texts: dict[str, str | bytes]) -> dict[str, Path]:
    """Write each ``{file name: text or bytes}`` into ``out_dir`` all or nothing (see
    :func:`debrief.outputs.write_files`); return the paths written by name."""
    return _write_files(out_dir, texts)
