"""Benchmark recalibration: each channel's rate benchmarks from the team's own campaigns, shrunk
toward the pooled value where a channel has few campaigns (empirical Bayes, beta-binomial).

Input: every campaign's counts per channel up to ``as_of`` (summed in the engine). For a rate
metric, each campaign on a channel gives one observation ``p = k / n``. With ``N`` observations on
``J`` channels:

* pooled value ``μ₀`` = mean of all ``p`` (one vote per campaign, not per impression);
* within-channel variance ``σ²`` = Σ (p − channel mean)² / (N − J) (campaign-to-campaign spread;
  when every channel has one campaign, the mean binomial variance p(1−p)/n stands in for it);
* between-channel variance ``τ²`` = max(0, variance of the channel means − σ² × mean(1/n_j))
  (method of moments);
* prior for a channel's rate: Beta(α₀, β₀) with mean μ₀ and variance v = max(τ², se²(μ₀)), i.e.
  ``α₀ + β₀ = μ₀(1 − μ₀)/v − 1``; the floor se²(μ₀) = var(p)/N keeps a channel shrunk all the
  way from claiming more precision than the pooled mean has;
* the channel's ``n_j`` campaigns with mean ``m_j`` enter as an effective binomial sample of
  ``N_eff = μ₀(1 − μ₀) n_j / σ²`` trials (the information their spread allows, not the millions
  of impressions behind them): posterior Beta(α₀ + m_j N_eff, β₀ + (1 − m_j) N_eff). The weight
  of the channel's own mean is then ``n_j / (n_j + σ²/τ²)`` up to the −1 of the Beta moment
  match: Bühlmann's credibility, in campaigns.

Output rows: metric, channel, value (posterior mean), pooled (μ₀), raw (m_j), n_campaigns,
ci_low/ci_high (95% posterior interval), weight (N_eff / (N_eff + α₀ + β₀), the share of the
channel's own data), method. Written to the knowledge base only on request (``--apply``).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from scipy import stats

from debrief.postmortem.measures import METRICS, Scope, ad_counts, lead_counts

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["RATE_METRICS", "recalibrate", "shrink_rates"]

RATE_METRICS: tuple[str, ...] = (
    "ctr",
    "cvr",
    "engagement_rate",
    "open_rate",
    "lead_to_mql",
    "mql_to_sql",
    "sql_to_opportunity",
    "lead_to_opportunity",
    "opportunity_to_won",
)
_MAX_STRENGTH = 1e6


def shrink_rates(obs: list[tuple[str, float, float]]) -> list[dict[str, Any]]:
    """Shrunk channel rates from ``(channel, k, n)`` observations (one per campaign and channel).

    Returns one row per channel (see the module docstring); empty without observations.
    """
    obs = [(ch, k, n) for ch, k, n in obs if n and n > 0]
    if not obs:
        return []
    by: dict[str, list[float]] = {}
    binom: list[float] = []
    for ch, k, n in obs:
        p = k / n
        by.setdefault(ch, []).append(p)
        binom.append(p * (1 - p) / n)
    ps = [p for v in by.values() for p in v]
    big_n, j = len(ps), len(by)
    mu0 = sum(ps) / big_n
    means = {ch: sum(v) / len(v) for ch, v in by.items()}
    if big_n > j:
        sigma2 = sum((p - means[ch]) ** 2 for ch, v in by.items() for p in v) / (big_n - j)
    else:
        sigma2 = sum(binom) / len(binom)
    sigma2 = max(sigma2, 1e-12)
    if j > 1:
        grand = sum(means.values()) / j
        var_means = sum((m - grand) ** 2 for m in means.values()) / (j - 1)
        tau2 = max(0.0, var_means - sigma2 * sum(1 / len(v) for v in by.values()) / j)
    else:
        tau2 = 0.0
    # The prior is never surer than the pooled mean itself: its variance is at least the squared
    # standard error of μ₀, so a channel shrunk all the way still carries the pool's uncertainty.
    se2 = (sum((p - mu0) ** 2 for p in ps) / (big_n - 1) if big_n > 1 else sigma2) / big_n
    prior_var = max(tau2, se2)
    if prior_var > 0 and 0 < mu0 < 1:
        strength = min(_MAX_STRENGTH, max(mu0 * (1 - mu0) / prior_var - 1, 1e-6))
    else:
        strength = _MAX_STRENGTH
    a0, b0 = mu0 * strength, (1 - mu0) * strength
    rows = []
    for ch in sorted(by):
        m, nj = means[ch], len(by[ch])
        # The pooled p(1 − p), not the channel's own: a channel at 0% (or 100%) still carries
        # its campaigns' information, and the weight then depends only on how many it has.
        n_eff = mu0 * (1 - mu0) * nj / sigma2
        a, b = a0 + m * n_eff, b0 + (1 - m) * n_eff
        if a > 0 and b > 0:
            value = a / (a + b)
            lo, hi = (float(x) for x in stats.beta.ppf([0.025, 0.975], a, b))
            # A nearly degenerate posterior (b or a ~1e-7) puts its quantiles at exactly 0 or 1
            # in floating point while the mean sits a hair inside: keep the value in its interval.
            lo, hi = min(lo, value), max(hi, value)
        else:  # a pooled value of exactly 0 or 1 with no spread: nothing to shrink
            value, lo, hi = mu0, mu0, mu0
        rows.append(
            {
                "channel": ch,
                "value": value,
                "pooled": mu0,
                "raw": m,
                "n_campaigns": nj,
                "ci_low": lo,
                "ci_high": hi,
                "weight": n_eff / (n_eff + strength) if n_eff + strength > 0 else 0.0,
                "method": "empirical_bayes_beta_binomial",
            }
        )
    return rows


def recalibrate(
    ws: Workspace, as_of: dt.date, metrics: tuple[str, ...] = RATE_METRICS
) -> list[dict[str, Any]]:
    """New benchmark rows per metric and channel from every campaign up to ``as_of``."""
    scope = Scope(end=as_of, as_of=as_of)
    ad = ad_counts(ws, scope, by=["campaign_id", "channel"])
    ld = lead_counts(ws, scope, by=["campaign_id", "channel"])
    out: list[dict[str, Any]] = []
    for metric in metrics:
        d = METRICS[metric]
        frame = None
        for f in (ad, ld):
            if (
                d.numerator in f.columns
                and d.denominator in f.columns
                and f[d.denominator].notna().any()
                and f[d.denominator].sum() > 0
            ):
                frame = f
                break
        if frame is None:
            continue
        obs = [
            (str(r["channel"]), float(r[d.numerator]), float(r[d.denominator]))
            for r in frame.to_dict("records")
            if r["channel"] is not None
            and r["campaign_id"] is not None
            and not (isinstance(r[d.denominator], float) and math.isnan(r[d.denominator]))
        ]
        out += [{"metric": metric, **row} for row in shrink_rates(obs)]
    return out
