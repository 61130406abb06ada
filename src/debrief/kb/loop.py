"""The loop: measure each open commitment whose due date has passed, before and after.

Input: the knowledge base's open changes, a workspace, the as-of date. For each change due on or
before ``as_of``, its measure (a metric of :mod:`debrief.postmortem.measures`) is computed over
the change's scope: its channels (every campaign on them, so the change's effect on the next
campaigns counts) and, for a change made for a segment, that segment only (a mobile landing page
is measured on mobile clicks; :func:`change_segment`):

* before: the originating campaign's period ``[period_start, period_end]``;
* after: from the day after the change was agreed (``created_on``) to ``as_of``.

Rates carry 95% Wilson intervals and the difference a 95% Wald interval
``Δ ± 1.96 √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)``; volumes are per day (windows differ in length) and,
like costs, carry no interval. Output: one :class:`CommitmentCheck` per change, with a sentence in
observation language. The monthly review calls :func:`open_commitments_due` the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from debrief.numbers import fmt
from debrief.period import as_date
from debrief.postmortem.measures import METRICS, Scope, lower_is_better, measure
from debrief.postmortem.stages import COMMITMENT_COLUMNS, COMMITMENT_SHOWN
from debrief.postmortem.text import label, metric_text, was
from debrief.registry import Stage, Table, declare
from debrief.results import Finding
from debrief.stats import wald_difference

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase
    from debrief.workspace import Workspace

__all__ = [
    "COMMITMENTS",
    "CommitmentCheck",
    "change_segment",
    "commitments_due",
    "measure_commitment",
    "open_commitments_due",
]


@dataclass(frozen=True)
class CommitmentCheck:
    change_id: int
    campaign_id: str | None
    title: str
    owner: str | None
    due: dt.date
    metric: str
    before: float | None
    before_low: float | None
    before_high: float | None
    after: float | None
    after_low: float | None
    after_high: float | None
    difference: float | None
    diff_low: float | None
    diff_high: float | None
    target: float | None
    target_reached: bool | None
    before_window: tuple[dt.date, dt.date]
    after_window: tuple[dt.date, dt.date] | None
    statement: str

    def as_row(self) -> dict[str, Any]:
        d = asdict(self)
        d["before_window"] = [x.isoformat() for x in self.before_window]
        d["after_window"] = (
            [x.isoformat() for x in self.after_window] if self.after_window else None
        )
        return d


def measure_commitment(change: dict[str, Any], ws: Workspace, as_of: dt.date) -> CommitmentCheck:
    """Before and after of one change row (from :meth:`KnowledgeBase.changes`)."""
    metric = change["measure"]
    d = METRICS.get(metric)
    channels = tuple(change.get("channels") or ()) or None
    segment = tuple((str(k), str(v)) for k, v in (change.get("segment") or {}).items()) or None
    b0, b1 = as_date(change["period_start"]), as_date(change["period_end"])
    a0 = as_date(change["created_on"]) + dt.timedelta(days=1)
    scope = Scope(channels=channels, start=b0, end=b1, as_of=as_of, segment=segment)
    before = measure(ws, metric, scope)
    after = measure(ws, metric, replace(scope, start=a0, end=as_of)) if a0 <= as_of else None
    bv, av = before.value, after.value if after else None
    if d is not None and d.denominator is None:  # volumes per day: windows differ in length
        bv = bv / ((b1 - b0).days + 1) if bv is not None else None
        av = av / ((as_of - a0).days + 1) if av is not None else None
    diff = (av - bv) if av is not None and bv is not None else None
    lo = hi = None
    if d is not None and d.kind == "rate" and after and bv is not None and av is not None:
        n1, n2 = before.denominator or 0, after.denominator or 0
        if n1 and n2 and diff is not None:
            lo, hi = wald_difference(av, n2, bv, n1) or (None, None)
    target = change.get("target")
    if target is not None and d is not None and d.denominator is None:
        # A volume target is for the whole campaign; per day it compares with the per-day values.
        target = target / ((b1 - b0).days + 1)
    reached = None
    if av is not None and target is not None:
        reached = av <= target if lower_is_better(metric) else av >= target
    due = as_date(change["due"])
    what = label(metric) + (" per day" if d is not None and d.denominator is None else "")
    what += "".join(f" of {k} {v}" for k, v in segment or ())
    verb = was(metric)
    if av is None:
        text = (
            f"The change \u201c{change['title']}\u201d (due {due.isoformat()}) has no data "
            f"after it was agreed; {what} {verb} {metric_text(metric, bv)} before."
        )
    else:
        text = (
            f"After the change \u201c{change['title']}\u201d (due {due.isoformat()}), {what} {verb} "
            f"{metric_text(metric, av)} against {metric_text(metric, bv)} before"
        )
        if lo is not None and hi is not None and diff is not None:
            text += f" (difference {fmt(diff, 'points', places=2, signed=True)} points, 95% CI {fmt(lo, 'points', places=2, signed=True)} to {fmt(hi, 'points', places=2, signed=True)})"
        if target is not None and reached is not None:
            text += f"; the target was {metric_text(metric, target)}"
        text += "."
    return CommitmentCheck(
        change_id=int(change["id"]),
        campaign_id=change.get("campaign_id"),
        title=change["title"],
        owner=change.get("owner"),
        due=due,
        metric=metric,
        before=bv,
        before_low=before.ci_low,
        before_high=before.ci_high,
        after=av,
        after_low=after.ci_low if after else None,
        after_high=after.ci_high if after else None,
        difference=diff,
        diff_low=lo,
        diff_high=hi,
        target=target,
        target_reached=reached,
        before_window=(b0, b1),
        after_window=(a0, as_of) if after else None,
        statement=text,
    )


def change_segment(kb: KnowledgeBase, change: dict[str, Any]) -> dict[str, str] | None:
    """The segment a change is measured on (``{"device": "mobile"}``), from the post-mortem that
    proposed it; None for a change measured on its channels. Only changes written since the
    measure carries the change's scope (their row has ``target_basis``) name one: an older row's
    ``segment`` was the insight behind a campaign-wide change."""
    row = kb.get_report(int(change["report_id"])) if change.get("report_id") else None
    if row is None:
        return None
    stage = (row["document"].get("stages") or {}).get("one_change") or {}
    rows = (stage.get("tables") or {}).get("change") or [{}]
    return rows[0].get("segment") if "target_basis" in rows[0] else None


def open_commitments_due(
    kb: KnowledgeBase, as_of: dt.date, ws: Workspace, *, record: bool = False
) -> list[CommitmentCheck]:
    """Every open change due on or before ``as_of``, measured before and after.

    With ``record`` the measured result is stored on the change (one transaction per change).
    """
    out = []
    for ch in kb.changes(status="agreed"):
        if ch["due"] is None or as_date(ch["due"]) > as_of:
            continue
        check = measure_commitment({**ch, "segment": change_segment(kb, ch)}, ws, as_of)
        if record:
            kb.record_result(check.change_id, check.as_row(), as_of)
        out.append(check)
    return out


def commitments_due(
    kb: KnowledgeBase, ws: Workspace, as_of: dt.date, *, stage: str
) -> tuple[list[dict[str, Any]], list[Finding]] | None:
    """Rows and findings for the open commitments in ``kb`` due by ``as_of``, or None when
    nothing is due. Both reviews report these: a post-mortem under ``one_change``, the monthly
    review under ``commitments``."""
    checks = open_commitments_due(kb, as_of, ws)
    if not checks:
        return None
    findings = [
        Finding(
            id=f"{stage}.commitment.{ch.change_id}",
            stage=stage,
            kind="commitment_result",
            statement=ch.statement,
            subject={"campaign_id": ch.campaign_id},
            metric=ch.metric,
            actual=ch.after,
            reference=ch.before,
            reference_kind="prior_period",
            evidence=ch.as_row(),
        )
        for ch in checks
    ]
    return [ch.as_row() for ch in checks], findings


#: The monthly review's section for the loop: open commitments of earlier post-mortems, measured.
COMMITMENTS = declare(
    Stage(
        name="commitments",
        title="Commitments",
        review="monthly_review",
        order=8,
        tables={"due": Table(COMMITMENT_COLUMNS, shown=COMMITMENT_SHOWN)},
    )
)
