"""A workspace: one Ibis connection holding the canonical tables.

The default is a DuckDB file (``./debrief.duckdb``). Any Ibis backend URL works in its place
(``duckdb:///path``, ``postgres://user@host/db``, ...); Spark is opened by :mod:`debrief.spark`
(``pyspark:///dir``, ``spark://host:port`` or a ``SparkSession``). Analyses receive a
:class:`Workspace` and build Ibis expressions on :meth:`Workspace.table`; nothing in them may
assume DuckDB.

Timestamps are instants in UTC everywhere: a backend that reports a timestamp column without a
time zone (Spark's ``TIMESTAMP``, Postgres' ``timestamp``) has it read as UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ibis

from debrief import spark
from debrief.errors import UserError
from debrief.schema import TABLES, table_schema

if TYPE_CHECKING:
    import ibis.expr.types as ir

DEFAULT_WORKSPACE = "debrief.duckdb"


class WorkspaceError(UserError, RuntimeError):
    """A workspace cannot be opened or lacks what a review needs."""


def _is_url(target: str) -> bool:
    return "://" in target


#: Bytes 8-11 of every DuckDB database file.
_DUCKDB_MAGIC = b"DUCK"
#: What a file that is not a workspace looks like, by its first bytes, for the message.
_LOOKS_LIKE = ((b"PAR1", "a Parquet file"), (b"SQLite format 3", "a SQLite database"))
_DATA_SUFFIXES = (
    ".csv", ".tsv", ".txt", ".parquet", ".pq", ".jsonl", ".ndjson", ".json",
    ".gz", ".bz2", ".zst", ".xlsx", ".xls", ".sqlite", ".yaml", ".yml",
)  # fmt: skip


def local_path(target: str) -> Path | None:
    """The file behind a DuckDB workspace (a path or a ``duckdb://`` URL); None for other URLs
    and in-memory databases."""
    if target.startswith("duckdb://"):
        target = target[len("duckdb://") :]
    if _is_url(target) or target in ("", ":memory:") or target.startswith(":memory:"):
        return None
    return Path(target)


def check_target(target: str, *, create: bool) -> None:
    """Refuse, before anything is opened or created, a local workspace path that is not a DuckDB
    database: a folder, a CSV/Parquet/JSON file, a file of another kind, or (unless ``create``) a
    file that does not exist."""
    path = local_path(target)
    if path is None:
        return
    fix_ingest = f"load your files into a workspace first: debrief ingest FILES -w {target}"
    if path.is_dir():
        raise WorkspaceError(
            f"the workspace {target} is a folder, not a DuckDB file",
            where=str(path),
            fix=f"give a file path, such as {path / 'debrief.duckdb'}",
        )
    if path.exists():
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise WorkspaceError(
                f"cannot read the workspace {target}: {exc.strerror}",
                where=str(path),
                fix="check the path and its permissions",
            ) from None
        if head[8:12] != _DUCKDB_MAGIC:
            kind = next((k for magic, k in _LOOKS_LIKE if head.startswith(magic)), None)
            if kind is None:
                kind = "an empty file" if not head else _guess_kind(path)
            raise WorkspaceError(
                f"{target} is not a Debrief workspace: it is {kind}, not a DuckDB database",
                where=str(path),
                fix=(
                    "give the DuckDB file to write to with -w (for example -w marketing.duckdb); "
                    f"a data file is an input: debrief ingest {path.name} -w marketing.duckdb"
                ),
            )
        return
    if not create:
        raise WorkspaceError(
            f"there is no workspace at {target}",
            where=str(path.resolve()),
            fix=f"check the path (or $DEBRIEF_WORKSPACE), or {fix_ingest}",
        )
    if path.suffix.lower() in _DATA_SUFFIXES:
        raise WorkspaceError(
            f"refusing to create a workspace named like a data file: {target}",
            where=str(path),
            fix="name the workspace after DuckDB, for example -w marketing.duckdb",
        )
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise WorkspaceError(
                    f"cannot create the workspace {target}: {parent} is a file, not a folder",
                    where=str(parent),
                    fix="choose a path whose folders are folders",
                )
            break


def _guess_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return "a text file (CSV?)"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "a JSON file"
    return "a file of another kind"


_LOCK = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")


def _holder(pid: int, program: str) -> str:
    """``PID 17161: debrief ingest demo -w ws.duckdb`` from /proc when readable."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        argv = [a.decode(errors="replace") for a in raw.split(b"\0") if a]
    except OSError:
        argv = []
    if argv:
        # Show the command as typed: the console script, not the interpreter running it.
        if Path(argv[0]).name.startswith("python") and len(argv) > 1:
            argv = argv[1:]
        argv[0] = Path(argv[0]).name
        command = " ".join(" ".join(argv).split())
        if len(command) > 160:
            command = command[:159] + "…"
        return f"PID {pid}: {command}"
    return f"PID {pid}, {program}"


def _open_error(target: str, exc: Exception) -> WorkspaceError:
    """A backend's failure to open ``target`` as one message: a lock names the other process."""
    text = str(exc)
    lock = _LOCK.search(text)
    if lock or "Could not set lock" in text:
        who = _holder(int(lock["pid"]), lock["program"]) if lock else "another process"
        return WorkspaceError(
            f"the workspace {target} is in use by another process ({who})",
            where=target,
            fix=(
                "wait for that command to finish (or stop it), then run this one again; "
                "reviews can read a workspace side by side, but not while an ingest writes to it"
            ),
        )
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return WorkspaceError(
        f"cannot open the workspace {target}: {first}",
        where=target,
        fix=(
            "check the URL, that the server is running and reachable, and that its driver is "
            "installed"
            if _is_url(target)
            else "check the path and its permissions"
        ),
    )


def _quiet(con: Any) -> Any:
    """``con``, without DuckDB's progress bar: drawn on long queries, it garbles our own output.

    Every DuckDB workspace (file, ``duckdb://`` URL or in memory) gets this here, once.
    """
    if getattr(con, "name", None) == "duckdb":
        con.raw_sql("SET enable_progress_bar = false")
    return con


def utc(t: ir.Table) -> ir.Table:
    """``t`` with every timestamp column that has no time zone read as UTC (a no-op cast in SQL)."""
    naive = {
        c: "timestamp('UTC')" for c, d in t.schema().items() if d.is_timestamp() and not d.timezone
    }
    return t.cast(naive) if naive else t


@dataclass
class Workspace:
    """An open workspace. ``target`` is the path or URL it was opened from."""

    con: Any
    target: str

    #: Whether closing the workspace closes the connection (not one the caller handed in).
    owned: bool = True

    @classmethod
    def open(
        cls,
        target: str | Path | Any = DEFAULT_WORKSPACE,
        *,
        read_only: bool = False,
        create: bool = False,
    ) -> Workspace:
        """Open a workspace from a DuckDB path, an Ibis backend URL, a Spark URL or a
        ``SparkSession``.

        A local DuckDB file must exist unless ``create`` (only ``ingest`` creates workspaces); a
        path that is a folder or a file of another kind (``budgets.csv``) is refused before
        anything is opened. A lock held by another process is named in the error.
        """
        if spark.is_session(target):
            return cls(con=spark.connect(target), target="pyspark (session)", owned=False)
        target = str(target)
        check_target(target, create=create)
        try:
            if spark.is_spark_url(target):
                con = spark.connect(target, create=create)
            elif _is_url(target):
                con = ibis.connect(target)
            else:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                con = ibis.duckdb.connect(target, read_only=read_only)
            _quiet(con)
        except spark.NoWorkspace:
            raise
        except Exception as exc:  # the backend's own message names the problem
            raise _open_error(target, exc) from exc
        return cls(con=con, target=target)

    @classmethod
    def in_memory(cls) -> Workspace:
        """An empty in-memory DuckDB workspace (tests, one-off runs)."""
        return cls(con=_quiet(ibis.duckdb.connect()), target=":memory:")

    @property
    def backend_name(self) -> str:
        return str(getattr(self.con, "name", "unknown"))

    @property
    def is_duckdb(self) -> bool:
        return self.backend_name == "duckdb"

    def tables(self) -> list[str]:
        """The canonical tables present in this workspace."""
        present = set(self.con.list_tables())
        return [name for name in TABLES if name in present]

    def has(self, name: str) -> bool:
        return name in set(self.con.list_tables())

    def table(self, name: str) -> ir.Table:
        """A canonical table as a lazy Ibis table."""
        table_schema(name)  # unknown names list the valid ones
        if not self.has(name):
            raise WorkspaceError(
                f"The workspace {self.target!r} has no {name!r} table. "
                f"Load it with `debrief ingest {name}.csv --workspace {self.target}`."
            )
        return utc(self.con.table(name))

    def optional(self, name: str) -> ir.Table | None:
        """A canonical table, or None where the workspace does not have it."""
        return utc(self.con.table(name)) if self.has(name) else None

    def close(self) -> None:
        if not self.owned:
            return
        if self.backend_name == "pyspark":
            # One Spark session lives as long as the process: starting one takes seconds, and
            # the next workspace on the same directory reuses it (debrief.spark.session_for).
            return
        disconnect = getattr(self.con, "disconnect", None)
        if disconnect is not None:
            disconnect()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
