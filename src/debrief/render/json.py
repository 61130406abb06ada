"""report.json: the machine-readable report, validated against its published JSON Schema.

The schema (``report.schema.json`` beside this module, shipped with the package) is the contract of
``docs/report-contract.md``: downstream tools rely on its names, so it only grows.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from debrief.results import Report

SCHEMA_ID = "debrief.report/1"


@cache
def report_schema() -> dict[str, Any]:
    """The published JSON Schema of report.json."""
    text = resources.files("debrief.render").joinpath("report.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def validate_report_json(doc: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``doc`` breaks the published schema."""
    import jsonschema

    jsonschema.validate(doc, report_schema())


def to_json(report: Report) -> str:
    """The report as JSON text; it is validated before it is written, so a broken one never ships."""
    doc = report.to_json_dict()
    validate_report_json(doc)
    return json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
