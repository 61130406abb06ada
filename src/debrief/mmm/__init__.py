"""The marketing-mix model: a business outcome explained by spend per channel (docs/mmm.md).

One concept per module:

* :mod:`~debrief.mmm.data` — :class:`MMMData` (outcome, spend, controls on one calendar), grain
* :mod:`~debrief.mmm.workspace` — :func:`load`: that input from a workspace (Ibis aggregations)
* :mod:`~debrief.mmm.transforms` — geometric adstock, Hill and logistic saturation
* :mod:`~debrief.mmm.design` — the baseline: intercept, trend, Fourier seasonality, controls
* :mod:`~debrief.mmm.priors` — priors, and benchmarks as priors
* :mod:`~debrief.mmm.model` — the equation, its parameters and derivatives
* :mod:`~debrief.mmm.calibration` — lift tests as residuals of the fit
* :mod:`~debrief.mmm.fit` — the MAP fit (scipy least squares)
* :mod:`~debrief.mmm.posterior` — draws: Laplace approximation (or PyMC-Marketing, :mod:`~debrief.mmm.bayes`)
* :mod:`~debrief.mmm.curves` — response, marginal ROAS, saturation in money
* :mod:`~debrief.mmm.readout` — the per-channel table with intervals
* :mod:`~debrief.mmm.diagnostics` — channels the data cannot tell apart; held-back MAPE
* :mod:`~debrief.mmm.plan` — reallocation, other totals, next month's plan, with reasons
* :mod:`~debrief.mmm.run` — all of it for one data set; :mod:`~debrief.mmm.report` — the report
* :mod:`~debrief.mmm.simulate` — data sets with a known answer, to test the model against it
"""

from __future__ import annotations

from debrief.mmm.data import LiftTest, MMMData, grain
from debrief.mmm.priors import ChannelPrior, Priors
from debrief.mmm.run import MMMResult, MMMSettings, run_mmm

__all__ = [
    "ChannelPrior",
    "LiftTest",
    "MMMData",
    "MMMResult",
    "MMMSettings",
    "Priors",
    "grain",
    "run_mmm",
]
