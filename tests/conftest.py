"""Shared fixtures.

* ``shared_data``: the real third-party files in ../shared/data (skips when absent).
* ``make_ws``: an in-memory workspace from small pandas frames built in the test.
* ``pulls``: the row count of every query result that comes into Python during the test, to
  check that a pull is an aggregate whose size does not grow with the rows.
* ``demo_dir`` / ``demo_ws``: the demo company (docs/demo-data.md), generated and ingested once per
  test session into a DuckDB file.
* ``golden``: compares generated reports and SQL with their stored copies; ``make golden``
  (``DEBRIEF_UPDATE_GOLDEN=1``) refreshes them all.
* ``spark_root`` / ``spark_url``: a local Spark workspace (PySpark from the ``spark`` extra and
  Java). Locally a missing Spark skips with the reason; in CI (``CI=true``) it fails the test, so
  a green CI run always includes the live Spark comparison.
* Tests marked ``postgres`` or ``spark`` need a real service: locally they may skip with the
  reason; in CI (``CI=true``) a skip of one of them is reported as a failure
  (:func:`pytest_runtest_makereport`), so a missing server never passes silently.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from debrief.workspace import Workspace

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def pytest_configure(config: pytest.Config) -> None:
    """Declare every stage and its settings section before any test runs, as every command does
    through :mod:`debrief.engine`: a test that builds ``Settings`` with :mod:`debrief.config`
    directly then sees the same sections whichever test file runs first (run alone, two such
    files failed with "'Settings' object has no attribute 'attribution'")."""
    from debrief.engine import load_plugins

    load_plugins()


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


@pytest.fixture
def pulls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Rows (or values) of every table or column result executed while the test runs: whatever
    path a query takes into Python (``debrief.query`` or not), it goes through these methods."""
    from ibis.expr.types import core, generic, relations

    sizes: list[int] = []

    def record(cls: type, name: str) -> None:
        original = getattr(cls, name)

        def run(self: Any, *args: Any, **kwargs: Any) -> Any:
            out = original(self, *args, **kwargs)
            if not isinstance(self, generic.Scalar) and hasattr(out, "__len__"):
                sizes.append(len(out))
            return out

        monkeypatch.setattr(cls, name, run)

    record(core.Expr, "execute")
    record(core.Expr, "to_pyarrow")
    record(relations.Table, "to_pyarrow")
    return sizes


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


# --- golden copies -------------------------------------------------------------------------------
#: Set to refresh every stored copy instead of comparing (``make golden``).
UPDATE_GOLDEN = "DEBRIEF_UPDATE_GOLDEN"


class Golden:
    """Compares generated text with a stored copy, or stores it when ``DEBRIEF_UPDATE_GOLDEN=1``.

    ``check(path, text)`` compares exactly; ``check_json(path, doc)`` compares a JSON document
    value by value, floats to 1e-9 relative (DuckDB sums in parallel, so the last bits of a float
    can differ between two runs of the same review) and stores floats to 12 significant digits.
    A difference fails with the first differing lines or values and the refresh command.
    """

    FIX = "refresh with `make golden` if the change is intended, and review the diff"

    def __init__(self) -> None:
        self.update = os.environ.get(UPDATE_GOLDEN, "") not in ("", "0")

    def check(self, path: Path, text: str) -> None:
        if self.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8", newline="") as f:
                f.write(text)
            return
        assert path.exists(), f"{path} is missing: {self.FIX}"
        with path.open(encoding="utf-8", newline="") as f:  # byte for byte: no newline changes
            stored = f.read()
        if text != stored:
            diff = difflib.unified_diff(
                stored.splitlines(keepends=True), text.splitlines(keepends=True), "stored", "now"
            )
            shown = "".join(list(diff)[:60])
            pytest.fail(f"{path.name} differs from its golden copy ({self.FIX}):\n{shown}")

    def check_json(self, path: Path, doc: Any) -> None:
        rounded = _round_floats(doc)
        if self.update:
            self.check(path, json.dumps(rounded, indent=2, ensure_ascii=False) + "\n")
            return
        assert path.exists(), f"{path} is missing: {self.FIX}"
        stored = json.loads(path.read_text(encoding="utf-8"))
        diffs = list(_json_diffs(stored, rounded, "$"))
        if diffs:
            shown = "\n".join(diffs[:40])
            more = f"\n... and {len(diffs) - 40} more" if len(diffs) > 40 else ""
            pytest.fail(f"{path.name} differs from its golden copy ({self.FIX}):\n{shown}{more}")


def _round_floats(value: Any) -> Any:
    if isinstance(value, float):
        return float(f"{value:.12g}")
    if isinstance(value, dict):
        return {k: _round_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round_floats(v) for v in value]
    return value


def _json_diffs(stored: Any, now: Any, where: str) -> Iterator[str]:
    if isinstance(stored, dict) and isinstance(now, dict):
        for k in dict.fromkeys([*stored, *now]):
            if k not in now:
                yield f"{where}.{k}: removed (was {_short(stored[k])})"
            elif k not in stored:
                yield f"{where}.{k}: added ({_short(now[k])})"
            else:
                yield from _json_diffs(stored[k], now[k], f"{where}.{k}")
    elif isinstance(stored, list) and isinstance(now, list):
        for i, (a, b) in enumerate(zip(stored, now, strict=False)):
            yield from _json_diffs(a, b, f"{where}[{i}]")
        if len(stored) != len(now):
            yield f"{where}: {len(stored)} items, now {len(now)}"
    elif (
        isinstance(stored, int | float)
        and isinstance(now, int | float)
        and not isinstance(stored, bool)
        and not isinstance(now, bool)
    ):
        if not math.isclose(stored, now, rel_tol=1e-9, abs_tol=1e-12):
            yield f"{where}: {stored!r}, now {now!r}"
    elif stored != now:
        yield f"{where}: {_short(stored)}, now {_short(now)}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) < 160 else text[:157] + "..."


@pytest.fixture(scope="session")
def golden() -> Golden:
    """``golden.check(path, text)`` / ``golden.check_json(path, doc)``: see :class:`Golden`."""
    return Golden()


# --- a real browser ------------------------------------------------------------------------------
#: Debian's chromium and its own chromedriver (no downloaded browser: Selenium Manager runs offline
#: and its cache folder must stay empty). ``.ci/run`` installs them in CI.
CHROMIUM = os.environ.get("DEBRIEF_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("DEBRIEF_CHROMEDRIVER", "/usr/bin/chromedriver")
#: Screenshots for people to look at, one folder per suite: test-output/<folder>/<name>-<width>.png
SHOTS = Path(__file__).resolve().parents[1] / "test-output"
WIDTHS = (1280, 390)


def browser_unavailable(reason: str) -> None:
    """Skip locally; fail in CI (CI=true, which ``.ci/run`` sets when the runner has not), where
    the browser tests must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must run the browser tests: .ci/run installs chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless chromium driven through Selenium, 1280 x 900 px to start with."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            browser_unavailable(f"{path} is missing (apt-get install chromium chromium-driver)")
    try:
        from selenium import webdriver
    except ImportError:  # the dev extra brings it
        browser_unavailable("selenium is not installed (pip install -e '.[dev]')")
    from selenium.webdriver.chrome.service import Service

    cache = tmp_path_factory.mktemp("selenium-cache")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a browser
    os.environ["SE_CACHE_PATH"] = str(cache)
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_window_size(1280, 900)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()
    assert not any(cache.iterdir()), "Selenium Manager downloaded something"


def _screenshots(driver: Any, folder: str, name: str) -> list[Path]:
    """Screenshots of the current page at each width (the whole page, up to 3,000 px tall);
    at every width the page must not scroll sideways (wide tables scroll inside themselves)."""
    out = SHOTS / folder
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for width in WIDTHS:
        driver.set_window_size(width, 900)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(int(height) + 100, 3000))
        path = out / f"{name}-{width}.png"
        driver.save_screenshot(str(path))
        saved.append(path)
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"{name} scrolls sideways by {overflow} px at {width} px"
    driver.set_window_size(1280, 900)
    return saved


@pytest.fixture(scope="session")
def screenshots() -> Callable[[Any, str, str], list[Path]]:
    """``screenshots(driver, folder, name)``: see :func:`_screenshots`."""
    return _screenshots


#: Markers of tests that need a real service, which CI must run rather than skip.
SERVICE_MARKERS = ("postgres", "spark")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI, a service test that skipped (no server URL, no driver) fails instead."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if not (report.skipped and in_ci()) or hasattr(report, "wasxfail"):
        return
    service = next((m for m in SERVICE_MARKERS if item.get_closest_marker(m)), None)
    if service is None:
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    report.outcome = "failed"
    report.longrepr = (
        f"{service} test skipped in CI ({reason}): CI must run it against a real server"
    )


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
        if in_ci():
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
