"""Spark workspaces: a local Spark with a persistent catalog, a cluster master, or a session.

Three ways to point a workspace at Spark (the ``spark`` extra installs PySpark):

* ``pyspark:///some/dir`` starts Spark in local mode with its warehouse (``dir/warehouse``) and
  its catalog (a Hive metastore in ``dir/metastore_db``) under that directory, so the tables one
  command writes are there for the next;
* ``spark://host:port`` connects to a standalone cluster's master, whose own catalog keeps the
  tables;
* ``Workspace.open(session)`` uses a ``SparkSession`` a Python program already has.

A Spark session's static settings (warehouse, catalog, driver memory) can only be given before it
starts, so they are all set here on the builder; settings in the URL's query string
(``pyspark:///dir?spark.driver.memory=8g``) are added to them. Timestamps are stored as Spark's
``TIMESTAMP`` (an instant) with the session time zone fixed to UTC, so a naive timestamp is read
as UTC.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from debrief.errors import UserError

#: Settings of every session Debrief starts; the URL's query string overrides them.
DEFAULTS: dict[str, str] = {
    "spark.sql.session.timeZone": "UTC",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.log.level": "ERROR",
    # A review's tables are small after the first aggregation: 200 shuffle partitions (Spark's
    # default) cost more in scheduling than they save; adaptive execution merges what remains.
    "spark.sql.shuffle.partitions": str(max(4, 2 * (os.cpu_count() or 2))),
    "spark.sql.adaptive.enabled": "true",
    # Parquet timestamps as instants, written the same way by every Spark version.
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
}
#: Local mode only: the driver is the whole cluster, so it gets memory enough for ingest.
LOCAL_DEFAULTS: dict[str, str] = {"spark.driver.memory": "4g"}

SCHEMES = ("pyspark", "spark")


class SparkUnavailable(RuntimeError):
    """PySpark is not installed (``pip install 'campaign-debrief[spark]'``)."""


def is_spark_url(target: str) -> bool:
    return target.split("://", 1)[0].lower() in SCHEMES if "://" in target else False


def _import_pyspark() -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkUnavailable(
            "Spark workspaces need PySpark: pip install 'campaign-debrief[spark]' "
            "(and Java 17 or later)"
        ) from exc
    return SparkSession


def parse(target: str) -> tuple[str, Path | None, dict[str, str]]:
    """``(master, local directory or None, settings)`` of a Spark workspace URL."""
    url = urlsplit(target)
    scheme = url.scheme.lower()
    conf = dict(parse_qsl(url.query, keep_blank_values=False))
    if scheme == "pyspark":
        if url.netloc:
            raise ValueError(
                f"{target!r}: a local Spark workspace is pyspark:///path/to/dir (three slashes "
                "then a directory path)"
            )
        if not url.path or url.path == "/":
            raise ValueError(
                f"{target!r} names no directory: Spark keeps its tables and catalog in one, "
                "as in pyspark:///path/to/dir"
            )
        master = conf.pop("master", f"local[{os.cpu_count() or 2}]")
        return master, Path(url.path).resolve(), conf
    if scheme == "spark":
        if not url.hostname:
            raise ValueError(f"{target!r}: a Spark master is spark://host:port")
        return f"spark://{url.netloc}", None, conf
    raise ValueError(f"{target!r} is not a Spark workspace URL")


def local_settings(root: Path) -> dict[str, str]:
    """Warehouse and metastore under ``root``: the catalog survives the process."""
    return {
        "spark.sql.warehouse.dir": str(root / "warehouse"),
        "spark.sql.catalogImplementation": "hive",
        "spark.hadoop.javax.jdo.option.ConnectionURL": (
            f"jdbc:derby:;databaseName={root / 'metastore_db'};create=true"
        ),
        # Derby writes derby.log into the working directory unless told otherwise.
        "spark.driver.extraJavaOptions": f"-Dderby.system.home={root}",
        **LOCAL_DEFAULTS,
    }


class NoWorkspace(UserError, ValueError):
    """A local Spark workspace directory with no catalog in it (nothing was ever ingested)."""


def session_for(target: str, *, create: bool = True) -> Any:
    """The SparkSession for a ``pyspark://`` or ``spark://`` URL, started with fixed settings.

    A session already running in this process with other static settings (another workspace
    directory) is stopped first: Spark keeps one session per process and cannot change them.
    """
    master, root, extra = parse(target)
    if root is not None and not create and not (root / "metastore_db").is_dir():
        raise NoWorkspace(
            f"there is no Spark workspace at {root} (no catalog in it)",
            where=target,
            fix=f"load files into it first: debrief ingest FILES -w {target}",
        )
    SparkSession = _import_pyspark()
    conf = dict(DEFAULTS)
    if root is not None:
        root.mkdir(parents=True, exist_ok=True)
        conf.update(local_settings(root))
    conf.update(extra)
    active = SparkSession.getActiveSession()
    if active is not None:
        if _matches(active, master, conf):
            return active
        active.stop()
    builder = SparkSession.builder.master(master).appName("debrief")
    for key, value in conf.items():
        builder = builder.config(key, value)
    if root is not None:
        builder = builder.enableHiveSupport()
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel(conf.get("spark.log.level", "ERROR"))
    return session


def _matches(session: Any, master: str, conf: dict[str, str]) -> bool:
    """Whether a running session was started with this master and these static settings."""
    if session.sparkContext.master != master:
        return False
    static = ("spark.sql.warehouse.dir", "spark.hadoop.javax.jdo.option.ConnectionURL")
    current = dict(session.sparkContext.getConf().getAll())
    return all(current.get(k) == conf.get(k) for k in static if k in conf)


def connect(target: str | Any, *, create: bool = True) -> Any:
    """An Ibis PySpark backend for a Spark URL or an existing SparkSession; a local workspace
    directory is only started empty with ``create``."""
    import ibis

    session = session_for(target, create=create) if isinstance(target, str) else target
    session.conf.set("spark.sql.session.timeZone", "UTC")
    return ibis.pyspark.connect(session)


def is_session(obj: object) -> bool:
    """Whether ``obj`` is a SparkSession (without importing PySpark when it is not loaded)."""
    cls = type(obj)
    return cls.__name__ == "SparkSession" and cls.__module__.startswith("pyspark.")
