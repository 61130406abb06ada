"""Priors of the channel parameters, and benchmarks turned into priors.

Every channel parameter is fitted on an unconstrained scale with a Gaussian prior there (a
penalty in the least-squares fit, the prior of the Laplace approximation). Spend is divided by the
channel's mean spend per period and the outcome by its mean before fitting, so the defaults mean
the same thing in any currency and for any KPI:

| parameter | scale | default prior (median; 95% range) | why |
| --- | --- | --- | --- |
| half-life of the carry-over | log days | 7 days (1 to 50) | most channels' effect fades within weeks |
| half-saturation ``K`` (Hill) | log (× mean spend) | the mean spend (0.14 to 7 ×) | saturation is rarely far outside the spend seen |
| shape ``S`` (Hill) | log | 1.2 (0.55 to 2.6) | between concave and clearly S-shaped |
| ``λ`` (logistic) | log (per mean spend) | 1 (0.14 to 7) | |
| ``beta`` (the response at saturation) | log (× mean outcome) | 0.3 × n × the channel's share of spend (0.016 to 5.7 × that) | weak, and in proportion to spend: a channel may add a few percent of the outcome or several times its mean |

**Why beta follows the share of spend** (since 4 Dec 2026): with the same prior for every channel,
a channel spending 2% of the budget was expected, before seeing data, to move the outcome as much
as one spending 60%, so where the data say little (few variations, noise) its ROAS came out far
too high. Teams spend roughly where they believe returns are; without other information a
channel's response is expected in proportion to its spend — the default PyMC-Marketing's
examples recommend too (beta's prior scale from the spend share). With ``n`` channels of equal
spend it is the old prior.

**Partial pooling** (``debrief.mmm.fit.POOL_SD`` = 1.0): channels of one company sell one product
to one market, so their average ROAS are more alike than independent priors assume. After a
first fit, every channel without a benchmark gets a prior on its log average ROAS centred on the
channels' mean (sd 1.0: within ×/÷ 2.7 of the common level at one sd), and the fit is refined.
A channel the data identify well barely moves; a poorly identified one is drawn toward the
others instead of toward whatever the weak priors imply.

A **benchmark** for the channel (``benchmarks`` rows with metric ``roas``, or a settings value)
adds a prior on the log of the channel's average ROAS at its mean spend, sd 0.7 by default
(half to double the benchmark within one sd): platform-reported ROAS is attributed, not
incremental, so it should inform the fit, not decide it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

__all__ = ["ChannelPrior", "Priors"]


@dataclass(frozen=True)
class ChannelPrior:
    """Gaussian priors (mean, sd) on the unconstrained scale of one channel's parameters."""

    log_half_life: tuple[float, float] = (math.log(7.0), 1.0)
    log_half_sat: tuple[float, float] = (0.0, 1.0)
    log_shape: tuple[float, float] = (math.log(1.2), 0.4)
    log_lam: tuple[float, float] = (0.0, 1.0)
    log_beta: tuple[float, float] = (math.log(0.3), 1.5)
    #: (benchmark average ROAS at mean spend, sd of its log), or None.
    roas: tuple[float, float] | None = None


@dataclass(frozen=True)
class Priors:
    """Priors per channel (a channel without an entry gets the defaults)."""

    default: ChannelPrior = field(default_factory=ChannelPrior)
    channels: dict[str, ChannelPrior] = field(default_factory=dict)

    def of(self, channel: str) -> ChannelPrior:
        return self.channels.get(channel, self.default)

    @classmethod
    def from_benchmarks(cls, roas: dict[str, float], sd: float = 0.7) -> Priors:
        """Priors with a benchmark average ROAS for the channels in ``roas`` (positive values)."""
        base = ChannelPrior()
        chans = {
            ch: ChannelPrior(roas=(float(v), sd))
            for ch, v in roas.items()
            if v is not None and math.isfinite(float(v)) and float(v) > 0
        }
        return cls(default=base, channels=chans)
