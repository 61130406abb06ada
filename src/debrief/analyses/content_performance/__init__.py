"""Stage 4 of the monthly review: content performance.

Reads ``content_performance`` (required: daily results per content item) and, where present,
``content`` (titles, topics, funnel stages, publication), ``touchpoints`` with a ``content_id`` and
``conversions`` (assisted conversions). Returns a :class:`~debrief.results.StageResult` with tables

* ``by_content``   one row per item: the month's and the prior month's pageviews, sessions,
  engaged seconds, conversions, organic clicks and impressions, CTR, average position, the
  position change and its robust z-score, last-touch and assisted conversions;
* ``published``    items published in the month or promoted with activity in it;
* ``top_content``  the top items by conversions, engaged seconds and organic clicks, prior beside;
* ``rankings``     the SEO movement test per item with positions in both months;
* ``ctr_by_position`` click-through (organic clicks / impressions) per position band;
* ``by_topic``     conversions and assisted conversions per topic and funnel stage;
* ``grid``         the topic × funnel-stage grid with gaps marked;
* ``recommendations`` one observation-language suggestion per finding, tied by ``finding_id``.

Modules: :mod:`.measures` (per-item sums, positions, click-through), :mod:`.rankings` (search
movement), :mod:`.conversions` (assisted conversions), :mod:`.gaps` (grid and conversion gaps),
:mod:`.findings`, :mod:`.charts`, :mod:`.stage` (runs it); the stage is declared below. Method, formulas
and limits: ``docs/stages/content_performance.md``. Heavy work (filters,
aggregations, the touchpoint join, day-to-day position noise) runs in the workspace's engine
through Ibis; only per-item aggregates come into Python.
"""

from __future__ import annotations

from debrief.analyses.content_performance.conversions import assisted_conversions
from debrief.analyses.content_performance.gaps import conversion_gaps, topic_stage_grid
from debrief.analyses.content_performance.measures import (
    content_metrics,
    ctr_by_position,
    position_noise,
)
from debrief.analyses.content_performance.rankings import ranking_movements
from debrief.analyses.content_performance.settings import ContentSettings
from debrief.analyses.content_performance.stage import content_performance
from debrief.registry import Stage, Table, declare

__all__ = [
    "STAGE",
    "ContentSettings",
    "assisted_conversions",
    "content_metrics",
    "content_performance",
    "conversion_gaps",
    "ctr_by_position",
    "position_noise",
    "ranking_movements",
    "topic_stage_grid",
]

#: An item's identity, as the tables that list items show it.
_ITEM = {"content_id": "text", "title": "text", "type": "text", "topic": "text"}
_ITEM |= {"funnel_stage": "text", "published_at": "date", "promoted": "flag"}
_VOLUMES = {"pageviews": "count", "sessions": "count", "engaged_seconds": "number"}
_VOLUMES |= {"conversions": "count", "organic_clicks": "count", "organic_impressions": "count"}
_TOPIC = {"topic": "text", "funnel_stage": "text", "items": "count", "sessions": "count"}
_TOPIC |= {"conversions": "count", "assisted_conversions": "count"}

STAGE = declare(
    Stage(
        name="content_performance",
        title="Content performance",
        review="monthly_review",
        order=4,
        run=content_performance,
        section="content",
        settings=ContentSettings,
        reads=("content_performance",),
        uses=("content", "touchpoints", "conversions"),
        tables={
            "by_content": Table(
                {
                    **_ITEM,
                    **_VOLUMES,
                    **{"avg_engagement_seconds": "number", "downloads": "count"},
                    **{"last_touch_conversions": "count", "assisted_conversions": "count"},
                    **{"ctr": "rate", "avg_position": "position"},
                    **{f"prior_{c}": u for c, u in _VOLUMES.items() if c != "pageviews"},
                    **{"prior_pageviews": "count", "prior_ctr": "rate"},
                    **{"prior_avg_position": "position", "position_change": "position"},
                    **{"daily_noise": "position", "position_z": "number", "movement": "text"},
                },
                required=("content_id", "pageviews", "conversions", "avg_position"),
                always=True,
                shown=(
                    "content_id",
                    "title",
                    "type",
                    "topic",
                    "funnel_stage",
                    "pageviews",
                    "conversions",
                    "organic_clicks",
                    "avg_position",
                    "movement",
                ),
            ),
            "published": Table(
                {**_ITEM, "pageviews": "count", "sessions": "count", "conversions": "count"}
                | {"organic_clicks": "count"}
            ),
            "top_content": Table(
                {"metric": "text", "rank": "count", "content_id": "text", "title": "text"}
                | {"value": "metric", "prior_value": "metric", "change": "rate"}
            ),
            "rankings": Table(
                {"content_id": "text", "avg_position": "position", "prior_avg_position": "position"}
                | {"change": "position", "daily_noise": "position", "z": "number"}
                | {"threshold": "position", "days": "count", "prior_days": "count"}
                | {"movement": "text", "title": "text"}
            ),
            "ctr_by_position": Table(
                {"position_band": "text", "organic_clicks": "count"}
                | {"organic_impressions": "count", "ctr": "rate", "rows": "count"}
            ),
            "by_topic": Table({**_TOPIC, "prior_conversions": "count"}),
            "grid": Table({**_TOPIC, "cvr": "rate", "gap": "flag"}),
            "conversion_gaps": Table(
                {"content_id": "text", "funnel_stage": "text", "sessions": "count"}
                | {"conversions": "count", "cvr": "rate", "rest_cvr": "rate", "p": "p", "q": "p"}
                | {"flagged": "flag"}
            ),
            "recommendations": Table(
                {"finding_id": "text", "kind": "text", "recommendation": "text"}
            ),
        },
    )
)
