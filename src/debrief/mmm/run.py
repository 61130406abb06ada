"""One marketing-mix analysis end to end: fit, uncertainty, readouts, warnings, held-back fit and
budget decisions, for either backend behind one interface."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from debrief.mmm.calibration import usable_tests
from debrief.mmm.data import MMMData
from debrief.mmm.diagnostics import holdout_mape, posterior_warnings, spend_warnings, wape
from debrief.mmm.fit import fit_map
from debrief.mmm.model import Saturation
from debrief.mmm.plan import Plan, plan_budget
from debrief.mmm.posterior import Posterior, laplace
from debrief.mmm.priors import Priors
from debrief.mmm.readout import Readout, read_channels

__all__ = ["MMMResult", "MMMSettings", "run_mmm"]

Backend = Literal["laplace", "pymc"]


@dataclass(frozen=True)
class MMMSettings:
    """How to fit and read the model. ``current_periods``: the window the readouts cover and
    whose mean spend is the current spend (None: 13 weeks or 91 days); ``holdout``: periods held
    back to score the fit out of sample (None: 13 weeks or 56 days; 0: none)."""

    saturation: Saturation = "hill"
    backend: Backend = "laplace"
    current_periods: int | None = None
    holdout: int | None = None
    interval: float = 0.90
    draws: int = 1000
    seed: int = 0
    n_starts: int = 4
    fourier_order: int | None = None
    move_bound: float = 0.30

    def window(self, data: MMMData) -> int:
        n = self.current_periods or (91 if data.daily else 13)
        return max(1, min(n, len(data.dates)))

    def held(self, data: MMMData) -> int:
        return self.holdout if self.holdout is not None else (56 if data.daily else 13)


@dataclass(frozen=True)
class MMMResult:
    data: MMMData
    settings: MMMSettings
    posterior: Posterior
    readout: Readout
    warnings: list[dict[str, Any]]
    plan: Plan
    fit_stats: dict[str, Any]
    holdout: dict[str, Any] | None
    notes: list[str] = field(default_factory=list)


def _fit_posterior(
    data: MMMData, settings: MMMSettings, priors: Priors | None
) -> tuple[Posterior, dict[str, Any]]:
    if settings.backend == "pymc":
        from debrief.mmm.bayes import posterior as bayes_posterior

        return bayes_posterior(data, settings)
    fit = fit_map(
        data,
        priors,
        saturation=settings.saturation,
        fourier_order=settings.fourier_order,
        n_starts=settings.n_starts,
        seed=settings.seed,
    )
    resid = fit.ys - fit.fitted
    ok = np.abs(fit.ys) > 0
    stats = {
        "r2": 1 - float(resid @ resid) / float(np.sum((fit.ys - fit.ys.mean()) ** 2)),
        "wape": wape(fit.ys, fit.fitted),
        "mape": float(np.mean(np.abs(resid[ok] / fit.ys[ok]))),
        "residual_sd": fit.sigma * fit.scale_y,
        "residual_autocorrelation": fit.rho,
        "converged": fit.converged,
        "laplace": fit.cov is not None,
    }
    return laplace(fit, settings.draws, settings.seed), stats


def run_mmm(
    data: MMMData,
    settings: MMMSettings | None = None,
    priors: Priors | None = None,
    *,
    next_month: dict[str, float] | None = None,
    progress: Callable[[str], None] | None = None,
) -> MMMResult:
    s = settings or MMMSettings()
    say = progress or (lambda _m: None)
    t0 = time.perf_counter()
    notes: list[str] = []
    say(f"fitting {len(data.channels)} channels on {len(data.dates)} {data.unit}s")
    post, stats = _fit_posterior(data, s, priors)
    n = len(data.dates)
    w = s.window(data)
    window = slice(n - w, n)
    readout = read_channels(post, data, window, s.interval)
    from debrief.mmm.design import baseline

    design = baseline(data.dates, data.controls, daily=data.daily, fourier_order=s.fourier_order)
    warns = spend_warnings(data, design.matrix) + posterior_warnings(
        data.channels, readout.contribution_draws, readout.rows
    )
    held: dict[str, str] = {}
    for wn in warns:
        for ch in wn["channels"]:
            held.setdefault(ch, f"{wn['kind'].replace('_', ' ')}: {wn['detail']}")
    _, skipped = usable_tests(data)
    notes += [f"Lift test left out: {m}." for m in skipped]
    say("reallocation, scenarios and next month's plan")
    plan = plan_budget(
        post,
        data,
        readout.current,
        held,
        move_bound=s.move_bound,
        share=s.interval,
        next_month=next_month,
    )
    stats["seconds_fit_and_readouts"] = time.perf_counter() - t0
    ho = None
    if s.held(data) and s.backend == "laplace":
        say(f"held-back fit: refitting without the last {s.held(data)} {data.unit}s")
        ho = holdout_mape(
            data,
            s.held(data),
            priors=priors,
            saturation=s.saturation,
            fourier_order=s.fourier_order,
            n_starts=s.n_starts,
            seed=s.seed,
        )
        if ho is None:
            notes.append(
                f"No held-back fit: {n} {data.unit}s are too few to hold {s.held(data)} back."
            )
    stats["seconds"] = time.perf_counter() - t0
    return MMMResult(data, s, post, readout, warns, plan, stats, ho, notes)
