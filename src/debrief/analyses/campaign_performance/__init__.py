"""Stage 1 of the monthly review, ``campaign_performance``: the month's delivery, leads and
customers by campaign and channel, against targets, benchmarks and the prior months.

:mod:`.stage` computes the metric rows and runs the stage, :mod:`.findings` the comparisons and
findings, :mod:`.views` the performer lists and charts. Method: ``docs/stages/campaign_performance.md``.
"""

from __future__ import annotations

from debrief.analyses.campaign_performance.settings import CampaignPerformanceSettings
from debrief.analyses.campaign_performance.stage import (
    campaign_performance,
    metric_rows,
    money_at_stake,
)
from debrief.registry import Stage, Table, declare

__all__ = [
    "STAGE",
    "CampaignPerformanceSettings",
    "campaign_performance",
    "metric_rows",
    "money_at_stake",
]

#: Every metric column of the overall, campaign and channel rows.
_METRICS = {
    **{"spend": "money", "impressions": "count", "clicks": "count", "conversions": "count"},
    **{"revenue": "money", "leads": "count", "customers": "count", "won_amount": "money"},
    **{"roas": "ratio", "roi": "rate", "cpa": "money", "cpm": "money", "cpc": "money"},
    **{"ctr": "rate", "cvr": "rate", "cpl": "money", "cac": "money"},
}
#: What a reader of report.md / report.html needs of the delivery tables, most needed first; every
#: column is in report.json and the CSV.
_SHOWN = ("spend", "revenue", "roas", "cpa", "leads", "cpl", "customers", "cac", "ctr", "cvr")
_REQUIRED = (
    "spend",
    "impressions",
    "clicks",
    "conversions",
    "revenue",
    "roas",
    "cpa",
    "ctr",
    "cvr",
)

STAGE = declare(
    Stage(
        name="campaign_performance",
        title="Campaign performance",
        review="monthly_review",
        order=1,
        run=campaign_performance,
        section="campaign_performance",
        settings=CampaignPerformanceSettings,
        reads=("ad_performance",),
        uses=("leads", "campaigns", "targets", "benchmarks"),
        tables={
            "overall": Table(_METRICS, shown=_SHOWN),
            "by_campaign": Table(
                {"campaign_id": "text", "name": "text", "channels": "text", **_METRICS},
                required=("campaign_id", *_REQUIRED),
                always=True,
                shown=("campaign_id", "name", *_SHOWN[:8]),
            ),
            "by_channel": Table(
                {"channel": "text", **_METRICS},
                required=("channel", *_REQUIRED),
                always=True,
                shown=("channel", *_SHOWN[:9]),
            ),
            "targets": Table(
                {
                    **{"scope": "text", "campaign_id": "text", "channel": "text"},
                    **{"metric": "text", "actual": "metric", "target": "metric"},
                    **{"direction": "text", "relative_gap": "rate", "status": "text"},
                    **{"source": "text", "measured_over": "text", "since": "date"},
                },
                shown=(
                    "scope",
                    "campaign_id",
                    "channel",
                    "metric",
                    "actual",
                    "target",
                    "relative_gap",
                    "status",
                    "measured_over",
                    "since",
                ),
            ),
            "benchmarks": Table(
                {
                    **{"channel": "text", "metric": "text", "actual": "metric"},
                    **{"benchmark": "metric", "source": "text", "as_of": "date"},
                    **{"direction": "text", "relative_gap": "rate", "z": "number"},
                    "status": "text",
                }
            ),
            "trend": Table(
                {
                    **{"scope": "text", "channel": "text", "metric": "text", "current": "metric"},
                    **{"prior_period": "metric", "trailing_3m": "metric"},
                    **{"change_vs_prior": "rate", "change_vs_trailing": "rate"},
                    "prior_month": "text",
                }
            ),
            "performers": Table(
                {
                    **{"metric": "text", "position": "text", "rank": "count"},
                    **{"campaign_id": "text", "name": "text", "channels": "text"},
                    **{"spend": "money", "value": "metric", "min_spend": "money"},
                }
            ),
        },
    )
)
