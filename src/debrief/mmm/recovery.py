"""Validated recovery: the model on simulated data sets whose answer is known.

For each seed, :func:`debrief.mmm.simulate.simulate` draws a data set (weekly and daily
alternate; 2, 3 and 4 channels in turn unless ``channels`` is given), the model is fitted with the
same code as ``debrief mmm`` (MAP + Laplace, readouts over the last quarter) and compared with the
simulator's true marginal ROAS at the same current spend:

* **coverage**: the share of channels whose ``interval`` (90%) contains the true marginal ROAS;
* **ranking**: over every pair of channels of a set whose true marginal ROAS differ by at least
  30% (the higher over the lower >= 1.3), the share the model orders the same way;
* **separated pairs**: the pairs whose two intervals do not overlap (the model says it can order
  them), and the share of those ordered right; a misranked pair whose intervals overlap is one
  the model reports it cannot order;
* **top channel**: over the sets whose best channel's true marginal ROAS is at least 30% above the
  runner-up's, the share where the model ranks that channel first.

Sets where the model warned that it cannot tell channels apart are counted like every other set
(the figures are also given without them).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from debrief.mmm.design import baseline
from debrief.mmm.diagnostics import posterior_warnings, spend_warnings
from debrief.mmm.fit import fit_map
from debrief.mmm.posterior import laplace
from debrief.mmm.readout import read_channels
from debrief.mmm.simulate import simulate

__all__ = ["SetResult", "recover", "summarise"]


@dataclass(frozen=True)
class SetResult:
    seed: int
    grain: str
    channels: int
    rows: list[dict[str, Any]]  # channel, true, estimate, low, high, covered, warned
    seconds: float


def recover(
    seed: int, *, grain: str | None = None, channels: int | None = None, draws: int = 1000
) -> SetResult:
    g = grain or ("weekly" if seed % 2 == 0 else "daily")
    k = channels or (2 + (seed // 2) % 3)
    sim = simulate(seed, grain=g, n_channels=k)
    t0 = time.perf_counter()
    fit = fit_map(sim.data, seed=seed)
    post = laplace(fit, draws, seed)
    n = len(sim.data.dates)
    read = read_channels(post, sim.data, slice(n - sim.current_periods, n), 0.90)
    seconds = time.perf_counter() - t0
    design = baseline(sim.data.dates, sim.data.controls, daily=sim.data.daily)
    warns = spend_warnings(sim.data, design.matrix) + posterior_warnings(
        sim.data.channels, read.contribution_draws, read.rows
    )
    warned = {ch for w in warns for ch in w["channels"]}
    rows = []
    for r in read.rows:
        t = sim.truth_of(r["channel"])
        lo, hi = r["marginal_roas_low"], r["marginal_roas_high"]
        rows.append(
            {
                "channel": r["channel"],
                "true": t.marginal_roas,
                "estimate": r["marginal_roas"],
                "low": lo,
                "high": hi,
                "covered": lo is not None and hi is not None and lo <= t.marginal_roas <= hi,
                "warned": r["channel"] in warned,
            }
        )
    return SetResult(seed, g, k, rows, seconds)


def _pairs(rows: list[dict[str, Any]]) -> list[tuple[bool, bool, bool]]:
    """(ordered right, either channel warned, separated) for every pair whose truths differ by
    30% or more; separated: one channel's interval lies wholly above the other's (the model
    reports that it can order them)."""
    out = []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            a, b = rows[i], rows[j]
            hi, lo = max(a["true"], b["true"]), min(a["true"], b["true"])
            if lo > 0 and hi / lo >= 1.3:
                right = (a["estimate"] > b["estimate"]) == (a["true"] > b["true"])
                bounds = (a["low"], a["high"], b["low"], b["high"])
                apart = None not in bounds and (a["low"] > b["high"] or b["low"] > a["high"])
                out.append((right, a["warned"] or b["warned"], bool(apart)))
    return out


def summarise(results: list[SetResult]) -> dict[str, Any]:
    """Coverage, ranking and top-channel shares (all sets, and without warned channels)."""
    rows = [r for s in results for r in s.rows]
    pairs = [p for s in results for p in _pairs(s.rows)]
    tops = []
    for s in results:
        order = sorted(s.rows, key=lambda r: -r["true"])
        if len(order) > 1 and order[1]["true"] > 0 and order[0]["true"] / order[1]["true"] >= 1.3:
            best = max(s.rows, key=lambda r: r["estimate"])
            tops.append(best["channel"] == order[0]["channel"])
    clean = [r for r in rows if not r["warned"]]
    clean_pairs = [p for p in pairs if not p[1]]
    apart = [p for p in pairs if p[2]]
    return {
        "sets": len(results),
        "channels": len(rows),
        "coverage": float(np.mean([r["covered"] for r in rows])) if rows else None,
        "pairs": len(pairs),
        "ranking": float(np.mean([p[0] for p in pairs])) if pairs else None,
        "top_sets": len(tops),
        "top_first": float(np.mean(tops)) if tops else None,
        "unwarned_channels": len(clean),
        "coverage_unwarned": float(np.mean([r["covered"] for r in clean])) if clean else None,
        "unwarned_pairs": len(clean_pairs),
        "ranking_unwarned": float(np.mean([p[0] for p in clean_pairs])) if clean_pairs else None,
        "separated_pairs": len(apart),
        "ranking_separated": float(np.mean([p[0] for p in apart])) if apart else None,
        "misranked_overlapping": sum(1 for p in pairs if not p[0] and not p[2]),
        "median_abs_log_error": float(
            np.median([abs(np.log(r["estimate"] / r["true"])) for r in rows if r["true"] > 0])
        )
        if rows
        else None,
        "seconds_mean": float(np.mean([s.seconds for s in results])) if results else None,
    }
