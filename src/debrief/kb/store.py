"""The knowledge base store: reports, findings, changes, playbook entries, benchmark history.

SQLAlchemy Core on any database URL: SQLite by default (``debrief-kb.sqlite`` beside the
workspace's DuckDB file), Postgres by ``--kb postgresql://...`` with the same code. Every write is
one transaction: a failure (or a killed process) leaves the knowledge base as it was. Saving a
post-mortem replaces the earlier one of the same campaign (its findings, change and playbook
entries go with it) unless ``keep_history``.

Tables:

* ``reports``: id, kind, campaign_id, period_start, period_end, generated_at, saved_at, title,
  problem (the diagnosis), document (report.json text);
* ``findings``: report_id, finding_id, stage, kind, metric, actual, reference, statement;
* ``changes``: the one change of a post-mortem: id, report_id, campaign_id, title, owner, due,
  measure, baseline, target, channels (JSON), status (proposed | agreed | done | dropped; the
  older "open" reads as agreed), created_on, result (JSON: the measured before/after),
  measured_on;
* ``playbook``: report_id, campaign_id, lesson, channel, objective, audience, problem;
* ``benchmark_history``: metric, channel, value, pooled, n_campaigns, ci_low, ci_high, method,
  as_of, saved_at;
* ``monthly_actions``: a monthly review's action plan, kept like changes (:mod:`debrief.kb.actions`);
* ``deliveries``, ``read_receipts``, ``cycle_events``: what ``debrief tick`` sent, who read it and
  what else it did (:mod:`debrief.kb.outbox`, :mod:`debrief.kb.receipts`,
  :mod:`debrief.kb.journal`).
* ``report_display``: report_id, currency, charts, units (JSON): what report.json leaves out but
  report.html shows, so :meth:`KnowledgeBase.stored_report` renders as the delivered HTML.
* ``campaign_templates``, ``template_updates``: what a brief is prefilled from, and what
  post-mortems propose to change in it (:mod:`debrief.kb.templates`);
* ``briefs``, ``brief_items``: the briefs ``debrief brief`` wrote and the agreed changes and
  lessons each carried (:mod:`debrief.kb.briefs`).

A monthly review replaces the earlier review of the same month the same way a post-mortem
replaces the earlier one of its campaign.

Where a knowledge base is and the errors of opening one are :mod:`debrief.kb.connect`; what one
save writes is :mod:`debrief.kb.save`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from debrief.kb.connect import (
    KB_FILENAME,
    check_sqlite_target,
    default_kb_url,
    engine_for,
    kb_error,
    sqlite_path,
)
from debrief.kb.save import write_report
from debrief.kb.stored import report_from_document
from debrief.kb.tables import (
    benchmark_history,
    changes,
    findings,
    metadata,
    playbook,
    report_display,
    reports,
)
from debrief.results import Report, jsonable

__all__ = ["CHANGE_STATUSES", "KB_FILENAME", "KnowledgeBase", "default_kb_url"]


#: A post-mortem's change is ``proposed``; the team ``agreed`` it in the meeting (the seed: "if the
#: team agrees to change something, that change should be visible in the next campaign's brief");
#: then it is ``done`` or ``dropped``. Only agreed changes are measured by the loop and carried by
#: briefs.
CHANGE_STATUSES = ("proposed", "agreed", "done", "dropped")
#: Rows written before the agreement step say ``open``: they were agreed (the loop measured them).
_LEGACY_AGREED = "open"


@dataclass
class KnowledgeBase:
    engine: sa.Engine
    url: str

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> KnowledgeBase | None:
        """Open (creating tables when ``create``) the KB at ``url``. With ``create=False`` a
        SQLite file that does not exist yet gives None (nothing has been learned yet).

        A URL that cannot be parsed, lacks its driver, cannot be reached or (with ``create``)
        written is a :class:`~debrief.errors.KnowledgeBaseError` naming the URL and the fix."""
        local = sqlite_path(url)
        if local is not None and not create and not Path(local).exists():
            return None
        if local is not None and create:
            check_sqlite_target(url, Path(local))
            Path(local).parent.mkdir(parents=True, exist_ok=True)
        engine = engine_for(url)
        try:
            if create:
                metadata.create_all(engine)
            else:
                have = set(sa.inspect(engine).get_table_names())
                if "reports" not in have:
                    engine.dispose()
                    return None
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            raise kb_error(url, exc) from None
        return cls(engine=engine, url=url)

    @classmethod
    def check(cls, url: str) -> None:
        """Check, before a long run, that the KB at ``url`` can be opened and written, creating
        nothing; raise ``KnowledgeBaseError`` (naming the URL and the fix) if not."""
        local = sqlite_path(url)
        if local is not None:
            check_sqlite_target(url, Path(local))
            if Path(local).exists():
                kb = cls.open(url, create=False)  # a file that is not SQLite fails here
                if kb is not None:
                    kb.close()
            return
        engine = engine_for(url)
        try:
            with engine.connect():
                pass
        except sa.exc.SQLAlchemyError as exc:
            raise kb_error(url, exc) from None
        finally:
            engine.dispose()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """One transaction: committed at the end, rolled back on any error."""
        with self.engine.begin() as conn:
            yield conn

    # -- writes ---------------------------------------------------------------------------
    def save_report(
        self,
        report: Report,
        *,
        keep_history: bool = False,
        lessons: list[dict[str, Any]] | None = None,
        now: dt.datetime | None = None,
        as_of: dt.date | None = None,
        currency: str = "USD",
    ) -> int:
        """Store ``report`` with its findings, its one change (status proposed), ``lessons``
        (playbook entries), for a monthly review its action plan (``monthly_actions``), and what
        its HTML shows beyond report.json (charts, units, ``currency``) in one transaction; return
        the new report id (:func:`debrief.kb.save.write_report`).

        A post-mortem replaces the earlier post-mortem(s) of the same campaign, a monthly review
        the earlier review(s) of the same month, unless ``keep_history``.
        """
        now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        with self.transaction() as conn:
            return write_report(
                conn,
                report,
                keep_history=keep_history,
                lessons=lessons,
                now=now,
                as_of=as_of,
                currency=currency,
            )

    def set_change_status(self, change_id: int, status: str) -> None:
        """Set a change's status (``open``, the name before the agreement step, means agreed)."""
        if status == _LEGACY_AGREED:
            status = "agreed"
        if status not in CHANGE_STATUSES:
            raise ValueError(f"status must be one of {', '.join(CHANGE_STATUSES)}, not {status!r}")
        with self.transaction() as conn:
            n = conn.execute(
                sa.update(changes).where(changes.c.id == change_id).values(status=status)
            ).rowcount
            if n == 0:
                raise KeyError(f"no change with id {change_id}")

    def record_result(self, change_id: int, result: dict[str, Any], on: dt.date) -> None:
        """Store the measured before/after of a change (it stays open until a person closes it)."""
        with self.transaction() as conn:
            conn.execute(
                sa.update(changes)
                .where(changes.c.id == change_id)
                .values(result=json.dumps(jsonable(result)), measured_on=on)
            )

    def save_benchmarks(self, rows: list[dict[str, Any]], as_of: dt.date) -> int:
        """Append recalibrated benchmarks (one transaction); return the number written."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        keys = {c.name for c in benchmark_history.columns} - {"id", "saved_at", "as_of"}
        with self.transaction() as conn:
            if rows:
                conn.execute(
                    sa.insert(benchmark_history),
                    [
                        {**{k: r.get(k) for k in keys}, "as_of": as_of, "saved_at": now}
                        for r in rows
                    ],
                )
        return len(rows)

    # -- reads ----------------------------------------------------------------------------
    def _rows(self, stmt: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def list_reports(self) -> list[dict[str, Any]]:
        cols = [c for c in reports.c if c.name != "document"]
        return self._rows(sa.select(*cols).order_by(reports.c.id))

    def get_report(self, report_id: int) -> dict[str, Any] | None:
        rows = self._rows(sa.select(reports).where(reports.c.id == report_id))
        if not rows:
            return None
        out = rows[0]
        out["document"] = json.loads(out["document"])
        return out

    def stored_report(self, report_id: int) -> tuple[Report, str | None] | None:
        """A stored report as a :class:`Report` with its currency, ready to render as the HTML
        it was delivered as (see :mod:`debrief.kb.stored`); None when there is no such id. The
        currency is None for a report saved before ``report_display`` existed."""
        row = self.get_report(report_id)
        if row is None:
            return None
        shown = self._rows(sa.select(report_display).where(report_display.c.report_id == report_id))
        display = {k: json.loads(shown[0][k]) for k in ("charts", "units")} if shown else None
        currency = shown[0]["currency"] if shown else None
        return report_from_document(row["document"], display), currency

    def search(self, text: str) -> list[dict[str, Any]]:
        """Findings, changes and playbook lessons whose text contains ``text`` (any case)."""
        pat = f"%{text.lower()}%"
        out = [
            {"type": "finding", **r}
            for r in self._rows(
                sa.select(findings.c.report_id, findings.c.finding_id, findings.c.statement).where(
                    sa.func.lower(findings.c.statement).like(pat)
                )
            )
        ]
        out += [
            {"type": "change", **r}
            for r in self._rows(
                sa.select(changes.c.report_id, changes.c.id, changes.c.title).where(
                    sa.func.lower(changes.c.title).like(pat)
                )
            )
        ]
        out += [
            {"type": "lesson", **r}
            for r in self._rows(
                sa.select(playbook.c.report_id, playbook.c.campaign_id, playbook.c.lesson).where(
                    sa.func.lower(playbook.c.lesson).like(pat)
                )
            )
        ]
        return out

    def playbook_entries(
        self, channel: str | None = None, problem: str | None = None
    ) -> list[dict[str, Any]]:
        stmt = sa.select(playbook).order_by(playbook.c.id)
        if channel:
            stmt = stmt.where(playbook.c.channel == channel)
        if problem:
            stmt = stmt.where(playbook.c.problem == problem)
        return self._rows(stmt)

    def changes(self, status: str | None = None) -> list[dict[str, Any]]:
        """Changes, oldest first; ``status`` filters (``agreed`` includes the older ``open``)."""
        stmt = sa.select(changes).order_by(changes.c.id)
        if status in ("agreed", _LEGACY_AGREED):
            stmt = stmt.where(changes.c.status.in_(("agreed", _LEGACY_AGREED)))
        elif status:
            stmt = stmt.where(changes.c.status == status)
        rows = self._rows(stmt)
        for r in rows:
            if r["status"] == _LEGACY_AGREED:
                r["status"] = "agreed"
            r["channels"] = json.loads(r["channels"] or "[]")
            r["result"] = json.loads(r["result"]) if r["result"] else None
        return rows

    def post_mortem_campaigns(self) -> set[str]:
        stmt = sa.select(reports.c.campaign_id).where(reports.c.kind == "post_mortem").distinct()
        return {r["campaign_id"] for r in self._rows(stmt)}

    def benchmark_rows(self) -> list[dict[str, Any]]:
        return self._rows(sa.select(benchmark_history).order_by(benchmark_history.c.id))

    def counts(self) -> dict[str, int]:
        """Row counts per table (tests and ``kb list`` use it)."""
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                for t in metadata.sorted_tables
            }
