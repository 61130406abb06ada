"""The post-mortems' part of a tick: schedule each campaign's post-mortem at launch, confirm it at
the end, run it and send its pre-read 24 hours before (see :mod:`debrief.cycle.tick`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.cycle import schedule
from debrief.cycle.context import slug
from debrief.cycle.people import (
    Campaign,
    campaigns,
    channel_owners,
    main_channels,
    wants_postmortem,
)
from debrief.kb import journal

if TYPE_CHECKING:
    from debrief.cycle.context import Tick
    from debrief.kb.store import KnowledgeBase
    from debrief.workspace import Workspace

__all__ = ["postmortems"]


def postmortems(t: Tick, ws: Workspace, kb: KnowledgeBase | None) -> None:
    everyone = campaigns(ws)
    mains = main_channels(ws)
    for c in everyone:
        if not wants_postmortem(c.campaign_id, t.s):
            continue
        day = schedule.postmortem_date(c.end, t.s)
        if t.today < c.start or t.today > day:
            continue
        _postmortem(t, ws, kb, c, day, everyone, mains)


def _postmortem(
    t: Tick,
    ws: Workspace,
    kb: KnowledgeBase | None,
    c: Campaign,
    day: dt.date,
    everyone: list[Campaign],
    mains: dict[str, str],
) -> None:
    from debrief.postmortem.facilitation import AGENDA_MINUTES

    cycle = f"postmortem:{c.campaign_id}"
    sched = t.assign(kb, f"{cycle}:schedule", cycle, c.owner, {"campaign": c.campaign_id})
    others = [n for n in channel_owners(c.channels, t.s, everyone, mains) if n != c.owner]
    attendees = t.attendees(c.owner, sched.get("facilitator"), others)
    start = schedule.meeting_start(day, t.s)
    pre = schedule.meeting_pre_read(day, t.s)
    title = f"Post-mortem: {c.name} ({c.campaign_id})"
    launch = t.today <= c.end
    lines = [
        f"Post-mortem of {c.name} ({c.campaign_id}), which runs from {c.start.isoformat()} to "
        f"{c.end.isoformat()}. Owner: {c.owner or 'not recorded'}."
        + (
            f" Facilitator: {sched['facilitator']} (not the campaign's owner)."
            if sched.get("facilitator")
            else ""
        ),
        "Scheduled before launch, held within one to two weeks of the end."
        if launch
        else f"The campaign ended on {c.end.isoformat()}: this confirms the date.",
        "",
        "Agenda (60 minutes):",
        *(f"{i}. {block} ({m} min)" for i, (block, m) in enumerate(AGENDA_MINUTES, 1)),
        "",
        f"Pre-read: the post-mortem report, emailed on {pre.isoformat()} (24 hours before).",
    ]
    stage = "launch" if launch else "end"
    detail = {
        "uid": f"debrief-postmortem-{c.campaign_id}",
        "sequence": 0 if launch else 1,
        "start": start.isoformat(),
        "tz": t.s.cycle.timezone,
        "minutes": t.s.cycle.meeting_minutes,
        "summary": title,
        "description": "\n".join(lines),
        "attendees": attendees,
    }
    when = start.strftime("%a %d %b %Y %H:%M")
    for a in attendees:
        t.plan(
            kb,
            key=f"{cycle}:invitation:{stage}:{a['email']}",
            cycle=cycle,
            kind="invitation",
            channel="email",
            recipient=a["email"],
            due_on=c.start if launch else c.end + dt.timedelta(days=1),
            expires_on=c.end if launch else day,
            subject=("Invitation" if launch else "Updated invitation")
            + f": {title} ({when} {t.s.cycle.timezone})",
            detail=detail,
        )
    if t.today >= pre:
        report = _postmortem_report(t, ws, kb, c, cycle)
        if report is None:
            return
        for a in attendees:
            extra = [report["pre_read_md"]]
            if a["role"] == "CHAIR" and report.get("prompts_md"):
                extra.append(report["prompts_md"])
            t.plan(
                kb,
                key=f"{cycle}:pre_read:{a['email']}",
                cycle=cycle,
                kind="pre_read",
                channel="email",
                recipient=a["email"],
                audience="facilitator" if a["role"] == "CHAIR" else "attendee",
                due_on=pre,
                expires_on=day,
                subject=f"{title}: pre-read for {when} {t.s.cycle.timezone}",
                report_id=report["report_id"],
                detail={
                    "start": start.isoformat(),
                    "tz": t.s.cycle.timezone,
                    "html": report["html"],
                    "text": report["md"],
                    "pdf": report["pdf"],
                    "attachments": extra,
                },
            )


def _postmortem_report(
    t: Tick, ws: Workspace, kb: KnowledgeBase | None, c: Campaign, cycle: str
) -> dict[str, Any] | None:
    key = f"{cycle}:report"
    ev = journal.event(kb, key) if kb is not None else None
    if ev is not None and ev["status"] == "done":
        return ev["detail"]
    if t.dry or kb is None:
        t.result.done.append(f"would run the post-mortem of {c.campaign_id}")
        return None
    if not journal.begin(kb, key, cycle=cycle, kind="postmortem", on=t.today):
        return None
    try:
        detail = _run_postmortem(t, ws, kb, c)
    except Exception as exc:  # one campaign's failure must not stop the rest of the tick
        t.step_failed(kb, key, f"the post-mortem of {c.campaign_id}", exc)
        return None
    journal.complete(kb, key, detail)
    t.result.done.append(f"ran the post-mortem of {c.campaign_id} (report {detail['report_id']})")
    return detail


def _run_postmortem(t: Tick, ws: Workspace, kb: KnowledgeBase, c: Campaign) -> dict[str, Any]:
    from debrief.engine import Request, run
    from debrief.kb import lessons_from_report, open_commitments_due
    from debrief.postmortem.campaign import load_campaign
    from debrief.render import write_report

    t.say(f"running the post-mortem of {c.campaign_id}")
    request = Request(
        kind="post_mortem",
        workspace=t.workspace,
        campaign_id=c.campaign_id,
        settings=t.s,
        as_of=t.today,
        progress=t.progress,
        kb=t.kb_url,
    )
    report = run(request, ws)
    out = t.out / f"postmortem-{slug(c.campaign_id)}"
    written = write_report(report, out, currency=t.s.currency)
    info = load_campaign(ws, c.campaign_id)
    open_commitments_due(kb, t.today, ws, record=True)
    rid = kb.save_report(
        report,
        lessons=lessons_from_report(report, info.objective, info.audience),
        as_of=t.today,
        currency=t.s.currency,
    )
    return {
        "report_id": rid,
        "html": str(written["report.html"].resolve()),
        "md": str(written["report.md"].resolve()),
        "pdf": str(written["report.pdf"].resolve()),
        "pre_read_md": str(written["pre-read.md"].resolve()),
        "prompts_md": str(written["prompts.md"].resolve()) if "prompts.md" in written else None,
    }
