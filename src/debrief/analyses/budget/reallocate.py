"""Reallocation at the same total: money moved toward higher marginal ROAS, within bounds.

Inputs are the channel curves (:mod:`debrief.analyses.budget.curves`). Only identified channels
move; the others are held fixed at their current spend, and the table says so.

Method: a greedy marginal allocation on a shrinking grid, starting from the current split. At each
step it moves ``step`` (money per day) from the channel that loses least per unit given up to the
channel that gains most per unit received (exact curve differences, not derivatives); when no
move gains, the step is halved, down to ``1e-4`` of the movable money. The result equalises
marginal ROAS as far as the bounds allow. Guarantees, by construction and checked in the tests:

* the total is kept (to the cent, after rounding: the rounding residue goes to the largest line),
* each channel stays within ``[lower, upper]``: ``current × (1 ± move_bound)`` intersected with
  the range of sustained (7-day mean) daily spend observed for the channel, widened to include
  the current spend,
* a channel only gives or only receives, and every receiver's marginal ROAS at current spend is
  higher than every giver's (the separation the optimum has when the curves are concave).

The revenue change is the curves' steady-state response: a counterfactual on history ("had the
period been spent this way"), with an interval from the bootstrap curves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from debrief.analyses.budget.curves import ChannelCurve
from debrief.analyses.budget.response import HillAdstock

__all__ = ["Allocation", "Reallocation", "allocate", "bounds_for", "reallocate"]


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
    curves: list[HillAdstock],
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


def bounds_for(cc: ChannelCurve, move_bound: float) -> tuple[float, float]:
    """``[lower, upper]`` daily spend for a channel: ±move_bound of current spend, within the
    observed range of sustained spend, always containing the current spend."""
    cur = cc.current_spend
    lo = max(cur * (1 - move_bound), cc.level_min)
    hi = min(cur * (1 + move_bound), cc.level_max)
    return min(lo, cur), max(hi, cur)


@dataclass(frozen=True)
class Reallocation:
    """The ``reallocation`` table, the pairwise moves and the forecast change.

    Money over the period (``days`` periods of the curves). ``moves`` rows: ``from_channel``,
    ``to_channel``, ``amount``, ``expected_revenue_change`` and marginal ROAS before/after of both.
    ``total_change`` / ``total_low`` / ``total_high``: forecast revenue change and its interval.
    """

    rows: list[dict[str, Any]]
    moves: list[dict[str, Any]]
    total_change: float
    total_low: float | None
    total_high: float | None
    held: dict[str, str]
    status: str  # "moved" | "no_gain" | "not_enough_curves"


def _cents(values: np.ndarray, total_cents: int) -> np.ndarray:
    """Round to cents keeping the total exactly: the residue goes to the largest value."""
    c = np.round(values * 100).astype(np.int64)
    if len(c):
        c[int(np.argmax(c))] += total_cents - int(c.sum())
    return c


def reallocate(
    curves: list[ChannelCurve],
    days: int,
    move_bound: float = 0.30,
    interval: float = 0.90,
) -> Reallocation:
    """Reallocate the period's spend across identified channels; others are held fixed.

    ``days``: periods the review covers (the curves are per period). ``current_spend`` in the
    table is the current mean daily spend × ``days`` (the period's spend for a finished month).
    """
    ids = [c for c in curves if c.identified and c.curve is not None and c.current_spend > 0]
    moving = {c.channel for c in ids}
    held = {
        c.channel: c.reason or "no spend in the period" for c in curves if c.channel not in moving
    }
    cur = np.array([c.current_spend for c in ids], dtype=float)
    bounds = [bounds_for(c, move_bound) for c in ids]
    alloc = allocate(
        [c.curve for c in ids],  # type: ignore[misc]
        cur,
        np.array([b[0] for b in bounds]),
        np.array([b[1] for b in bounds]),
    )
    all_cur = np.array([c.current_spend * days for c in curves])
    cur_cents = np.round(all_cur * 100).astype(np.int64)
    new_period = all_cur.copy()
    pos = {c.channel: i for i, c in enumerate(curves)}
    for j, c in enumerate(ids):
        new_period[pos[c.channel]] = alloc.spend[j] * days
    movable_idx = [pos[c.channel] for c in ids]
    new_cents = cur_cents.copy()
    if movable_idx:
        new_cents[movable_idx] = _cents(new_period[movable_idx], int(cur_cents[movable_idx].sum()))

    q = (1 - interval) / 2
    rows, sample_changes = [], []
    for i, c in enumerate(curves):
        new_daily = new_cents[i] / 100 / days
        row: dict[str, Any] = {
            "channel": c.channel,
            "identified": c.channel in moving,
            "current_spend": cur_cents[i] / 100,
            "recommended_spend": new_cents[i] / 100,
            "change": (new_cents[i] - cur_cents[i]) / 100,
            "expected_revenue_change": 0.0,
            "low": 0.0,
            "high": 0.0,
            "marginal_roas_before": c.marginal_roas if c.channel in moving else None,
            "marginal_roas_after": None,
            "note": None if c.channel in moving else f"held fixed: {held[c.channel]}",
        }
        if c.channel in moving and c.curve is not None:
            cd = c.current_spend
            row["expected_revenue_change"] = float(
                (c.curve.response(new_daily) - c.curve.response(cd)) * days
            )
            row["marginal_roas_after"] = float(c.curve.marginal(new_daily))
            samples = np.array(
                [(b.response(new_daily) - b.response(cd)) * days for b in c.samples], dtype=float
            )
            if samples.size:
                row["low"] = float(np.quantile(samples, q))
                row["high"] = float(np.quantile(samples, 1 - q))
                sample_changes.append(samples)
            else:
                row["low"] = row["high"] = None
        rows.append(row)

    total = float(sum(r["expected_revenue_change"] for r in rows))
    t_low = t_high = None
    if sample_changes:
        k = min(len(s) for s in sample_changes)
        if k:
            sums = np.sum([s[:k] for s in sample_changes], axis=0)
            t_low, t_high = float(np.quantile(sums, q)), float(np.quantile(sums, 1 - q))

    moves = []
    for a in range(len(ids)):
        for b in range(len(ids)):
            amount = alloc.flows[a, b] * days
            if amount < 0.005:
                continue
            da, db = ids[a], ids[b]
            ra, rb = rows[pos[da.channel]], rows[pos[db.channel]]
            moves.append(
                {
                    "from_channel": da.channel,
                    "to_channel": db.channel,
                    "amount": round(float(amount), 2),
                    "expected_revenue_change": float(alloc.gains[a, b] * days),
                    "from_marginal_roas_before": ra["marginal_roas_before"],
                    "from_marginal_roas_after": ra["marginal_roas_after"],
                    "to_marginal_roas_before": rb["marginal_roas_before"],
                    "to_marginal_roas_after": rb["marginal_roas_after"],
                }
            )
    moves.sort(key=lambda m: -m["amount"])
    if len(ids) < 2:
        status = "not_enough_curves"
    elif not moves:
        status = "no_gain"
    else:
        status = "moved"
    return Reallocation(rows, moves, total, t_low, t_high, held, status)
