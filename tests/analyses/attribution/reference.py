"""Independent reference computations, written differently from the package on purpose:
plain Python loops over explicit paths, dense numpy fundamental matrices, brute-force Shapley."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict

import numpy as np

Path = tuple[str, ...]


def heuristic(paths: list[tuple[Path, float, float]], model: str, fw=0.4, lw=0.4):
    """{channel: [conversions, value]} for a rule-based model, one touch at a time."""
    out: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for path, conv, value in paths:
        n = len(path)
        for i, ch in enumerate(path):
            if model == "first_touch":
                w = 1.0 if i == 0 else 0.0
            elif model == "last_touch":
                w = 1.0 if i == n - 1 else 0.0
            elif model == "linear":
                w = 1.0 / n
            elif model == "position_based":
                if n == 1:
                    w = 1.0
                elif n == 2:
                    w = fw / (fw + lw) if i == 0 else lw / (fw + lw)
                else:
                    w = fw if i == 0 else lw if i == n - 1 else (1 - fw - lw) / (n - 2)
            else:
                raise ValueError(model)
            out[ch][0] += w * conv
            out[ch][1] += w * value
    return dict(out)


def absorbing_removal_effects(paths: list[tuple[Path, float, float, float]], order: int = 1):
    """(p_conv, {channel: removal effect}, value_per_journey, {channel: value effect}) with an
    explicit transition-count dictionary and the dense fundamental matrix N = (I - Q)^-1."""
    counts: dict[tuple, dict[object, float]] = defaultdict(lambda: defaultdict(float))
    value_in: dict[tuple, float] = defaultdict(float)
    for path, conv, value, nulls in paths:
        journeys = conv + nulls
        prev: tuple = ("<start>",)
        for i in range(len(path)):
            state = tuple(path[max(0, i - order + 1) : i + 1])
            counts[prev][state] += journeys
            prev = state
        counts[prev]["<conv>"] += conv
        counts[prev]["<null>"] += nulls
        value_in[prev] += value
    transient = [("<start>",), *sorted(s for s in counts if s != ("<start>",))]
    for row in list(counts.values()):
        for s in row:
            if isinstance(s, tuple) and s not in transient:
                transient.append(s)
    channels = sorted({c for s in transient[1:] for c in s})

    def solve(removed: str | None, reward_kind: str) -> float:
        keep = [s for s in transient if removed is None or removed not in s]
        idx = {s: i for i, s in enumerate(keep)}
        n = len(keep)
        q = np.zeros((n, n))
        r = np.zeros(n)
        for s in keep:
            row = counts.get(s, {})
            total = sum(row.values())
            if total == 0:
                continue
            for t, c in row.items():
                if isinstance(t, tuple) and t in idx:
                    q[idx[s], idx[t]] += c / total
            r[idx[s]] = (row.get("<conv>", 0.0) if reward_kind == "conv" else value_in[s]) / total
        fundamental = np.linalg.inv(np.eye(n) - q)
        return float((fundamental @ r)[0])

    p = solve(None, "conv")
    v = solve(None, "value")
    eff = {c: (1 - solve(c, "conv") / p) if p > 0 else 0.0 for c in channels}
    veff = {c: (1 - solve(c, "value") / v) if v > 0 else 0.0 for c in channels}
    return p, eff, v, veff


def brute_force_shapley(paths: list[tuple[Path, float]]) -> dict[str, float]:
    """Shapley value of v(S) = conversions of paths whose channel set is a subset of S, by the
    definition: a weighted sum of marginal contributions over every coalition."""
    players = sorted({c for p, _ in paths for c in p})
    n = len(players)

    def v(coalition: frozenset[str]) -> float:
        return sum(conv for p, conv in paths if set(p) <= coalition)

    out = {}
    for i in players:
        others = [p for p in players if p != i]
        total = 0.0
        for size in range(len(others) + 1):
            weight = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
            for s in itertools.combinations(others, size):
                fs = frozenset(s)
                total += weight * (v(fs | {i}) - v(fs))
        out[i] = total
    return out
