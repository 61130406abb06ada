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

from debrief.allocation import Allocation, allocate
from debrief.analyses.budget.curves import ChannelCurve

__all__ = ["Allocation", "Reallocation", "allocate", "bounds_for", "reallocate"]


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
