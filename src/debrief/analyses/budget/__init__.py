"""Stage 6 of the monthly review, ``budget``: pacing, response curves, reallocation and waste.

``budget(ctx) -> StageResult`` runs every part; each part is callable alone:

* :func:`pacing_table` / :func:`pacing_findings` — utilisation and pacing against ``budgets``
* :func:`fit_channel_curves` / :func:`fit_mmm` — adstock + Hill response curves with
  moving-block bootstrap intervals, or the reason a channel's curve cannot be identified
* :func:`reallocate` / :func:`allocate` — the same total moved toward higher marginal ROAS
* :func:`past_floor_rows` / :func:`no_conversion_rows` — spend past the ROAS floor, or with no
  conversions

The method is described in ``docs/stages/budget.md``.
"""

from __future__ import annotations

from debrief.analyses.budget.chart import curve_chart
from debrief.analyses.budget.curves import (
    ChannelCurve,
    CurveSettings,
    fit_channel_curves,
    fit_mmm,
)
from debrief.analyses.budget.pacing import (
    PacingWindow,
    pacing_findings,
    pacing_rows,
    pacing_table,
    pacing_window,
)
from debrief.analyses.budget.reallocate import Allocation, Reallocation, allocate, reallocate
from debrief.analyses.budget.response import HillAdstock, JointFit, adstock, fit_joint
from debrief.analyses.budget.stage import budget, curve_settings
from debrief.analyses.budget.waste import floor_crossing, no_conversion_rows, past_floor_rows

__all__ = [
    "Allocation",
    "ChannelCurve",
    "CurveSettings",
    "HillAdstock",
    "JointFit",
    "PacingWindow",
    "Reallocation",
    "adstock",
    "allocate",
    "budget",
    "curve_chart",
    "curve_settings",
    "fit_channel_curves",
    "fit_joint",
    "fit_mmm",
    "floor_crossing",
    "no_conversion_rows",
    "pacing_findings",
    "pacing_rows",
    "pacing_table",
    "pacing_window",
    "past_floor_rows",
    "reallocate",
]
