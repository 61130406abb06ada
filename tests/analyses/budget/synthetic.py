"""Synthetic spend series for the budget tests."""

from __future__ import annotations

import numpy as np


def synthetic_spend(n: int, level: float, seed: int) -> np.ndarray:
    """Daily spend drifting between about 0.4x and 2.5x ``level``, with day-to-day noise."""
    rng = np.random.default_rng(seed)
    drift = np.exp(np.cumsum(rng.normal(0, 0.06, n)))
    drift = np.clip(drift / drift.mean(), 0.4, 2.5)
    return level * drift * rng.uniform(0.7, 1.3, n)
