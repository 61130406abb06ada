"""A random company and the truths planted in it, as plain frozen dataclasses.

:func:`~debrief.scenarios.draw.draw_company` draws one from a seed; tests that reproduce one situation build a
:class:`Company` by hand (or ``dataclasses.replace`` a drawn one). :mod:`debrief.scenarios.build`
turns a company into contract tables; nothing here touches pandas.

What varies between companies (everything the demo fixes): the paid channels (2-6 of
:data:`CHANNEL_RANGES`) and each one's CPM, CTR, CVR, lead share and funnel rates, the currency,
0-8 always-on programmes (blank, future or past end dates), 1-5 flights of 1-12 weeks on 1-4
channels, the calendar (review month in 2024-2027, 5-8 months of history), campaign sizes, and
whether targets, benchmarks and monthly targets exist at all.

What is planted, and why each truth is unambiguous:

* **Diagnosis per flight** (:data:`DIAGNOSES`). Every campaign's rates are its channel's rates
  times a multiplier in ``1 ± spread`` (3%): campaigns of one channel perform alike. A planted
  shortfall multiplies one layer's rate by 0.25-0.45 (or reach: CPM x2.2-3 or spend at 30-45% of
  plan), far outside that band, on volumes sized so its Wilson interval sits far from the
  reference (2,500-6,000 expected leads per flight). Healthy flights sit at 1.00-1.06 on every layer.
  A diagnosis is only planted where a reference exists to see it: a target of that layer, a
  benchmark, or a majority of other campaigns on each of the flight's channels whose layer is
  normal (:func:`~debrief.scenarios.references.determinable`); otherwise the flight is planted healthy.
* **Monthly facts** in the review month: a bottom campaign whose ROAS is 15-30% of its ROAS target
  (a success criterion or a monthly campaign target), one overspending channel (130-160% of plan,
  every other channel-month at 95-100%), a tracking gap on one campaign (2-4 days of spend with
  nothing recorded; ``hidden`` when another campaign of the same channel delivers those days),
  duplicate conversion ids (5-40, each sent twice), and a funnel bottleneck (one stage rate at
  30-45% of its usual level for every lead from the first of the month).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "CHANNEL_RANGES",
    "CURRENCIES",
    "DIAGNOSES",
    "LAYER_OF",
    "Campaign",
    "ChannelEconomics",
    "Company",
    "MonthlyPlants",
]

#: Post-mortem diagnoses the generator plants, and the funnel layer each one lives in.
DIAGNOSES: tuple[str, ...] = (
    "reach",
    "messaging",
    "landing_page_or_offer",
    "lead_quality_or_handoff",
    "coordination",
    "none",
)
LAYER_OF = {
    "reach": "awareness",
    "messaging": "engagement",
    "landing_page_or_offer": "conversion",
    "lead_quality_or_handoff": "pipeline",
    "coordination": "pipeline",
    "none": None,
}

#: Per paid channel, in USD: (low, high) ranges a company's own rates are drawn from.
#: ``(cpm, ctr, cvr, aov, frequency)``; CVR is platform conversions per click.
CHANNEL_RANGES: dict[str, dict[str, tuple[float, float]]] = {
    "paid_search": {"cpm": (25, 90), "ctr": (0.02, 0.07), "cvr": (0.03, 0.09), "aov": (80, 300)},
    "paid_social": {"cpm": (5, 15), "ctr": (0.005, 0.012), "cvr": (0.015, 0.04), "aov": (60, 250)},
    "display": {"cpm": (2, 6), "ctr": (0.0015, 0.004), "cvr": (0.006, 0.015), "aov": (50, 200)},
    "email": {"cpm": (8, 25), "ctr": (0.015, 0.04), "cvr": (0.02, 0.06), "aov": (60, 250)},
    "content_syndication": {
        "cpm": (15, 40), "ctr": (0.003, 0.008), "cvr": (0.08, 0.15), "aov": (40, 120),
    },
    "video": {"cpm": (8, 22), "ctr": (0.002, 0.006), "cvr": (0.01, 0.03), "aov": (100, 400)},
    "native": {"cpm": (3, 9), "ctr": (0.002, 0.006), "cvr": (0.008, 0.02), "aov": (50, 200)},
}  # fmt: skip
_PLATFORM = {
    "paid_search": "Google Ads",
    "paid_social": "LinkedIn Ads",
    "display": "DV360",
    "email": "HubSpot",
    "content_syndication": "NetLine",
    "video": "YouTube",
    "native": "Taboola",
}
#: Currency and units per USD (money in the files is in the workspace currency).
CURRENCIES: dict[str, float] = {
    "USD": 1.0,
    "EUR": 0.92,
    "GBP": 0.79,
    "JPY": 150.0,
    "BRL": 5.0,
    "CAD": 1.36,
    "INR": 83.0,
    "SEK": 10.5,
}


@dataclass(frozen=True)
class ChannelEconomics:
    """A paid channel's rates for this company (money in USD; :class:`Company` converts).

    Funnel multipliers scale the company's lead-stage rates for leads from this channel."""

    name: str
    cpm: float
    ctr: float
    cvr: float
    aov: float
    lead_share: float
    frequency: float
    mql_to_sql: float = 1.0
    sql_to_opportunity: float = 1.0
    open_rate: float = 0.0

    @property
    def platform(self) -> str:
        return _PLATFORM[self.name]

    def leads_per_usd(self) -> float:
        return 1000.0 / self.cpm * self.ctr * self.cvr * self.lead_share


#: Multipliers a campaign applies to its channels' rates (1 = the channel's own rate).
RATE_KEYS = ("cpm", "ctr", "cvr", "mql_to_sql", "sql_to_opportunity", "aov", "spend")


@dataclass(frozen=True)
class Campaign:
    """A campaign: ``kind`` is ``always_on``, ``flight`` (a post-mortem subject, ended well
    before the export) or ``current`` (runs in the review month).

    ``budgets``: per channel, USD per day for always-on programmes, USD for the whole campaign
    otherwise. ``end``: the true last day (None: still running); ``end_in_file`` is what the
    campaigns table says (None: the cell is blank). ``mult``: per channel, the multipliers of
    :data:`RATE_KEYS` (``spend`` is delivered spend over plan)."""

    campaign_id: str
    name: str
    kind: str
    start: dt.date
    end: dt.date | None
    end_in_file: dt.date | None
    budgets: dict[str, float]
    mult: dict[str, dict[str, float]]
    diagnosis: str | None = None
    objective: str = "leads"
    owner: str = ""
    #: success criteria (campaign-level metric -> target) and channel-level ones
    criteria: dict[str, float] = field(default_factory=dict)
    channel_criteria: dict[str, dict[str, float]] = field(default_factory=dict)
    #: why the planted diagnosis can be read from the data (references that show it)
    evidence: tuple[str, ...] = ()

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(self.budgets)

    def active(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class MonthlyPlants:
    """The review month's planted facts (see the module docstring)."""

    bottom_campaign: str
    bottom_roas_factor: float
    bottom_target_form: str  # "criterion" (campaign success criterion) or "monthly"
    bottom_roas_target: float
    overspend_channel: str
    overspend_utilisation: float
    gap_campaign: str
    gap_channel: str
    gap_days: tuple[dt.date, ...]
    gap_hidden: bool
    duplicate_ids: int
    bottleneck_stage: str
    bottleneck_factor: float


@dataclass(frozen=True)
class Company:
    seed: int
    currency: str
    channels: dict[str, ChannelEconomics]
    campaigns: tuple[Campaign, ...]
    start: dt.date
    end: dt.date
    review_month: str
    as_of: dt.date
    plants: MonthlyPlants
    has_benchmarks: bool
    has_monthly_targets: bool
    #: company funnel: MQL score threshold, MQL -> SQL, SQL -> opportunity, win rate, median deal
    mql_threshold: float = 50.0
    mql_to_sql: float = 0.3
    sql_to_opportunity: float = 0.4
    win_rate: float = 0.3
    deal_size: float = 15000.0
    #: people in the journeys (touchpoints and conversions)
    people: int = 3000
    #: between-campaign spread of normal rates (``1 ± spread``)
    spread: float = 0.03
    #: (metric, channel or None) -> value, money in USD; empty when the company has none
    benchmarks: dict[tuple[str, str | None], float] = field(default_factory=dict)

    @property
    def fx(self) -> float:
        return CURRENCIES[self.currency]

    @property
    def review_start(self) -> dt.date:
        return dt.date.fromisoformat(self.review_month + "-01")

    def campaign(self, campaign_id: str) -> Campaign:
        return next(c for c in self.campaigns if c.campaign_id == campaign_id)

    @property
    def flights(self) -> tuple[Campaign, ...]:
        return tuple(c for c in self.campaigns if c.kind == "flight")
