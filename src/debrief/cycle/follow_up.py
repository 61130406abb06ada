"""The review's follow-up: the seed's success metrics, measured (stage-like result ``follow_up``).

Fed from the knowledge base the way the ``commitments`` stage is, plus two workspace aggregates:

* ``delivery``: this review's completion — business days after month end against
  ``summary.report_business_days`` (the seed: "completed within 3 business days"); and the previous
  month's review: when it was completed, when its pre-read went out, and how many of its email
  readers opened it before the meeting (read receipts: "reviewed before the meeting: 3 of 4").
  Readers whose email carried no receipt link are not counted as unread: without links the count is
  n/a, not 0.
* ``actions``: the previous review's actions with their status ("N of M recommendations
  implemented" against ``cycle.implemented_target``, the seed's "at least 3") and each action's
  metric measured again: in the month it was recommended (as that review saw it, as of the day it
  was stored) and in this month (as of today), so both cohorts have had the same time to mature.
  An action is measured when its metric is in the post-mortem catalogue and its subject is a
  campaign or a channel; otherwise it is not measured (status only), never shown as 0.
* ``quarter``: the KPIs over the three months ending with this one against the three before
  ("performance trending positively quarter-over-quarter"), each with its favourable direction. A
  quarter the workspace's data does not fully cover is n/a.

Findings are observations (kind ``follow_up``); the summary repeats their sentences.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from debrief.cycle.settings import CycleSettings
from debrief.metrics.catalogue import direction as metric_direction
from debrief.metrics.catalogue import kind, label
from debrief.period import Period, business_days_between
from debrief.registry import Stage, Table, declare
from debrief.results import Finding, StageResult, ratio
from debrief.synthesis.kpis import KPI_METRICS, kpi_values
from debrief.wording.labels import fmt_metric

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.kb.store import KnowledgeBase
    from debrief.workspace import Workspace

__all__ = ["FOLLOW_UP", "STAGE", "follow_up_stage", "measure_action", "quarter_rows"]

STAGE = "follow_up"
_Z95 = 1.959963984540054

#: The monthly review's follow-up, run by the engine after the stages (it reads the knowledge
#: base, which only the engine opens), like ``commitments``.
FOLLOW_UP = declare(
    Stage(
        name=STAGE,
        title="Follow-up",
        review="monthly_review",
        order=9,
        section="cycle",
        settings=CycleSettings,
        tables={
            "delivery": Table(
                {"review": "text", "completed_on": "date", "business_days": "count",
                 "due_within": "count", "on_time": "flag", "meeting": "text",
                 "pre_read_sent_on": "date", "readers": "count", "tracked_readers": "count",
                 "read_before_meeting": "count"},
                required=("review", "completed_on", "business_days", "due_within", "on_time"),
                always=True,
            ),
            "actions": Table(
                {"action_id": "number", "title": "text", "owner": "text", "due": "date",
                 "status": "text", "measured": "flag", "statement": "text", "metric": "text",
                 "subject": "text", "before": "metric", "after": "metric",
                 "difference": "metric", "diff_low": "metric", "diff_high": "metric",
                 "target": "metric", "target_reached": "flag"},
                required=("action_id", "title", "status", "measured", "statement"),
            ),
            "quarter": Table(
                {"metric": "text", "label": "text", "unit": "text", "quarter": "text",
                 "actual": "metric", "prior_quarter": "metric", "change": "rate",
                 "favourable": "flag"},
                required=("metric", "actual", "prior_quarter", "change"),
            ),
        },
    )
)  # fmt: skip


def _finding(key: str, statement: str, **kw: Any) -> Finding:
    return Finding(id=f"{STAGE}.{key}", stage=STAGE, kind="follow_up", statement=statement, **kw)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# -- this review and the previous one --------------------------------------------------------
def _this_review(ctx: StageContext) -> tuple[dict[str, Any], Finding | None]:
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
        return pending, None
    n = business_days_between(ctx.period.end, ctx.as_of, country)
    row: dict[str, Any] = {
        "review": ctx.period.label,
        "completed_on": ctx.as_of,
        "business_days": n,
        "due_within": due,
        "on_time": n <= due,
    }
    text = (
        f"This review was completed {_plural(n, 'business day')} after month end "
        f"({ctx.as_of.isoformat()}), against the {due} business days it is due within."
    )
    return row, _finding(
        "on_time",
        text,
        metric="business_days_after_month_end",
        actual=float(n),
        reference=float(due),
        reference_kind="target",
        severity="info" if n <= due else "warning",
    )


def _previous_review(kb: KnowledgeBase, ctx: StageContext) -> tuple[dict[str, Any], list[Finding]]:
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
            _finding(
                "previous",
                f"The knowledge base holds no {prev.label} review: its delivery is not known.",
            )
        )
        return row, findings
    n = business_days_between(prev.end, completed, country)
    row.update(business_days=n, on_time=n <= row["due_within"])
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
    text = f"The {prev.label} review was completed {_plural(n, 'business day')} after month end"
    if readers and sent_on is not None:
        text += (
            f" and sent to {_plural(len(readers), 'reader')} by email on "
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
        _finding(
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


# -- last month's actions ---------------------------------------------------------------------
def _metric(name: str | None) -> str | None:
    from debrief.postmortem.catalogue import METRICS, canonical_metric

    if not name:
        return None
    m = canonical_metric(name)
    if m not in METRICS and m.endswith("_rate"):
        m = canonical_metric(m[: -len("_rate")])
    return m if m in METRICS else None


def measure_action(
    action: dict[str, Any], ws: Workspace, period: Period, as_of: dt.date
) -> dict[str, Any]:
    """Measure a stored monthly action in its own month and in ``period`` (see the module doc);
    a row with ``measured`` False and the reason when it cannot be measured."""
    from debrief.postmortem.measures import METRICS, Scope, lower_is_better, measure
    from debrief.postmortem.text import fmt, label, was

    base = {
        "action_id": action["id"],
        "title": action["title"],
        "owner": action["owner"],
        "due": action["due"],
        "status": action["status"],
    }
    metric = _metric(action.get("metric"))
    subject = action.get("subject") or {}
    extra = set(subject) - {"campaign_id", "channel", "stage"}
    if metric is None or extra:
        why = (
            f"its metric {action.get('metric')!r} is not one Debrief measures per campaign or "
            "channel"
            if metric is None
            else f"its subject ({', '.join(sorted(extra))}) is narrower than a campaign or channel"
        )
        return {
            **base,
            "measured": False,
            "statement": f"“{action['title']}” is not measured "
            f"again: {why}; its status is {action['status']}.",
        }
    d = METRICS[metric]
    channels = (subject["channel"],) if subject.get("channel") else None
    before_month = Period(action["period_start"], action["period_end"])

    def scope(start: dt.date, end: dt.date, day: dt.date) -> Scope:
        return Scope(campaign_id=subject.get("campaign_id"), channels=channels, start=start,
                     end=end, as_of=day)  # fmt: skip

    before = measure(ws, metric, scope(before_month.start, before_month.end, action["created_on"]))
    after = measure(ws, metric, scope(period.start, period.end, as_of))
    bv, av = before.value, after.value
    per_day = d.denominator is None
    if per_day:  # volumes per day: months differ in length
        bv = bv / before_month.days if bv is not None else None
        av = av / period.days if av is not None else None
    diff = av - bv if av is not None and bv is not None else None
    lo = hi = None
    if d.kind == "rate" and diff is not None and before.denominator and after.denominator:
        se = math.sqrt(bv * (1 - bv) / before.denominator + av * (1 - av) / after.denominator)  # type: ignore[operator]
        lo, hi = diff - _Z95 * se, diff + _Z95 * se
    target = action.get("target") if action.get("reference_kind") == "target" else None
    if target is not None and per_day:
        target = None  # a monthly volume target is not a per-day one
    reached = None
    if av is not None and target is not None:
        reached = av <= target if lower_is_better(metric) else av >= target
    what = label(metric) + (" per day" if per_day else "")
    where = subject.get("campaign_id") or subject.get("channel") or "all channels"
    text = (
        f"After the action “{action['title']}” ({action['status']}), {what} for {where} "
        f"{was(metric)} {fmt(metric, av)} in {period.label} against {fmt(metric, bv)} in "
        f"{before_month.label}"
    )
    if lo is not None and hi is not None and diff is not None:
        text += f" (difference {diff * 100:+.2f} points, 95% CI {lo * 100:+.2f} to {hi * 100:+.2f})"
    if target is not None:
        text += f"; the target is {fmt(metric, target)}"
    return {
        **base,
        "measured": True,
        "metric": metric,
        "subject": where,
        "before": bv,
        "after": av,
        "difference": diff,
        "diff_low": lo,
        "diff_high": hi,
        "target": target,
        "target_reached": reached,
        "statement": text + ".",
    }


def _actions(kb: KnowledgeBase, ctx: StageContext) -> tuple[list[dict[str, Any]], list[Finding]]:
    from debrief.kb import actions_of

    prev = ctx.period.prior_month()
    actions = actions_of(kb, period_end=prev.end)
    if not actions:
        return [], []
    rows = [measure_action(a, ctx.workspace, ctx.period, ctx.as_of) for a in actions]
    done = sum(a["status"] == "done" for a in actions)
    dropped = sum(a["status"] == "dropped" for a in actions)
    target = ctx.settings.cycle.implemented_target
    text = (
        f"{done} of {len(actions)} recommendations of the {prev.label} review implemented "
        f"({dropped} dropped, {len(actions) - done - dropped} open), against a target of "
        f"{target}."
    )
    findings = [
        _finding(
            "implemented",
            text,
            metric="recommendations_implemented",
            actual=float(done),
            reference=float(target),
            reference_kind="target",
            evidence={"actions": len(actions), "dropped": dropped},
        )
    ]
    for r in rows:
        if r["measured"]:
            findings.append(
                _finding(
                    f"action.{r['action_id']}",
                    r["statement"],
                    subject={"action_id": r["action_id"]},
                    metric=r["metric"],
                    actual=r["after"],
                    reference=r["before"],
                    reference_kind="prior_period",
                )
            )
    return rows, findings


# -- quarter over quarter ---------------------------------------------------------------------
def _first_day(ws: Workspace, table: str, column: str) -> dt.date | None:
    t = ws.optional(table)
    if t is None or column not in t.columns:
        return None
    v = t[column].min().to_pyarrow().as_py()
    return v.date() if isinstance(v, dt.datetime) else v


def quarter_rows(ws: Workspace, period: Period) -> tuple[list[dict[str, Any]], Period, Period]:
    """Each KPI over the three months ending with ``period`` and the three before, with the change
    and whether it moved in its favourable direction; None where a quarter is not covered."""
    now = Period(period.trailing_months(2).start, period.end)
    before = Period(period.trailing_months(5).start, now.start - dt.timedelta(days=1))
    ads_from = _first_day(ws, "ad_performance", "date")
    leads_from = _first_day(ws, "leads", "created_at")
    ad_kpis = {"spend", "revenue", "roas", "roi"}
    a, b = kpi_values(ws, now), kpi_values(ws, before)
    rows = []
    for m in KPI_METRICS:
        start = ads_from if m in ad_kpis else (leads_from if leads_from is not None else ads_from)
        if m == "cac":
            start = max((d for d in (ads_from, leads_from) if d is not None), default=None)
        covered = start is not None and start <= before.start
        cur, old = a.get(m), (b.get(m) if covered else None)
        change = ratio(
            None if cur is None or old is None else cur - old, abs(old) if old is not None else None
        )
        direction = metric_direction(m)
        favourable = (
            None
            if change is None or change == 0 or m == "spend"  # spend is what went in
            else (change > 0 if direction == "min" else change < 0)
        )
        rows.append(
            {
                "metric": m,
                "label": label(m),
                "unit": kind(m),
                "quarter": f"{now.start:%Y-%m}..{now.end:%Y-%m}",
                "actual": cur,
                "prior_quarter": old,
                "change": change,
                "favourable": favourable,
            }
        )
    return rows, now, before


def _quarter(ctx: StageContext) -> tuple[list[dict[str, Any]], list[Finding]]:
    if ctx.as_of <= ctx.period.end:
        return [], []
    rows, now, before = quarter_rows(ctx.workspace, ctx.period)
    known = [r for r in rows if r["change"] is not None]
    span = (
        f"{now.start:%Y-%m} to {now.end:%Y-%m} against {before.start:%Y-%m} to {before.end:%Y-%m}"
    )
    if not known:
        return rows, [
            _finding(
                "quarter",
                f"Quarter over quarter ({span}): the workspace's data "
                "does not cover the earlier quarter, so the trend is not known.",
            )
        ]
    judged = [r for r in known if r["metric"] != "spend"]
    up = sum(bool(r["favourable"]) for r in judged)
    parts = []
    for r in known:
        if r["metric"] in ("revenue", "roas", "leads", "pipeline", "customers", "cac"):
            parts.append(
                f"{r['label']} {fmt_metric(r['metric'], r['actual'], currency=ctx.settings.currency)} "
                f"against {fmt_metric(r['metric'], r['prior_quarter'], currency=ctx.settings.currency)} "
                f"({r['change'] * 100:+.1f}%)"
            )
    text = (
        f"Quarter over quarter ({span}), {up} of {len(judged)} KPIs moved in their favourable "
        f"direction: " + "; ".join(parts) + "."
    )
    return rows, [
        _finding(
            "quarter",
            text,
            metric="kpis_favourable",
            actual=float(up),
            reference=float(len(judged)),
            evidence={"span": span},
        )
    ]


def follow_up_stage(ctx: StageContext, kb: KnowledgeBase | None) -> StageResult:
    """The ``follow_up`` result of a monthly review (see the module docstring); ``kb`` is the open
    knowledge base the engine read, or None when there is none."""
    this_row, this_finding = _this_review(ctx)
    delivery = [this_row]
    findings: list[Finding] = [this_finding] if this_finding else []
    actions: list[dict[str, Any]] = []
    notes: list[str] = []
    if kb is None:
        notes.append("No knowledge base: the previous review's delivery and actions are not known.")
    else:
        prev_row, prev_findings = _previous_review(kb, ctx)
        delivery.append(prev_row)
        findings += prev_findings
        actions, action_findings = _actions(kb, ctx)
        findings += action_findings
    quarter, q_findings = _quarter(ctx)
    findings += q_findings
    tables = {"delivery": delivery, "actions": actions, "quarter": quarter}
    return StageResult(
        stage=STAGE,
        tables={k: v for k, v in tables.items() if v},
        findings=tuple(findings),
        notes=tuple(notes),
        units={
            "quarter": {"change": "rate", "actual": "metric", "prior_quarter": "metric"},
            "actions": {k: "metric" for k in ("before", "after", "difference", "target")},
        },
    )
