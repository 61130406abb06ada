"""Stage 2 of the monthly review, ``funnel_health``: lead -> MQL -> SQL -> opportunity -> won.

:mod:`.stage` runs the stage, :mod:`.measures` builds the views in the engine, :mod:`.momentum`
the like-for-like test behind the bottleneck, :mod:`.findings` and :mod:`.charts` the sentences
and charts. Method: ``docs/stages/funnel_health.md``.
"""

from __future__ import annotations

from debrief.analyses.funnel_health.settings import FunnelSettings
from debrief.analyses.funnel_health.stage import (
    RATE_METRICS,
    VOLUME_METRICS,
    funnel_health,
    monthly_targets,
)
from debrief.registry import Stage, Table, declare

__all__ = [
    "RATE_METRICS",
    "STAGE",
    "VOLUME_METRICS",
    "FunnelSettings",
    "funnel_health",
    "monthly_targets",
]

#: One funnel step's rate with its interval, times, references and test (``stages`` and the
#: channel and campaign tables).
_STEP = {
    **{"from_stage": "text", "to_stage": "text", "view": "text"},
    **{"entered": "count", "converted": "count", "rate": "rate"},
    **{"ci_low": "rate", "ci_high": "rate", "median_days": "days", "mean_days": "days"},
    **{"prior_rate": "rate", "trailing_rate": "rate", "prior_entered": "count"},
    **{"prior_converted": "count", "trailing_entered": "count", "trailing_converted": "count"},
    **{"target": "rate", "censored": "flag", "rate_change": "rate"},
    **{"rate_change_ci_low": "rate", "rate_change_ci_high": "rate", "p_value": "p"},
    "typical_lag_days": "days",
    "counted_from": "text",
}
#: What a reader of report.md / report.html needs of a step (every column is in the CSV).
_STEP_SHOWN = ("from_stage", "to_stage", "view", "entered", "converted", "rate", "prior_rate")
_STEP_SHOWN += ("rate_change", "p_value")
#: The like-for-like comparison of a step (``momentum`` and ``momentum_by_channel``).
_MOMENTUM = {
    **{"from_stage": "text", "to_stage": "text", "horizon_days": "days"},
    **{"entered": "count", "converted": "count", "rate": "rate"},
    **{"reference_entered": "count", "reference_converted": "count", "reference_rate": "rate"},
    **{"adjusted_rate": "rate", "adjusted_reference": "rate", "rate_change": "rate"},
    **{"rate_change_ci_low": "rate", "rate_change_ci_high": "rate", "p_value": "p"},
    "strata": "count",
}
_MOMENTUM_SHOWN = ("from_stage", "to_stage", "horizon_days", "entered", "converted", "rate")
_MOMENTUM_SHOWN += ("reference_rate", "rate_change", "p_adjusted")

STAGE = declare(
    Stage(
        name="funnel_health",
        title="Funnel health",
        review="monthly_review",
        order=2,
        run=funnel_health,
        section="funnel",
        settings=FunnelSettings,
        reads=("leads",),
        uses=("targets", "ad_performance"),
        tables={
            "stages": Table(
                _STEP,
                required=("from_stage", "to_stage", "entered", "converted", "rate", "median_days"),
                always=True,
                shown=(*_STEP_SHOWN, "median_days"),
            ),
            "by_channel": Table({"channel": "text", **_STEP}, shown=("channel", *_STEP_SHOWN)),
            "by_campaign": Table(
                {"campaign_id": "text", **_STEP}, shown=("campaign_id", *_STEP_SHOWN)
            ),
            "volumes": Table(
                {
                    **{"stage": "text", "metric": "text", "actual": "metric"},
                    **{"prior_period": "metric", "trailing_monthly_mean": "metric"},
                    "target": "metric",
                }
            ),
            "velocity": Table(
                {
                    **{"window": "text", "start": "date", "end": "date"},
                    **{"opportunities_per_month": "count", "won": "count", "lost": "count"},
                    **{"win_rate": "rate", "avg_deal_size": "money", "revenue": "money"},
                    **{"sales_cycle_days": "days", "median_sales_cycle_days": "days"},
                    **{"pipeline_velocity": "number", "target_win_rate": "rate"},
                    "target_pipeline_velocity": "number",
                },
                shown=(
                    "window",
                    "start",
                    "end",
                    "opportunities_per_month",
                    "won",
                    "win_rate",
                    "avg_deal_size",
                    "revenue",
                    "median_sales_cycle_days",
                    "pipeline_velocity",
                ),
            ),
            "momentum": Table(
                {
                    **_MOMENTUM,
                    **{"prior_rate_change": "rate", "prior_rate_change_ci_low": "rate"},
                    **{"prior_rate_change_ci_high": "rate", "prior_p_value": "p"},
                    **{"readable": "flag", "p_adjusted": "p"},
                },
                shown=(*_MOMENTUM_SHOWN, "readable"),
            ),
            "momentum_by_channel": Table(
                {"channel": "text", **_MOMENTUM, "p_adjusted": "p"},
                shown=("channel", *_MOMENTUM_SHOWN),
            ),
        },
    )
)
