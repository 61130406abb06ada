"""Against the peers on ChannelAttribution's own sample paths (skips when the peers or the data are
absent; they come with the ``dev`` extra, so ``make test`` runs them). Each difference is explained in
docs/stages/attribution.md."""

from __future__ import annotations

import pandas as pd
import pytest

from debrief.analyses.attribution import chain_layout, heuristics, read_paths_csv, removal_effects

pytestmark = pytest.mark.realdata
FILE = "attribution_paths_channelattribution/path_data.csv"


@pytest.fixture(scope="module")
def path_file(shared_data):
    p = shared_data / FILE
    if not p.exists():
        pytest.skip(f"{p} not present")
    return p


def _exact(path_file):
    ps = read_paths_csv(path_file)
    re = removal_effects(chain_layout(ps).chain(ps.conversions, ps.value, ps.nulls), 12)
    return ps, dict(zip(ps.channels, re.effects, strict=True))


def test_heuristics_equal_channelattribution(path_file) -> None:
    ca = pytest.importorskip("ChannelAttribution")
    df = pd.read_csv(path_file)
    h = ca.heuristic_models(
        df, "path", "total_conversions", var_value="total_conversion_value", flg_pro=False
    ).set_index("channel_name")
    ps = read_paths_csv(path_file)
    for ours, theirs in (
        (heuristics.first_touch, "first_touch"),
        (heuristics.last_touch, "last_touch"),
        (heuristics.linear, "linear_touch"),
    ):
        conv, val = ours(ps)
        for i, ch in enumerate(ps.channels):
            assert conv[i] == pytest.approx(h.loc[ch, f"{theirs}_conversions"], abs=1e-6)
            assert val[i] == pytest.approx(h.loc[ch, f"{theirs}_value"], abs=1e-6)


def test_markov_within_channelattribution_simulation_error(path_file) -> None:
    ca = pytest.importorskip("ChannelAttribution")
    df = pd.read_csv(path_file)
    res = ca.markov_model(
        df,
        "path",
        "total_conversions",
        var_value="total_conversion_value",
        var_null="total_null",
        out_more=True,
        verbose=False,
        flg_pro=False,
    )
    theirs = res["removal_effects"].set_index("channel_name")["removal_effects_conversion"]
    _, ours = _exact(path_file)
    # ChannelAttribution estimates removal effects by simulating 1e5 journeys: a few 0.01.
    for ch, eff in ours.items():
        assert theirs[ch] == pytest.approx(eff, abs=0.03)


def test_markov_removal_effects_equal_mam_exactly(path_file) -> None:
    pl = pytest.importorskip("polars")
    mam = pytest.importorskip("mam")
    df = pd.read_csv(path_file)
    rows = []
    for r in df.itertuples():
        if r.total_conversions > 0:
            rows.append((r.path, int(r.total_conversions), True, r.total_conversion_value))
        if r.total_null > 0:
            rows.append((r.path, int(r.total_null), False, 0.0))
    g = pl.DataFrame(rows, schema=["path", "occ", "conv", "value"], orient="row")
    m = mam.MAM(g, "grouped_journey", "path", "conv", occurrences_colname="occ")
    theirs = m.run_markov().metadata["removal_effect"]["removal_effect"]
    _, ours = _exact(path_file)
    for ch, eff in ours.items():
        assert theirs[ch] == pytest.approx(eff, abs=1e-9)
