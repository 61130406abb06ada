"""Spark local: PySpark from the ``spark`` extra and a Java runtime.

Locally a missing Spark skips these tests with the reason; in CI (``CI=true``) it fails them, so a
green CI run always includes the live Spark comparison.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


def _need_spark() -> None:
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark (pip install -e '.[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        missing.append("a Java runtime (17 or later)")
    if missing:
        reason = "Spark local needs " + " and ".join(missing)
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason + " in CI", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def spark_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A directory for this test process's local Spark workspace (one session per process)."""
    _need_spark()
    root = tmp_path_factory.mktemp("spark")
    yield root
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()


@pytest.fixture(scope="session")
def spark_url(spark_root: Path) -> str:
    return f"pyspark://{spark_root / 'ws'}"
