"""A few hundred damaged inputs (bench/fuzz.py, seeded): no traceback, no partial write, every
refusal names its file. The ≥10,000-input run is ``python bench/fuzz.py --count 10000``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz.py"


def _fuzz():
    spec = importlib.util.spec_from_file_location("debrief_bench_fuzz", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


fuzz = _fuzz()
#: Cases per test: 2 x 100 = 200 inputs in make test (about 0.15 s of CPU each).
CASES = 100


@pytest.mark.parametrize("start", [0, 5000])
def test_damaged_inputs_are_refused_cleanly(start: int, tmp_path: Path) -> None:
    outcomes = fuzz.run_cases(list(range(start, start + CASES)), seed=11, tmp=str(tmp_path))
    summary = fuzz.summarise(outcomes)
    assert summary["inputs"] == CASES
    assert summary["tracebacks"] == 0, summary["failures"]
    assert summary["partial_writes"] == 0, summary["failures"]
    assert summary["refusals_naming_no_file"] == 0, summary["failures"]
    # The generator really damages: most inputs are refused, some still load.
    assert summary["refused"] > CASES // 2 and summary["kinds_of_damage"] > 40, summary


def test_generator_is_reproducible(tmp_path: Path) -> None:
    seeds = fuzz.demo_seeds(fuzz.make_seeds(tmp_path))
    a = fuzz.make_input(42, 3, seeds)
    b = fuzz.make_input(42, 3, seeds)
    assert a.files == b.files and a.kinds == b.kinds


@pytest.mark.parametrize("index", [1241, 2373])
def test_cases_that_once_crashed(index: int, tmp_path: Path) -> None:
    """Tracebacks the 10,000-input run found (seed 1): a Parquet date 0000-01-01 beside a bad date
    (OverflowError), NUL bytes in a CSV header cell (DuckDB ParserException)."""
    summary = fuzz.summarise(fuzz.run_cases([index], seed=1, tmp=str(tmp_path)))
    assert summary["tracebacks"] == 0 and summary["partial_writes"] == 0, summary["failures"]
    assert summary["refusals_naming_no_file"] == 0, summary["failures"]
