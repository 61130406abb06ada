"""Stage 3, ``attribution``: seven attribution models from raw touchpoints, with diagnostics.

Importing this package registers the stage with :data:`debrief.engine.STAGES`. Public API:

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
from debrief.analyses.attribution.shapley import ordered_shapley, shapley_shares
from debrief.analyses.attribution.stage import PeriodInput, analyse, attribution_stage

__all__ = [
    "MODELS",
    "MODEL_NAMES",
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
