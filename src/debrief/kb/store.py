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
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from debrief.errors import KnowledgeBaseError
from debrief.kb.actions import detach_actions, record_measured, store_actions
from debrief.kb.briefs import record_brief_checks
from debrief.kb.stored import display_of, report_from_document
from debrief.kb.tables import (
    benchmark_history,
    changes,
    findings,
    metadata,
    playbook,
    report_display,
    reports,
)
from debrief.kb.templates import delete_proposals, store_proposals
from debrief.results import Report, jsonable

__all__ = ["CHANGE_STATUSES", "WRITE_HOOK", "KnowledgeBase", "default_kb_url"]

#: A post-mortem's change is ``proposed``; the team ``agreed`` it in the meeting (the seed: "if the
#: team agrees to change something, that change should be visible in the next campaign's brief");
#: then it is ``done`` or ``dropped``. Only agreed changes are measured by the loop and carried by
#: briefs.
CHANGE_STATUSES = ("proposed", "agreed", "done", "dropped")
#: Rows written before the agreement step say ``open``: they were agreed (the loop measured them).
_LEGACY_AGREED = "open"
KB_FILENAME = "debrief-kb.sqlite"

#: Called with a step name between the writes of one save (tests kill the process here to prove
#: the transaction leaves nothing partial). None in normal use.
WRITE_HOOK: Callable[[str], None] | None = None


def default_kb_url(workspace: str) -> str:
    """``sqlite:///<dir>/debrief-kb.sqlite`` beside a DuckDB workspace file; in the current
    folder for a workspace URL that is not a local file (a warehouse)."""
    target = workspace
    if target.startswith("duckdb://"):
        target = target[len("duckdb://") :]
    if "://" in target or target in ("", ":memory:"):
        return f"sqlite:///{KB_FILENAME}"
    return f"sqlite:///{Path(target).resolve().parent / KB_FILENAME}"


def _sqlite_path(url: str) -> str | None:
    """The file of a ``sqlite:///`` URL; None for other URLs and in-memory SQLite."""
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///") :].split("?", 1)[0]
    return path if path and path != ":memory:" else None


def _check_sqlite_target(url: str, path: Path) -> None:
    """Say clearly why a SQLite KB at ``path`` could not be created or written; create nothing."""
    if path.is_dir():
        raise KnowledgeBaseError(
            f"the knowledge base {url} names a folder, not a file",
            where=str(path),
            fix="give a file name, e.g. sqlite:///reviews/debrief-kb.sqlite",
        )
    target = path.absolute()
    while not target.exists() and target.parent != target:
        target = target.parent
    if target != path.absolute() and not target.is_dir():
        raise KnowledgeBaseError(
            f"cannot create the knowledge base's folder: {target} is a file",
            where=str(path),
            fix="choose another --kb location",
        )
    need = os.W_OK | (os.X_OK if target.is_dir() else 0)
    if not os.access(target, need):
        raise KnowledgeBaseError(
            f"the knowledge base cannot be written: {target} is read-only",
            where=str(path),
            fix="choose a --kb location you may write to, or change its permissions",
        )


def _engine(url: str) -> sa.Engine:
    """An engine for ``url``; a malformed URL or a missing driver is one clear message."""
    try:
        parsed = sa.engine.make_url(url)
    except (sa.exc.ArgumentError, ValueError):
        raise KnowledgeBaseError(
            f"{url!r} is not a knowledge-base URL",
            where=url,
            fix="give a database URL such as sqlite:///path/debrief-kb.sqlite or "
            "postgresql://user@host/db (or leave --kb out: the KB then sits beside the workspace)",
        ) from None
    try:
        return sa.create_engine(parsed, future=True)
    except (sa.exc.NoSuchModuleError, ModuleNotFoundError, ImportError) as exc:
        name = getattr(exc, "name", None) or str(exc).strip().splitlines()[0]
        raise KnowledgeBaseError(
            f"the knowledge base {parsed.render_as_string(hide_password=True)} needs a database "
            f"driver that is not installed ({name})",
            where=parsed.render_as_string(hide_password=True),
            fix="install the driver (for PostgreSQL: pip install 'debrief[postgres]', which "
            "brings psycopg) or use a sqlite:/// URL",
        ) from None
    except sa.exc.ArgumentError as exc:
        raise KnowledgeBaseError(
            f"cannot use the knowledge-base URL {url!r}: {str(exc).splitlines()[0]}",
            where=url,
            fix="check the URL's options",
        ) from None


def _kb_error(url: str, exc: Exception) -> KnowledgeBaseError:
    """A database failure while opening the KB at ``url`` as one message."""
    shown = _shown(url)
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    local = _sqlite_path(url) is not None
    return KnowledgeBaseError(
        f"cannot open the knowledge base {shown}: {first}",
        where=shown,
        fix=(
            "check that the file is a Debrief knowledge base (SQLite) and that you may write it"
            if local
            else "check the URL, that the server is running and reachable, and the credentials"
        ),
    )


def _shown(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def _hook(step: str) -> None:
    if WRITE_HOOK is not None:
        WRITE_HOOK(step)


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
        sqlite_path = _sqlite_path(url)
        if sqlite_path is not None and not create and not Path(sqlite_path).exists():
            return None
        if sqlite_path is not None and create:
            _check_sqlite_target(url, Path(sqlite_path))
            Path(sqlite_path).parent.mkdir(parents=True, exist_ok=True)
        engine = _engine(url)
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
            raise _kb_error(url, exc) from None
        return cls(engine=engine, url=url)

    @classmethod
    def check(cls, url: str) -> None:
        """Check, before a long run, that the KB at ``url`` can be opened and written, creating
        nothing; raise ``KnowledgeBaseError`` (naming the URL and the fix) if not."""
        sqlite_path = _sqlite_path(url)
        if sqlite_path is not None:
            _check_sqlite_target(url, Path(sqlite_path))
            if Path(sqlite_path).exists():
                kb = cls.open(url, create=False)  # a file that is not SQLite fails here
                if kb is not None:
                    kb.close()
            return
        engine = _engine(url)
        try:
            with engine.connect():
                pass
        except sa.exc.SQLAlchemyError as exc:
            raise _kb_error(url, exc) from None
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
        """Store ``report`` with its findings, its one change (status open), ``lessons``
        (playbook entries), for a monthly review its action plan (``monthly_actions``), and what
        its HTML shows beyond report.json (charts, units, ``currency``) in one transaction; return
        the new report id.

        A post-mortem replaces the earlier post-mortem(s) of the same campaign, a monthly review
        the earlier review(s) of the same month, unless ``keep_history``.
        """
        now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        doc = report.to_json_dict()
        diag = report.stages.get("funnel_review")
        problem = (
            diag.tables["diagnosis"][0]["problem"]
            if diag and diag.tables.get("diagnosis")
            else None
        )
        with self.transaction() as conn:
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
