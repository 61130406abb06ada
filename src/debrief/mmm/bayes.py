"""PyMC-Marketing behind the same interface (optional ``[bayes]`` extra): a full Bayesian fit.

:func:`posterior` fits PyMC-Marketing's ``MMM`` (geometric adstock with ``l_max`` periods,
logistic saturation, yearly seasonality, the controls and a linear trend as a control) by MCMC and
converts its draws to :class:`~debrief.mmm.posterior.Posterior`, so every readout, warning and
budget decision is computed by the same code as for the Laplace fit. Conversion of scales:
PyMC-Marketing divides each channel by its maximum and the outcome by its maximum; Debrief divides
by the mean spend and the mean outcome, so ``λ = λ_pmm × mean / max`` and ``beta = beta_pmm ×
max_y / mean_y``. Its adstock is a normalised kernel of ``l_max`` weights started from zero, ours
a normalised recursion started at the first period's spend: the curves agree, the first
``l_max`` periods' contributions differ slightly.

PyMC-Marketing 0.19's ``MMM`` class (deprecated in favour of ``multidimensional.MMM`` and removed
in 0.20) is used, so the extra pins ``pymc-marketing<0.20``. The core never imports this module.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from debrief.errors import UserError
from debrief.mmm.data import MMMData
from debrief.mmm.posterior import Posterior
from debrief.mmm.transforms import adstock, logistic

if TYPE_CHECKING:
    from debrief.mmm.run import MMMSettings

__all__ = ["fit_pymc", "posterior"]


def fit_pymc(
    data: MMMData,
    *,
    draws: int = 500,
    tune: int = 500,
    chains: int = 2,
    seed: int = 0,
    l_max: int | None = None,
) -> Any:
    """The fitted PyMC-Marketing model (its quick-start configuration)."""
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pymc_marketing.mmm import MMM, GeometricAdstock, LogisticSaturation
    except ImportError:
        raise UserError(
            "the pymc backend needs PyMC-Marketing",
            fix="pip install 'campaign-debrief[bayes]' (or use --backend laplace)",
        ) from None
    frame = pd.DataFrame({"date": data.dates})
    channels = [f"ch_{i}" for i in range(len(data.channels))]
    for i, ch in enumerate(data.channels):
        frame[channels[i]] = data.spend[ch].to_numpy(float)
    controls = ["trend"]
    frame["trend"] = np.arange(len(frame)) / max(len(frame) - 1, 1)
    if data.controls is not None:
        for j, c in enumerate(data.controls.columns):
            frame[f"ctl_{j}"] = data.controls[c].to_numpy(float)
            controls.append(f"ctl_{j}")
    lm = l_max or (8 if not data.daily else 28)
    mmm = MMM(
        date_column="date",
        channel_columns=channels,
        control_columns=controls,
        adstock=GeometricAdstock(l_max=lm),
        saturation=LogisticSaturation(),
        yearly_seasonality=2,
    )
    mmm.fit(
        frame,
        pd.Series(data.outcome, name="y"),
        draws=draws,
        tune=tune,
        chains=chains,
        cores=min(chains, 2),
        random_seed=seed,
        progressbar=False,
        target_accept=0.9,
    )
    return mmm


def posterior(data: MMMData, settings: MMMSettings) -> tuple[Posterior, dict[str, Any]]:
    """PyMC-Marketing's draws as a :class:`Posterior` (row 0: the posterior median)."""
    t0 = time.perf_counter()
    mmm = fit_pymc(data, seed=settings.seed)
    post = mmm.idata.posterior
    alpha = post["adstock_alpha"].stack(s=("chain", "draw")).transpose("s", ...).to_numpy()
    lam = post["saturation_lam"].stack(s=("chain", "draw")).transpose("s", ...).to_numpy()
    beta = post["saturation_beta"].stack(s=("chain", "draw")).transpose("s", ...).to_numpy()
    x_max = np.asarray(mmm.channel_transformer["scaler"].scale_, dtype=float)
    y_max = float(np.asarray(mmm.target_transformer["scaler"].scale_).ravel()[0])
    x = data.spend.to_numpy(float)
    sx = x.mean(axis=0)
    sx = np.where(sx > 0, sx, 1.0)
    sy = float(np.mean(np.abs(data.outcome))) or 1.0
    lam_ours = lam * sx / x_max
    beta_ours = beta * y_max / sy
    rows = [np.median(v, axis=0, keepdims=True) for v in (alpha, lam_ours, beta_ours)]
    alpha, lam_ours, beta_ours = (
        np.vstack([r, v]) for r, v in zip(rows, (alpha, lam_ours, beta_ours), strict=True)
    )
    nan = np.full_like(alpha, np.nan)
    media = np.zeros(len(data.dates))
    for c in range(x.shape[1]):
        media += beta_ours[0, c] * logistic(adstock(x[:, c] / sx[c], alpha[0, c]), lam_ours[0, c])
    mu = mmm.idata.posterior
    fitted = None
    for name in ("mu", "y"):
        if name in mu:
            fitted = mu[name].mean(("chain", "draw")).to_numpy() * y_max / sy
            break
    base = (fitted if fitted is not None else data.outcome / sy) - media
    p = Posterior(
        method="pymc-marketing",
        saturation="logistic",
        channels=data.channels,
        decay=alpha,
        beta=beta_ours,
        half_sat=nan,
        shape=nan,
        lam=lam_ours,
        scale_y=sy,
        scale_x=sx,
        baseline=base,
    )
    resid = data.outcome / sy - (base + media)
    stats = {
        "r2": 1
        - float(resid @ resid)
        / float(np.sum((data.outcome / sy - np.mean(data.outcome / sy)) ** 2)),
        "mape": float(np.mean(np.abs(resid / (data.outcome / sy)))),
        "seconds_sampling": time.perf_counter() - t0,
        "divergences": int(mmm.idata.sample_stats["diverging"].sum()),
    }
    return p, stats
