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
  runner-up's, the share where the model ranks that channel first;
* **what the data allow** (the *oracle*): the same ranking by an estimator told every channel's
  true carry-over and saturation curve, which fits only each channel's scale and the baseline by
  least squares (:func:`oracle_marginal`). With the curves known the model is linear and
  correctly specified (the baseline's regressors span the simulator's baseline exactly), so its
  misranked pairs are the ones the noise in the data hides: a ranking the model cannot be
  expected to beat by much.

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
from debrief.mmm.simulate import Simulation, simulate
from debrief.mmm.transforms import adstock, hill, hill_derivative

__all__ = ["SetResult", "oracle_marginal", "recover", "summarise"]


@dataclass(frozen=True)
class SetResult:
    seed: int
    grain: str
    channels: int
    rows: list[dict[str, Any]]  # channel, true, estimate, low, high, covered, warned, oracle
    seconds: float


def oracle_marginal(sim: Simulation) -> dict[str, float]:
    """Each channel's marginal ROAS at its current spend as estimated by the oracle: the true
    adstock and Hill curve of every channel given, their scales and the baseline (the model's
    own regressors) fitted by ordinary least squares."""
    d = sim.data
    base = baseline(d.dates, d.controls, daily=d.daily).matrix
    spend = d.spend.to_numpy(float)
    curves = np.column_stack(
        [hill(adstock(spend[:, c], t.decay), t.half_sat, t.shape) for c, t in enumerate(sim.truth)]
    )
    coef = np.linalg.lstsq(np.hstack([base, curves]), d.outcome, rcond=None)[0]
    scale = coef[base.shape[1] :]
    return {
        t.channel: float(
            scale[c] * hill_derivative(np.array([t.current_spend]), t.half_sat, t.shape)[0]
        )
        for c, t in enumerate(sim.truth)
    }


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
    oracle = oracle_marginal(sim)
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
                "oracle": oracle[r["channel"]],
            }
        )
    return SetResult(seed, g, k, rows, seconds)


def _pairs(rows: list[dict[str, Any]]) -> list[tuple[bool, bool, bool, bool | None]]:
    """(ordered right, either channel warned, separated, ordered right by the oracle) for every
    pair whose truths differ by 30% or more; separated: one channel's interval lies wholly above
    the other's (the model reports that it can order them). The oracle's is None for rows
    without an oracle estimate."""
    out = []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            a, b = rows[i], rows[j]
            hi, lo = max(a["true"], b["true"]), min(a["true"], b["true"])
            if lo > 0 and hi / lo >= 1.3:
                right = (a["estimate"] > b["estimate"]) == (a["true"] > b["true"])
                bounds = (a["low"], a["high"], b["low"], b["high"])
                apart = None not in bounds and (a["low"] > b["high"] or b["low"] > a["high"])
                oracle = None
                if a.get("oracle") is not None and b.get("oracle") is not None:
                    oracle = (a["oracle"] > b["oracle"]) == (a["true"] > b["true"])
                out.append((right, a["warned"] or b["warned"], bool(apart), oracle))
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
    by_oracle = [p[3] for p in pairs if p[3] is not None]
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
        "ranking_oracle": float(np.mean(by_oracle)) if by_oracle else None,
        "median_abs_log_error": float(
            np.median([abs(np.log(r["estimate"] / r["true"])) for r in rows if r["true"] > 0])
        )
        if rows
        else None,
        "seconds_mean": float(np.mean([s.seconds for s in results])) if results else None,
    }
