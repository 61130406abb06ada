"""The follow-up's ``delivery`` table: this review's completion against the business days it is
due within, and the previous review's completion, pre-read and readers before the meeting."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.cycle.follow_up.common import finding, plural
from debrief.period import Period, business_days_between
from debrief.results import Finding

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.kb.store import KnowledgeBase

__all__ = ["jsonable_row", "previous_review", "this_review"]


def backfilled(period: Period, on: dt.date) -> bool:
    """A review written after the month following ``period`` had ended is a back-fill of an
    earlier month (a team loading its history), not a late review: its delivery time is a fact
    about when the history was loaded, not about the cycle, and is not measured."""
    following = Period.month((period.end + dt.timedelta(days=1)).strftime("%Y-%m"))
    return on > following.end


def this_review(ctx: StageContext) -> tuple[dict[str, Any], Finding | None, str | None]:
    """This review's row of the ``delivery`` table, the finding on its delivery time, and for a
    back-fill (:func:`backfilled`) a note instead of the finding."""
    country = ctx.settings.summary.country or None
    due = ctx.settings.summary.report_business_days
    if ctx.as_of <= ctx.period.end:
        pending: dict[str, Any] = {
            "review": ctx.period.label,
            "completed_on": None,
            "business_days": None,
            "due_within": due,
            "on_time": None,
        }
        return pending, None, None
    n = business_days_between(ctx.period.end, ctx.as_of, country)
    row: dict[str, Any] = {
        "review": ctx.period.label,
        "completed_on": ctx.as_of,
        "business_days": n,
        "due_within": due,
        "on_time": n <= due,
    }
    if backfilled(ctx.period, ctx.as_of):
        note = (
            f"This review of {ctx.period.label} was written on {ctx.as_of.isoformat()}, after "
            "the following month had ended: a back-fill, so its delivery time is not measured."
        )
        return {**row, "on_time": None}, None, note
    text = (
        f"This review was completed {plural(n, 'business day')} after month end "
        f"({ctx.as_of.isoformat()}), against the {due} business days it is due within."
    )
    return (
        row,
        finding(
            "on_time",
            text,
            metric="business_days_after_month_end",
            actual=float(n),
            reference=float(due),
            reference_kind="target",
            severity="info" if n <= due else "warning",
        ),
        None,
    )


def previous_review(kb: KnowledgeBase, ctx: StageContext) -> tuple[dict[str, Any], list[Finding]]:
    import sqlalchemy as sa

    from debrief.cycle.schedule import monthly_dates
    from debrief.kb import deliveries_of, journal, receipts_of
    from debrief.kb.tables import reports

    prev = ctx.period.prior_month()
    cycle = f"monthly:{prev.label}"
    country = ctx.settings.summary.country or None
    ev = journal.event(kb, f"{cycle}:review")
    completed: dt.date | None = None
    meeting: dt.datetime | None = None
    if ev is not None and ev["status"] == "done":
        completed = dt.date.fromisoformat(ev["detail"]["completed_on"])
        meeting = dt.datetime.fromisoformat(ev["detail"]["meeting"])
    else:
        with kb.engine.connect() as conn:
            stamps = conn.execute(
                sa.select(reports.c.generated_at).where(
                    reports.c.kind == "monthly_review", reports.c.period_end == prev.end
                )
            ).scalars()
            days = sorted(dt.datetime.fromisoformat(s).date() for s in stamps if s)
        completed = days[-1] if days else None
    if meeting is None:
        meeting = monthly_dates(prev, ctx.settings).start
    row: dict[str, Any] = {
        "review": prev.label,
        "completed_on": completed,
        "business_days": None,
        "due_within": ctx.settings.summary.report_business_days,
        "on_time": None,
    }
    findings: list[Finding] = []
    if completed is None:
        findings.append(
            finding(
                "previous",
                f"The knowledge base holds no {prev.label} review: its delivery is not known.",
            )
        )
        return row, findings
    n = business_days_between(prev.end, completed, country)
    late_load = backfilled(prev, completed)
    row.update(business_days=n, on_time=None if late_load else n <= row["due_within"])
    sent = [
        d
        for d in deliveries_of(kb, cycle=cycle, kind="pre_read")
        if d.channel == "email" and d.status == "sent"
    ]
    readers = sorted({d.recipient for d in sent})
    tracked = {d.recipient for d in sent if d.detail.get("receipt_link")}
    meeting_utc = meeting.astimezone(dt.UTC).replace(tzinfo=None)
    read_before = {
        r["recipient"] for r in receipts_of(kb, cycle) if r["first_read_at"] < meeting_utc
    }
    days = [day for day in (_sent_on(d) for d in sent) if day is not None]
    sent_on = min(days, default=None)
    row.update(
        meeting=meeting.isoformat(),
        pre_read_sent_on=sent_on,
        readers=len(readers),
        tracked_readers=len(tracked | read_before) if readers else 0,
        read_before_meeting=len(read_before & set(readers)) if (tracked or read_before) else None,
    )
    text = (
        f"The {prev.label} review was written on {completed.isoformat()} as a back-fill"
        if late_load
        else f"The {prev.label} review was completed {plural(n, 'business day')} after month end"
    )
    if readers and sent_on is not None:
        text += (
            f" and sent to {plural(len(readers), 'reader')} by email on "
            f"{sent_on.isoformat()}, before the meeting of "
            f"{meeting.date().isoformat()}"
        )
        if row["read_before_meeting"] is None:
            text += "; who read it before the meeting is not known (no read-receipt links)."
        else:
            text += (
                f"; reviewed before the meeting: {row['read_before_meeting']} of {len(readers)}."
            )
    else:
        text += "; no pre-read was sent by debrief tick, so who read it is not known."
    findings.append(
        finding(
            "previous",
            text,
            metric="read_before_meeting",
            actual=(
                float(row["read_before_meeting"])
                if row.get("read_before_meeting") is not None
                else None
            ),
            reference=float(len(readers)) if readers else None,
            evidence=jsonable_row(row),
        )
    )
    return row, findings


def _sent_on(d: Any) -> dt.date | None:
    """The day a delivery went out: the tick's date (``sent_on``), else its sent timestamp's."""
    if d.detail.get("sent_on"):
        return dt.date.fromisoformat(d.detail["sent_on"])
    return d.sent_at.date() if d.sent_at else None


def jsonable_row(row: dict[str, Any]) -> dict[str, Any]:
    from debrief.results import jsonable

    return jsonable(row)
