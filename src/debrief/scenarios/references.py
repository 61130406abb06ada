"""Which references make a planted truth readable, and the references a company gets: targets,
benchmarks and success criteria drawn around its channels' rates (:func:`determinable`,
:func:`reference_rates`)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from debrief.scenarios.company import LAYER_OF, Campaign, ChannelEconomics

__all__ = [
    "benchmarks_for",
    "determinable",
    "expected_fit",
    "lead_to_mql",
    "reference_rates",
    "success_criteria",
]


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


def benchmarks_for(
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


def success_criteria(
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
