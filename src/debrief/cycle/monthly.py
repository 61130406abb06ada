"""The monthly review's part of a tick: run it once the data is in, schedule the meeting, plan
the invitation and the pre-read of each audience (see :mod:`debrief.cycle.tick`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.cycle import schedule
from debrief.cycle.people import campaigns, channel_owners, main_channels, month_channels
from debrief.kb import journal
from debrief.period import Period, business_days_between
from debrief.synthesis.settings import UNASSIGNED

if TYPE_CHECKING:
    from debrief.cycle.context import Tick
    from debrief.kb.store import KnowledgeBase
    from debrief.workspace import Workspace

__all__ = ["monthly"]


def _month_before(day: dt.date) -> Period:
    return Period.month(day.strftime("%Y-%m")).prior_month()


_MONTHLY_AGENDA = (
    "Follow-up: last month's actions and commitments, measured",
    "Dashboard: spend, revenue, ROI and CAC against targets and the prior month",
    "Key insights: campaigns, funnel, attribution, content, lead quality, budget",
    "Action plan: the top actions, each with owner, due date and measure",
    "Focus for next month",
)


def monthly(t: Tick, ws: Workspace, kb: KnowledgeBase | None) -> None:
    last = _month_before(t.today)
    for period in (last, last.prior_month()):
        md = schedule.monthly_dates(period, t.s)
        if t.today <= period.end or t.today > md.meeting:
            continue
        cycle = f"monthly:{md.label}"
        ev = journal.event(kb, f"{cycle}:review") if kb is not None else None
        if ev is None or ev["status"] != "done":
            ev = _review(t, ws, kb, md, cycle)
        if ev is not None and ev["status"] == "done":
            _plan_monthly(t, ws, kb, md, cycle, ev["detail"])


def _review(
    t: Tick, ws: Workspace, kb: KnowledgeBase | None, md: schedule.MonthlyDates, cycle: str
) -> dict[str, Any] | None:
    from debrief.cycle.readiness import source_status

    statuses = source_status(ws, md.period.end, t.s.cycle.required_sources)
    late = [s.describe(md.period.end) for s in statuses if not s.ready]
    if late and t.today < md.grace_until:
        t.result.waiting.append(
            f"the {md.label} review waits for data until {md.grace_until.isoformat()}: "
            + "; ".join(late)
        )
        return None
    if t.dry or kb is None:
        t.result.done.append(
            f"would run the {md.label} review"
            + (f" without waiting longer: {'; '.join(late)}" if late else " (data ready)")
        )
        return None
    key = f"{cycle}:review"
    if not journal.begin(kb, key, cycle=cycle, kind="review", on=t.today):
        return journal.event(kb, key)
    try:
        detail = _run_review(t, ws, kb, md, late)
    except Exception as exc:  # the review's failure must not stop the rest of the tick
        t.step_failed(kb, key, f"the {md.label} review", exc)
        return None
    journal.complete(kb, key, detail)
    n = detail["business_days_after_end"]
    t.result.done.append(
        f"ran the {md.label} review (report {detail['report_id']}, "
        f"{detail['findings']} findings), completed {n} business day{'s' if n != 1 else ''} "
        f"after month end" + (f"; ran after the grace period: {'; '.join(late)}" if late else "")
    )
    return journal.event(kb, key)


def _run_review(
    t: Tick, ws: Workspace, kb: KnowledgeBase, md: schedule.MonthlyDates, late: list[str]
) -> dict[str, Any]:
    from debrief.cycle.audiences import render_audiences, write_json
    from debrief.cycle.slack import review_blocks
    from debrief.engine import Request, run
    from debrief.render import write_report

    t.say(f"running the {md.label} review")
    request = Request(
        kind="monthly_review",
        workspace=t.workspace,
        month=md.label,
        settings=t.s,
        as_of=t.today,
        progress=t.progress,
        kb=t.kb_url,
    )
    report = run(request, ws)
    out = t.out / f"monthly-{md.label}"
    written = write_report(report, out, currency=t.s.currency)
    rid = kb.save_report(report, as_of=t.today, currency=t.s.currency)
    audiences = render_audiences(report, out, t.s)
    link = t.report_link(rid)
    slack = None
    if any(a.slack for a in t.s.delivery.audiences.values()):
        heading = (
            f"Pre-read for the meeting on {md.start.strftime('%a %d %b %Y, %H:%M')} "
            f"{t.s.cycle.timezone}."
        )
        slack = write_json(
            out / "slack.json",
            review_blocks(report, heading=heading, currency=t.s.currency, link=link),
        )
    return {
        "report_id": rid,
        "findings": len(report.all_findings()),
        "out": str(out.resolve()),
        "pdf": str(written["report.pdf"].resolve()),
        "audiences": audiences,
        "slack": slack,
        "link": link,
        "late_sources": late,
        "completed_on": t.today.isoformat(),
        "business_days_after_end": business_days_between(md.period.end, t.today, t.country),
        "report_due": md.report_due.isoformat(),
        "pre_read": md.pre_read.isoformat(),
        "meeting": md.start.isoformat(),
    }


def _plan_monthly(
    t: Tick,
    ws: Workspace,
    kb: KnowledgeBase | None,
    md: schedule.MonthlyDates,
    cycle: str,
    review: dict[str, Any],
) -> None:
    owner = t.s.cycle.review_owner or t.s.summary.default_owner or UNASSIGNED
    chans = month_channels(ws, md.period.start, md.period.end)
    others = channel_owners(chans, t.s, campaigns(ws), main_channels(ws))
    sched = t.assign(kb, f"{cycle}:schedule", cycle, owner, {"meeting": md.start.isoformat()})
    attendees = t.attendees(owner, sched.get("facilitator"), others)
    title = f"Monthly marketing review — {md.label}"
    lines = [
        f"{title}. Owner: {owner}."
        + (f" Facilitator: {sched['facilitator']}." if sched.get("facilitator") else ""),
        "",
        f"Agenda ({t.s.cycle.meeting_minutes} minutes):",
        *(f"{i}. {x}" for i, x in enumerate(_MONTHLY_AGENDA, 1)),
        "",
        "Pre-read: the review is attached (report.pdf)"
        + (f" and online at {review['link']}" if review.get("link") else "")
        + f"; each audience receives its sections by email on {md.pre_read.isoformat()}.",
    ]
    detail = {
        "uid": f"debrief-monthly-{md.label}",
        "sequence": 0,
        "start": md.start.isoformat(),
        "tz": t.s.cycle.timezone,
        "minutes": t.s.cycle.meeting_minutes,
        "summary": title,
        "description": "\n".join(lines),
        "attendees": attendees,
        "attachments": [review["pdf"]],
        "url": review.get("link"),
    }
    when = md.start.strftime("%a %d %b %Y %H:%M")
    for a in attendees:
        t.plan(
            kb,
            key=f"{cycle}:invitation:{a['email']}",
            cycle=cycle,
            kind="invitation",
            channel="email",
            recipient=a["email"],
            due_on=dt.date.fromisoformat(review["completed_on"]),
            expires_on=md.meeting,
            subject=f"Invitation: {title} ({when} {t.s.cycle.timezone})",
            report_id=review["report_id"],
            detail=detail,
        )
    for group, info in review.get("audiences", {}).items():
        for addr in info["emails"]:
            t.plan(
                kb,
                key=f"{cycle}:pre_read:{addr}",
                cycle=cycle,
                kind="pre_read",
                channel="email",
                recipient=addr,
                audience=group,
                due_on=md.pre_read,
                expires_on=md.meeting,
                subject=f"{title}: pre-read for the meeting on {when} {t.s.cycle.timezone}",
                report_id=review["report_id"],
                detail={
                    "start": md.start.isoformat(),
                    "tz": t.s.cycle.timezone,
                    "html": info["html"],
                    "text": info["md"],
                    "pdf": review["pdf"] if _attach_pdf(t, group) else None,
                    "sections_label": info["sections_label"],
                    "late_sources": review.get("late_sources") or [],
                    "receipt": True,
                },
            )
    if review.get("slack") and (t.s.delivery.slack_webhook or t.s.delivery.slack_webhook_env):
        names = [n for n, a in t.s.delivery.audiences.items() if a.slack]
        t.plan(
            kb,
            key=f"{cycle}:pre_read:slack",
            cycle=cycle,
            kind="pre_read",
            channel="slack",
            recipient="slack:" + "+".join(names),
            audience="+".join(names),
            due_on=md.pre_read,
            expires_on=md.meeting,
            subject=title,
            report_id=review["report_id"],
            detail={"payload": review["slack"]},
        )


def _attach_pdf(t: Tick, group: str) -> bool:
    return any(t.s.delivery.audiences[n].attach_pdf for n in group.split("+"))
