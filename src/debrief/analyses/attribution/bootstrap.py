"""Bootstrap intervals for Markov and Shapley credits, resampling journeys on aggregated paths.

Resampling journeys with replacement is approximated by the Poisson bootstrap: every journey gets
an independent Poisson(1) weight, so a path seen ``n`` times gets a Poisson(``n``) count, drawn
separately for its converting and its null journeys. No journey-level data is needed: one draw per
path and replicate. A resampled path's value is its resampled conversions times its mean value
per conversion. A person with several conversions contributes several journeys (the unit resampled
is the journey).

For each model the result holds the point credit, a 95% percentile interval per channel, and which
channels' credits are *not distinguishable*: pairs whose bootstrap difference interval contains 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from debrief.analyses.attribution.markov import _normalise, chain_layout, removal_effects
from debrief.analyses.attribution.pathset import PathSet
from debrief.analyses.attribution.shapley import shapley_shares


@dataclass(frozen=True)
class Intervals:
    """``draws[model]`` is a (replicates x channels) array of conversion credits."""

    channels: tuple[str, ...]
    point: dict[str, np.ndarray]
    draws: dict[str, np.ndarray]
    level: float = 0.95

    def rows(self) -> list[dict[str, object]]:
        """The ``intervals`` table: model, channel, conversions, low, high,
        indistinguishable_from (channels whose difference interval contains 0, comma-separated)."""
        lo_q, hi_q = (1 - self.level) / 2, 1 - (1 - self.level) / 2
        out: list[dict[str, object]] = []
        for model, draws in self.draws.items():
            if len(draws) == 0:  # no replicates: no interval to report
                continue
            lo = np.quantile(draws, lo_q, axis=0)
            hi = np.quantile(draws, hi_q, axis=0)
            same = self.indistinguishable(model)
            for i, ch in enumerate(self.channels):
                out.append(
                    {
                        "model": model,
                        "channel": ch,
                        "conversions": float(self.point[model][i]),
                        "low": float(lo[i]),
                        "high": float(hi[i]),
                        "indistinguishable_from": ", ".join(sorted(same.get(ch, ()))),
                    }
                )
        return out

    def indistinguishable(self, model: str) -> dict[str, set[str]]:
        """Channel -> channels whose credit difference interval (same level) contains zero."""
        draws = self.draws[model]
        if len(draws) == 0:
            return {}
        lo_q, hi_q = (1 - self.level) / 2, 1 - (1 - self.level) / 2
        out: dict[str, set[str]] = {}
        k = len(self.channels)
        for a in range(k):
            for b in range(a + 1, k):
                d = draws[:, a] - draws[:, b]
                lo, hi = np.quantile(d, [lo_q, hi_q])
                if lo <= 0 <= hi:
                    out.setdefault(self.channels[a], set()).add(self.channels[b])
                    out.setdefault(self.channels[b], set()).add(self.channels[a])
        return out


def bootstrap_intervals(
    ps: PathSet,
    replicates: int = 200,
    seed: int = 0,
    markov_order: int = 1,
    models: tuple[str, ...] = ("markov", "shapley"),
    level: float = 0.95,
) -> Intervals:
    """Poisson-bootstrap draws of Markov and Shapley conversion credits (see module docstring)."""
    rng = np.random.default_rng(seed)
    k = len(ps.channels)
    mean_value = np.divide(
        ps.value, ps.conversions, out=np.zeros_like(ps.value), where=ps.conversions > 0
    )
    layout = chain_layout(ps, markov_order) if "markov" in models else None
    shares = shapley_shares(ps) if "shapley" in models else None
    draws: dict[str, list[np.ndarray]] = {m: [] for m in models}
    point: dict[str, np.ndarray] = {}
    for b in range(-1, replicates):
        if b < 0:  # the point estimate, from the observed counts
            conv, nulls = ps.conversions, ps.nulls
        else:
            conv = rng.poisson(ps.conversions).astype(np.float64)
            nulls = rng.poisson(ps.nulls).astype(np.float64)
        value = conv * mean_value
        total = conv.sum()
        res: dict[str, np.ndarray] = {}
        if layout is not None:
            re = removal_effects(layout.chain(conv, value, nulls), k, value=False)
            res["markov"] = _normalise(re.effects, total)
        if shares is not None:
            spath, schan, sshare = shares
            res["shapley"] = np.bincount(schan, weights=sshare * conv[spath], minlength=k)
        for m, v in res.items():
            if b < 0:
                point[m] = v
            else:
                draws[m].append(v)
    return Intervals(
        channels=ps.channels,
        point=point,
        draws={m: np.vstack(v) if v else np.zeros((0, k)) for m, v in draws.items()},
        level=level,
    )
