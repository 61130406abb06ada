"""Money moved between channels toward higher marginal return, keeping the total.

Shared by the budget stage's per-channel curves (:mod:`debrief.analyses.budget.reallocate`) and
the marketing-mix model's plan (:mod:`debrief.mmm.plan`): it lives below both, so neither imports
the other. A curve is anything with ``response(spend)`` and ``marginal(spend)`` (money per period
in, outcome per period out).

Method: a greedy marginal allocation on a shrinking grid, starting from the current split. At each
step it moves ``step`` from the channel that loses least per unit given up to the channel that
gains most per unit received (exact curve differences, not derivatives); when no move gains, the
step is halved, down to ``min_step_share`` of the movable money.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

__all__ = ["Allocation", "Curve", "allocate"]


class Curve(Protocol):
    def response(self, spend: Any) -> Any: ...

    def marginal(self, spend: Any) -> Any: ...


@dataclass(frozen=True)
class Allocation:
    """Daily spend after the moves and the money moved between channel pairs (per day).

    ``flows[d, r]`` is money per day moved from ``d`` to ``r``; ``gains[d, r]`` the revenue per
    day that move adds (exact curve differences, summed step by step).
    """

    spend: np.ndarray
    flows: np.ndarray
    gains: np.ndarray


def allocate(
    curves: list[Curve],
    current: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    *,
    min_step_share: float = 1e-4,
    max_steps: int = 200_000,
) -> Allocation:
    """Move money between channels toward higher marginal return, keeping the total.

    ``current``, ``lower``, ``upper``: money per period for each channel (lower <= current <=
    upper). Returns the new spend per period and the pairwise flows.
    """
    cur = np.asarray(current, dtype=float)
    s = cur.copy()
    lo = np.minimum(np.asarray(lower, dtype=float), cur)
    hi = np.maximum(np.asarray(upper, dtype=float), cur)
    n = len(curves)
    flows = np.zeros((n, n))
    gains = np.zeros((n, n))
    m0 = np.array([float(c.marginal(x)) for c, x in zip(curves, cur, strict=True)])
    movable = float(min((cur - lo).sum(), (hi - cur).sum()))
    if n < 2 or movable <= 0:
        return Allocation(s, flows, gains)
    step = movable / 4
    min_step = max(movable * min_step_share, 1e-9)
    role = np.zeros(n, dtype=int)  # -1 gives, +1 receives, 0 untouched
    top_giver, low_receiver = -np.inf, np.inf
    steps = 0
    while step >= min_step and steps < max_steps:
        steps += 1
        best = None
        for r in range(n):
            room_r = hi[r] - s[r]
            if role[r] < 0 or room_r <= 1e-12:
                continue
            for d in range(n):
                room_d = s[d] - lo[d]
                if d == r or role[d] > 0 or room_d <= 1e-12 or m0[r] <= m0[d]:
                    continue
                # Every receiver must start above every giver: the separation the optimum has
                # for concave curves, kept even where the greedy path would wander.
                if m0[r] <= top_giver or m0[d] >= low_receiver:
                    continue
                # The last bit of room is used in a partial step, so a capped channel ends
                # exactly on its bound rather than one grid step short of it.
                amount = min(step, room_r, room_d)
                g = float(curves[r].response(s[r] + amount) - curves[r].response(s[r]))
                loss = float(curves[d].response(s[d]) - curves[d].response(s[d] - amount))
                net = g - loss
                if net > 1e-12 * max(abs(g), 1.0) and (best is None or net / amount > best[0]):
                    best = (net / amount, d, r, amount, net)
        if best is None:
            step /= 2
            continue
        _, d, r, amount, net = best
        s[d] -= amount
        s[r] += amount
        flows[d, r] += amount
        gains[d, r] += net
        role[d], role[r] = -1, 1
        top_giver = max(top_giver, m0[d])
        low_receiver = min(low_receiver, m0[r])
    return Allocation(s, flows, gains)
