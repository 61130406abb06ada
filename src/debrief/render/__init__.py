"""Renderers: one module per format. They take a finished Report and never compute a metric."""

from __future__ import annotations

from pathlib import Path

from debrief.render.html import to_html
from debrief.render.json import report_schema, to_json, validate_report_json
from debrief.render.markdown import to_markdown
from debrief.results import Report

__all__ = [
    "FORMATS",
    "report_schema",
    "to_html",
    "to_json",
    "to_markdown",
    "validate_report_json",
    "write_report",
]

FORMATS = ("json", "md", "html")


def write_report(
    report: Report, out_dir: str | Path, formats: tuple[str, ...] = FORMATS, currency: str = "USD"
) -> dict[str, Path]:
    """Write ``report.json``, ``report.md`` and ``report.html`` (and the report's attachments, such
    as a post-mortem's facilitation pack) into ``out_dir``; return the paths written by name.

    Each file is written to a temporary name and renamed, so a failed run never leaves a half
    report beside an older complete one.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}
    for fmt in formats:
        if fmt == "json":
            texts["report.json"] = to_json(report)
        elif fmt == "md":
            texts["report.md"] = to_markdown(report, currency)
        elif fmt == "html":
            texts["report.html"] = to_html(report, currency)
        else:
            raise ValueError(f"Unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    for name, text in report.attachments.items():
        if Path(name).name != name:
            raise ValueError(f"attachment name {name!r} must be a plain file name")
        texts[name] = text
    written: dict[str, Path] = {}
    for name, text in texts.items():
        path = out / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        written[name] = path
    return written
