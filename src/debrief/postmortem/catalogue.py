"""The post-mortem's view of the metric vocabulary (:mod:`debrief.metrics.catalogue`): the metrics
it measures from its counts, in the order its tables list them, each with the post-mortem's kind
(``volume``, ``money``, ``rate`` or ``ratio``: a cost per unit or ROAS) and its phrase.

A metric is ``numerator / denominator × scale`` over the counts of
:mod:`debrief.postmortem.measures`; a volume has no denominator.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from debrief.metrics import catalogue

__all__ = ["METRICS", "MetricDef", "canonical_metric", "lower_is_better"]


@dataclass(frozen=True)
class MetricDef:
    """``numerator / denominator × scale``; a volume has no denominator. ``kind`` is ``volume``,
    ``money``, ``rate`` (a binomial proportion in [0, 1]) or ``ratio`` (costs, ROAS)."""

    name: str
    numerator: str
    denominator: str | None = None
    kind: str = "volume"
    scale: float = 1.0
    label: str = ""
    layer: str | None = None


#: The metrics a post-mortem measures, in the order of its tables.
_NAMES = (
    *("impressions", "reach", "sessions", "cpm", "spend", "clicks", "ctr", "engagement_rate"),
    *("open_rate", "click_to_open", "cpc", "conversions", "cvr", "cpa", "leads", "cpl", "mqls"),
    *("sqls", "opportunities", "lead_to_mql", "mql_to_sql", "lead_to_sql", "sql_to_opportunity"),
    *("lead_to_opportunity", "cost_per_mql", "cost_per_sql", "cost_per_opportunity", "won"),
    *("opportunity_to_won", "win_rate", "revenue", "roas", "cac", "customers"),
)


def _view(m: catalogue.Metric) -> MetricDef:
    if m.denominator is None:
        kind = "money" if m.kind == "money" else "volume"
    else:
        kind = "rate" if m.kind == "rate" else "ratio"
    return MetricDef(m.name, m.numerator or m.name, m.denominator, kind, m.scale, m.said, m.layer)


METRICS: dict[str, MetricDef] = {n: _view(catalogue.CATALOGUE[n]) for n in _NAMES}
# Click-to-open divides the clicks of the rows that report opens (email sends) by those opens:
# every channel's clicks over email opens exceeds 1 on a mixed flight (measures.ad_counts).
METRICS["click_to_open"] = replace(METRICS["click_to_open"], numerator="email_clicks")

#: The catalogue name of a metric (``Cost per lead`` -> ``cpl``).
canonical_metric = catalogue.canonical


def lower_is_better(metric: str) -> bool:
    """Costs and spend: a smaller value is the favourable one."""
    return catalogue.direction(metric) == "max"
