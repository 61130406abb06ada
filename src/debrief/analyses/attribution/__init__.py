"""Stage 3, ``attribution``: seven attribution models from raw touchpoints, with diagnostics.

Importing this package declares the stage (:data:`STAGE`). Public API:

* :func:`build_journeys` — aggregated paths of a period, built in the engine (Ibis).
* :class:`PathSet`, :func:`read_paths_csv` — aggregated paths as flat arrays; ChannelAttribution's
  file format.
* :data:`MODELS`, :func:`credits_table` — the models by name and the ``credits`` table.
* :func:`removal_effects`, :func:`chain_layout` — exact Markov removal effects (the modules
  ``markov`` and ``shapley`` hold the model functions of the same names).
* :func:`shapley_shares`, :func:`ordered_shapley`, :func:`bootstrap_intervals`, :func:`analyse`, :func:`attribution_stage`.
"""

from __future__ import annotations

from debrief.analyses.attribution.bootstrap import Intervals, bootstrap_intervals
from debrief.analyses.attribution.markov import chain_layout, removal_effects
from debrief.analyses.attribution.models import MODEL_NAMES, MODELS, credits_table
from debrief.analyses.attribution.paths import Journeys, build_journeys
from debrief.analyses.attribution.pathset import PathSet, read_paths_csv
from debrief.analyses.attribution.settings import AttributionSettings
from debrief.analyses.attribution.shapley import ordered_shapley, shapley_shares
from debrief.analyses.attribution.stage import PeriodInput, analyse, attribution_stage
from debrief.registry import Stage, Table, declare

__all__ = [
    "MODELS",
    "MODEL_NAMES",
    "STAGE",
    "AttributionSettings",
    "Intervals",
    "Journeys",
    "PathSet",
    "PeriodInput",
    "analyse",
    "attribution_stage",
    "bootstrap_intervals",
    "build_journeys",
    "chain_layout",
    "credits_table",
    "ordered_shapley",
    "read_paths_csv",
    "removal_effects",
    "shapley_shares",
]

#: A distribution's rows (path length, time to conversion) against the prior month.
_SHARES = {"conversions": "count", "share": "rate", "prior_conversions": "count"}

STAGE = declare(
    Stage(
        name="attribution",
        title="Attribution and channel contribution",
        review="monthly_review",
        order=3,
        run=attribution_stage,
        section="attribution",
        settings=AttributionSettings,
        reads=("touchpoints", "conversions"),
        tables={
            "credits": Table(
                {"model": "text", "channel": "text", "conversions": "count", "value": "money"}
                | {"share": "rate"},
                required=("model", "channel", "conversions", "value"),
                always=True,
            ),
            "direct_assisted": Table(
                {"channel": "text", "direct": "count", "assisted": "count", "assist_ratio": "ratio"}
            ),
            "path_length": Table({"touches": "text", **_SHARES, "prior_share": "rate"}),
            "time_to_conversion": Table({"days": "text", **_SHARES, "prior_share": "rate"}),
            "path_summary": Table(
                {"metric": "text", "actual": "metric", "prior": "metric", "change": "metric"}
            ),
            "top_paths": Table(
                {"path": "text", "touches": "count", "conversions": "count", "value": "money"}
                | {"nulls": "count", "conversion_rate": "rate"}
            ),
            "journey_trends": Table(
                {"month": "text", "conversions": "count", "journeys": "count"}
                | {"mean_touches": "number", "multi_touch_share": "rate"}
                | {"mean_days_to_conversion": "days"},
                required=("month", "conversions", "journeys"),
            ),
            "first_last_touch": Table(
                {"month": "text", "touch": "text", "channel": "text", "journeys": "count"}
                | {"share": "rate"}
            ),
            "shapley_by_position": Table(
                {"channel": "text", "position": "text", "conversions": "count"}
            ),
            "intervals": Table(
                {"model": "text", "channel": "text", "conversions": "count", "low": "count"}
                | {"high": "count", "indistinguishable_from": "text"}
            ),
            "interactions": Table(
                {"channel_a": "text", "channel_b": "text", "conversions_a": "count"}
                | {"conversions_b": "count", "conversions_both": "count"}
                | {"expected_both": "count", "lift": "ratio", "p_value": "p", "q_value": "p"}
            ),
        },
    )
)
