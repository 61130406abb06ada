"""Stage 6 of the monthly review, ``budget``: pacing, response curves, reallocation and waste.

With an ``outcomes`` table in money the curves and the reallocation come from the
marketing-mix model (:mod:`debrief.analyses.budget.mixmodel`, table ``model`` names the method);
without one, from per-channel curves on ``conversion_value``.

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
from debrief.analyses.budget.settings import BudgetSettings
from debrief.analyses.budget.stage import budget, curve_settings
from debrief.analyses.budget.waste import floor_crossing, no_conversion_rows, past_floor_rows
from debrief.registry import Stage, Table, declare

__all__ = [
    "STAGE",
    "Allocation",
    "BudgetSettings",
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

_MARGINAL = {"marginal_roas": "ratio", "marginal_roas_low": "ratio", "marginal_roas_high": "ratio"}
_MARGINAL |= {"average_roas": "ratio"}
#: read from the marketing-mix model only (docs/stages/budget.md)
_MIX = {"average_roas_low": "ratio", "average_roas_high": "ratio", "contribution": "money"}
_MIX |= {"contribution_low": "money", "contribution_high": "money"}

STAGE = declare(
    Stage(
        name="budget",
        title="Budget performance and reallocation",
        review="monthly_review",
        order=6,
        run=budget,
        section="budget",
        settings=BudgetSettings,
        reads=("ad_performance",),
        uses=("budgets", "targets", "outcomes", "controls", "lift_tests", "benchmarks"),
        tables={
            "pacing": Table(
                {"channel": "text", "campaign_id": "text", "planned_spend": "money"}
                | {"spend": "money", "utilisation": "rate", "pacing": "rate"}
                | {"forecast_spend": "money", "forecast_utilisation": "rate", "status": "text"},
                required=("channel", "planned_spend", "spend", "utilisation"),
                always=True,
            ),
            "curves": Table(
                {
                    **{"channel": "text", "identified": "flag", "reason": "text"},
                    **{"decay": "number", "half_saturation_spend": "money", "shape": "number"},
                    **{"max_response": "money", "r2": "number", "n_periods": "count"},
                    **{"current_daily_spend": "money", **_MARGINAL, "campaigns": "text"},
                    **_MIX,
                },
                shown=(
                    "channel",
                    "identified",
                    "reason",
                    "current_daily_spend",
                    *_MARGINAL,
                    "contribution",
                    "n_periods",
                ),
            ),
            "model": Table(
                {
                    **{"method": "text", "kpi": "text", "grain": "text", "periods": "count"},
                    **{"first_period": "date", "last_period": "date", "window_periods": "count"},
                    **{"r2": "number", "holdout_wape": "rate", "holdout_periods": "count"},
                },
                required=("method", "kpi"),
            ),
            "reallocation": Table(
                {
                    **{"channel": "text", "identified": "flag", "current_spend": "money"},
                    **{"recommended_spend": "money", "change": "money"},
                    **{"expected_revenue_change": "money", "low": "money", "high": "money"},
                    **{"marginal_roas_before": "ratio", "marginal_roas_after": "ratio"},
                    "note": "text",
                },
                required=(
                    *("channel", "current_spend", "recommended_spend"),
                    "expected_revenue_change",
                ),
                always=True,
            ),
            "reallocation_moves": Table(
                {
                    **{"from_channel": "text", "to_channel": "text", "amount": "money"},
                    **{"expected_revenue_change": "money", "from_marginal_roas_before": "ratio"},
                    **{"from_marginal_roas_after": "ratio", "to_marginal_roas_before": "ratio"},
                    "to_marginal_roas_after": "ratio",
                }
            ),
            "waste": Table(
                {
                    **{"kind": "text", "channel": "text", "campaign_id": "text"},
                    **{"segment": "text", "spend": "money", "conversions": "count", **_MARGINAL},
                    **{"floor": "ratio", "threshold_spend": "money"},
                    **{"observed_min_spend": "money", "wasted_spend": "money"},
                    **{"counted_above": "money", "revenue_from_it": "money"},
                },
                shown=(
                    "kind",
                    "channel",
                    "campaign_id",
                    "segment",
                    "spend",
                    "conversions",
                    "marginal_roas",
                    "floor",
                    "wasted_spend",
                    "revenue_from_it",
                ),
            ),
        },
    )
)
