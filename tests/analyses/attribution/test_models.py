"""Every model against an independent computation (tests/analyses/attribution/reference.py)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import debrief.analyses.attribution.markov as markov_module
from debrief.analyses.attribution import AttributionSettings, heuristics
from debrief.analyses.attribution.markov import chain_layout, markov, removal_effects
from debrief.analyses.attribution.models import credits_table
from debrief.analyses.attribution.pathset import PathSet
from debrief.analyses.attribution.shapley import ordered_shapley, shapley

from .reference import absorbing_removal_effects, brute_force_shapley, heuristic

PATHS = [
    (("search",), 3.0, 300.0, 1.0),
    (("social", "search"), 2.0, 150.0, 4.0),
    (("email", "social", "email", "search"), 1.0, 90.0, 2.0),
    (("display", "display"), 0.0, 0.0, 5.0),
    (("display", "email", "search"), 4.0, 410.5, 3.0),
    (("email",), 1.0, 20.25, 0.0),
    (("social", "display", "email", "social", "search", "email"), 2.0, 333.0, 1.0),
]


def _ps(paths=PATHS) -> PathSet:
    return PathSet.from_sequences(
        [p for p, *_ in paths],
        [c for _, c, _, _ in paths],
        [v for *_, v, _ in paths],
        [z for *_, z in paths],
    )


def _as_dict(ps: PathSet, arr: np.ndarray) -> dict[str, float]:
    return {ch: float(arr[i]) for i, ch in enumerate(ps.channels)}


@pytest.mark.parametrize("model", ["first_touch", "last_touch", "linear", "position_based"])
def test_heuristics_equal_plain_python(model: str) -> None:
    ps = _ps()
    fn = getattr(heuristics, model)
    conv, val = fn(ps)
    ref = heuristic([(p, c, v) for p, c, v, _ in PATHS], model)
    for ch in ps.channels:
        assert _as_dict(ps, conv)[ch] == pytest.approx(ref.get(ch, [0, 0])[0], abs=1e-12)
        assert _as_dict(ps, val)[ch] == pytest.approx(ref.get(ch, [0, 0])[1], abs=1e-9)


def test_position_based_custom_weights() -> None:
    ps = _ps()
    conv, _ = heuristics.position_based(ps, 0.3, 0.5)
    ref = heuristic([(p, c, v) for p, c, v, _ in PATHS], "position_based", 0.3, 0.5)
    assert _as_dict(ps, conv) == pytest.approx({k: v[0] for k, v in ref.items()}, abs=1e-12)


def test_position_based_hand_computed() -> None:
    # a > b > c > d, one conversion: 0.4, 0.1, 0.1, 0.4; a > b: 0.5, 0.5; a: 1.
    ps = PathSet.from_sequences([("a", "b", "c", "d"), ("a", "b"), ("a",)], [1, 1, 1])
    conv, _ = heuristics.position_based(ps)
    assert _as_dict(ps, conv) == pytest.approx({"a": 1.9, "b": 0.6, "c": 0.1, "d": 0.4})


@pytest.mark.parametrize("order", [1, 2, 3])
@pytest.mark.parametrize("dense_limit", [markov_module._DENSE_LIMIT, 0])
def test_markov_removal_effects_equal_dense_fundamental_matrix(
    order: int, dense_limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dense_limit 0: the sparse chain (scipy.sparse) that chains over 1,500 states use.
    monkeypatch.setattr(markov_module, "_DENSE_LIMIT", dense_limit)
    ps = _ps()
    layout = chain_layout(ps, order)
    re = removal_effects(layout.chain(ps.conversions, ps.value, ps.nulls), len(ps.channels))
    p, eff, v, veff = absorbing_removal_effects(PATHS, order)
    assert re.p_conv == pytest.approx(p, abs=1e-12)
    assert re.value_per_journey == pytest.approx(v, abs=1e-9)
    for i, ch in enumerate(ps.channels):
        assert re.effects[i] == pytest.approx(eff[ch], abs=1e-9)
        assert re.value_effects[i] == pytest.approx(veff[ch], abs=1e-9)


def test_markov_p_conv_is_the_observed_conversion_rate() -> None:
    # Whatever the order, the chain reproduces the observed conversion rate per journey.
    ps = _ps()
    rate = ps.total_conversions / (ps.total_conversions + ps.nulls.sum())
    for order in (1, 2, 4):
        layout = chain_layout(ps, order)
        re = removal_effects(layout.chain(ps.conversions, ps.value, ps.nulls), 4)
        assert re.p_conv == pytest.approx(rate, abs=1e-12)


def test_markov_two_channel_hand_computed() -> None:
    # start -> a (2 journeys) -> conv 1, null 1; start -> b -> conv (1 journey).
    # P = 2/3; without a: 1/3 -> RE_a = 1/2; without b: 1/3 -> RE_b = 1/2: equal credit.
    ps = PathSet.from_sequences([("a",), ("b",)], [1, 1], [10, 30], [1, 0])
    conv, val = markov(ps)
    assert _as_dict(ps, conv) == pytest.approx({"a": 1.0, "b": 1.0})
    # Value per journey 40/3; without a: 30/3 (RE 1/4); without b: 10/3 (RE 3/4).
    assert _as_dict(ps, val) == pytest.approx({"a": 10.0, "b": 30.0})


@pytest.mark.parametrize("seed", range(5))
def test_shapley_equals_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    channels = ["a", "b", "c", "d", "e", "f"][: 3 + seed % 4]
    paths = []
    for _ in range(12):
        n = int(rng.integers(1, 6))
        paths.append((tuple(rng.choice(channels, n)), float(rng.integers(0, 5))))
    ps = PathSet.from_sequences([p for p, _ in paths], [c for _, c in paths])
    conv, _ = shapley(ps)
    ref = brute_force_shapley(paths)
    for ch in ps.channels:
        assert _as_dict(ps, conv)[ch] == pytest.approx(ref.get(ch, 0.0), abs=1e-9)


def test_ordered_shapley_sums_to_shapley() -> None:
    ps = _ps()
    conv, _ = shapley(ps)
    np.testing.assert_allclose(ordered_shapley(ps, 3).sum(axis=1), conv, atol=1e-12)


_channel = st.sampled_from(["a", "b", "c", "d", "e"])
_paths = st.lists(
    st.tuples(
        st.lists(_channel, min_size=1, max_size=7),
        st.integers(0, 20),
        st.floats(0, 1000, allow_nan=False),
        st.integers(0, 20),
    ),
    min_size=1,
    max_size=15,
)


@settings(max_examples=60, deadline=None)
@given(_paths)
def test_all_models_sum_to_the_conversions(raw) -> None:
    # Value only exists where there are conversions.
    raw = [(tuple(p), c, v if c else 0.0, z) for p, c, v, z in raw]
    ps = PathSet.from_sequences(
        [p for p, *_ in raw], [r[1] for r in raw], [r[2] for r in raw], [r[3] for r in raw]
    )
    rows = credits_table(
        ps,
        ["first_touch", "last_touch", "linear", "position_based", "markov", "shapley"],
        AttributionSettings(markov_order=2),
    )
    total_c, total_v = ps.total_conversions, ps.total_value
    for model in {r["model"] for r in rows}:
        sel = [r for r in rows if r["model"] == model]
        assert all(r["conversions"] >= -1e-9 for r in sel)
        assert sum(r["conversions"] for r in sel) == pytest.approx(total_c, abs=1e-6)
        assert sum(r["value"] for r in sel) == pytest.approx(total_v, abs=1e-6)
