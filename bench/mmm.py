"""Benchmark of the marketing-mix model (``debrief mmm``): recovery of known answers, the shared
samples against their truth and against PyMC-Marketing, and time.

1. **Recovery** (``--sets N``, default 120): N simulated data sets
   (:mod:`debrief.mmm.simulate`; weekly and daily alternate, 2-4 channels) fitted exactly as
   ``debrief mmm`` fits; coverage of the 90% intervals of marginal ROAS and ranking of channels
   whose true marginal ROAS differ by 30% or more (:mod:`debrief.mmm.recovery`), beside the
   ranking of an oracle told the true curves (what the noise in the data allows). ``--hard M``
   adds M sets of 6 channels, reported apart.
2. **Samples** (../shared/data/mmm_samples): Debrief (Laplace) and PyMC-Marketing (MCMC, 2 chains
   x 500 draws after 500 tuning steps) on each sample; marginal ROAS per channel with intervals,
   the truth where the sample has one, and both tools' wall time.
3. **Speed goal**: 3 years weekly x 10 channels with intervals (a simulated set), Debrief against
   PyMC-Marketing on the same data: wall seconds and their ratio.

    .venv/bin/pip install -e '.[bench]'      # PyMC-Marketing
    .venv/bin/python bench/mmm.py [--sets 120] [--hard 20] [--no-pymc] [--quick]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "mmm_samples"


def _load() -> str:
    return "load average " + ", ".join(f"{v:.1f}" for v in os.getloadavg())


def recovery(n_sets: int, hard: int, first: int = 0) -> None:
    from debrief.mmm.recovery import recover, summarise

    t0 = time.perf_counter()
    results = [recover(seed) for seed in range(first, first + n_sets)]
    print(
        f"\n## Recovery on {n_sets} simulated sets (seeds {first}-{first + n_sets - 1}; six-channel sets from {10_000 + first}), {time.perf_counter() - t0:.0f} s, {_load()}"
    )
    groups = {
        "all": results,
        "weekly (156 weeks)": [r for r in results if r.grain == "weekly"],
        "daily (730 days)": [r for r in results if r.grain == "daily"],
        "2 channels": [r for r in results if r.channels == 2],
        "3 channels": [r for r in results if r.channels == 3],
        "4 channels": [r for r in results if r.channels == 4],
    }
    if hard:
        groups["6 channels (extra sets)"] = [
            recover(10_000 + first + s, channels=6) for s in range(hard)
        ]
    print(
        "| sets | n | channels | 90% coverage | pairs >=30% apart | ranked right | separated by their intervals: ranked right | misranked with overlapping intervals | ranked right by the oracle (true curves known) | sets with a clear best | best ranked first | coverage, unwarned | ranking, unwarned | median abs log error | s per set |"
    )
    print(
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    for name, group in groups.items():
        s = summarise(group)
        print(
            f"| {name} | {s['sets']} | {s['channels']} | {s['coverage']:.1%} | {s['pairs']} | "
            f"{s['ranking']:.1%} | {_share(s['ranking_separated'])} ({s['separated_pairs']}) | "
            f"{s['misranked_overlapping']} | {_share(s['ranking_oracle'])} | {s['top_sets']} | {s['top_first']:.1%} | "
            f"{s['coverage_unwarned']:.1%} ({s['unwarned_channels']}) | "
            f"{s['ranking_unwarned']:.1%} ({s['unwarned_pairs']}) | {s['median_abs_log_error']:.2f} | "
            f"{s['seconds_mean']:.2f} |"
        )


def _share(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.1%}"


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:,.2f}"


def _pymc(data, seed: int = 0):  # type: ignore[no-untyped-def]
    from debrief.mmm.bayes import posterior as bayes_posterior
    from debrief.mmm.run import MMMSettings

    t0 = time.perf_counter()
    post, stats = bayes_posterior(data, MMMSettings(seed=seed))
    return post, stats, time.perf_counter() - t0


def _read(post, data, periods: int = 13):  # type: ignore[no-untyped-def]
    from debrief.mmm.readout import read_channels

    n = len(data.dates)
    return read_channels(post, data, slice(n - periods, n), 0.90)


def samples(use_pymc: bool) -> None:
    from debrief.mmm.run import MMMSettings, run_mmm
    from debrief.mmm.samples import SAMPLES, load_sample, pymc_example_truth

    if not SHARED.exists():
        print(f"\n{SHARED} absent: samples skipped")
        return
    for name in SAMPLES:
        data = load_sample(name, SHARED)
        t0 = time.perf_counter()
        res = run_mmm(data, MMMSettings(holdout=0))
        ours = time.perf_counter() - t0
        ho = run_mmm(data, MMMSettings()).holdout
        truth: dict[str, dict[str, float]] = {}
        if name == "pymc_example":
            truth = pymc_example_truth(SHARED)["channels"]
        if name == "pymc_tvp":
            import pandas as pd

            df = pd.read_csv(SHARED / "pymc-labs_pymc-marketing" / "media_tvp_data.csv")
            truth = {
                ch: {"contribution": float(df[f"{ch}_contribution"].to_numpy()[-13:].sum())}
                for ch in ("x1", "x2")
            }
        wape = "n/a" if ho is None or ho["wape"] is None else f"{ho['wape']:.1%}"
        mape = "n/a" if ho is None or ho["mape"] is None else f"{ho['mape']:.1%}"
        print(
            f"\n## {name}: {len(data.dates)} weeks, {len(data.channels)} channels — Debrief {ours:.1f} s "
            f"(fit, 1000 Laplace draws, readouts, plan), held-back WAPE {wape} "
            f"(MAPE {mape}; 13 weeks), in-sample R² {res.fit_stats['r2']:.3f}; {_load()}"
        )
        pm_rows = None
        if use_pymc:
            post, stats, secs = _pymc(data)
            pm_rows = _read(post, data).rows
            print(
                f"PyMC-Marketing {secs:.0f} s ({stats['divergences']} divergences); "
                f"time ratio PyMC-Marketing / Debrief = {secs / ours:.0f}x"
            )
        print(
            "| channel | Debrief marginal ROAS (90%) | PyMC-Marketing marginal ROAS (90%) | true | "
            "Debrief contribution, last 13 weeks (90%) | PyMC-Marketing contribution | true contribution |"
        )
        print("| --- | --- | --- | ---: | --- | ---: | ---: |")
        for i, r in enumerate(res.readout.rows):
            t = truth.get(r["channel"], {})
            pm = pm_rows[i] if pm_rows else None
            print(
                f"| {r['channel']} | {_fmt(r['marginal_roas'])} ({_fmt(r['marginal_roas_low'])}-{_fmt(r['marginal_roas_high'])}) | "
                + (
                    f"{_fmt(pm['marginal_roas'])} ({_fmt(pm['marginal_roas_low'])}-{_fmt(pm['marginal_roas_high'])})"
                    if pm
                    else "-"
                )
                + f" | {_fmt(t.get('marginal_roas'))} | {_fmt(r['contribution'])} ({_fmt(r['contribution_low'])}-{_fmt(r['contribution_high'])}) | "
                + f"{_fmt(pm['contribution']) if pm else '-'} | {_fmt(t.get('contribution'))} |"
            )
        if pm_rows:
            a = np.array([r["marginal_roas"] for r in res.readout.rows])
            b = np.array([r["marginal_roas"] for r in pm_rows])
            same = np.argsort(-a).tolist() == np.argsort(-b).tolist()
            print(
                f"Agreement: same order of marginal ROAS: {same}; Debrief / PyMC-Marketing ratio per "
                "channel: " + ", ".join(f"{x / y:.2f}" for x, y in zip(a, b, strict=True))
            )


def speed(use_pymc: bool, channels: int = 10) -> None:
    from debrief.mmm.run import MMMSettings, run_mmm
    from debrief.mmm.simulate import simulate

    sim = simulate(1, grain="weekly", n_channels=channels)
    t0 = time.perf_counter()
    c0 = time.process_time()
    run_mmm(sim.data, MMMSettings(holdout=0))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    run_mmm(sim.data, MMMSettings())
    with_holdout = time.perf_counter() - t0
    print(
        f"\n## Speed: 156 weeks x {channels} channels (simulated seed 1), {_load()}\n"
        f"Debrief: fit + 1000 Laplace draws + readouts + reallocation and scenarios {wall:.1f} s wall "
        f"({cpu:.1f} s CPU); with the held-back refit {with_holdout:.1f} s"
    )
    if use_pymc:
        _, stats, secs = _pymc(sim.data)
        print(
            f"PyMC-Marketing (2 chains x 500 draws + 500 tune): {secs:.0f} s "
            f"({stats['divergences']} divergences); ratio {secs / wall:.0f}x"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=int, default=120)
    ap.add_argument("--hard", type=int, default=20)
    ap.add_argument(
        "--first",
        type=int,
        default=0,
        help="first seed (fresh seeds: e.g. 240; six-channel sets 10000+first)",
    )
    ap.add_argument("--no-pymc", action="store_true")
    ap.add_argument("--quick", action="store_true", help="6 sets, no PyMC-Marketing: a smoke run")
    ap.add_argument("--only", choices=("recovery", "samples", "speed"), default=None)
    a = ap.parse_args()
    if a.quick:
        a.sets, a.hard, a.no_pymc = 6, 0, True
    use_pymc = not a.no_pymc
    if use_pymc:
        try:
            import pymc_marketing  # noqa: F401
        except ImportError:
            print("PyMC-Marketing is not installed (pip install -e '.[bench]'): peer runs skipped")
            use_pymc = False
    print(f"{os.cpu_count()} cores, {_load()}")
    if a.only in (None, "recovery"):
        recovery(a.sets, a.hard, a.first)
    if a.only in (None, "speed"):
        speed(use_pymc)
    if a.only in (None, "samples"):
        samples(use_pymc)


if __name__ == "__main__":
    main()
