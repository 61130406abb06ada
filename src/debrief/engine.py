"""The one engine entry point: ``run(request) -> Report``, shared by the CLI and the Python API.

A monthly review runs the data-quality checks first, then each declared monthly stage in its
declared order, each seeing the results before it; the executive summary runs last. A stage whose
tables are absent is reported as skipped with the reason, not as an error; on a workspace other
than DuckDB, a stage that fails (a backend that cannot run one of its queries) is reported as
failed with the backend's message, and the other stages still run. A post-mortem runs
:func:`debrief.postmortem.run_postmortem`; an attribution request (``debrief attribution``) stage
3 alone (:func:`run_attribution`).

The knowledge base is read here and nowhere below: the open commitments due by the as-of date
(both reviews), the benchmarks the team applied from its own history (post-mortem), and the
review cycle's records behind the monthly review's ``follow_up`` (on-time delivery, read
receipts, last month's actions; :mod:`debrief.cycle.follow_up`), whose sentences the summary
repeats.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from pathlib import Path
from typing import Any

from debrief import config, postmortem, synthesis
from debrief.analyses import register_all
from debrief.analyses.attribution.models import MODEL_NAMES
from debrief.analyses.attribution.stage import attribution_alone, latest_month
from debrief.config import Settings
from debrief.context import StageContext
from debrief.cycle.follow_up import follow_up_stage
from debrief.kb.benchmarks import recalibrate
from debrief.kb.loop import commitments_due
from debrief.kb.playbook import lessons_from_report
from debrief.kb.store import KnowledgeBase, default_kb_url
from debrief.nodata import NO_DATA_FIX, no_data_reason
from debrief.numbers import fmt
from debrief.period import Period
from debrief.registry import CHECKS, STAGES, Registry, review_stages
from debrief.requests import Request
from debrief.results import Finding, Report, StageResult, Summary
from debrief.workspace import Workspace, WorkspaceError

__all__ = ["CHECKS", "STAGES", "Request", "load_plugins", "load_settings", "run"]

log = logging.getLogger(__name__)


def load_plugins() -> None:
    """Declare every stage and data-quality check (idempotent)."""
    register_all()


# Importing the engine declares every stage, check and settings section, so that settings files
# are read against every section.
load_plugins()


def load_settings(path: str | Path | None) -> Settings:
    """Settings from a YAML file (defaults when ``path`` is None), read against every declared
    section: what every command uses (:func:`debrief.config.load_settings` knows the sections
    declared so far)."""
    load_plugins()
    return config.load_settings(path)


def run(request: Request, workspace: Workspace | None = None) -> Report:
    """Run a monthly review or a post-mortem and return the finished report.

    ``workspace``: an open workspace to run on (it stays open); by default ``request.workspace``
    is opened, read-only when it is a file, and closed afterwards.
    """
    load_plugins()
    if request.kind == "monthly_review" and request.stages:
        monthly_stages(request.stages)  # a wrong stage name fails before any work
    if workspace is not None:
        return _run(request, workspace)
    # A review only reads the workspace: opening it read-only lets several reviews (and a
    # dashboard) read one DuckDB file at once, and guarantees a review never changes the data.
    with Workspace.open(request.workspace, read_only=_is_existing_file(request.workspace)) as ws:
        return _run(request, ws)


def _run(request: Request, ws: Workspace) -> Report:
    if request.kind == "attribution":
        return run_attribution(ws, request)
    if request.kind == "post_mortem":
        if not request.campaign_id:
            raise ValueError("a post-mortem needs a campaign id")
        as_of = request.as_of or dt.date.today()
        with _knowledge_base(request.kb, ws) as kb:
            learned = kb.benchmark_rows() if kb else []
            due = commitments_due(kb, ws, as_of, stage="one_change") if kb else None
        return postmortem.run_postmortem(
            ws,
            request,
            learned=learned,
            commitments=due,
            playbook=lessons_from_report,
            recalibrated=recalibrate(ws, as_of),
        )
    if not request.month:
        raise ValueError("a monthly review needs --month YYYY-MM")
    return run_monthly(ws, request)


def run_attribution(ws: Workspace, request: Request) -> Report:
    """Stage 3 on its own (``debrief attribution``): ``request.models`` over ``request.month``
    (default: the latest month with a conversion), with ``request.settings.attribution``; no
    data-quality checks, journey trends or knowledge base. A report of one stage."""
    tp, conv = ws.table("touchpoints"), ws.table("conversions")
    period = Period.month(request.month or latest_month(conv))
    _say(request, f"building paths for {period.label} in the engine")
    result = attribution_alone(
        tp,
        conv,
        period,
        request.settings.attribution,
        request.models or MODEL_NAMES,
        say=request.progress,
    )
    return Report(
        kind="attribution",
        period_start=period.start,
        period_end=period.end,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        stages={"attribution": result},
        title=f"Attribution — {period.label}",
        workspace=ws.target,
        currency=request.settings.currency,
    )


def _is_existing_file(target: str) -> bool:
    return "://" not in target and Path(target).is_file()


class _knowledge_base:
    """``with _knowledge_base(url, ws) as kb``: the knowledge base at ``url`` (default: the
    SQLite file beside the workspace), or None when there is none; closed on exit."""

    def __init__(self, url: str | None, ws: Workspace) -> None:
        self.url = url or default_kb_url(ws.target)
        self.kb: KnowledgeBase | None = None

    def __enter__(self) -> KnowledgeBase | None:
        self.kb = KnowledgeBase.open(self.url, create=False)
        return self.kb

    def __exit__(self, *exc: Any) -> None:
        if self.kb is not None:
            self.kb.close()


def _seconds(t0: float) -> str:
    return fmt(time.perf_counter() - t0, "number", places=1) + "s"


def _say(request: Request, text: str) -> None:
    log.info(text)
    if request.progress:
        request.progress(text)


def monthly_stages(names: tuple[str, ...] | None = None) -> list[Any]:
    """The monthly review's runnable stages in order; with ``names``, each must be one of them
    (an unknown name is an error listing the valid ones, raised before any work)."""
    load_plugins()
    runnable = [s for s in review_stages("monthly_review") if s.run is not None]
    known = Registry[Any]("stage")
    for s in runnable:
        known.add(s.name, s)
    for name in names or ():
        known.get(name)
    return runnable


def run_monthly(ws: Workspace, request: Request) -> Report:
    load_plugins()
    if request.stages:
        monthly_stages(request.stages)  # before the data-quality checks
    period = Period.month(request.month or "")
    as_of = request.as_of or dt.date.today()
    ctx = StageContext(workspace=ws, period=period, settings=request.settings, as_of=as_of)
    empty = no_data_reason(ws, period)
    if empty is not None:  # a month without data is said so, not reviewed as a quiet month
        _say(request, empty)
        return _report(
            ctx,
            ws,
            {s.name: StageResult(stage=s.name, skipped=empty) for s in _wanted_stages(request)},
            (),
            Summary(focus=(f"{empty[0].upper()}{empty[1:]}. {NO_DATA_FIX}",)),
        )

    dq: list[Finding] = []
    for name in CHECKS:
        t0 = time.perf_counter()
        dq.extend(CHECKS.get(name)(ctx))
        _say(request, f"data quality: {name} ({_seconds(t0)})")
    ctx = dataclasses.replace(ctx, data_quality=tuple(dq))

    results: dict[str, StageResult] = {}
    for stage in _wanted_stages(request):
        if stage.run is None:
            continue
        t0 = time.perf_counter()
        try:
            result = stage.run(dataclasses.replace(ctx, results=dict(results)))
        except WorkspaceError as exc:
            result = StageResult(stage=stage.name, skipped=str(exc))
        except Exception as exc:
            if ws.is_duckdb:
                raise  # DuckDB is the reference: a stage failing there is a bug in Debrief
            # One stage the backend cannot run does not abort the review.
            log.warning("stage %s failed on %s", stage.name, ws.backend_name, exc_info=True)
            result = StageResult(stage=stage.name, skipped=stage_failure(ws, exc))
        results[stage.name] = result
        _say(
            request,
            f"{stage.name}: {'skipped' if result.skipped else 'done'} ({_seconds(t0)})",
        )

    with _knowledge_base(request.kb, ws) as kb:
        follow_up = commitments_due(kb, ws, as_of, stage="commitments") if kb else None
        if follow_up is not None:
            rows, findings = follow_up
            results["commitments"] = StageResult(
                stage="commitments", tables={"due": rows}, findings=tuple(findings)
            )
            _say(request, f"commitments: {len(findings)} due")
        t0 = time.perf_counter()
        results["follow_up"] = follow_up_stage(ctx, kb)
        _say(request, f"follow_up: done ({fmt(time.perf_counter() - t0, places=1)}s)")

    summary = dataclasses.replace(
        synthesis.build_summary(ctx, results),
        follow_up=tuple(f.statement for f in results["follow_up"].findings),
    )
    return _report(ctx, ws, results, tuple(dq), summary)


def _wanted_stages(request: Request) -> list[Any]:
    """The monthly stages ``request`` asks for, in order; an unknown name fails before any
    work, listing the valid ones (see :func:`monthly_stages`)."""
    runnable = monthly_stages(request.stages)
    wanted = request.stages or tuple(s.name for s in runnable)
    return [s for s in runnable if s.name in wanted]


def _report(
    ctx: StageContext,
    ws: Workspace,
    results: dict[str, StageResult],
    dq: tuple[Finding, ...],
    summary: Summary,
) -> Report:
    return Report(
        kind="monthly_review",
        period_start=ctx.period.start,
        period_end=ctx.period.end,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        stages=results,
        data_quality=dq,
        summary=summary,
        title=f"Monthly marketing review — {ctx.period.label}",
        workspace=ws.target,
        currency=ctx.settings.currency,
    )


def stage_failure(ws: Workspace, exc: Exception) -> str:
    """Why a stage did not run to its end, in one line: the backend and its first message line."""
    first = (str(exc).strip().splitlines() or [""])[0][:300]
    return f"failed on the {ws.backend_name} workspace: {type(exc).__name__}: {first}"
