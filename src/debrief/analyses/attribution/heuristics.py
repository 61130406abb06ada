"""Rule-based models over a :class:`PathSet`: first touch, last touch, linear, position based.

Each returns ``(conversions, value)``: two float arrays indexed by channel code, summing to the
path set's total conversions and total value. Time decay needs touch timestamps and is computed in
the engine (:mod:`debrief.analyses.attribution.paths`). Every model here is "weights per touch that
sum to 1 within a path", so one helper applies them.
"""

from __future__ import annotations

import numpy as np

from debrief.analyses.attribution.pathset import PathSet

Credits = tuple[np.ndarray, np.ndarray]


def credit_touch_weights(ps: PathSet, weights: np.ndarray) -> Credits:
    """Credits from per-touch weights (each path's weights sum to 1), in conversions and value."""
    pidx = ps.path_of_touch
    k = len(ps.channels)
    conv = np.bincount(ps.codes, weights=weights * ps.conversions[pidx], minlength=k)
    val = np.bincount(ps.codes, weights=weights * ps.value[pidx], minlength=k)
    return conv.astype(np.float64), val.astype(np.float64)


def first_touch(ps: PathSet) -> Credits:
    """All credit to the first touch of each path."""
    return credit_touch_weights(ps, (ps.position == 0).astype(np.float64))


def last_touch(ps: PathSet) -> Credits:
    """All credit to the last touch of each path."""
    n = ps.lengths[ps.path_of_touch]
    return credit_touch_weights(ps, (ps.position == n - 1).astype(np.float64))


def linear(ps: PathSet) -> Credits:
    """Equal credit per touch: a channel touched twice in a path gets two shares."""
    n = ps.lengths[ps.path_of_touch]
    return credit_touch_weights(ps, 1.0 / n)


def position_weights(
    ps: PathSet, first_weight: float = 0.4, last_weight: float = 0.4
) -> np.ndarray:
    """Per-touch position-based weights.

    One touch: 1. Two touches: first ``first/(first+last)``, last ``last/(first+last)`` (50/50 with
    the defaults), so no share is lost to an absent middle. Three or more: ``first_weight`` to the
    first, ``last_weight`` to the last, the rest split equally among the middle touches.
    """
    if first_weight < 0 or last_weight < 0 or first_weight + last_weight > 1:
        raise ValueError("position weights must be >= 0 and first + last <= 1")
    pos = ps.position
    n = ps.lengths[ps.path_of_touch]
    w = np.zeros(len(pos), dtype=np.float64)
    w[n == 1] = 1.0
    two = n == 2
    ends = first_weight + last_weight
    f2 = first_weight / ends if ends > 0 else 0.5
    w[two & (pos == 0)] = f2
    w[two & (pos == 1)] = 1.0 - f2
    many = n >= 3
    w[many & (pos == 0)] = first_weight
    w[many & (pos == n - 1)] = last_weight
    mid = many & (pos > 0) & (pos < n - 1)
    w[mid] = (1.0 - first_weight - last_weight) / (n[mid] - 2)
    return w


def position_based(ps: PathSet, first_weight: float = 0.4, last_weight: float = 0.4) -> Credits:
    """U-shaped credit (see :func:`position_weights`)."""
    return credit_touch_weights(ps, position_weights(ps, first_weight, last_weight))
