"""Benchmark: how well the budget stage's response curves recover known truths, and how long
they take.

1. The demo company (``debrief.demo``): its generator draws each always-on campaign's revenue from
   a known Hill curve (shape 1) of adstocked spend, so every channel has a true marginal ROAS at
   its October spend. The script prints the fitted marginal ROAS, its bootstrap interval, the
   truth, the ratio fitted/true and whether the interval covers the truth.
2. pymc-marketing's ``media_tvp_data.csv`` (../shared/data/mmm_samples) ships the true
   contribution of each channel: the script prints the joint fit's total contribution per
   channel against it (a static curve on a time-varying truth: a misspecified peer check).
3. Interval coverage: ``--coverage N`` data sets drawn like the demo's paid_search (Hill shape 1,
   decay 0.1, Poisson conversions x 160, 396 days); how often the 90% interval covers the true
   marginal ROAS, and the mean and spread of fitted / true.
4. Wall time of the curve fits with the default bootstrap (100 refits per channel).

    .venv/bin/python bench/budget_mmm.py [--bootstrap 100] [--seed 7] [--coverage 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "mmm_samples"


def demo_recovery(bootstrap: int, seed: int) -> None:
    from debrief.analyses.budget.curves import CurveSettings, fit_channel_curves
    from debrief.analyses.budget.data import channel_daily, sustained_daily
    from debrief.demo import generate, spec
    from debrief.ingest import ingest
    from debrief.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp) / "data", seed=seed)
        ingest([Path(tmp) / "data"], str(Path(tmp) / "ws.duckdb"))
        with Workspace.open(str(Path(tmp) / "ws.duckdb"), read_only=True) as ws:
            end = dt.date(2026, 10, 31)
            by_campaign, _ = channel_daily(ws, end)
    cs = CurveSettings(bootstrap=bootstrap)
    daily, _ = sustained_daily(by_campaign, cs.min_periods)
    october = daily[daily["date"] >= dt.date(2026, 10, 1)]
    current = (october.groupby("channel")["spend"].sum() / 31).to_dict()
    t0 = time.perf_counter()
    curves = fit_channel_curves(daily, current, end, cs)
    seconds = time.perf_counter() - t0
    print(f"\nDemo company (seed {seed}): fitted vs true marginal ROAS at October spend")
    print(f"{'channel':<22}{'fitted':>8}{'low':>8}{'high':>8}{'true':>8}{'ratio':>8}  covers")
    for c in curves:
        ch = spec.CHANNELS[c.channel]
        k, s = ch.half_saturation, c.current_spend
        true = ch.vmax * k / (k + s) ** 2  # Hill with shape 1: f'(s) = V K / (K + s)^2
        if not c.identified:
            print(f"{c.channel:<22}  not identified: {c.reason}")
            continue
        covers = c.marginal_roas_low <= true <= c.marginal_roas_high
        print(
            f"{c.channel:<22}{c.marginal_roas:>8.2f}{c.marginal_roas_low:>8.2f}"
            f"{c.marginal_roas_high:>8.2f}{true:>8.2f}{c.marginal_roas / true:>8.2f}  {covers}"
        )
    print(f"curve fits for {len(curves)} channels, bootstrap {bootstrap}: {seconds:.1f} s")


def tvp_contributions(bootstrap: int) -> None:
    from debrief.analyses.budget.curves import CurveSettings, fit_mmm
    from debrief.analyses.budget.response import fit_joint

    path = SHARED / "pymc-labs_pymc-marketing" / "media_tvp_data.csv"
    if not path.exists():
        print(f"\n{path} absent: peer check skipped")
        return
    df = pd.read_csv(path)
    x = df[["x1", "x2"]].to_numpy(float)
    fit = fit_joint(x, df["y"].to_numpy(float), intercept=True, n_starts=4)
    print("\npymc-marketing media_tvp_data: fitted vs true total contribution")
    print(f"{'channel':<10}{'fitted':>12}{'true':>12}{'ratio':>8}")
    for j, name in enumerate(("x1", "x2")):
        got = float(np.sum(fit.curves[j].predict(x[:, j])))
        true = float(df[f"{name}_contribution"].sum())
        print(f"{name:<10}{got:>12.1f}{true:>12.1f}{got / true:>8.2f}")
    out = fit_mmm(
        df[["x1", "x2"]], df["y"], settings=CurveSettings(min_periods=26, bootstrap=bootstrap)
    )
    for c in out:
        print(f"  {c.channel}: identified={c.identified} {c.reason or ''}")


def coverage(reps: int, bootstrap: int) -> None:
    from debrief.analyses.budget.curves import block_bootstrap_fits
    from debrief.analyses.budget.response import HillAdstock, fit_joint

    k, s0, roas0, aov = 1050.0, 3000.0, 2.4, 160.0
    true = HillAdstock(0.1, k, 1.0, roas0 * (k + s0))
    season = np.array([1.0, 1.1, 0.75, 0.9, 1.0, 1.05, 1.0, 0.95, 0.9, 0.8, 1.0, 1.1, 1.05])
    hits, ratios = 0, []
    for rep in range(reps):
        rng = np.random.default_rng(rep)
        n = 396
        month = np.minimum(np.arange(n) // 30.5, 12).astype(int)
        spend = s0 * season[month] * rng.lognormal(0, 0.3, n)
        revenue = rng.poisson(true.predict(spend) / aov) * aov
        fit = fit_joint(spend, revenue)
        cur = float(spend[-31:].mean())
        boots = block_bootstrap_fits(spend, revenue, fit, intercept=False, n=bootstrap, seed=rep)
        low, high = np.quantile([b.curves[0].marginal(cur) for b in boots], [0.05, 0.95])
        hits += bool(low <= true.marginal(cur) <= high)
        ratios.append(float(fit.curves[0].marginal(cur) / true.marginal(cur)))
    print(
        f"\nCoverage of the 90% interval over {reps} simulated channels (bootstrap {bootstrap}): "
        f"{hits}/{reps}; fitted / true mean {np.mean(ratios):.2f}, sd {np.std(ratios):.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bootstrap", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--coverage", type=int, default=20)
    a = ap.parse_args()
    demo_recovery(a.bootstrap, a.seed)
    tvp_contributions(a.bootstrap)
    if a.coverage:
        coverage(a.coverage, min(a.bootstrap, 50))


if __name__ == "__main__":
    main()
