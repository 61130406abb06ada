"""Budget decisions from the fitted curves: reallocation, other totals, next month's plan.

Money is per **month at the current rate** (a period's spend × periods in an average month:
30.44 days, 4.35 weeks), outcomes the steady-state response of the curves over that month
(``response`` of :mod:`debrief.mmm.curves`). Each forecast is the fitted model's own value
(:func:`fit_value`: so every money figure adds up — channels to the total, moves to the channels)
with the central ``interval`` share of the same computation over the posterior draws, the
allocation held fixed (the allocation itself is made on the fit's own curves).

* **Reallocation at the same total**: the budget stage's greedy allocation
  (:func:`debrief.allocation.allocate`) moves money toward higher marginal return
  among the channels without a warning, each within ``±move_bound`` of its current spend and
  within the range of spend per period it has shown (so the curve is read where it was observed);
  warned channels are held fixed.
* **Other totals** (``scenarios``): the current split scaled to 80%-120% of today's total, then
  reallocated with the same rules. ``outcome_change`` is against the current split (so it includes
  what the reallocation gains); ``return_on_spend_change`` is the extra outcome per extra unit of
  money against the reallocated split at today's total (the return of the budget change alone).
* **Next month's plan**: the ``budgets`` rows of the month after the data, per channel.

Each row carries its **reason**: why the channel gives, receives, or is held.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from debrief.allocation import allocate
from debrief.mmm.curves import Curve, marginal, response
from debrief.mmm.data import MMMData
from debrief.mmm.posterior import Posterior
from debrief.mmm.readout import interval, point
from debrief.numbers import fmt

__all__ = ["Plan", "periods_per_month", "plan_budget"]

SCENARIO_FACTORS = (0.8, 0.9, 1.0, 1.1, 1.2)


def periods_per_month(data: MMMData) -> float:
    return 30.4375 / data.period_days


@dataclass(frozen=True)
class Plan:
    reallocation: list[dict[str, Any]]
    total_change: float
    total_low: float | None
    total_high: float | None
    scenarios: list[dict[str, Any]]
    next_month: list[dict[str, Any]]
    #: each pair's move over a month: from_channel, to_channel, amount, expected_outcome_change
    #: (on the fit's curves) and both channels' marginal ROAS before and after
    moves: list[dict[str, Any]] = field(default_factory=list)


def fit_value(draws: np.ndarray) -> float:
    """A forecast's point value: the fitted model's own (row 0), not the median of the draws.
    Money figures must add up — each channel's change to the total, each move's gain to the
    channels' changes — and medians do not add; the fit's values do (they are differences of one
    set of curves). The intervals beside them stay the draws' central share."""
    return float(np.asarray(draws, dtype=float)[0])


def _outcome_draws(post: Posterior, spends: np.ndarray) -> np.ndarray:
    """Outcome per period of all channels at ``spends`` per period: (draws + 1, channels)."""
    return np.column_stack([response(post, c, spends[c])[:, 0] for c in range(len(spends))])


def _bounds(
    data: MMMData, current: np.ndarray, movable: np.ndarray, move_bound: float
) -> tuple[np.ndarray, np.ndarray]:
    x = data.spend.to_numpy(float)
    k = 28 if data.daily else 4
    lo = current.copy()
    hi = current.copy()
    for c in range(len(current)):
        if not movable[c]:
            continue
        roll = np.convolve(x[:, c], np.ones(k) / k, mode="valid") if len(x) >= k else x[:, c]
        lo[c] = min(max(current[c] * (1 - move_bound), float(roll.min())), current[c])
        hi[c] = max(min(current[c] * (1 + move_bound), float(roll.max())), current[c])
    return lo, hi


def _allocate(
    post: Posterior, current: np.ndarray, lo: np.ndarray, hi: np.ndarray, movable: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """New spend per period, and the money per period moved between each pair of channels
    (``flows[giver, receiver]``) with the outcome per period each move adds on the fit's curves."""
    n = len(current)
    flows, gains = np.zeros((n, n)), np.zeros((n, n))
    idx = np.nonzero(movable)[0]
    if len(idx) < 2:
        return current.copy(), flows, gains
    curves = [Curve.of(post, int(c)) for c in idx]
    alloc = allocate(curves, current[idx], lo[idx], hi[idx])  # type: ignore[arg-type]
    out = current.copy()
    out[idx] = alloc.spend
    flows[np.ix_(idx, idx)] = alloc.flows
    gains[np.ix_(idx, idx)] = alloc.gains
    return out, flows, gains


def _reason(
    before: float,
    after: float,
    cur: float,
    new: float,
    lo: float,
    hi: float,
    held: str | None,
    interval_text: str,
    givers_top: float | None,
    receivers_low: float | None,
) -> str:
    """Why a channel gives, receives, stays or is held (observations, no verdicts)."""
    if held:
        return f"held at its current spend: {held}"
    if new > cur * 1.0005:
        ref = "" if givers_top is None else f" ({fmt(givers_top, 'number', places=2)} at most)"
        cap = "; it reaches the top of the spend range it has shown" if new >= hi * 0.9995 else ""
        return (
            f"receives: marginal ROAS {fmt(before, 'number', places=2)}{interval_text} is above the channels giving "
            f"money{ref}; after the move {fmt(after, 'number', places=2)}{cap}"
        )
    if new < cur * 0.9995:
        ref = (
            "" if receivers_low is None else f" ({fmt(receivers_low, 'number', places=2)} at least)"
        )
        cap = (
            "; it reaches the bottom of the spend range it has shown" if new <= lo * 1.0005 else ""
        )
        return (
            f"gives: marginal ROAS {fmt(before, 'number', places=2)}{interval_text} is below the channels receiving "
            f"money{ref}; after the move {fmt(after, 'number', places=2)}{cap}"
        )
    return (
        f"unchanged: marginal ROAS {fmt(before, 'number', places=2)}{interval_text}; no move within the bounds returns "
        "more than it costs"
    )


def plan_budget(
    post: Posterior,
    data: MMMData,
    current: np.ndarray,
    held: dict[str, str],
    *,
    move_bound: float = 0.3,
    share: float = 0.9,
    next_month: dict[str, float] | None = None,
) -> Plan:
    """See the module docstring. ``held``: channel -> why it may not move (its warnings)."""
    names = data.channels
    per_month = periods_per_month(data)
    movable = np.array([ch not in held and current[c] > 0 for c, ch in enumerate(names)])
    lo, hi = _bounds(data, current, movable, move_bound)
    new, flows, gains = _allocate(post, current, lo, hi, movable)
    base_out = _outcome_draws(post, current)
    new_out = _outcome_draws(post, new)
    m_before = np.column_stack([marginal(post, c, current[c])[:, 0] for c in range(len(names))])
    m_after = np.column_stack([marginal(post, c, new[c])[:, 0] for c in range(len(names))])
    receivers = [c for c in range(len(names)) if new[c] > current[c] * 1.0005]
    givers = [c for c in range(len(names)) if new[c] < current[c] * 0.9995]
    receivers_low = min(point(m_before[:, c]) for c in receivers) if receivers else None
    givers_top = max(point(m_before[:, c]) for c in givers) if givers else None
    rows = []
    for c, ch in enumerate(names):
        change = (new_out[:, c] - base_out[:, c]) * per_month
        c_lo, c_hi = interval(change, share)
        m_lo, m_hi = interval(m_before[:, c], share)
        rows.append(
            {
                "channel": ch,
                "current_spend": round(float(current[c] * per_month), 2),
                "recommended_spend": round(float(new[c] * per_month), 2),
                "change": round(float((new[c] - current[c]) * per_month), 2),
                "expected_outcome_change": fit_value(change),
                "low": c_lo,
                "high": c_hi,
                "marginal_roas_before": point(m_before[:, c]),
                "marginal_roas_after": point(m_after[:, c]),
                "reason": _reason(
                    point(m_before[:, c]),
                    point(m_after[:, c]),
                    float(current[c]),
                    float(new[c]),
                    float(lo[c]),
                    float(hi[c]),
                    held.get(ch),
                    ""
                    if m_lo is None or m_hi is None
                    else f" (interval {fmt(m_lo, 'number', places=2)} to {fmt(m_hi, 'number', places=2)})",
                    givers_top,
                    receivers_low,
                ),
            }
        )
    total = (new_out.sum(axis=1) - base_out.sum(axis=1)) * per_month
    t_lo, t_hi = interval(total, share)

    scenarios = []
    base_total = base_out.sum(axis=1) * per_month
    same_total = new_out.sum(axis=1) * per_month
    for f in SCENARIO_FACTORS:
        scaled = current * f
        s_lo, s_hi = _bounds(data, scaled, movable, move_bound)
        alloc = new if f == 1.0 else _allocate(post, scaled, s_lo, s_hi, movable)[0]
        out = _outcome_draws(post, alloc).sum(axis=1) * per_month
        diff = out - base_total
        extra = (alloc.sum() - current.sum()) * per_month
        o_lo, o_hi = interval(out, share)
        d_lo, d_hi = interval(diff, share)
        ret = (out - same_total) / extra if abs(extra) > 0 else None
        r_lo, r_hi = (None, None) if ret is None else interval(ret, share)
        scenarios.append(
            {
                "scenario": f"{fmt(f, 'rate', places=0)} of current total",
                "total_spend": round(float(alloc.sum() * per_month), 2),
                "spend_change": round(float(extra), 2),
                "media_outcome": fit_value(out),
                "media_outcome_low": o_lo,
                "media_outcome_high": o_hi,
                "outcome_change": fit_value(diff),
                "outcome_change_low": d_lo,
                "outcome_change_high": d_hi,
                "return_on_spend_change": None if ret is None else fit_value(ret),
                "return_low": r_lo,
                "return_high": r_hi,
                "split": ", ".join(
                    f"{ch} {fmt(alloc[c] * per_month, 'number', places=0)}"
                    for c, ch in enumerate(names)
                ),
            }
        )

    plan_rows: list[dict[str, Any]] = []
    if next_month:
        # A channel without a budget row is not planned at zero: its plan is unknown, so it is
        # held at its current spend (and says so), and the total stays a total of every channel.
        planned = np.array(
            [
                next_month[ch] / per_month if ch in next_month else current[c]
                for c, ch in enumerate(names)
            ]
        )
        p_out = _outcome_draws(post, planned)
        for c, ch in enumerate(names):
            diff = (p_out[:, c] - base_out[:, c]) * per_month
            d_lo, d_hi = interval(diff, share)
            v_lo, v_hi = interval(p_out[:, c] * per_month, share)
            plan_rows.append(
                {
                    "channel": ch,
                    "planned_spend": round(float(planned[c] * per_month), 2),
                    "plan": "budget"
                    if ch in next_month
                    else "no budget row: held at current spend",
                    "current_spend": round(float(current[c] * per_month), 2),
                    "forecast_outcome": fit_value(p_out[:, c] * per_month),
                    "forecast_low": v_lo,
                    "forecast_high": v_hi,
                    "change_vs_current": fit_value(diff),
                    "change_low": d_lo,
                    "change_high": d_hi,
                    "marginal_roas_at_plan": point(marginal(post, c, planned[c])[:, 0]),
                }
            )
        diff = (p_out.sum(axis=1) - base_out.sum(axis=1)) * per_month
        d_lo, d_hi = interval(diff, share)
        plan_rows.append(
            {
                "channel": "total",
                "planned_spend": round(float(planned.sum() * per_month), 2),
                "plan": "budget" if all(ch in next_month for ch in names) else "budget and held",
                "current_spend": round(float(current.sum() * per_month), 2),
                "forecast_outcome": fit_value(p_out.sum(axis=1) * per_month),
                "forecast_low": interval(p_out.sum(axis=1) * per_month, share)[0],
                "forecast_high": interval(p_out.sum(axis=1) * per_month, share)[1],
                "change_vs_current": fit_value(diff),
                "change_low": d_lo,
                "change_high": d_hi,
                "marginal_roas_at_plan": None,
            }
        )
    return Plan(
        rows,
        fit_value(total),
        t_lo,
        t_hi,
        scenarios,
        plan_rows,
        _moves(flows, gains, rows, per_month),
    )


def _moves(
    flows: np.ndarray, gains: np.ndarray, rows: list[dict[str, Any]], per_month: float
) -> list[dict[str, Any]]:
    out = []
    for d, r in zip(*np.nonzero(flows * per_month >= 0.005), strict=True):
        a, b = rows[int(d)], rows[int(r)]
        out.append(
            {
                "from_channel": a["channel"],
                "to_channel": b["channel"],
                "amount": round(float(flows[d, r] * per_month), 2),
                "expected_outcome_change": float(gains[d, r] * per_month),
                "from_marginal_roas_before": a["marginal_roas_before"],
                "from_marginal_roas_after": a["marginal_roas_after"],
                "to_marginal_roas_before": b["marginal_roas_before"],
                "to_marginal_roas_after": b["marginal_roas_after"],
            }
        )
    return sorted(out, key=lambda m: -m["amount"])
