"""Drawing a random company from a seed (:func:`draw_company`): its channels, campaigns,
calendar, references and the truths planted in it (see :mod:`debrief.scenarios.company`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np

from debrief.scenarios.company import (
    CHANNEL_RANGES,
    CURRENCIES,
    DIAGNOSES,
    LAYER_OF,
    RATE_KEYS,
    Campaign,
    ChannelEconomics,
    Company,
    MonthlyPlants,
)
from debrief.scenarios.references import (
    benchmarks_for,
    determinable,
    lead_to_mql,
    success_criteria,
)

__all__ = ["draw_company"]

_FREQUENCY = {"paid_search": 1.3, "email": 1.0, "display": 3.0, "native": 2.5}
_ABBREV = {
    "paid_search": "SEARCH",
    "paid_social": "SOCIAL",
    "display": "DISPLAY",
    "email": "EMAIL",
    "content_syndication": "SYND",
    "video": "VIDEO",
    "native": "NATIVE",
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
    benchmarks = benchmarks_for(rng, channels, funnel) if has_benchmarks else {}

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
            crit, chan = success_criteria(rng, f, channels, funnel, d == "coordination")
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
