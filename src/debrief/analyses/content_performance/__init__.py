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
:mod:`.findings`, :mod:`.charts`, :mod:`.stage` (registers the stage on import). Method, formulas
and limits: ``docs/stages/content_performance.md``. Heavy work (filters,
aggregations, the touchpoint join) runs in the workspace's engine through Ibis; only per-item
aggregates and daily positions come into Python.
"""

from __future__ import annotations

from debrief.analyses.content_performance.conversions import assisted_conversions
from debrief.analyses.content_performance.gaps import conversion_gaps, topic_stage_grid
from debrief.analyses.content_performance.measures import (
    content_metrics,
    ctr_by_position,
    daily_positions,
)
from debrief.analyses.content_performance.rankings import ranking_movements
from debrief.analyses.content_performance.stage import content_performance

__all__ = [
    "assisted_conversions",
    "content_metrics",
    "content_performance",
    "conversion_gaps",
    "ctr_by_position",
    "daily_positions",
    "ranking_movements",
    "topic_stage_grid",
]
