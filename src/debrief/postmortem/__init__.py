"""The campaign post-mortem: timeline, success criteria, funnel review, insights, root cause and
one concrete change, plus a facilitation pack.

``run_postmortem(ws, request, ...)`` is what :func:`debrief.engine.run` calls for kind
``post_mortem``. The period is the campaign's start..end; lead stages are followed to the as-of
date. The engine reads the knowledge base and hands over what it holds: benchmarks the team
applied from its own history (``learned``) and the open commitments of earlier post-mortems whose
due date has passed, each measured before and after (``commitments``; the loop, see
:mod:`debrief.kb.loop`). Nothing here reads or writes the knowledge base.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from debrief.context import StageContext
from debrief.period import Period
from debrief.postmortem.campaign import CampaignInfo, campaign_targets, load_campaign
from debrief.postmortem.change import one_change
from debrief.postmortem.criteria import success_criteria
from debrief.postmortem.delivery import planned_spend
from debrief.postmortem.facilitation import facilitation_pack
from debrief.postmortem.funnel import diagnose, funnel_review
from debrief.postmortem.insights import insights
from debrief.postmortem.measures import METRICS, Scope, counts, metric_from_counts
from debrief.postmortem.references import References, channel_counts, load_references
from debrief.postmortem.root_cause import root_cause
from debrief.postmortem.stages import STAGES
from debrief.postmortem.timeline import timeline
from debrief.registry import CHECKS
from debrief.results import Finding, Report, StageResult, Summary
from debrief.synthesis.resources import PROBLEM_KINDS, resources_of
from debrief.synthesis.settings import UNASSIGNED, SummarySettings
from debrief.workspace import WorkspaceError

if TYPE_CHECKING:
    from debrief.requests import Request
    from debrief.workspace import Workspace

__all__ = ["STAGES", "diagnose", "run_postmortem", "with_learned"]

#: Open commitments due by the as-of date, measured: (table rows, findings).
Commitments = tuple[list[dict[str, Any]], list[Finding]]


def _say(request: Request, text: str) -> None:
    if request.progress:
        request.progress(text)


def run_postmortem(
    ws: Workspace,
    request: Request,
    *,
    learned: list[dict[str, Any]] | None = None,
    commitments: Commitments | None = None,
    playbook: Callable[[Report], list[dict[str, Any]]] | None = None,
    recalibrated: list[dict[str, Any]] | None = None,
) -> Report:
    """The post-mortem of ``request.campaign_id`` as a finished :class:`Report`.

    ``learned``: the knowledge base's benchmark rows (``debrief benchmarks --apply``);
    ``commitments``: the open commitments due by the as-of date. Both come from the engine, which
    reads the knowledge base; nothing is read or written here. For the facilitation pack:
    ``playbook`` turns the report into the lessons the knowledge base will keep
    (:func:`debrief.kb.playbook.lessons_from_report`), ``recalibrated`` holds the benchmarks
    recalibrated from the team's campaigns (:func:`debrief.kb.benchmarks.recalibrate`).
    """
    if not request.campaign_id:
        raise ValueError("a post-mortem needs a campaign id")
    settings = request.settings
    pm = settings.postmortem
    cur = settings.currency
    as_of = request.as_of or dt.date.today()
    info = load_campaign(ws, request.campaign_id, as_of)
    targets = campaign_targets(ws, info.campaign_id)
    refs = with_learned(load_references(ws, info, list(METRICS), as_of), learned or [], as_of)
    c = counts(ws, Scope(campaign_id=info.campaign_id, as_of=as_of))

    stages: dict[str, StageResult] = {}
    stages["timeline"] = timeline(ws, info, pm.spike_z, pm.spike_ratio, as_of, cur)
    _say(request, "timeline: done")
    stages["success_criteria"] = success_criteria(ws, info, refs, as_of, pm.tolerance, cur)
    criteria = stages["success_criteria"].tables["criteria"]
    stages["funnel_review"] = funnel_review(
        c,
        info,
        targets,
        refs,
        criteria,
        pm.tolerance,
        cur,
        by_channel=channel_counts(ws, info.campaign_id, as_of),
        planned=planned_spend(ws, info.campaign_id),
    )
    diag_row = stages["funnel_review"].tables["diagnosis"][0]
    evidence = stages["funnel_review"].findings[0].evidence["short_metrics"]
    _say(request, f"funnel review: {diag_row['problem']}")
    stages["insights"] = insights(
        ws, info.campaign_id, as_of, pm.min_segment_size, pm.fdr, pm.min_effect
    )
    segments = stages["insights"].tables["segments"]
    _say(request, f"insights: {len(segments)} segments")
    stages["root_cause"] = root_cause(
        ws,
        info.campaign_id,
        as_of,
        diag_row,
        evidence,
        criteria,
        segments,
        stages["timeline"].tables["events"],
        cur,
        refs=refs,
    )
    summary: SummarySettings = settings.summary
    owner = info.owner or next(
        (summary.owners[ch] for ch in info.channels if ch in summary.owners),
        summary.default_owner or UNASSIGNED,
    )
    values = {m: metric_from_counts(m, c).value for m in METRICS}
    change_stage, action = one_change(
        info,
        diag_row,
        evidence,
        segments,
        stages["root_cause"].tables["chain"],
        values,
        as_of,
        pm.change_business_days,
        summary.country,
        owner,
        cur,
        ws=ws,
    )
    kind = PROBLEM_KINDS.get(str(diag_row.get("problem")), "campaign_fix")
    action = dataclasses.replace(action, resources=resources_of(kind, summary))
    stages["one_change"] = change_stage
    follow_up = commitments
    if follow_up:
        stages["one_change"] = change_stage.replace(
            tables={**change_stage.tables, "commitments_due": follow_up[0]},
            findings=change_stage.findings + tuple(follow_up[1]),
        )
    kpis: dict[str, Any] = {
        m: values[m]
        for m in (
            "spend",
            "impressions",
            "clicks",
            "ctr",
            "leads",
            "opportunities",
            "revenue",
            "roas",
            "cpl",
            "cac",
        )
        if values.get(m) is not None
    }
    kpis["diagnosis"] = diag_row["problem"]
    highlights: list[Finding] = list(stages["funnel_review"].findings)
    highlights += list(stages["insights"].findings[:4])
    report = Report(
        kind="post_mortem",
        period_start=info.start,
        period_end=info.end,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        stages=stages,
        data_quality=_data_quality(ws, request, info, as_of, stages["timeline"].findings),
        summary=Summary(
            kpis=kpis,
            insights=tuple(highlights),
            actions=(action,),
            dates={
                "as_of": as_of,
                # a campaign still running has no post-mortem window yet
                **(
                    {}
                    if info.ongoing
                    else {"post_mortem_window_ends": info.end + dt.timedelta(days=pm.window_days)}
                ),
            },
        ),
        campaign_id=info.campaign_id,
        title=f"Campaign post-mortem — {info.name} ({info.campaign_id})",
        workspace=ws.target,
        currency=cur,
    )
    lessons = [r["lesson"] for r in playbook(report)] if playbook else []
    pack = facilitation_pack(
        info,
        stages,
        currency=cur,
        facilitators=settings.facilitators,
        lessons=list(dict.fromkeys(lessons)),  # one row per channel: each lesson once
        recalibrated=recalibrated,
        benchmarks=refs.benchmarks,
    )
    return dataclasses.replace(report, attachments=pack)


def _data_quality(
    ws: Workspace,
    request: Request,
    info: CampaignInfo,
    as_of: dt.date,
    own: tuple[Finding, ...],
) -> tuple[Finding, ...]:
    """The registered data-quality checks over the campaign's dates, kept where they concern this
    campaign or one of its channels, plus the timeline's own tracking gaps (not repeated)."""
    ctx = StageContext(
        workspace=ws,
        period=Period(info.start, info.end),
        settings=request.settings,
        as_of=as_of,
        campaign_id=info.campaign_id,
    )
    found: list[Finding] = []
    for name in CHECKS:
        try:
            found.extend(CHECKS.get(name)(ctx))
        except WorkspaceError:
            continue  # a check whose table is absent has nothing to say
    kept = []
    for f in found:
        cid = f.subject.get("campaign_id")
        ch = f.subject.get("channel")
        if cid == info.campaign_id or (cid is None and (ch is None or ch in info.channels)):
            kept.append(f)

    def key(f: Finding) -> tuple[Any, ...]:
        dates = f.subject.get("dates") or [None]
        return (f.kind, f.subject.get("channel"), str(dates[0])[:10])

    seen = {key(f) for f in kept}
    return tuple(kept) + tuple(f for f in own if key(f) not in seen)


def with_learned(refs: References, rows: list[dict[str, Any]], as_of: dt.date) -> References:
    """``refs`` with the benchmarks recalibrated from the team's campaigns and applied to the
    knowledge base (``debrief benchmarks --apply``): the newest row per metric and channel dated
    on or before ``as_of`` replaces the workspace's benchmark for that channel. Applying them is
    the team's decision that its own history is the better reference."""
    learned: dict[tuple[str, str | None], tuple[float, str | None]] = {}
    for r in rows:  # ordered by id: later rows replace earlier ones
        if r["value"] is None or (r["as_of"] is not None and r["as_of"] > as_of):
            continue
        source = f"team history ({r['n_campaigns']} campaigns, {r['as_of']})"
        learned[(r["metric"], r["channel"])] = (float(r["value"]), source)
    if not learned:
        return refs
    return dataclasses.replace(refs, benchmarks={**refs.benchmarks, **learned})
