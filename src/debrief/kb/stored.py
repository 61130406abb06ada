"""A stored report back as a :class:`Report`, so it renders as the same HTML it was delivered as.

The knowledge base keeps each report's ``report.json`` (``reports.document``) and, beside it,
what report.json leaves out but report.html shows (``report_display``: chart specifications,
column units and the currency). :func:`display_of` gives that row for a report;
:func:`report_from_document` joins both back into a report that the renderers take like a fresh
one. A report saved before ``report_display`` existed comes back without charts and with units
guessed from column names (the renderers' fallback): its tables and sentences are unchanged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from debrief.results import Action, Finding, Report, StageResult, Summary, jsonable

__all__ = ["display_of", "report_from_document"]


def display_of(report: Report, currency: str) -> dict[str, Any]:
    """The ``report_display`` values of ``report`` (JSON-ready)."""
    return {
        "currency": currency,
        "charts": jsonable({n: s.charts for n, s in report.stages.items() if s.charts}),
        "units": jsonable({n: s.units for n, s in report.stages.items() if s.units}),
    }


def _finding(d: dict[str, Any]) -> Finding:
    return Finding(
        id=d["id"],
        stage=d["stage"],
        kind=d["kind"],
        statement=d["statement"],
        subject=d.get("subject") or {},
        metric=d.get("metric"),
        actual=d.get("actual"),
        reference=d.get("reference"),
        reference_kind=d.get("reference_kind"),
        severity=d.get("severity", "info"),
        evidence=d.get("evidence") or {},
        impact=d.get("impact") or 0.0,
    )


def _action(d: dict[str, Any]) -> Action:
    return Action(
        id=d["id"],
        title=d["title"],
        rationale=d["rationale"],
        expected_impact=d.get("expected_impact") or {},
        owner=d["owner"],
        due=dt.date.fromisoformat(d["due"]),
        measure=d["measure"],
        finding_ids=tuple(d.get("finding_ids") or ()),
        resources=d.get("resources") or {},
    )


def report_from_document(doc: dict[str, Any], display: dict[str, Any] | None = None) -> Report:
    """``doc`` (a report.json dict) and its ``display`` (:func:`display_of`) as a Report."""
    charts = (display or {}).get("charts") or {}
    units = (display or {}).get("units") or {}
    stages = {
        name: StageResult(
            stage=name,
            tables=s.get("tables") or {},
            findings=tuple(_finding(f) for f in s.get("findings") or ()),
            charts=charts.get(name) or {},
            notes=tuple(s.get("notes") or ()),
            skipped=s.get("skipped"),
            units=units.get(name) or {},
        )
        for name, s in doc["stages"].items()
    }
    summary = doc.get("summary") or {}
    return Report(
        kind=doc["kind"],
        period_start=dt.date.fromisoformat(doc["period"]["start"]),
        period_end=dt.date.fromisoformat(doc["period"]["end"]),
        generated_at=dt.datetime.fromisoformat(doc["generated_at"]),
        stages=stages,
        data_quality=tuple(_finding(f) for f in doc.get("data_quality") or ()),
        summary=Summary(
            kpis=summary.get("kpis") or {},
            insights=tuple(_finding(f) for f in summary.get("insights") or ()),
            actions=tuple(_action(a) for a in summary.get("actions") or ()),
            focus=tuple(summary.get("focus") or ()),
            dates=summary.get("dates") or {},
            follow_up=tuple(summary.get("follow_up") or ()),
        ),
        campaign_id=doc.get("campaign_id"),
        title=doc.get("title") or "",
    )
