"""Shared fixtures.

* ``shared_data``: the real third-party files in ../shared/data (skips when absent).
* ``make_ws``: an in-memory workspace from small pandas frames built in the test.
* ``demo_dir`` / ``demo_ws``: the demo company (docs/demo-data.md), generated and ingested once per
  test session into a DuckDB file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from debrief.workspace import Workspace

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data not present at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def make_ws() -> Callable[..., Workspace]:
    """``make_ws(ad_performance=df, campaigns=df, ...)`` -> an in-memory workspace."""

    def _make(**frames: pd.DataFrame) -> Workspace:
        ws = Workspace.in_memory()
        for name, df in frames.items():
            ws.con.create_table(name, df, overwrite=True)
        return ws

    return _make


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from debrief.demo import generate

    out = tmp_path_factory.mktemp("demo")
    generate(out, seed=7)
    return out


@pytest.fixture(scope="session")
def demo_ws_path(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    from debrief.ingest import ingest

    path = str(tmp_path_factory.mktemp("ws") / "demo.duckdb")
    ingest([demo_dir], path)
    return path


@pytest.fixture
def demo_ws(demo_ws_path: str) -> Workspace:
    ws = Workspace.open(demo_ws_path, read_only=True)
    yield ws
    ws.close()
