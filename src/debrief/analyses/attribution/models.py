"""The seven attribution models by name, and the ``credits`` table they produce together.

``MODELS`` maps a model name to ``fn(paths, settings) -> (conversions, value)`` arrays indexed by
channel code. Time decay is the exception: it needs touch timestamps, so its credits come from the
engine (:class:`~debrief.analyses.attribution.paths.Journeys`) and it is absent when only
aggregated paths are given (``--paths``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from debrief.analyses.attribution import heuristics
from debrief.analyses.attribution.markov import markov
from debrief.analyses.attribution.pathset import PathSet
from debrief.analyses.attribution.settings import AttributionSettings
from debrief.analyses.attribution.shapley import shapley
from debrief.registry import Registry

Credits = tuple[np.ndarray, np.ndarray]
ModelFn = Callable[[PathSet, AttributionSettings], Credits]

#: Model names in report order (docs/report-contract.md).
MODEL_NAMES: tuple[str, ...] = (
    "first_touch",
    "last_touch",
    "linear",
    "time_decay",
    "position_based",
    "markov",
    "shapley",
)
#: Label of conversions with no touch in their lookback window.
UNATTRIBUTED = "unattributed"

MODELS: Registry[ModelFn] = Registry("attribution model")
MODELS.register("first_touch")(lambda ps, s: heuristics.first_touch(ps))
MODELS.register("last_touch")(lambda ps, s: heuristics.last_touch(ps))
MODELS.register("linear")(lambda ps, s: heuristics.linear(ps))
MODELS.register("position_based")(
    lambda ps, s: heuristics.position_based(ps, s.first_weight, s.last_weight)
)
MODELS.register("markov")(lambda ps, s: markov(ps, s.markov_order))
MODELS.register("shapley")(lambda ps, s: shapley(ps))


def check_models(names: Sequence[str]) -> tuple[str, ...]:
    """The requested model names in report order; an unknown name lists the valid ones."""
    for n in names:
        if n != "time_decay":
            MODELS.get(n)
    return tuple(m for m in MODEL_NAMES if m in set(names))


def credits_table(
    ps: PathSet,
    models: Sequence[str],
    settings: AttributionSettings,
    time_decay: dict[str, tuple[float, float]] | None = None,
    unattributed: tuple[float, float] = (0.0, 0.0),
) -> list[dict[str, object]]:
    """Rows ``model, channel, conversions, value, share`` for every model and channel.

    ``share`` is the channel's fraction of the model's attributed conversions (None when there
    are none). Conversions without any touch in their window appear under ``unattributed`` in
    every model so each model's rows sum to all the period's conversions.
    """
    rows: list[dict[str, object]] = []
    total = ps.total_conversions
    for model in check_models(models):
        if model == "time_decay":
            if time_decay is None:
                continue
            conv = np.array([time_decay.get(ch, (0.0, 0.0))[0] for ch in ps.channels])
            val = np.array([time_decay.get(ch, (0.0, 0.0))[1] for ch in ps.channels])
        else:
            conv, val = MODELS.get(model)(ps, settings)
        for code, ch in enumerate(ps.channels):
            rows.append(
                {
                    "model": model,
                    "channel": ch,
                    "conversions": float(conv[code]),
                    "value": float(val[code]),
                    "share": float(conv[code] / total) if total > 0 else None,
                }
            )
        if unattributed[0] > 0:
            rows.append(
                {
                    "model": model,
                    "channel": UNATTRIBUTED,
                    "conversions": float(unattributed[0]),
                    "value": float(unattributed[1]),
                    "share": None,
                }
            )
    return rows
