"""Reuse the post-mortem's in-code company for knowledge-base tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "_pm_fixtures", Path(__file__).resolve().parents[1] / "postmortem" / "conftest.py"
)
assert _spec and _spec.loader
_pm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pm)


@pytest.fixture
def pm_frames():
    return _pm._frames


@pytest.fixture
def pm_ws(make_ws, pm_frames):
    def _make(**knobs):
        return make_ws(**pm_frames(**knobs))

    return _make
