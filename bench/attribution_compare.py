"""Attribution against the peers' numbers: Debrief's exact Markov removal effects beside
ChannelAttribution's simulated ones and MAM's, and the rule-based credits beside
ChannelAttribution's, on one file of aggregated paths (ChannelAttribution's format).

    .venv/bin/python bench/attribution.py --compare ../shared/data/attribution_paths_channelattribution/path_data.csv

Not a speed benchmark (bench/attribution.py is); docs/stages/attribution.md explains every
difference. Peers that are not installed are reported as such.
"""

from __future__ import annotations

import time
from pathlib import Path


def compare(path_file: Path) -> None:
    """Exact removal effects against ChannelAttribution's simulated ones (default 1e5 and 1e6
    simulated journeys) and MAM's, and rule-based credits against ChannelAttribution's."""
    import pandas as pd

    from debrief.analyses.attribution import chain_layout, heuristics, read_paths_csv
    from debrief.analyses.attribution import removal_effects as exact_effects

    ps = read_paths_csv(path_file)
    chain = chain_layout(ps).chain(ps.conversions, ps.value, ps.nulls)
    exact = dict(zip(ps.channels, exact_effects(chain, len(ps.channels)).effects, strict=True))
    df = pd.read_csv(path_file)
    cols: dict[str, dict[str, float]] = {}
    try:
        from ChannelAttribution import heuristic_models, markov_model

        for nsim in (1e5, 1e6):
            t0 = time.perf_counter()
            res = markov_model(
                df,
                "path",
                "total_conversions",
                var_value="total_conversion_value",
                var_null="total_null",
                out_more=True,
                verbose=False,
                nsim_start=nsim,
                flg_pro=False,
            )
            eff = res["removal_effects"].set_index("channel_name")["removal_effects_conversion"]
            cols[f"CA nsim={nsim:.0e} ({time.perf_counter() - t0:.1f} s)"] = eff.to_dict()
        h = heuristic_models(
            df, "path", "total_conversions", var_value="total_conversion_value", flg_pro=False
        ).set_index("channel_name")
        worst = 0.0
        for fn, name in (
            (heuristics.first_touch, "first_touch"),
            (heuristics.last_touch, "last_touch"),
            (heuristics.linear, "linear_touch"),
        ):
            conv, _ = fn(ps)
            for i, ch in enumerate(ps.channels):
                worst = max(worst, abs(conv[i] - h.loc[ch, f"{name}_conversions"]))
        print(
            f"rule-based credits vs ChannelAttribution: max |difference| = {worst:.2e} conversions"
        )
    except ImportError:
        print("ChannelAttribution not installed")
    try:
        import polars as pl
        from mam import MAM

        rows = []
        for r in df.itertuples():
            if r.total_conversions > 0:
                rows.append((r.path, int(r.total_conversions), True, r.total_conversion_value))
            if r.total_null > 0:
                rows.append((r.path, int(r.total_null), False, 0.0))
        g = pl.DataFrame(rows, schema=["path", "occ", "conv", "value"], orient="row")
        m = MAM(g, "grouped_journey", "path", "conv", occurrences_colname="occ")
        eff = m.run_markov().metadata["removal_effect"]["removal_effect"]
        cols["MAM 2.x"] = eff.to_dict()
    except ImportError:
        print("marketing-attribution-models not installed")
    names = list(cols)
    print("\n| channel | exact removal effect | " + " | ".join(names) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in names) + " |")
    worst_by = dict.fromkeys(names, 0.0)
    for ch in ps.channels:
        cells = []
        for n in names:
            v = cols[n].get(ch)
            cells.append("-" if v is None else f"{v:.5f}")
            if v is not None:
                worst_by[n] = max(worst_by[n], abs(v - exact[ch]))
        print(f"| {ch} | {exact[ch]:.5f} | " + " | ".join(cells) + " |")
    print("| max abs difference | 0 | " + " | ".join(f"{worst_by[n]:.1e}" for n in names) + " |")
