"""The one engine entry point: ``run(request) -> Report``, shared by the CLI and the Python API.

A monthly review runs the data-quality checks first, then each registered monthly stage in the
order of ``MONTHLY_STAGES``, each seeing the results before it; the executive summary runs last.
A stage whose tables are absent is reported as skipped with the reason, not as an error.
A post-mortem delegates to :func:`debrief.postmortem.run_postmortem`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from debrief.config import Settings
from debrief.context import StageContext
from debrief.period import Period
from debrief.registry import Registry
from debrief.results import MONTHLY_STAGES, Finding, Report, StageResult
from debrief.workspace import Workspace, WorkspaceError

log = logging.getLogger(__name__)

StageFn = Callable[[StageContext], StageResult]
#: Monthly-review stages by name. Analyses register themselves with ``@STAGES.register(name)``.
STAGES: Registry[StageFn] = Registry("stage")
#: Data-quality checks, run before any stage: each returns findings.
CHECKS: Registry[Callable[[StageContext], list[Finding]]] = Registry("data-quality check")


@dataclass(frozen=True)
class Request:
    """What to run. ``workspace`` is a DuckDB path or an Ibis backend URL."""

    kind: Literal["monthly_review", "post_mortem"]
    workspace: str
    month: str | None = None
    campaign_id: str | None = None
    stages: tuple[str, ...] | None = None  # None: every registered stage
    settings: Settings = field(default_factory=Settings)
    as_of: dt.date | None = None
    progress: Callable[[str], None] | None = None
    #: Knowledge base URL (default: the SQLite file beside the workspace, when it exists).
    kb: str | None = None


def load_plugins() -> None:
    """Register every stage and data-quality check (idempotent)."""
    # Importing the analyses package registers its stages and checks.
    import debrief.analyses  # noqa: F401


def run(request: Request) -> Report:
    """Run a monthly review or a post-mortem and return the finished report."""
    load_plugins()
    # A review only reads the workspace: opening it read-only lets several reviews (and a
    # dashboard) read one DuckDB file at once, and guarantees a review never changes the data.
    with Workspace.open(request.workspace, read_only=_is_existing_file(request.workspace)) as ws:
        if request.kind == "post_mortem":
            if not request.campaign_id:
                raise ValueError("a post-mortem needs a campaign id")
            from debrief.postmortem import run_postmortem

            return run_postmortem(ws, request, kb_url=request.kb)
        if not request.month:
            raise ValueError("a monthly review needs --month YYYY-MM")
        return run_monthly(ws, request)


def _is_existing_file(target: str) -> bool:
    from pathlib import Path

    return "://" not in target and Path(target).is_file()


def _say(request: Request, text: str) -> None:
    log.info(text)
    if request.progress:
        request.progress(text)


def run_monthly(ws: Workspace, request: Request) -> Report:
    load_plugins()
    period = Period.month(request.month or "")
    as_of = request.as_of or dt.date.today()
    ctx = StageContext(workspace=ws, period=period, settings=request.settings, as_of=as_of)

    dq: list[Finding] = []
    for name in CHECKS:
        t0 = time.perf_counter()
        dq.extend(CHECKS.get(name)(ctx))
        _say(request, f"data quality: {name} ({time.perf_counter() - t0:.1f}s)")
    ctx = dataclasses.replace(ctx, data_quality=tuple(dq))

    wanted = request.stages or tuple(s for s in MONTHLY_STAGES if s in STAGES)
    for name in wanted:
        STAGES.get(name)  # an unknown stage fails before any work, listing the valid ones
    results: dict[str, StageResult] = {}
    for name in MONTHLY_STAGES:
        if name not in wanted or name not in STAGES:
            continue
        t0 = time.perf_counter()
        try:
            result = STAGES.get(name)(dataclasses.replace(ctx, results=dict(results)))
        except WorkspaceError as exc:
            result = StageResult(stage=name, skipped=str(exc))
        results[name] = result
        _say(
            request,
            f"{name}: {'skipped' if result.skipped else 'done'} ({time.perf_counter() - t0:.1f}s)",
        )

    follow_up = _commitments_stage(ws, as_of, request.kb)
    if follow_up is not None:
        results["commitments"] = follow_up
        _say(request, f"commitments: {len(follow_up.findings)} due")

    from debrief.synthesis import build_summary

    summary = build_summary(ctx, results)
    return Report(
        kind="monthly_review",
        period_start=period.start,
        period_end=period.end,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        stages=results,
        data_quality=tuple(dq),
        summary=summary,
        title=f"Monthly marketing review — {period.label}",
        workspace=ws.target,
    )


def _commitments_stage(ws: Workspace, as_of: dt.date, kb_url: str | None) -> StageResult | None:
    """The loop: open post-mortem commitments due by ``as_of``, measured before and after, from
    the knowledge base beside the workspace (none: nothing to report)."""
    from debrief.kb.loop import commitments_due

    found = commitments_due(ws, as_of, kb_url, stage="commitments")
    if found is None:
        return None
    rows, findings = found
    return StageResult(stage="commitments", tables={"due": rows}, findings=tuple(findings))
