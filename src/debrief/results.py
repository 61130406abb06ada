"""Frozen result types shared by every stage: findings, actions, stage results, reports.

Analyses return :class:`StageResult`; synthesis adds the summary; renderers take a finished
:class:`Report` and never compute a metric. Results are frozen and replaced
(``dataclasses.replace``), never mutated. ``report.json`` is :meth:`Report.to_json_dict`, whose
shape is ``docs/report-contract.md`` and :func:`debrief.render.report_schema`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

Severity = Literal["info", "warning", "critical"]
ReferenceKind = Literal["target", "benchmark", "prior_period", "rest_of_population", "plan"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "critical")
REFERENCE_KINDS: tuple[str, ...] = (
    "target",
    "benchmark",
    "prior_period",
    "rest_of_population",
    "plan",
)


@dataclass(frozen=True)
class Finding:
    """One observation against a reference. ``statement`` is one sentence in observation language:
    a measurement against a reference, never a verdict on a person or a channel."""

    id: str
    stage: str
    kind: str
    statement: str
    subject: dict[str, Any] = field(default_factory=dict)
    metric: str | None = None
    actual: float | None = None
    reference: float | None = None
    reference_kind: ReferenceKind | None = None
    severity: Severity = "info"
    evidence: dict[str, Any] = field(default_factory=dict)
    #: Money at stake in the workspace currency, used to rank insights (0 when not applicable).
    impact: float = 0.0

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")
        if self.reference_kind is not None and self.reference_kind not in REFERENCE_KINDS:
            raise ValueError(
                f"reference_kind must be one of {REFERENCE_KINDS}, not {self.reference_kind!r}"
            )


@dataclass(frozen=True)
class Action:
    """One thing to do, with its expected impact, owner, due date and the metric that shows it."""

    id: str
    title: str
    rationale: str
    expected_impact: dict[str, Any]  # {"metric": ..., "value": ..., "unit": ...}
    owner: str
    due: dt.date
    measure: str
    finding_ids: tuple[str, ...] = ()
    #: What it takes (:mod:`debrief.synthesis.resources`): ``kind``, ``team``, ``hours``,
    #: ``budget`` (new money), ``moved`` (money shifted inside the budget, or None) and
    #: ``basis`` (where team and hours come from). Empty when unknown.
    resources: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StageResult:
    """What one stage returns: named tables (lists of row dicts) and findings.

    ``charts`` holds chart specifications (Vega-Lite dicts) built by the analysis from its own
    tables; renderers only draw them. ``notes`` are short method notes (cohort or calendar, what was
    censored, what could not be identified).
    """

    stage: str
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    charts: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    skipped: str | None = None  # why the stage did not run (e.g. a table is missing)
    #: Units of columns beyond the stage's declaration (:class:`debrief.registry.Table`), which
    #: renderers read first: ``{table: {column: unit}}`` (units of :data:`debrief.registry.UNITS`).
    units: dict[str, dict[str, str]] = field(default_factory=dict)

    def replace(self, **changes: Any) -> StageResult:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Summary:
    kpis: dict[str, Any] = field(default_factory=dict)
    insights: tuple[Finding, ...] = ()
    actions: tuple[Action, ...] = ()
    focus: tuple[str, ...] = ()
    dates: dict[str, Any] = field(default_factory=dict)
    #: The review cycle's success metrics in sentences (the ``follow_up`` stage's findings).
    follow_up: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    #: ``attribution`` (``debrief attribution``'s report) is printed, not written as report.json.
    kind: Literal["monthly_review", "post_mortem", "marketing_mix", "attribution"]
    period_start: dt.date
    period_end: dt.date
    generated_at: dt.datetime
    stages: dict[str, StageResult]
    data_quality: tuple[Finding, ...] = ()
    summary: Summary = field(default_factory=Summary)
    campaign_id: str | None = None
    title: str = ""
    workspace: str = ""
    #: Extra documents written beside the report (e.g. the post-mortem's facilitation pack).
    attachments: dict[str, str] = field(default_factory=dict)
    #: The workspace currency every amount is in (ISO 4217 code).
    currency: str = "USD"

    def replace(self, **changes: Any) -> Report:
        return dataclasses.replace(self, **changes)

    def all_findings(self) -> list[Finding]:
        out = list(self.data_quality)
        for s in self.stages.values():
            out.extend(s.findings)
        return out

    def to_json_dict(self) -> dict[str, Any]:
        """The ``report.json`` document (schema ``debrief.report/1``)."""
        doc: dict[str, Any] = {
            "schema": "debrief.report/1",
            "kind": self.kind,
            "title": self.title,
            "period": {"start": self.period_start.isoformat(), "end": self.period_end.isoformat()},
            "generated_at": self.generated_at.isoformat(),
            "currency": self.currency,
            "data_quality": [finding_dict(f) for f in self.data_quality],
            "stages": {
                name: {
                    "tables": {k: [jsonable(r) for r in v] for k, v in s.tables.items()},
                    "findings": [finding_dict(f) for f in s.findings],
                    "notes": list(s.notes),
                    **({"skipped": s.skipped} if s.skipped else {}),
                }
                for name, s in self.stages.items()
            },
            "summary": {
                "kpis": jsonable(self.summary.kpis),
                "insights": [finding_dict(f) for f in self.summary.insights],
                "actions": [action_dict(a) for a in self.summary.actions],
                "focus": list(self.summary.focus),
                "dates": jsonable(self.summary.dates),
                **({"follow_up": list(self.summary.follow_up)} if self.summary.follow_up else {}),
            },
        }
        if self.kind == "post_mortem":
            doc["campaign_id"] = self.campaign_id
        return doc


def finding_dict(f: Finding) -> dict[str, Any]:
    return jsonable(dataclasses.asdict(f))


def action_dict(a: Action) -> dict[str, Any]:
    d = dataclasses.asdict(a)
    d["finding_ids"] = list(a.finding_ids)
    return jsonable(d)


def jsonable(value: Any) -> Any:
    """Plain JSON values: NaN and infinities become None (an undefined ratio is null), dates ISO,
    numpy scalars Python numbers."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float | np.floating):
        v = float(value)
        return v if math.isfinite(v) else None
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if hasattr(value, "isoformat"):  # pandas Timestamp
        return value.isoformat()
    try:  # pandas NA / NaT
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """A ratio that is undefined (None) when the denominator is zero or missing; never 0 or inf."""
    if numerator is None or denominator is None:
        return None
    try:
        if denominator == 0 or math.isnan(denominator) or math.isnan(numerator):
            return None
    except TypeError:
        return None
    return float(numerator) / float(denominator)


def relative_change(actual: float | None, reference: float | None) -> float | None:
    """``(actual - reference) / |reference|``: the signed change from ``reference`` as a share of
    its size; None when either is missing or the reference is 0 (never 0 or inf)."""
    if actual is None or reference is None:
        return None
    return ratio(actual - reference, abs(reference))
