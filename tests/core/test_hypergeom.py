"""debrief.stats.hypergeom_sf against exact sums and scipy, and what importing attribution costs."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest
from scipy.stats import hypergeom

from debrief.stats import EXACT_HYPERGEOM, _hypergeom_sf_exact, hypergeom_sf


def _exact(k: int, total: int, successes: int, draws: int) -> float:
    lo, hi = max(0, draws - (total - successes)), min(successes, draws)
    s = sum(
        math.comb(successes, x) * math.comb(total - successes, draws - x)
        for x in range(max(k, lo), hi + 1)
    )
    return s / math.comb(total, draws)


def _cases(rng: np.random.Generator, most: int, n: int) -> list[tuple[int, int, int, int]]:
    out = []
    for _ in range(n):
        total = int(rng.integers(1, most))
        successes, draws = (int(v) for v in rng.integers(0, total + 1, 2))
        mean = successes * draws / total
        k = round(mean + rng.normal() * 4 * math.sqrt(max(mean, 1.0)))
        out.append((k, total, successes, draws))
    return out


def test_small_populations_are_exact() -> None:
    rng = np.random.default_rng(0)
    for k, total, successes, draws in _cases(rng, EXACT_HYPERGEOM, 300):
        assert hypergeom_sf(k, total, successes, draws) == _exact(k, total, successes, draws)


def test_large_populations_match_the_exact_sums() -> None:
    """Loader's method against the exact tail sums (correctly rounded) above the exact range."""
    rng = np.random.default_rng(1)
    for k, total, successes, draws in _cases(rng, 12_000, 40):
        if total <= EXACT_HYPERGEOM:
            continue
        exact = _hypergeom_sf_exact(k, total, successes, draws)
        ours = hypergeom_sf(k, total, successes, draws)
        assert ours == pytest.approx(exact, rel=1e-12, abs=1e-300), (k, total, successes, draws)


def test_large_populations_match_scipy() -> None:
    """Against scipy up to 400,000 items: within 1e-9, scipy's own error there (scipy gives
    1.6964535009862e-4 for P(X >= 40663 | 347610, 147152, 94956); the exact sum is
    1.6964535010436e-4, and so is ours)."""
    rng = np.random.default_rng(1)
    for k, total, successes, draws in _cases(rng, 400_000, 2000):
        ours = hypergeom_sf(k, total, successes, draws)
        ref = float(hypergeom.sf(k - 1, total, successes, draws))
        if ref > 1e-250:
            assert ours == pytest.approx(ref, rel=1e-9, abs=0), (k, total, successes, draws)
        else:
            assert ours < 1e-240
    assert hypergeom_sf(40663, 347610, 147152, 94956) == pytest.approx(
        1.6964535010436e-4, rel=1e-12
    )


@pytest.mark.parametrize(
    ("k", "total", "successes", "draws", "expected"),
    [
        (0, 10, 3, 4, 1.0),
        (-5, 10, 3, 4, 1.0),
        (4, 10, 3, 4, 0.0),
        (1, 10, 0, 4, 0.0),
        (3, 10, 3, 10, 1.0),
        (3, 10, 10, 3, 1.0),
        (2, 5000, 5000, 2, 1.0),
    ],
)
def test_edges(k: int, total: int, successes: int, draws: int, expected: float) -> None:
    assert hypergeom_sf(k, total, successes, draws) == expected


def test_attribution_does_not_import_scipy_stats() -> None:
    """Start-up counts: the attribution stage and debrief.stats import scipy.stats only where a
    test runs (0.35 s of CPU otherwise paid by every command that imports them)."""
    code = (
        "import sys, debrief.stats, debrief.analyses.attribution;"
        "print('scipy.stats' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
