"""report.json: the machine-readable report, validated against its published JSON Schema.

The schema is the contract of ``docs/report-contract.md``: downstream tools rely on its names, so
it only grows. Its common part (findings, actions, summary) is ``report.base.schema.json`` beside
this module; what each stage promises is derived from the stages' declarations
(:class:`debrief.registry.Stage`): for each stage with tables declared ``always``, those tables
and their ``required`` columns whenever the stage ran. A post-mortem runs every one of its
stages, so they are all required; a monthly review runs those asked for.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

from debrief.engine import load_plugins
from debrief.registry import Review, Stage, Table, review_stages
from debrief.results import Report

SCHEMA_ID = "debrief.report/1"
#: What a review's report carries beyond its stages.
_REVIEW_EXTRAS: dict[str, dict[str, Any]] = {
    "post_mortem": {"required": ["campaign_id"], "properties": {"campaign_id": {"type": "string"}}}
}
_REVIEWS: tuple[Review, ...] = ("monthly_review", "post_mortem")


def _stage_schema(stage: Stage) -> dict[str, Any]:
    promised = {name: t for name, t in stage.tables.items() if t.always}
    ran = {
        "type": "object",
        "required": ["tables", "findings"],
        "properties": {
            "tables": {
                "type": "object",
                "required": list(promised),
                "properties": {name: _table_schema(t) for name, t in promised.items()},
            },
            "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
        },
    }
    skipped = {
        "type": "object",
        "required": ["skipped"],
        "properties": {"skipped": {"type": "string"}},
    }
    return {"anyOf": [skipped, ran]}


def _table_schema(table: Table) -> dict[str, Any]:
    items: dict[str, Any] = {"type": "object", "required": list(table.required)}
    if table.choices:
        items["properties"] = {c: {"enum": list(v)} for c, v in table.choices.items()}
    out: dict[str, Any] = {"type": "array", "items": items}
    if table.rows is not None:
        out |= {"minItems": table.rows, "maxItems": table.rows}
    return out


def _review_schema(review: Review) -> dict[str, Any]:
    stages = [s for s in review_stages(review) if any(t.always for t in s.tables.values())]
    extras = copy.deepcopy(_REVIEW_EXTRAS.get(review, {}))
    then: dict[str, Any] = {"required": extras.get("required", [])} if extras else {}
    stage_props: dict[str, Any] = {"properties": {s.name: _stage_schema(s) for s in stages}}
    if review == "post_mortem":
        stage_props = {"required": [s.name for s in stages], **stage_props}
    then["properties"] = {**extras.get("properties", {}), "stages": stage_props}
    return {"if": {"properties": {"kind": {"const": review}}}, "then": then}


@cache
def report_schema() -> dict[str, Any]:
    """The published JSON Schema of report.json: the common part and every declared stage's
    promised tables."""
    load_plugins()
    text = resources.files("debrief.render").joinpath("report.base.schema.json").read_text("utf-8")
    schema = dict(json.loads(text))
    # Rules written in the base file (reports that are not reviews: the marketing-mix report)
    # come after the ones derived from the stage declarations.
    rules = [_review_schema(review) for review in _REVIEWS] + list(schema.get("allOf", []))
    return {**{k: v for k, v in schema.items() if k != "$defs"}, "allOf": rules, **_defs(schema)}


def _defs(schema: dict[str, Any]) -> dict[str, Any]:
    return {"$defs": schema["$defs"]} if "$defs" in schema else {}


def validate_report_json(doc: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``doc`` breaks the published schema."""
    import jsonschema

    jsonschema.validate(doc, report_schema())


def to_json(report: Report) -> str:
    """The report as JSON text; it is validated before it is written, so a broken one never ships."""
    doc = report.to_json_dict()
    validate_report_json(doc)
    return json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
