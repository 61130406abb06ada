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

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ibis

from debrief.schema import TABLES, table_schema

if TYPE_CHECKING:
    import ibis.expr.types as ir

DEFAULT_WORKSPACE = "debrief.duckdb"


class WorkspaceError(RuntimeError):
    """A workspace cannot be opened or lacks what a review needs."""


def _is_url(target: str) -> bool:
    return "://" in target


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
        cls, target: str | Path | Any = DEFAULT_WORKSPACE, *, read_only: bool = False
    ) -> Workspace:
        """Open (creating if needed) a workspace from a DuckDB path, an Ibis backend URL, a Spark
        URL or a ``SparkSession``."""
        from debrief import spark

        if spark.is_session(target):
            return cls(con=spark.connect(target), target="pyspark (session)", owned=False)
        target = str(target)
        try:
            if spark.is_spark_url(target):
                con = spark.connect(target)
            elif _is_url(target):
                con = ibis.connect(target)
            else:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                con = ibis.duckdb.connect(target, read_only=read_only)
            _quiet(con)
        except Exception as exc:  # the backend's own message names the problem
            raise WorkspaceError(f"Cannot open workspace {target!r}: {exc}") from exc
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
