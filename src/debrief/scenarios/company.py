"""A random company and the truths planted in it, as plain frozen dataclasses.

:func:`draw_company` draws one from a seed; tests that reproduce one situation build a
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
  normal (:func:`determinable`); otherwise the flight is planted healthy.
* **Monthly facts** in the review month: a bottom campaign whose ROAS is 15-30% of its ROAS target
  (a success criterion or a monthly campaign target), one overspending channel (130-160% of plan,
  every other channel-month at 95-100%), a tracking gap on one campaign (2-4 days of spend with
  nothing recorded; ``hidden`` when another campaign of the same channel delivers those days),
  duplicate conversion ids (5-40, each sent twice), and a funnel bottleneck (one stage rate at
  30-45% of its usual level for every lead from the first of the month).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import numpy as np

__all__ = [
    "CHANNEL_RANGES",
    "CURRENCIES",
    "DIAGNOSES",
    "LAYER_OF",
    "Campaign",
    "ChannelEconomics",
    "Company",
    "MonthlyPlants",
    "determinable",
    "draw_company",
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
_FREQUENCY = {"paid_search": 1.3, "email": 1.0, "display": 3.0, "native": 2.5}
_PLATFORM = {
    "paid_search": "Google Ads",
    "paid_social": "LinkedIn Ads",
    "display": "DV360",
    "email": "HubSpot",
    "content_syndication": "NetLine",
    "video": "YouTube",
    "native": "Taboola",
}
_ABBREV = {
    "paid_search": "SEARCH",
    "paid_social": "SOCIAL",
    "display": "DISPLAY",
    "email": "EMAIL",
    "content_syndication": "SYND",
    "video": "VIDEO",
    "native": "NATIVE",
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
_FLIGHT_NAMES = (
    "Spring launch",
    "Partner webinar series",
    "Free trial push",
    "Analyst report",
    "Customer stories",
    "Pricing page refresh",
    "Regional roadshow",
    "Year-end offer",
    "Product tour",
    "Benchmark study",
    "Integration launch",
    "Security guide",
)


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


# --- drawing ------------------------------------------------------------------------------------


def _month_start(d: dt.date, months: int) -> dt.date:
    m = d.year * 12 + d.month - 1 + months
    return dt.date(m // 12, m % 12 + 1, 1)


def _month_end(d: dt.date) -> dt.date:
    return _month_start(d, 1) - dt.timedelta(days=1)


def _normal_mult(rng: np.random.Generator, spread: float, channels) -> dict[str, dict[str, float]]:
    return {
        ch: {k: float(rng.uniform(1 - spread, 1 + spread)) for k in RATE_KEYS} | {"spend": 1.0}
        for ch in channels
    }


def _economics(rng: np.random.Generator, name: str) -> ChannelEconomics:
    r = CHANNEL_RANGES[name]

    def u(key: str) -> float:
        lo, hi = r[key]
        return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))

    return ChannelEconomics(
        name=name,
        cpm=u("cpm"),
        ctr=u("ctr"),
        cvr=u("cvr"),
        aov=u("aov"),
        lead_share=float(rng.uniform(0.45, 0.9)),
        frequency=_FREQUENCY.get(name, 2.0) * float(rng.uniform(0.9, 1.2)),
        mql_to_sql=float(rng.uniform(0.85, 1.15)),
        sql_to_opportunity=float(rng.uniform(0.85, 1.15)),
        open_rate=float(rng.uniform(0.18, 0.35)) if name == "email" else 0.0,
    )


def _plant(
    rng: np.random.Generator, diagnosis: str, mult: dict[str, dict[str, float]]
) -> dict[str, dict[str, float]]:
    """Apply a planted diagnosis to a flight's per-channel multipliers (every channel alike)."""
    out = {ch: dict(m) for ch, m in mult.items()}
    if diagnosis == "none":
        for m in out.values():
            for k in ("ctr", "cvr", "mql_to_sql", "sql_to_opportunity"):
                m[k] = float(rng.uniform(1.0, 1.06))
            m["cpm"] = float(rng.uniform(0.94, 1.0))
        return out
    factor = float(rng.uniform(0.25, 0.4 if diagnosis == "lead_quality_or_handoff" else 0.45))
    if diagnosis == "reach":
        if rng.random() < 0.5:  # premium inventory: each impression costs 2.2-3x
            price = float(rng.uniform(2.2, 3.0))
            for m in out.values():
                m["cpm"] = price
        else:  # the plan did not deliver: spend at 30-45% of it
            for m in out.values():
                m["spend"] = float(rng.uniform(0.3, 0.45))
    elif diagnosis == "messaging":
        for m in out.values():
            m["ctr"] = factor
    elif diagnosis == "landing_page_or_offer":
        for m in out.values():
            m["cvr"] = factor
    elif diagnosis == "lead_quality_or_handoff":
        stage = "mql_to_sql" if rng.random() < 0.5 else "sql_to_opportunity"
        for m in out.values():
            m[stage] = factor
    return out


def _is_short(c: Campaign, layer: str) -> bool:
    """Whether campaign ``c``'s rates on ``layer`` are planted short (so it cannot serve as a
    normal reference for that layer)."""
    if c.diagnosis is None or c.diagnosis in ("none", "coordination"):
        return False
    return LAYER_OF[c.diagnosis] == layer


def determinable(
    flight: Campaign, others: list[Campaign], has_benchmarks: bool, layer: str
) -> tuple[str, ...]:
    """The references that make ``layer`` of ``flight`` readable, empty when none does.

    A target of the layer, a benchmark of the layer, or on every channel of the flight at least
    two other campaigns that had started by then and whose layer is normal, more than those whose
    layer is planted short (their median is then a normal rate); for the pipeline layer, only
    campaigns whose leads have had time to progress (not those running in the review month)."""
    why: list[str] = []
    layer_targets = {
        "awareness": ("impressions", "reach"),
        "engagement": ("ctr",),
        "conversion": ("cvr", "leads", "cpl"),
        "pipeline": ("mql_to_sql", "sql_to_opportunity", "lead_to_sql", "sqls", "opportunities"),
    }[layer]
    if any(k in flight.criteria for k in layer_targets):
        why.append("target")
    if has_benchmarks:
        why.append("benchmark")
    history_ok = True
    for ch in flight.channels:
        until = flight.end or dt.date.max
        pool = [o for o in others if ch in o.channels and o.start <= until]
        if layer == "pipeline":  # leads of a campaign still running have not had time
            pool = [o for o in pool if o.kind != "current"]
        normal = sum(1 for o in pool if not _is_short(o, layer))
        if normal < 2 or normal <= len(pool) - normal:
            history_ok = False
    if history_ok:
        why.append("history")
    return tuple(why)


def expected_fit(threshold: float) -> float:
    """Mean MQL -> SQL score factor (``0.85 + 0.3 x`` the score's place above the threshold)
    over the leads that are MQLs."""
    from scipy.stats import beta

    x = np.linspace(threshold, 100.0, 401)
    w = beta.pdf(x / 100.0, 2.2, 2.0)
    fit = 0.85 + 0.3 * (x - threshold) / (100.0 - threshold)
    return float((fit * w).sum() / w.sum())


def lead_to_mql(threshold: float) -> float:
    """Share of leads whose score (Beta(2.2, 2) x 100) reaches the MQL threshold."""
    from scipy.stats import beta

    return float(beta.sf(threshold / 100.0, 2.2, 2.0))


def _benchmarks(
    rng: np.random.Generator, channels: dict[str, ChannelEconomics], funnel: dict[str, float]
) -> dict[tuple[str, str | None], float]:
    """Published references a little easier than the company's own rates (rates x0.82-0.98,
    costs x1.02-1.2), as industry medians usually are for a team that knows its channels; funnel
    benchmarks from the CRM history (x0.8-0.9 of the company's rates), without a channel."""
    out: dict[tuple[str, str | None], float] = {}
    for name, ch in channels.items():
        rate, cost = float(rng.uniform(0.82, 0.98)), float(rng.uniform(1.02, 1.2))
        cpc = ch.cpm / 1000 / ch.ctr
        out[("ctr", name)] = ch.ctr * rate
        out[("cvr", name)] = ch.cvr * rate
        out[("cpm", name)] = ch.cpm * cost
        out[("cpc", name)] = cpc * cost
        out[("cpl", name)] = cpc / ch.cvr / ch.lead_share * cost
        if name == "email":
            out[("open_rate", name)] = ch.open_rate * rate
    fit = expected_fit(funnel["threshold"])
    for metric in ("lead_to_mql", "mql_to_sql", "sql_to_opportunity", "win_rate"):
        v = funnel[metric] * (fit if metric == "mql_to_sql" else 1.0)
        out[(metric, None)] = v * float(rng.uniform(0.8, 0.9))
    return out


def reference_rates(
    ch: ChannelEconomics, benchmarks: dict[tuple[str, str | None], float]
) -> dict[str, float]:
    """The rates a team plans a flight with on channel ``ch``: the benchmark where there is
    one, else the channel's own rates (its history)."""
    return {
        "cpm": benchmarks.get(("cpm", ch.name), ch.cpm),
        "ctr": benchmarks.get(("ctr", ch.name), ch.ctr),
        "cvr": benchmarks.get(("cvr", ch.name), ch.cvr),
    }


def _criteria(
    rng: np.random.Generator,
    f: Campaign,
    channels: dict[str, ChannelEconomics],
    funnel: dict[str, float],
    coordination: bool,
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Success criteria planned from the budget at the team's own rates (what its channels
    usually deliver), each eased by one factor of 0.85-0.93 (volumes and rates x, costs /): a
    flight whose rates are normal meets every one by 8-18%, a planted shortfall misses the
    criteria of its layer and the volumes below it by half or more.

    Core criteria (impressions, CTR, leads, opportunities) always, the others half the time. A
    coordination flight has campaign-level volume goals only, its opportunity goal 2.5-4x what
    its channel plans imply, and per-channel impressions, CTR, leads and CPL goals."""
    base = float(rng.uniform(0.85, 0.93))
    fit = expected_fit(funnel["threshold"])
    per_ch: dict[str, dict[str, float]] = {}
    tot = dict.fromkeys(("spend", "impressions", "reach", "clicks", "conversions", "leads"), 0.0)
    mqls = sqls = opps = 0.0
    for name, budget in f.budgets.items():
        ch = channels[name]
        impressions = budget / ch.cpm * 1000
        clicks = impressions * ch.ctr
        conversions = clicks * ch.cvr
        leads = conversions * ch.lead_share
        m = leads * funnel["lead_to_mql"]
        q = m * funnel["mql_to_sql"] * ch.mql_to_sql * fit
        o = q * funnel["sql_to_opportunity"] * ch.sql_to_opportunity
        row = {
            "spend": budget,
            "impressions": impressions,
            "reach": impressions / ch.frequency,
            "clicks": clicks,
            "conversions": conversions,
            "leads": leads,
        }
        per_ch[name] = row
        for k in tot:
            tot[k] += row[k]
        mqls, sqls, opps = mqls + m, sqls + q, opps + o

    def rate_se(p: float, n: float) -> float:
        return float(np.sqrt((1 - p) / max(n * p, 1e-9)))

    def sys(k: int, volume: bool) -> float:
        # a normal flight's rates are its channels' x U(1 - spread, 1 + spread) each (sd 1.7% at
        # a 3% spread); k such factors and, for volumes, spend at 95-100% of plan: 2.5 sd
        return 2.5 * float(np.sqrt(k)) * 0.0173 + (0.04 if volume else 0.0)

    ctr, cvr = tot["clicks"] / tot["impressions"], tot["conversions"] / tot["clicks"]
    # (expected value, systematic deviation of a normal flight, relative standard error)
    expected = {
        "impressions": (tot["impressions"], sys(1, True) + 0.03, 0.0),
        "reach": (tot["reach"], sys(1, True) + 0.06, 0.0),
        "ctr": (ctr, sys(1, False), rate_se(ctr, tot["impressions"])),
        "cvr": (cvr, sys(1, False), rate_se(cvr, tot["clicks"])),
        "leads": (tot["leads"], sys(3, True), tot["leads"] ** -0.5),
        "cpl": (tot["spend"] / tot["leads"], sys(3, False), tot["leads"] ** -0.5),
        "mqls": (mqls, sys(3, True), mqls**-0.5),
        "sqls": (sqls, sys(5, True), sqls**-0.5),
        "lead_to_sql": (
            sqls / tot["leads"],
            sys(2, False),
            rate_se(sqls / tot["leads"], tot["leads"]),
        ),
        "mql_to_sql": (sqls / mqls, sys(2, False), rate_se(sqls / mqls, mqls)),
        "sql_to_opportunity": (opps / sqls, sys(1, False), rate_se(opps / sqls, sqls)),
        "opportunities": (opps, sys(6, True), opps**-0.5),
    }

    def target(metric: str, value: float, sys: float, se: float) -> float:
        # eased enough that a normal flight meets it beyond its spread and 3.5 standard errors
        slack = min(base, 1 - sys - 3.5 * se)
        return value / slack if metric == "cpl" else value * slack

    planned = {k: target(k, *v) for k, v in expected.items()}
    if coordination:
        crit = {k: planned[k] for k in ("impressions", "leads")}
        crit["opportunities"] = opps * float(rng.uniform(2.5, 4.0))
        chan = {
            name: {
                "impressions": target(
                    "impressions", r["impressions"], *expected["impressions"][1:]
                ),
                "ctr": target(
                    "ctr",
                    r["clicks"] / r["impressions"],
                    sys(1, False),
                    rate_se(r["clicks"] / r["impressions"], r["impressions"]),
                ),
                "leads": target("leads", r["leads"], sys(3, True), r["leads"] ** -0.5),
                "cpl": target("cpl", r["spend"] / r["leads"], sys(3, False), r["leads"] ** -0.5),
            }
            for name, r in per_ch.items()
        }
        return crit, chan
    core = ("impressions", "ctr", "leads", "opportunities")
    crit = {k: v for k, v in planned.items() if k in core or rng.random() < 0.5}
    return crit, {}


def draw_company(seed: int, *, spread: float = 0.03) -> Company:
    """A random company with its planted truths (deterministic per ``seed``)."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, 10]))
    names = list(CHANNEL_RANGES)
    n_ch = int(rng.integers(2, 7))
    chosen = [names[i] for i in rng.choice(len(names), n_ch, replace=False)]
    channels = {n: _economics(rng, n) for n in chosen}
    currency = str(rng.choice(list(CURRENCIES)))
    threshold = float(rng.uniform(40, 60))
    funnel = {
        "lead_to_mql": lead_to_mql(threshold),
        "mql_to_sql": float(rng.uniform(0.22, 0.4)),
        "sql_to_opportunity": float(rng.uniform(0.3, 0.5)),
        "win_rate": float(rng.uniform(0.2, 0.35)),
        "threshold": threshold,
    }

    review_start = _month_start(dt.date(2024, 1, 1), int(rng.integers(0, 48)))
    history = int(rng.integers(5, 9))
    start = _month_start(review_start, -history)
    end = _month_end(review_start)
    as_of = end + dt.timedelta(days=int(rng.integers(3, 11)))
    has_targets = bool(rng.random() < 0.7)
    has_benchmarks = bool(rng.random() < 0.6)
    has_monthly = bool(rng.random() < 0.6)
    benchmarks = _benchmarks(rng, channels, funnel) if has_benchmarks else {}

    campaigns: list[Campaign] = []
    # Always-on programmes: 0-8, every channel once before any channel gets a second.
    n_ao = int(rng.integers(0, 9))
    order = [chosen[i] for i in rng.permutation(n_ch)]
    ao_channels = sorted((order * 8)[:n_ao], key=chosen.index)
    review_leads = float(rng.uniform(1000, 3000))
    n_current = int(rng.integers(1, 4)) if n_ao == 0 else int(rng.integers(0, 3))
    weight = n_ao + 0.6 * n_current
    seen: dict[str, int] = {}
    for ch in ao_channels:
        seen[ch] = seen.get(ch, 0) + 1
        suffix = f"-{seen[ch]}" if seen[ch] > 1 else ""
        u = rng.random()
        true_end: dt.date | None
        if u < 0.45:
            true_end, in_file = None, None  # blank: ongoing, as CRMs export it
        elif u < 0.8:
            true_end = _month_end(_month_start(end, int(rng.integers(2, 14))))
            in_file = true_end
        else:
            true_end = in_file = end
        per_day = review_leads / weight / 30.0
        campaigns.append(
            Campaign(
                campaign_id=f"AO-{_ABBREV[ch]}{suffix}",
                name=f"Always-on {ch.replace('_', ' ')}{suffix.replace('-', ' ')}",
                kind="always_on",
                start=_month_start(start, -int(rng.integers(0, 13))),
                end=true_end,
                end_in_file=in_file,
                budgets={ch: per_day / channels[ch].leads_per_usd() * float(rng.uniform(0.6, 1.4))},
                mult=_normal_mult(rng, spread, [ch]),
            )
        )
    # Campaigns running in the review month (the only ones there when there is no always-on).
    for k in range(n_current):
        n = int(rng.integers(1, min(3, n_ch) + 1))
        chs = [chosen[i] for i in rng.choice(n_ch, n, replace=False)]
        if rng.random() < 0.4:
            c_start, c_end = review_start, end  # exactly the month
        else:
            c_start = review_start - dt.timedelta(days=int(rng.integers(0, 45)))
            c_end = end + dt.timedelta(days=int(rng.integers(0, 40)))
        in_review = (min(c_end, end) - max(c_start, review_start)).days + 1
        leads = review_leads * 0.6 / weight * ((c_end - c_start).days + 1) / in_review
        share = rng.dirichlet(np.full(n, 2.0))
        campaigns.append(
            Campaign(
                campaign_id=f"CUR-{k + 1}",
                name=f"{_FLIGHT_NAMES[int(rng.integers(len(_FLIGHT_NAMES)))]} (running)",
                kind="current",
                start=c_start,
                end=c_end,
                end_in_file=c_end,
                budgets={
                    ch: float(leads * s / channels[ch].leads_per_usd())
                    for ch, s in zip(chs, share, strict=True)
                },
                mult=_normal_mult(rng, spread, chs),
            )
        )

    # Flights: post-mortem subjects, ended at least 50 days before the export (their leads have
    # had time to reach opportunity).
    latest_end = end - dt.timedelta(days=50)
    flights: list[Campaign] = []
    for k in range(int(rng.integers(1, 6))):
        length = min(7 * int(rng.integers(1, 13)), (latest_end - start).days)
        room = (latest_end - start).days - length
        f_start = start + dt.timedelta(days=int(rng.integers(0, room + 1)))
        n = int(rng.integers(1, min(4, n_ch) + 1))
        chs = [chosen[i] for i in rng.choice(n_ch, n, replace=False)]
        share = rng.dirichlet(np.full(n, 2.0))
        leads = float(rng.uniform(2500, 6000))
        flights.append(
            Campaign(
                campaign_id="F" + str(k + 1).zfill(2),
                name=_FLIGHT_NAMES[int(rng.integers(len(_FLIGHT_NAMES)))],
                kind="flight",
                start=f_start,
                end=f_start + dt.timedelta(days=length - 1),
                end_in_file=f_start + dt.timedelta(days=length - 1),
                budgets={
                    ch: float(leads * s / channels[ch].leads_per_usd())
                    for ch, s in zip(chs, share, strict=True)
                },
                mult=_normal_mult(rng, spread, chs),
                objective=str(rng.choice(["awareness", "engagement", "leads", "pipeline"])),
            )
        )
    # The diagnoses, one flight at a time: only what some reference can show is planted.
    planted: list[Campaign] = []
    for i, f in enumerate(flights):
        with_criteria = has_targets and rng.random() < 0.85
        others = [*campaigns, *planted, *flights[i + 1 :]]
        options = ["none"]
        for d in DIAGNOSES[:-1]:
            if d == "coordination":
                if with_criteria and len(f.channels) >= 2:
                    options.append(d)
            elif with_criteria or determinable(f, others, has_benchmarks, LAYER_OF[d] or ""):
                options.append(d)
        d = str(rng.choice(options))
        crit: dict[str, float] = {}
        chan: dict[str, dict[str, float]] = {}
        if with_criteria:
            crit, chan = _criteria(rng, f, channels, funnel, d == "coordination")
        f = dataclasses.replace(f, diagnosis=d, criteria=crit, channel_criteria=chan)
        why = (
            determinable(f, others, has_benchmarks, LAYER_OF[d] or "awareness")
            if d != "none"
            else ()
        )
        planted.append(dataclasses.replace(f, mult=_plant(rng, d, f.mult), evidence=why))
    campaigns.extend(planted)
    plants, campaigns = _monthly_plants(rng, campaigns, channels, review_start, end, has_monthly)
    return Company(
        seed=seed,
        currency=currency,
        channels=channels,
        campaigns=tuple(campaigns),
        start=start,
        end=end,
        review_month=review_start.isoformat()[:7],
        as_of=as_of,
        plants=plants,
        has_benchmarks=has_benchmarks,
        has_monthly_targets=has_monthly,
        mql_threshold=threshold,
        mql_to_sql=funnel["mql_to_sql"],
        sql_to_opportunity=funnel["sql_to_opportunity"],
        win_rate=funnel["win_rate"],
        deal_size=float(np.exp(rng.uniform(np.log(5000), np.log(40000)))),
        people=int(rng.integers(2000, 5000)),
        spread=spread,
        benchmarks=benchmarks,
    )


def _monthly_plants(
    rng: np.random.Generator,
    campaigns: list[Campaign],
    channels: dict[str, ChannelEconomics],
    review_start: dt.date,
    end: dt.date,
    has_monthly: bool,
) -> tuple[MonthlyPlants, list[Campaign]]:
    """Choose the review month's planted facts and apply the campaign-level ones."""
    live = [c for c in campaigns if c.kind != "flight" and c.active(review_start) and c.active(end)]
    live = live or [c for c in campaigns if c.kind != "flight"]
    bottom = live[int(rng.integers(len(live)))]
    form = "monthly" if has_monthly and rng.random() < 0.5 else "criterion"
    roas_factor = float(rng.uniform(0.15, 0.3))
    # The target is what its channels normally return (x0.8-1): missed by 3-6x.
    spend = sum(bottom.budgets.values())
    normal_roas = sum(
        b / spend * 1000 / channels[ch].cpm * channels[ch].ctr * channels[ch].cvr * channels[ch].aov
        for ch, b in bottom.budgets.items()
    )
    roas_target = round(normal_roas * float(rng.uniform(0.8, 1.0)), 2)
    # Overspend on a channel other than the bottom campaign's where there is one.
    live_channels = sorted({ch for c in live for ch in c.channels})
    choices = [ch for ch in live_channels if ch not in bottom.channels] or live_channels
    over = choices[int(rng.integers(len(choices)))]
    util = float(rng.uniform(1.3, 1.6))
    # Tracking gap: prefer a campaign sharing its channel with another live campaign (hidden).
    pairs = [(c, ch) for c in live for ch in c.channels]
    hidden_pairs = [
        (c, ch)
        for c, ch in pairs
        if c is not bottom and any(o is not c and ch in o.channels for o in live)
    ]
    if hidden_pairs and rng.random() < 0.7:
        gap_c, gap_ch = hidden_pairs[int(rng.integers(len(hidden_pairs)))]
    else:
        alone = [(c, ch) for c, ch in pairs if c is not bottom] or pairs
        gap_c, gap_ch = alone[int(rng.integers(len(alone)))]
    hidden = any(o is not gap_c and gap_ch in o.channels for o in live)
    first = review_start + dt.timedelta(days=int(rng.integers(4, 22)))
    gap_days = tuple(first + dt.timedelta(days=i) for i in range(int(rng.integers(2, 5))))
    plants = MonthlyPlants(
        bottom_campaign=bottom.campaign_id,
        bottom_roas_factor=roas_factor,
        bottom_target_form=form,
        bottom_roas_target=roas_target,
        overspend_channel=over,
        overspend_utilisation=util,
        gap_campaign=gap_c.campaign_id,
        gap_channel=gap_ch,
        gap_days=gap_days,
        gap_hidden=hidden,
        duplicate_ids=int(rng.integers(5, 41)),
        bottleneck_stage="mql_to_sql" if rng.random() < 0.5 else "sql_to_opportunity",
        bottleneck_factor=float(rng.uniform(0.3, 0.45)),
    )
    out = []
    for c in campaigns:
        if c is bottom:
            mult = {ch: {**m, "aov": m["aov"] * roas_factor} for ch, m in c.mult.items()}
            crit = {**c.criteria, "roas": roas_target} if form == "criterion" else c.criteria
            c = dataclasses.replace(c, mult=mult, criteria=crit)
        out.append(c)
    return plants, out
