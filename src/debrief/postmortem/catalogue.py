"""The metric catalogue: what each post-mortem metric divides, its kind and its funnel layer.

Names follow ``../shared/docs/metrics.md``. A metric is ``numerator / denominator × scale`` over
the counts of :mod:`debrief.postmortem.measures`; a volume has no denominator. Aliases map the
names teams write in ``targets`` (``cost_per_lead``, ``customers``...) to catalogue names, after
the spellings of :data:`debrief.metrics.formulas.ALIASES` that every stage accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

from debrief.metrics.formulas import canonical_metric as shared_canonical
from debrief.schema import target_direction

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


def _m(name: str, num: str, den: str | None, kind: str, layer: str | None, label: str, scale=1.0):
    return MetricDef(name, num, den, kind, scale, label, layer)


METRICS: dict[str, MetricDef] = {
    m.name: m
    for m in (
        _m("impressions", "impressions", None, "volume", "awareness", "impressions"),
        _m("reach", "reach", None, "volume", "awareness", "reach"),
        _m("sessions", "sessions", None, "volume", "awareness", "sessions"),
        _m("cpm", "spend", "impressions", "ratio", "awareness", "CPM", 1000.0),
        _m("spend", "spend", None, "money", None, "spend"),
        _m("clicks", "clicks", None, "volume", "engagement", "clicks"),
        _m("ctr", "clicks", "impressions", "rate", "engagement", "CTR"),
        _m(
            "engagement_rate",
            "engaged_sessions",
            "sessions",
            "rate",
            "engagement",
            "engaged-session rate",
        ),
        _m("open_rate", "opens", "deliveries", "rate", "engagement", "open rate"),
        _m("click_to_open", "clicks", "opens", "rate", "engagement", "click-to-open rate"),
        _m("cpc", "spend", "clicks", "ratio", "engagement", "CPC"),
        _m("conversions", "conversions", None, "volume", "conversion", "conversions"),
        _m("cvr", "conversions", "clicks", "rate", "conversion", "click-to-conversion rate"),
        _m("cpa", "spend", "conversions", "ratio", "conversion", "CPA"),
        _m("leads", "leads", None, "volume", "conversion", "leads"),
        _m("cpl", "spend", "leads", "ratio", "conversion", "CPL"),
        _m("mqls", "mqls", None, "volume", "pipeline", "MQLs"),
        _m("sqls", "sqls", None, "volume", "pipeline", "SQLs"),
        _m("opportunities", "opportunities", None, "volume", "pipeline", "opportunities"),
        _m("lead_to_mql", "mqls", "leads", "rate", "pipeline", "lead-to-MQL rate"),
        _m("mql_to_sql", "sqls", "mqls", "rate", "pipeline", "MQL-to-SQL rate"),
        _m("lead_to_sql", "sqls", "leads", "rate", "pipeline", "lead-to-SQL rate"),
        _m(
            "sql_to_opportunity",
            "opportunities",
            "sqls",
            "rate",
            "pipeline",
            "SQL-to-opportunity rate",
        ),
        _m(
            "lead_to_opportunity",
            "opportunities",
            "leads",
            "rate",
            "pipeline",
            "lead-to-opportunity rate",
        ),
        _m("cost_per_mql", "spend", "mqls", "ratio", "pipeline", "cost per MQL"),
        _m("cost_per_sql", "spend", "sqls", "ratio", "pipeline", "cost per SQL"),
        _m(
            "cost_per_opportunity",
            "spend",
            "opportunities",
            "ratio",
            "pipeline",
            "cost per opportunity",
        ),
        _m("won", "won", None, "volume", "revenue", "closed-won deals"),
        _m(
            "opportunity_to_won",
            "won",
            "opportunities",
            "rate",
            "revenue",
            "opportunity-to-won rate",
        ),
        _m("win_rate", "won", "closed_opportunities", "rate", "revenue", "win rate"),
        _m("revenue", "revenue", None, "money", "revenue", "revenue"),
        _m("roas", "revenue", "spend", "ratio", "revenue", "ROAS"),
        _m("cac", "spend", "won", "ratio", "revenue", "CAC"),
        _m("conversion_value", "conversion_value", None, "money", None, "conversion value"),
    )
}

_ALIASES = {
    "customers": "won",
    "closed_won": "won",
    "deals": "won",
    "opps": "opportunities",
    "opportunity": "opportunities",
    "mql": "mqls",
    "sql": "sqls",
    "lead": "leads",
    "conversion_rate": "cvr",
    "click_through_rate": "ctr",
    "cost_per_lead": "cpl",
    "cost_per_acquisition": "cpa",
    "mql_rate": "lead_to_mql",
    "sql_rate": "mql_to_sql",
    "opportunity_rate": "sql_to_opportunity",
    "lead_to_opp": "lead_to_opportunity",
    "sql_to_opp": "sql_to_opportunity",
    "cost_per_opp": "cost_per_opportunity",
}


def canonical_metric(name: str) -> str:
    """The catalogue name of a metric (``Cost per lead`` -> ``cpl``); unknown names pass through
    lower-cased with underscores."""
    key = "_".join(str(name).strip().lower().replace("-", " ").split())
    key = _ALIASES.get(key, key)
    if key in METRICS:
        return key
    # The spellings every stage accepts (``return_on_ad_spend``, ``new_customers``...), then ours.
    key = shared_canonical(key)
    return _ALIASES.get(key, key)


def lower_is_better(metric: str) -> bool:
    """Costs and spend: a smaller value is the favourable one (``schema.target_direction``)."""
    return target_direction(canonical_metric(metric)) == "max"
