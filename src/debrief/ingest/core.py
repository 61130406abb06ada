"""``ingest()``: files in, validated canonical tables into a workspace, all or nothing.

Steps: find the files (named after contract tables, or picked by a mapping), read each
(:mod:`~debrief.ingest.readers`), apply the mapping (:mod:`~debrief.ingest.mapping`), type and
validate every column (:mod:`~debrief.ingest.validate`), and only when no error was found anywhere
write every table at once (:mod:`~debrief.ingest.writer`). Any error raises :class:`IngestError`
listing every problem, and the workspace is exactly as before.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.assign import check_params
from debrief.ingest.crossplatform import check_currency, namespace_ids, period_warnings
from debrief.ingest.mapping import load_mapping
from debrief.ingest.parts import mapped_parts, run_parts
from debrief.ingest.problems import DEFAULT_CAP, IngestError, Level, Problem, ProblemLog
from debrief.ingest.readers import SUFFIXES, RawFile, ReadOptions, file_stem, read_file
from debrief.ingest.recognise import Recognition, recognise
from debrief.ingest.stream import bounded_memory, stage_file, streams
from debrief.ingest.untracked import untracked_stages, untracked_value
from debrief.ingest.validate import (
    Part,
    check_table,
    combine,
    origin_free,
    validate_part,
    with_always_columns,
)
from debrief.ingest.wide import WideOptions, load_wide
from debrief.ingest.writer import Staged, drop_staged, new_token, write_tables
from debrief.numbers import fmt
from debrief.schema import TABLES, table_hint, table_schema
from debrief.workspace import Workspace, check_target, local_path


@dataclass(frozen=True)
class TableLoad:
    """One table of an ingest: rows read from its files, rows in the workspace after, warnings."""

    name: str
    rows_read: int
    rows: int
    warnings: int
    files: tuple[str, ...]


@dataclass(frozen=True)
class IngestResult:
    """What an ingest loaded. ``problems`` are the warnings (an ingest with errors raises)."""

    workspace: str
    tables: dict[str, TableLoad]
    problems: list[Problem] = field(default_factory=list)
    unlisted: list[tuple[str, str | None, str, Level, int]] = field(default_factory=list)
    #: What was recognised and how it was read, in sentences (shown before the summary).
    notes: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> int:
        return sum(t.warnings for t in self.tables.values())

    def summary(self) -> list[str]:
        """One line per table loaded: rows read, rows in the workspace, warnings."""
        return [
            f"{t.name}: {fmt(t.rows_read, 'count')} rows read from {', '.join(t.files)}; "
            f"{fmt(t.rows, 'count')} rows in workspace; {fmt(t.warnings, 'count')} warning(s)"
            for t in self.tables.values()
        ]


def _table_files(
    paths: Sequence[str | Path],
    log: ProblemLog,
    recognised: frozenset[Path] = frozenset(),
    hints: Mapping[str, str] | None = None,
) -> list[tuple[str, Path]]:
    """(table, file) for files named after contract tables; a directory means each such file in it.

    A file named on its own that is neither a contract file nor ``recognised`` is an error (with
    what to do instead, ``hints``: the flags that load a wide marketing-mix file, or why a file a
    mapping knows is not loaded).
    """
    out: list[tuple[str, Path]] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.iterdir()):
                if f.is_file() and f.suffix.lower() in SUFFIXES and file_stem(f) in TABLES:
                    out.append((file_stem(f), f))
        elif p.is_file():
            stem = file_stem(p)
            if stem in TABLES:
                out.append((stem, p))
            elif hints and str(p) in hints:
                if not log.has_errors_in(p.name):
                    log.add(p.name, None, hints[str(p)], "error")
            elif p not in recognised:
                log.add(
                    p.name,
                    None,
                    f"is not named after a contract table ({table_hint(stem)}) and no shipped "
                    "mapping recognises its columns; rename it, pass --table NAME=FILE, or "
                    "--mapping (a shipped name or your YAML)",
                    "error",
                )
        else:
            log.add(str(p), None, "does not exist", "error")
    return out


def _known_only(found: Recognition) -> dict[str, str]:
    """Files a shipped mapping knows only to leave out (a breakdown of spend loaded elsewhere):
    named on their own, they are refused with the reason, not as unknown columns."""
    return {
        str(shape.path): (
            f"is recognised as {known.what} (mapping {run.spec.name}), which is not loaded: "
            f"{known.why}; load the export it breaks down instead, or this file with --mapping "
            "(your YAML)"
        )
        for run in found.known_only
        for shape, known in run.known
    }


#: Tables always read whole: their ids, currency and periods are checked across every row and file
#: (:mod:`debrief.ingest.crossplatform`), and they hold one row per day and campaign, not per person.
WHOLE_TABLES = frozenset({"ad_performance", "content_performance"})


def _known_campaigns(
    ws: Workspace | None, typed: Mapping[str, pa.Table], append: bool
) -> pa.Array | None:
    """Campaign ids to check others against: this ingest's campaigns, else the workspace's."""
    ids: list[pa.Array] = []
    if "campaigns" in typed:
        ids.append(typed["campaigns"].column("campaign_id").combine_chunks())
    if ws is not None and ("campaigns" not in typed or append) and ws.has("campaigns"):
        t = ws.con.table("campaigns")
        if "campaign_id" in t.columns:
            ids.append(t.select("campaign_id").distinct().to_pyarrow().column(0).combine_chunks())
    if not ids:
        return None
    return pc.unique(pa.concat_arrays([a.cast(pa.string()) for a in ids]))


def ingest(
    paths: Sequence[str | Path],
    workspace: str | Path | Workspace,
    *,
    mapping: str | Path | None = None,
    tables: Mapping[str, str | Path] | None = None,
    append: bool = False,
    params: Mapping[str, str] | None = None,
    cap: int = DEFAULT_CAP,
    allow_empty: bool = False,
    encoding: str = "utf-8",
    wide: WideOptions | None = None,
) -> IngestResult:
    """Validate ``paths`` (files or directories) and load them into ``workspace``.

    Without ``mapping``, files are named after contract tables (``ad_performance.csv``,
    ``leads.parquet``, ``touchpoints.jsonl``); ``tables={"leads": path}`` names a table
    explicitly. With ``mapping`` (a shipped mapping's name, e.g. ``"fb_ads_kag"``, or a YAML path),
    the mapping says which files feed which tables and how; ``params`` fills its parameters.
    ``append`` merges with rows already loaded, deduplicating on the table's key (the new file
    wins); otherwise each loaded table is replaced, so re-ingesting the same files is idempotent.
    A table whose files have no rows (a header only) would be emptied: that is an error unless
    ``allow_empty``. ``encoding`` is the text encoding of CSV files named after contract tables
    (a mapping gives its own per source). ``wide`` names the columns of wide marketing-mix files
    (:mod:`debrief.ingest.wide`; files no mapping recognises are tried as such by their names).

    Raises :class:`IngestError` (nothing written) when any file has an error.
    """
    # A workspace path that is a folder or a data file (``-w budgets.csv``) is refused before any
    # file is read: it would otherwise "load" into nothing.
    if not isinstance(workspace, Workspace):
        check_target(str(workspace), create=True)
    log = ProblemLog(cap)
    parts: list[Part] = []
    notes: list[str] = []
    recognised: frozenset[Path] = frozenset()
    hints: dict[str, str] = {}
    if mapping is not None:
        spec = load_mapping(mapping)
        parts.extend(mapped_parts(spec, paths, log, params or {}, notes))
    else:
        # Exports Debrief knows are recognised by their headers; contract files by their names.
        found = recognise(paths)
        recognised = frozenset(p for run in found.runs for p in run.files)
        if found.runs:
            check_params([run.spec for run in found.runs], params or {}, log)
        wide_notes: list[str] = []
        left, found.hints = load_wide(
            found.unrecognised, wide or WideOptions(), log, wide_notes, parts
        )
        recognised |= {s.path for s in found.unrecognised if s not in left}
        found.unrecognised, hints = left, {**found.hints, **_known_only(found)}
        notes.extend(found.notes())
        notes.extend(wide_notes)
        for run in found.runs:
            parts.extend(run_parts(run, params or {}, log, notes))
        notes = list(dict.fromkeys(notes))  # a file read by two sources is noted once
    files = [] if mapping is not None else _table_files(paths, log, recognised, hints)
    for name, table_path in (tables or {}).items():
        try:
            table_schema(name)
        except KeyError as exc:
            log.add(str(table_path), None, str(exc.args[0]), "error")
            continue
        files.append((name, Path(table_path)))
    # A table from one big Parquet file is validated and staged in batches (memory flat in the
    # file's size); the others are read whole.
    per_table = Counter([name for name, _ in files] + [p.table for p in parts])
    big = [(n, p) for n, p in files if per_table[n] == 1 and n not in WHOLE_TABLES and streams(p)]
    for name, path in files:
        if (name, path) in big:
            continue
        raw = read_file(path, log, ReadOptions(encoding=encoding))
        if raw is not None:
            parts.append(_part(name, raw))
    if not parts and not big and not log.has_errors():
        log.add(
            ", ".join(map(str, paths)) or "(no paths)",
            None,
            "no file named after a contract table",
            "error",
        )

    by_table: dict[str, list[int]] = defaultdict(list)
    typed_parts: dict[int, pa.Table] = {}
    for i, part in enumerate(parts):
        typed = validate_part(part, table_schema(part.table), log)
        if typed is not None and part.table == "ad_performance":
            typed = untracked_value(typed, part.label, notes)
        if typed is not None:
            typed_parts[i] = typed
            by_table[part.table].append(i)

    combined = {
        name: with_always_columns(table_schema(name), combine([(i, typed_parts[i]) for i in idx]))
        for name, idx in by_table.items()
    }
    # A workspace file that does not exist yet is only created once the files are valid, so a
    # refused ingest leaves no empty workspace behind.
    ws: Workspace | None = workspace if isinstance(workspace, Workspace) else None
    target = str(workspace) if ws is None else ws.target
    if ws is None and ("://" in target or Path(target).exists()):
        # An existing file, or a URL (a first Spark ingest starts an empty catalog).
        ws = Workspace.open(target, create=True)
    created = False
    token = new_token()
    streamed: dict[str, Staged] = {}
    try:
        campaign_ids = _known_campaigns(ws, combined, append)
        # funnel dates the workspace's leads already carry stay when a load is appended to them
        kept = frozenset(ws.table("leads").columns if ws and append and ws.has("leads") else ())
        if "leads" in combined:
            files_of = ", ".join(dict.fromkeys(parts[i].label for i in by_table["leads"]))
            combined["leads"] = untracked_stages(combined["leads"], files_of, notes, kept)
        if "ad_performance" in combined:
            combined["ad_performance"] = namespace_ids(
                combined["ad_performance"], parts, log, ws, append, campaign_ids
            )
            check_currency(combined["ad_performance"], parts, log, ws, append)
        for name in ("ad_performance", "content_performance"):
            if name in combined:
                period_warnings(combined[name], parts, log)
        for name, table in combined.items():
            check_table(name, table_schema(name), table, parts, log, campaign_ids)
            if table.num_rows == 0:
                _no_rows(name, [parts[i].label for i in by_table[name]], log, append, allow_empty)
        if big and not log.has_errors():
            # Staging tables are private to this ingest (named by its token) and dropped unless
            # it succeeds.
            if ws is None:
                ws = Workspace.open(target, create=True)
                created = local_path(target) is not None
            with bounded_memory(ws):
                for name, path in big:
                    staged = stage_file(
                        ws, name, path, log, campaign_ids, token, notes=notes, keep=kept
                    )
                    if staged is not None:
                        streamed[name] = staged
        if log.has_errors():
            raise IngestError(log.problems(), log.unlisted(), notes=notes)
        if ws is None:
            ws = Workspace.open(target, create=True)
            created = local_path(target) is not None
        # Tables in contract order, so listings and the workspace read the same way everywhere.
        ordered: dict[str, pa.Table | Staged] = {
            n: streamed[n] if n in streamed else origin_free(combined[n])
            for n in TABLES
            if n in combined or n in streamed
        }
        with bounded_memory(ws) if streamed else nullcontext():
            rows = write_tables(ws, ordered, append=append, token=token)
        loads = {}
        for name, data in ordered.items():
            if isinstance(data, Staged):
                files = tuple(p.name for n, p in big if n == name)
                read = data.rows
            else:
                files = tuple(dict.fromkeys(parts[i].label for i in by_table[name]))
                read = data.num_rows
            loads[name] = TableLoad(
                name,
                rows_read=read,
                rows=rows[name],
                warnings=sum(log.count("warning", f) for f in files),
                files=files,
            )
        return IngestResult(ws.target, loads, log.problems(), log.unlisted(), notes)
    except BaseException:
        if ws is not None:
            drop_staged(ws, token)
        if created and ws is not None:  # a workspace this ingest created: leave none behind
            ws.close()
            ws = None
            _remove_database(target)
        raise
    finally:
        if ws is not None and not isinstance(workspace, Workspace):
            ws.close()


def _no_rows(
    table: str, files: Sequence[str], log: ProblemLog, append: bool, allow_empty: bool
) -> None:
    """A table whose files have a header and no rows: replacing would empty it."""
    if append:
        for f in files:
            log.add(f, None, f"has no rows: nothing added to {table}", "warning")
    elif allow_empty:
        for f in files:
            log.add(f, None, f"has no rows: {table} is now empty (--allow-empty)", "warning")
    else:
        for f in files:
            log.add(
                f,
                None,
                f"has no rows (a header only): loading it would empty the table {table}; "
                "pass --allow-empty to do that, or leave the file out",
                "error",
            )


def _remove_database(target: str) -> None:
    path = local_path(target)
    if path is None:
        return
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def _part(name: str, raw: RawFile) -> Part:
    return Part(name, raw.label, raw.table, raw.line_of, failed=dict(raw.failed))
