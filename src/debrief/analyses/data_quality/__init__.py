"""Data-quality checks, run before every review over ``ctx.period``.

Each check is declared with ``@check(name)`` (:mod:`debrief.registry`) and returns
``list[Finding]`` with ``stage="data_quality"``; :func:`data_quality_findings` runs them all, in
the order of the modules imported below. A check whose tables are absent returns no findings (there
is nothing to check, and the stage that needs the table reports it as skipped). Every finding names
the rows and dates (``evidence``: dates, channel or campaign, counts, a few example rows) and the
figures it touches (``evidence["touches"]`` and the end of the statement), so nobody argues from a
number that the data cannot support.

Modules: :mod:`.delivery` (ad_performance delivery and conversion ids), :mod:`.refs` (campaign
dates, unknown campaign ids, near-duplicate labels, metric names the catalogue does not know), :mod:`.tagging` (clicks without sessions,
spend without a campaign), :mod:`.common` (what they share).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debrief.analyses.data_quality.delivery import (
    clicks_above_impressions,
    conversions_above_clicks,
    duplicate_conversion_ids,
    missing_days,
    tracking_gaps,
)
from debrief.analyses.data_quality.refs import (
    near_duplicate_labels,
    outside_campaign_dates,
    unknown_campaigns,
    unknown_metrics,
)
from debrief.analyses.data_quality.tagging import clicks_without_sessions, untagged_spend
from debrief.registry import CHECKS

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.results import Finding

__all__ = [
    "clicks_above_impressions",
    "clicks_without_sessions",
    "conversions_above_clicks",
    "data_quality_findings",
    "duplicate_conversion_ids",
    "missing_days",
    "near_duplicate_labels",
    "outside_campaign_dates",
    "tracking_gaps",
    "unknown_campaigns",
    "unknown_metrics",
    "untagged_spend",
]


def data_quality_findings(ctx: StageContext) -> list[Finding]:
    """Every declared data-quality check over ``ctx.period``, in declaration order."""
    out: list[Finding] = []
    for name in CHECKS:
        out.extend(CHECKS.get(name)(ctx))
    return out
