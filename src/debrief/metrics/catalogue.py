"""The one metric vocabulary: every metric Debrief computes or reads, defined once.

Each :class:`Metric` has its formula (``numerator / denominator × scale``, a volume has no
denominator; names follow ``../shared/docs/metrics.md``), its kind (``money``, ``rate``,
``ratio``, ``count``, ``days``, ``position``), its label for tables and the start of a sentence
(``CTR``, ``Cost per MQL``), the phrase that names it inside a post-mortem sentence
(``click-to-conversion rate``), its direction (``min``: a target is a floor, more is better;
``max``: a ceiling, less is better), the other spellings teams use for it (``aliases``) and the
post-mortem funnel layer it belongs to.

Stages, the post-mortem, the KPIs, the knowledge base and the renderers all read it:
:func:`canonical` resolves a spelling to its catalogue name, :func:`lookup`, :func:`kind`,
:func:`label`, :func:`direction` read one metric. A name that is not in the catalogue is unknown:
:func:`is_known` says so, and the data-quality checks name every unknown metric of the
``targets`` and ``benchmarks`` tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "CATALOGUE",
    "Kind",
    "Metric",
    "canonical",
    "direction",
    "favourable_change",
    "in_sentence",
    "is_known",
    "kind",
    "label",
    "lookup",
    "phrase",
    "words",
]

Kind = Literal["money", "rate", "ratio", "count", "days", "position"]


@dataclass(frozen=True)
class Metric:
    name: str
    kind: Kind
    label: str
    phrase: str = ""
    numerator: str | None = None
    denominator: str | None = None
    scale: float = 1.0
    direction: Literal["min", "max"] = "min"
    aliases: tuple[str, ...] = ()
    layer: str | None = None

    @property
    def said(self) -> str:
        """The phrase inside a post-mortem sentence (the label, lower case unless an acronym,
        when no phrase is set)."""
        if self.phrase:
            return self.phrase
        return self.label if self.label[:2].isupper() else self.label[:1].lower() + self.label[1:]


def _m(
    name: str,
    kind: Kind,
    label: str,
    phrase: str = "",
    formula: tuple[str | None, str | None, float] = (None, None, 1.0),
    direction: Literal["min", "max"] = "min",
    aliases: tuple[str, ...] = (),
    layer: str | None = None,
) -> Metric:
    num, den, scale = formula
    return Metric(name, kind, label, phrase, num or name, den, scale, direction, aliases, layer)


def _per(num: str, den: str, scale: float = 1.0) -> tuple[str, str, float]:
    return (num, den, scale)


_DELIVERY = (
    _m("spend", "money", "Spend", "spend", direction="max"),
    _m("impressions", "count", "Impressions", "impressions", layer="awareness"),
    _m("reach", "count", "Reach", "reach", layer="awareness"),
    _m("sessions", "count", "Sessions", "sessions", layer="awareness"),
    _m("clicks", "count", "Clicks", "clicks", layer="engagement"),
    _m("conversions", "count", "Conversions", "conversions", layer="conversion"),
    _m("revenue", "money", "Revenue", "revenue", aliases=("conversion_value",), layer="revenue"),
    _m(
        "cpm", "money", "CPM", "CPM", _per("spend", "impressions", 1000.0), "max", layer="awareness"
    ),
    _m(
        "ctr",
        "rate",
        "CTR",
        "CTR",
        _per("clicks", "impressions"),
        aliases=("click_through_rate",),
        layer="engagement",
    ),
    _m(
        "cpc",
        "money",
        "CPC",
        "CPC",
        _per("spend", "clicks"),
        "max",
        ("cost_per_click",),
        layer="engagement",
    ),
    _m(
        "engagement_rate",
        "rate",
        "Engagement rate",
        "engaged-session rate",
        _per("engaged_sessions", "sessions"),
        layer="engagement",
    ),
    _m(
        "open_rate",
        "rate",
        "Open rate",
        "open rate",
        _per("opens", "deliveries"),
        layer="engagement",
    ),
    _m(
        "click_to_open",
        "rate",
        "Click to open",
        "click-to-open rate",
        _per("clicks", "opens"),
        layer="engagement",
    ),
    _m(
        "cvr",
        "rate",
        "CVR",
        "click-to-conversion rate",
        _per("conversions", "clicks"),
        aliases=("conversion_rate",),
        layer="conversion",
    ),
    _m(
        "cpa",
        "money",
        "CPA",
        "CPA",
        _per("spend", "conversions"),
        "max",
        ("cost_per_acquisition",),
        layer="conversion",
    ),
    _m(
        "roas",
        "ratio",
        "ROAS",
        "ROAS",
        _per("revenue", "spend"),
        aliases=("return_on_ad_spend",),
        layer="revenue",
    ),
    _m("roi", "rate", "ROI", "ROI"),
    _m("marginal_roas", "ratio", "Marginal ROAS", "marginal ROAS"),
    _m("utilisation", "rate", "Utilisation", "utilisation", aliases=("utilization",)),
    _m("pacing", "rate", "Pacing", "pacing"),
)
_LEADS = (
    _m("leads", "count", "Leads", "leads", aliases=("lead",), layer="conversion"),
    _m(
        "cpl",
        "money",
        "CPL",
        "CPL",
        _per("spend", "leads"),
        "max",
        ("cost_per_lead",),
        layer="conversion",
    ),
    _m("mqls", "count", "MQLs", "MQLs", aliases=("mql",), layer="pipeline"),
    _m("sqls", "count", "SQLs", "SQLs", aliases=("sql",), layer="pipeline"),
    _m(
        "opportunities",
        "count",
        "Opportunities",
        "opportunities",
        aliases=("opportunity", "opps"),
        layer="pipeline",
    ),
    # the KPI counts opportunities (the product's "pipeline"), not their value: it is named so
    _m("pipeline", "count", "Opportunities", "opportunities"),
    _m("won", "count", "Won", "closed-won deals", aliases=("closed_won", "deals"), layer="revenue"),
    _m("customers", "count", "Customers", "customers", aliases=("new_customers",)),
    _m("won_amount", "money", "Won amount", "won amount"),
    _m("won_revenue", "money", "Closed-won revenue", "closed-won revenue"),
    _m(
        "lead_to_mql",
        "rate",
        "Lead to MQL",
        "lead-to-MQL rate",
        _per("mqls", "leads"),
        aliases=("mql_rate", "lead_to_mql_rate", "created_to_mql_rate"),
        layer="pipeline",
    ),
    _m(
        "mql_to_sql",
        "rate",
        "MQL to SQL",
        "MQL-to-SQL rate",
        _per("sqls", "mqls"),
        aliases=("sql_rate", "mql_to_sql_rate"),
        layer="pipeline",
    ),
    _m(
        "lead_to_sql",
        "rate",
        "Lead to SQL",
        "lead-to-SQL rate",
        _per("sqls", "leads"),
        layer="pipeline",
    ),
    _m(
        "sql_to_opportunity",
        "rate",
        "SQL to opportunity",
        "SQL-to-opportunity rate",
        _per("opportunities", "sqls"),
        aliases=("opportunity_rate", "sql_to_opp", "sql_to_opportunity_rate"),
        layer="pipeline",
    ),
    _m(
        "lead_to_opportunity",
        "rate",
        "Lead to opportunity",
        "lead-to-opportunity rate",
        _per("opportunities", "leads"),
        aliases=("lead_to_opp",),
        layer="pipeline",
    ),
    _m(
        "opportunity_to_won",
        "rate",
        "Opportunity to won",
        "opportunity-to-won rate",
        _per("won", "opportunities"),
        aliases=("won_rate", "opportunity_to_won_rate"),
        layer="revenue",
    ),
    _m(
        "win_rate",
        "rate",
        "Win rate",
        "win rate",
        _per("won", "closed_opportunities"),
        layer="revenue",
    ),
    _m(
        "cost_per_mql",
        "money",
        "Cost per MQL",
        "cost per MQL",
        _per("spend", "mqls"),
        "max",
        layer="pipeline",
    ),
    _m(
        "cost_per_sql",
        "money",
        "Cost per SQL",
        "cost per SQL",
        _per("spend", "sqls"),
        "max",
        layer="pipeline",
    ),
    _m(
        "cost_per_opportunity",
        "money",
        "Cost per opportunity",
        "cost per opportunity",
        _per("spend", "opportunities"),
        "max",
        ("cost_per_opp",),
        layer="pipeline",
    ),
    _m(
        "cac",
        "money",
        "CAC",
        "CAC",
        _per("spend", "customers"),
        "max",
        ("customer_acquisition_cost",),
        layer="revenue",
    ),
    _m("days_to_close", "days", "Days to close", "days to close", direction="max"),
    _m("avg_deal_size", "money", "Average deal size", "average deal size"),
    _m("sales_cycle_days", "days", "Sales cycle days", "sales cycle", direction="max"),
    _m("pipeline_velocity", "money", "Pipeline velocity", "pipeline velocity"),
    _m("unsubscribe_rate", "rate", "Unsubscribe rate", "unsubscribe rate", direction="max"),
    _m("bounce_rate", "rate", "Bounce rate", "bounce rate", direction="max"),
)
_JOURNEYS = (
    _m("attributed_conversions", "count", "Attributed conversions"),
    _m("null_journeys", "count", "Null journeys"),
    _m("journey_conversion_rate", "rate", "Journey conversion rate"),
    _m("mean_touches", "count", "Mean touches"),
    _m("mean_days_to_conversion", "days", "Mean days to conversion"),
)
#: Quantities findings and actions are measured in.
_MEASURES = (
    _m("auc", "ratio", "AUC"),
    _m("days", "days", "Days"),
    _m("rows", "count", "Rows"),
    _m("items", "count", "Items"),
    _m("extra_rows", "count", "Extra rows"),
    _m("findings_addressed", "count", "Findings addressed"),
    _m("expected_value", "money", "Expected value"),
    _m("expected_revenue_change", "money", "Expected revenue change"),
    _m("money_at_stake", "money", "Money at stake"),
    _m("wasted_spend", "money", "Wasted spend", direction="max"),
)
_CONTENT = (
    _m("pageviews", "count", "Pageviews"),
    _m("engaged_seconds", "count", "Engaged seconds"),
    _m("organic_clicks", "count", "Organic clicks"),
    _m("avg_position", "position", "Average position", direction="max"),
)

#: Every metric by its catalogue name.
CATALOGUE: dict[str, Metric] = {
    m.name: m for m in (*_DELIVERY, *_LEADS, *_JOURNEYS, *_MEASURES, *_CONTENT)
}
_SPELLINGS: dict[str, str] = {}
for _metric in CATALOGUE.values():
    for _alias in _metric.aliases:
        if _alias in CATALOGUE or _SPELLINGS.setdefault(_alias, _metric.name) != _metric.name:
            raise ValueError(f"{_alias!r} spells two metrics")


def _key(name: str) -> str:
    return "_".join(str(name).strip().lower().replace("-", " ").split())


def canonical(name: str) -> str:
    """The catalogue name of ``name`` (``Cost per lead`` -> ``cpl``, ``sql_rate`` ->
    ``mql_to_sql``); a name the catalogue does not know comes back lower case with underscores."""
    key = _key(name)
    return _SPELLINGS.get(key, key)


def lookup(name: str) -> Metric | None:
    """The metric ``name`` spells, or None when the catalogue does not know it."""
    return CATALOGUE.get(canonical(name))


def is_known(name: str) -> bool:
    return lookup(name) is not None


#: Words that make a derived name a share of a whole (``last_touch_credit_share``): a rate.
_SHARE_WORDS = frozenset({"utilisation", "pacing", "share"})


def kind(name: str, default: str | None = "ratio") -> str | None:
    """The kind of ``name``: the catalogue's; for a derived name, a rate when it says so
    (``*_rate``, ``a_to_b``, a share), else ``default``."""
    m = lookup(name)
    if m is not None:
        return m.kind
    key = canonical(name)
    if key.endswith("_rate") or "_to_" in key or _SHARE_WORDS & set(key.split("_")):
        return "rate"
    return default


_ACRONYMS = {
    "roas", "roi", "cpa", "cpm", "cpc", "ctr", "cvr", "cpl", "cac", "mer",
    "mql", "sql", "seo", "auc", "kpi", "ci",
}  # fmt: skip


def _word(token: str) -> str:
    if token in _ACRONYMS:
        return token.upper()
    if token.endswith("s") and token[:-1] in _ACRONYMS:  # mqls -> MQLs
        return token[:-1].upper() + "s"
    return token


def words(name: str) -> str:
    """``name`` as words, acronyms upper case, the first word capitalised (``mql`` -> ``MQL``,
    ``markov_credit_share`` -> ``Markov credit share``)."""
    parts = [_word(t) for t in _key(name).split("_") if t]
    if not parts:
        return str(name)
    parts[0] = parts[0][:1].upper() + parts[0][1:]
    return " ".join(parts)


def label(name: str) -> str:
    """How ``name`` is named in a table or at the start of a sentence: the catalogue's label,
    a derived name as :func:`words` (``Markov credit share``)."""
    m = lookup(name)
    return m.label if m is not None else words(name)


def in_sentence(name: str) -> str:
    """The label inside a monthly-review sentence: acronyms stay upper case, words go lower."""
    text = label(name)
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def phrase(name: str) -> str:
    """How ``name`` is named inside a post-mortem sentence (``click-to-conversion rate``,
    ``CTR``); a name the catalogue does not know keeps its own words."""
    m = lookup(name)
    return m.said if m is not None else str(name).replace("_", " ")


def direction(name: str, given: str | None = None) -> Literal["min", "max"]:
    """``min`` (a target is a floor) or ``max`` (a ceiling) for a target on ``name``: ``given``
    when the team set it, else the catalogue's (costs and spend are ceilings)."""
    if given in ("min", "max"):
        return given  # type: ignore[return-value]
    m = lookup(name)
    return m.direction if m is not None else "min"


def favourable_change(name: str, change: float | None, given: str | None = None) -> bool | None:
    """Whether a change of ``name`` over time went its favourable way (up for a floor, down for a
    ceiling: :func:`direction`); None without a change, and always for spend: spend is what went
    in, so less of it is not better in itself (a budget on it is read as met or not)."""
    if change is None or change == 0 or canonical(name) == "spend":
        return None
    return change > 0 if direction(name, given) == "min" else change < 0
