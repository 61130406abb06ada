"""What the pages read: the knowledge base's reports, each loaded once into a small index.

A stored report never changes (a rerun is saved under a new id, and ids are never reused), so a
report's index — its headline KPIs, its findings and the campaigns they name, its per-campaign
rows — is built once from its document and kept for the life of the server. Full reports (for a
report page) are kept in a small least-recently-used cache: a monthly review is a few MB of
Python objects.

Only reads here; the one write the pages make goes through :meth:`KnowledgeBase.set_change_status`,
the function ``debrief kb change`` calls.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from debrief.kb import KnowledgeBase
from debrief.results import Report

__all__ = ["FindingRef", "Library", "ReportIndex", "finding_scope"]


@dataclass(frozen=True)
class FindingRef:
    """One finding of a stored report, as the pages link to it."""

    report_id: int
    finding_id: str
    stage: str
    metric: str | None
    statement: str
    severity: str
    campaign_id: str | None
    #: what the finding is about, without its dates: the same scope in two months is the
    #: same question asked again (campaign, channel, stage, segment, content...)
    scope: tuple[tuple[str, str], ...] = ()


def finding_scope(subject: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(subject, dict):
        return ()
    return tuple(sorted((str(k), str(v)) for k, v in subject.items() if k not in ("dates",)))


@dataclass(frozen=True)
class ReportIndex:
    id: int
    kind: str
    campaign_id: str | None
    period_start: Any
    period_end: Any
    title: str
    problem: str | None
    saved_at: Any
    currency: str | None
    kpis: dict[str, Any]
    #: monthly reviews: the campaign_performance rows by campaign, and the overall row
    campaigns: dict[str, dict[str, Any]] = field(default_factory=dict)
    overall: dict[str, Any] = field(default_factory=dict)
    findings: tuple[FindingRef, ...] = ()
    actions: tuple[dict[str, Any], ...] = ()
    #: commitments measured by this review: change id -> measured row
    commitments: dict[int, dict[str, Any]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """ "2026-10 review" or "FL-OFFER post-mortem": how links name a report."""
        if self.kind == "post_mortem":
            return f"{self.campaign_id} post-mortem"
        start = self.period_start
        return f"{start.isoformat()[:7]} review" if start is not None else f"report {self.id}"


def _campaign_of(subject: dict[str, Any]) -> str | None:
    cid = subject.get("campaign_id") if isinstance(subject, dict) else None
    return str(cid) if cid not in (None, "") else None


def index_report(row: dict[str, Any], report: Report, currency: str | None) -> ReportIndex:
    """The index of one stored report (``row`` from :meth:`KnowledgeBase.list_reports`)."""
    refs = []
    for f in report.all_findings():
        refs.append(
            FindingRef(
                report_id=int(row["id"]),
                finding_id=f.id,
                stage=f.stage,
                metric=f.metric,
                statement=f.statement,
                severity=f.severity,
                campaign_id=_campaign_of(f.subject) or report.campaign_id,
                scope=finding_scope(f.subject),
            )
        )
    perf = report.stages.get("campaign_performance")
    campaigns: dict[str, dict[str, Any]] = {}
    overall: dict[str, Any] = {}
    if perf is not None and not perf.skipped:
        for r in perf.tables.get("by_campaign") or []:
            if r.get("campaign_id") is not None:
                campaigns[str(r["campaign_id"])] = r
        overall = dict((perf.tables.get("overall") or [{}])[0])
    commitments: dict[int, dict[str, Any]] = {}
    for name in ("commitments", "one_change"):
        stage = report.stages.get(name)
        if stage is None:
            continue
        for r in stage.tables.get("due") or stage.tables.get("commitments_due") or []:
            if r.get("change_id") is not None:
                commitments[int(r["change_id"])] = r
    return ReportIndex(
        id=int(row["id"]),
        kind=str(row["kind"]),
        campaign_id=row.get("campaign_id"),
        period_start=row.get("period_start"),
        period_end=row.get("period_end"),
        title=str(row.get("title") or report.title or row["kind"]),
        problem=row.get("problem"),
        saved_at=row.get("saved_at"),
        currency=currency,
        kpis=dict(report.summary.kpis or {}),
        campaigns=campaigns,
        overall=overall,
        findings=tuple(refs),
        actions=tuple(
            {
                "id": a.id,
                "title": a.title,
                "owner": a.owner,
                "due": a.due,
                "measure": a.measure,
                "expected_impact": a.expected_impact,
            }
            for a in report.summary.actions
        ),
        commitments=commitments,
    )


class Library:
    """The knowledge base as the pages see it (thread-safe: pages run in a thread pool)."""

    def __init__(self, kb_url: str, cache_reports: int = 12) -> None:
        self.kb_url = kb_url
        self._kb: KnowledgeBase | None = None
        self._lock = threading.Lock()
        self._indexing = threading.Lock()  # one thread loads new reports; the others wait
        self._index: dict[int, ReportIndex] = {}
        self._reports: OrderedDict[int, tuple[Report, str | None]] = OrderedDict()
        self._cache_reports = cache_reports
        self._memo: OrderedDict[Any, Any] = OrderedDict()

    # -- the store --------------------------------------------------------------------------
    def kb(self) -> KnowledgeBase | None:
        """The knowledge base, or None while there is none (it is looked for again on each
        request, so a review saved after the server started appears)."""
        with self._lock:
            if self._kb is None:
                probe = KnowledgeBase.open(self.kb_url, create=False)
                if probe is None:
                    return None
                probe.close()
                # Open as every CLI write does, so tables added since it was made exist.
                self._kb = KnowledgeBase.open(self.kb_url)
            return self._kb

    def close(self) -> None:
        with self._lock:
            if self._kb is not None:
                self._kb.close()
                self._kb = None

    # -- reports ----------------------------------------------------------------------------
    def report(self, report_id: int) -> tuple[Report, str | None] | None:
        kb = self.kb()
        if kb is None:
            return None
        with self._lock:
            if report_id in self._reports:
                self._reports.move_to_end(report_id)
                return self._reports[report_id]
        found = kb.stored_report(report_id)
        if found is None:
            return None
        with self._lock:
            self._reports[report_id] = found
            while len(self._reports) > self._cache_reports:
                self._reports.popitem(last=False)
        return found

    def indexes(self) -> list[ReportIndex]:
        """Every stored report's index, in id order (loads the ones not seen yet)."""
        kb = self.kb()
        if kb is None:
            return []
        rows = kb.list_reports()
        out = []
        with self._indexing:
            for row in rows:
                rid = int(row["id"])
                idx = self._index.get(rid)
                if idx is None:
                    found = self.report(rid)
                    if found is None:  # deleted between the two reads (a rerun replaced it)
                        continue
                    idx = index_report(row, *found)
                    with self._lock:
                        self._index[rid] = idx
                out.append(idx)
        live = {int(r["id"]) for r in rows}
        with self._lock:
            for rid in [k for k in self._index if k not in live]:
                del self._index[rid]
        return out

    def memo(self, key: Any, make: Any) -> Any:
        """``make()``, remembered under ``key`` (a few dozen entries, least recent out): a
        report page's body depends only on the report and the set of reports it links to."""
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = make()
        with self._lock:
            self._memo[key] = value
            while len(self._memo) > 4 * self._cache_reports:
                self._memo.popitem(last=False)
        return value

    def index(self, report_id: int) -> ReportIndex | None:
        return next((i for i in self.indexes() if i.id == report_id), None)


def newest_first(rows: list[ReportIndex]) -> list[ReportIndex]:
    """The reports, newest period first (ties: the later id first)."""
    return sorted(rows, key=lambda i: (i.period_start or dt.date.min, i.id), reverse=True)
