"""Shapley attribution over channel sets (the simplified Shapley value of Zhao et al. 2018).

The game: ``v(S)`` = conversions (or value) of converting paths whose channel *set* is a subset of
``S``. Writing ``c_T`` for the conversions of paths whose set is exactly ``T``, ``v = sum_T c_T u_T``
with ``u_T(S) = 1 if T <= S`` the unanimity game of ``T``. The Shapley value is linear and gives
``1/|T|`` of ``u_T`` to each member of ``T``, so the exact Shapley value over *all* coalitions (no
cap on coalition size) is: split each path's conversions equally among its distinct channels.
That is one pass over the touches, whatever the number of channels; the tests check it against a
brute-force sum over all coalitions.

The ordered variant (Zhao et al.'s "ordered Shapley") splits each path's share of a channel across
the channel's positions in the path: the share of channel ``c`` at touch position ``i`` is
``1/|T|`` divided by the number of times ``c`` occurs in the path. It is reported per position
(first, second, ... touch) by :func:`ordered_shapley`.
"""

from __future__ import annotations

import numpy as np

from debrief.analyses.attribution.pathset import PathSet


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    """``np.unique(x)`` by one sort: numpy 2.4's plain ``np.unique`` (hash-based, no
    ``return_*`` argument) is many times slower on millions of integer keys."""
    s = np.sort(x)
    return s[np.concatenate(([True], s[1:] != s[:-1]))] if len(s) else s


def _distinct_pairs(ps: PathSet) -> tuple[np.ndarray, np.ndarray]:
    """Unique (path, channel) pairs: the channel set of every path."""
    k = max(len(ps.channels), 1)
    key = _sorted_unique(ps.path_of_touch * k + ps.codes)
    return key // k, key % k


def shapley_shares(ps: PathSet) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(path, channel, share) for every distinct channel of every path; shares sum to 1 per path."""
    path, chan = _distinct_pairs(ps)
    size = np.bincount(path, minlength=ps.n_paths)
    return path, chan, 1.0 / size[path]


def shapley(ps: PathSet) -> tuple[np.ndarray, np.ndarray]:
    """Shapley credits ``(conversions, value)`` per channel code, summing to the totals."""
    path, chan, share = shapley_shares(ps)
    k = len(ps.channels)
    conv = np.bincount(chan, weights=share * ps.conversions[path], minlength=k)
    val = np.bincount(chan, weights=share * ps.value[path], minlength=k)
    return conv.astype(np.float64), val.astype(np.float64)


def ordered_shapley(ps: PathSet, max_position: int = 5) -> np.ndarray:
    """Ordered Shapley credits: a (channels x max_position) array of conversions credited to each
    channel at touch positions 1..max_position (the last column gathers positions beyond)."""
    k = len(ps.channels)
    pidx = ps.path_of_touch
    key = pidx * k + ps.codes
    uniq, inv, occurrences = np.unique(key, return_inverse=True, return_counts=True)
    size = np.bincount(uniq // k, minlength=ps.n_paths)
    w = ps.conversions[pidx] / size[pidx] / occurrences[inv]
    col = np.minimum(ps.position, max_position - 1)
    out = np.zeros((k, max_position))
    np.add.at(out, (ps.codes, col), w)
    return out
