"""One report written to the knowledge base in one transaction: the report, what its HTML shows
beyond report.json, its findings, its one change, what it proposes for the campaign template and
measured for the brief's changes, its playbook lessons and a monthly review's action plan. The
earlier report it replaces (same campaign, or same month) goes in the same transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from debrief.kb.actions import detach_actions, record_measured, store_actions
from debrief.kb.briefs import record_brief_checks
from debrief.kb.stored import display_of
from debrief.kb.tables import changes, findings, playbook, report_display, reports
from debrief.kb.templates import delete_proposals, store_proposals
from debrief.results import Report

__all__ = ["WRITE_HOOK", "write_report"]

#: Called with a step name between the writes of one save (tests kill the process here to prove
#: the transaction leaves nothing partial). None in normal use.
WRITE_HOOK: Callable[[str], None] | None = None


def _hook(step: str) -> None:
    if WRITE_HOOK is not None:
        WRITE_HOOK(step)


def write_report(
    conn: sa.Connection,
    report: Report,
    *,
    keep_history: bool,
    lessons: list[dict[str, Any]] | None,
    now: dt.datetime,
    as_of: dt.date | None,
    currency: str,
) -> int:
    """Write ``report`` on ``conn`` (the caller's transaction); return the new report id. See
    :meth:`debrief.kb.store.KnowledgeBase.save_report`."""
    doc = report.to_json_dict()
    diag = report.stages.get("funnel_review")
    problem = (
        diag.tables["diagnosis"][0]["problem"] if diag and diag.tables.get("diagnosis") else None
    )
    if not keep_history:
        same = (
            reports.c.campaign_id == report.campaign_id
            if report.kind == "post_mortem"
            else sa.and_(
                reports.c.period_start == report.period_start,
                reports.c.period_end == report.period_end,
            )
        )
        old = [
            r[0]
            for r in conn.execute(
                sa.select(reports.c.id).where(reports.c.kind == report.kind, same)
            )
        ]
        if old:
            detach_actions(conn, old)
            delete_proposals(conn, old)
            for t in (findings, changes, playbook, report_display):
                conn.execute(sa.delete(t).where(t.c.report_id.in_(old)))
            conn.execute(sa.delete(reports).where(reports.c.id.in_(old)))
            _hook("deleted_old")
    inserted = conn.execute(
        sa.insert(reports).values(
            kind=report.kind,
            campaign_id=report.campaign_id,
            period_start=report.period_start,
            period_end=report.period_end,
            generated_at=report.generated_at.isoformat(),
            saved_at=now,
            title=report.title,
            problem=problem,
            document=json.dumps(doc),
        )
    )
    assert inserted.inserted_primary_key is not None
    rid = inserted.inserted_primary_key[0]
    display = display_of(report, currency)
    conn.execute(
        sa.insert(report_display).values(
            report_id=rid,
            currency=currency,
            charts=json.dumps(display["charts"]),
            units=json.dumps(display["units"]),
        )
    )
    _hook("report")
    rows = [
        {
            "report_id": rid,
            "finding_id": f.id,
            "stage": f.stage,
            "kind": f.kind,
            "metric": f.metric,
            "actual": f.actual,
            "reference": f.reference,
            "statement": f.statement,
        }
        for f in report.all_findings()
    ]
    if rows:
        conn.execute(sa.insert(findings), rows)
    _hook("findings")
    one = report.stages.get("one_change")
    if one is not None and one.tables.get("change"):
        c = one.tables["change"][0]
        conn.execute(
            sa.insert(changes).values(
                report_id=rid,
                campaign_id=report.campaign_id,
                title=c["title"],
                owner=c.get("owner"),
                due=c.get("due"),
                measure=c.get("measure"),
                baseline=c.get("baseline"),
                target=c.get("target"),
                channels=json.dumps(list(c.get("channels") or [])),
                period_start=report.period_start,
                period_end=report.period_end,
                status="proposed",
                created_on=as_of or now.date(),
            )
        )
    if one is not None:
        # what the post-mortem proposes for the campaign template, and what it measured
        # for the changes the campaign's brief carried (debrief.kb.templates / .briefs)
        store_proposals(
            conn,
            int(rid),
            report.campaign_id,
            list(one.tables.get("template_update") or []),
            as_of or now.date(),
        )
        record_brief_checks(
            conn, list(one.tables.get("commitments_due") or []), as_of or now.date()
        )
    _hook("change")
    if lessons:
        conn.execute(sa.insert(playbook), [{**x, "report_id": rid} for x in lessons])
    _hook("playbook")
    if report.kind == "monthly_review":
        store_actions(conn, int(rid), report, as_of or now.date())
        record_measured(conn, report, as_of or now.date())
        _hook("actions")
    return int(rid)
