"""Planned and actual paid media: the ``budgets`` and ``ad_performance`` tables.

Inputs: a numpy ``Generator``. Outputs: pandas frames in contract form (money in USD, rounded to
the cent; counts as integers). Spend is planned per channel and month, then spread over days with
enough day-to-day variation that each channel's response curve can be fitted; the always-on
campaign of each channel earns revenue along a saturating curve of its adstocked spend
(:class:`~debrief.demo.spec.ChannelSpec`), flights earn at their own (planted) rates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from debrief.demo import spec

#: Days on which the video pixel was broken: spend recorded, nothing delivered (planted gap).
VIDEO_GAP = tuple(np.datetime64(f"2026-10-{d}") for d in (14, 15, 16))
#: paid_social spend over its plan in 2026-10 (planted overspend).
SOCIAL_OCT_UTILISATION = 1.35

_DEVICE_SHARE = np.array([0.55, 0.45])
_GEO_SHARE = np.array([0.65, 0.35])
_CREATIVE_SHARE = np.array([0.5, 0.5])


@dataclass(frozen=True)
class Media:
    """The generated media tables and the daily lines they were built from."""

    budgets: pd.DataFrame
    ad_performance: pd.DataFrame
    #: One row per (date, channel, campaign_id): spend and conversions, for leads generation.
    daily: pd.DataFrame


def _month_index(days: np.ndarray) -> np.ndarray:
    months = days.astype("datetime64[M]")
    return (months - months[0]).astype(int)


def _spread(rng: np.random.Generator, days: np.ndarray, sigma: float) -> np.ndarray:
    """Relative daily weights: weekends lower, lognormal day-to-day noise."""
    weekday = (days.astype("datetime64[D]").view("int64") - 4) % 7  # 0 = Monday
    base = np.where(weekday >= 5, 0.65, 1.0)
    return base * rng.lognormal(0.0, sigma, len(days))


def _ao_plan(rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Planned always-on spend per channel and month (USD, rounded to 100)."""
    days_in = np.bincount(_month_index(spec.DAYS))
    plan = {}
    for name, ch in spec.CHANNELS.items():
        jitter = rng.uniform(0.8, 1.2, len(days_in))
        plan[name] = np.round(ch.s0 * days_in * spec.SEASON * jitter, -2)
    return plan


def _flight_days(f: spec.Flight, channel: str) -> np.ndarray:
    days = np.arange(np.datetime64(f.start), np.datetime64(f.end) + 1)
    if channel in f.pauses:
        a, b = (np.datetime64(x) for x in f.pauses[channel])
        days = days[(days < a) | (days > b)]
    return days


def _flight_lines(rng: np.random.Generator) -> tuple[list[dict], list[dict]]:
    """Daily spend lines and monthly budget rows of the flights."""
    lines, budgets = [], []
    for f in spec.FLIGHTS:
        for channel, budget in f.budgets.items():
            days = _flight_days(f, channel)
            w = _spread(rng, days, 0.15)
            util = rng.uniform(0.97, 1.0)
            spend = np.empty(len(days))
            months = days.astype("datetime64[M]").astype(str)
            for m in np.unique(months):
                sel = months == m
                planned = round(budget * sel.sum() / len(days), 2)
                # Each month lands on its own plan, so monthly utilisation stays near 1.
                spend[sel] = planned * util * w[sel] / w[sel].sum()
                budgets.append(
                    {
                        "month": m,
                        "channel": channel,
                        "campaign_id": f.campaign_id,
                        "planned_spend": planned,
                    }
                )
            for d, s in zip(days, spend, strict=True):
                lines.append(
                    {"date": d, "channel": channel, "campaign_id": f.campaign_id, "spend": s}
                )
    return lines, budgets


def _efficiency(ch: spec.ChannelSpec, spend: np.ndarray) -> np.ndarray:
    """Conversion-rate multiplier of the always-on campaign on each day (1 at spend ``s0``).

    Expected revenue is ``V * x / (K + x)`` of adstocked spend ``x``; revenue is conversions x
    ``aov`` and conversions are clicks x cvr x this factor, so the factor is ``H(x) / H(s0) *
    s0 / s``.
    """
    x = np.empty_like(spend)
    prev = spend[0]
    for i, s in enumerate(spend):
        prev = (1 - ch.decay) * s + ch.decay * prev
        x[i] = prev
    k = ch.half_saturation
    hill = x / (k + x)
    ref = ch.s0 / (k + ch.s0)
    with np.errstate(divide="ignore", invalid="ignore"):
        e = np.where(spend > 0, hill / ref * ch.s0 / spend, 0.0)
    return e


def generate_media(rng: np.random.Generator) -> Media:
    """Budgets and daily ad performance for every paid channel and campaign."""
    plan = _ao_plan(rng)
    month_idx = _month_index(spec.DAYS)
    flight_lines, flight_budgets = _flight_lines(rng)
    flights = pd.DataFrame(flight_lines)
    flights["date"] = flights["date"].astype("datetime64[s]")
    flight_month = flights["date"].dt.strftime("%Y-%m")
    fb = pd.DataFrame(flight_budgets)

    budget_rows = []
    ao_lines = []
    efficiency: dict[str, np.ndarray] = {}
    for name, ch in spec.CHANNELS.items():
        w = _spread(rng, spec.DAYS, 0.3)
        spend = np.zeros(spec.N_DAYS)
        for m, month in enumerate(spec.MONTHS):
            sel = month_idx == m
            util = rng.uniform(0.96, 1.0)
            target = plan[name][m] * util
            if name == "paid_social" and month == spec.REVIEW_MONTH:
                # The whole channel (always-on plus flights) lands at 1.35x its plan.
                f_plan = fb.loc[(fb.channel == name) & (fb.month == month), "planned_spend"].sum()
                f_spent = flights.loc[
                    (flights.channel == name) & (flight_month == month), "spend"
                ].sum()
                target = SOCIAL_OCT_UTILISATION * (plan[name][m] + f_plan) - f_spent
            spend[sel] = target * w[sel] / w[sel].sum()
            budget_rows.append(
                {
                    "month": month,
                    "channel": name,
                    "campaign_id": ch.campaign_id,
                    "planned_spend": float(plan[name][m]),
                }
            )
        efficiency[name] = _efficiency(ch, spend)
        ao_lines.append(
            pd.DataFrame(
                {
                    "date": spec.DAYS.astype("datetime64[s]"),
                    "channel": name,
                    "campaign_id": ch.campaign_id,
                    "spend": spend,
                    "eff": efficiency[name],
                }
            )
        )
    flights["eff"] = 1.0
    lines = pd.concat([*ao_lines, flights], ignore_index=True)
    lines["spend"] = lines["spend"].round(2)
    budgets = pd.concat([pd.DataFrame(budget_rows), fb], ignore_index=True)
    ad = _ad_rows(rng, lines)
    daily = (
        ad.groupby(["date", "channel", "campaign_id"], as_index=False)[["spend", "conversions"]]
        .sum()
        .sort_values(["date", "channel", "campaign_id"], ignore_index=True)
    )
    return Media(budgets=budgets, ad_performance=ad, daily=daily)


def _ad_rows(rng: np.random.Generator, lines: pd.DataFrame) -> pd.DataFrame:
    """Split each campaign-day over device x geo x creative and draw the funnel counts."""
    n_seg = len(spec.DEVICES) * len(spec.GEOS) * len(spec.CREATIVES)
    dev = np.repeat(np.arange(2), 4)
    geo = np.tile(np.repeat(np.arange(2), 2), 2)
    cre = np.tile(np.arange(2), 4)
    base_share = _DEVICE_SHARE[dev] * _GEO_SHARE[geo] * _CREATIVE_SHARE[cre]

    n = len(lines)
    rows = lines.loc[lines.index.repeat(n_seg)].reset_index(drop=True)
    seg_dev = np.tile(dev, n)
    share = np.tile(base_share, n) * rng.lognormal(0.0, 0.1, n * n_seg)
    share = share / np.repeat(share.reshape(n, n_seg).sum(axis=1), n_seg)
    # Split in cents so the segments add up to the line's spend exactly.
    line_cents = np.round(lines["spend"].to_numpy() * 100).astype(np.int64)
    cents = np.floor(share * np.repeat(line_cents, n_seg)).astype(np.int64)
    rest = line_cents - cents.reshape(n, n_seg).sum(axis=1)
    cents[np.arange(n) * n_seg] += rest
    spend = cents / 100.0

    ch = rows["channel"].to_numpy()
    camp = rows["campaign_id"].to_numpy()
    par = {k: np.array([getattr(spec.CHANNELS[c], k) for c in ch]) for k in ("cpm", "ctr", "cvr")}
    aov = np.array([spec.CHANNELS[c].aov for c in ch])
    m_cpm, m_ctr, m_cvr = np.ones(len(rows)), np.ones(len(rows)), np.ones(len(rows))
    for f in spec.FLIGHTS:
        sel = camp == f.campaign_id
        m_cpm[sel], m_ctr[sel] = f.cpm, f.ctr
        m_cvr[sel] = np.where(seg_dev[sel] == 1, f.cvr * f.mobile_cvr, f.cvr)

    cpm = par["cpm"] * m_cpm * rng.lognormal(0.0, 0.05, len(rows))
    impressions = np.maximum(np.round(spend / cpm * 1000), 1).astype(np.int64)
    clicks = rng.binomial(impressions, np.clip(par["ctr"] * m_ctr, 0, 1))
    p_conv = np.clip(par["cvr"] * m_cvr * rows["eff"].to_numpy(), 0, 0.9)
    conversions = rng.binomial(clicks, p_conv)
    value = np.round(conversions * aov * rng.lognormal(-0.02, 0.2, len(rows)), 2)
    sessions = rng.binomial(clicks, 0.88)
    engaged_p = np.array([spec.CHANNELS[c].engaged for c in ch])
    engaged = rng.binomial(sessions, engaged_p)
    freq = np.array([spec.CHANNELS[c].frequency for c in ch]) * rng.uniform(0.9, 1.1, len(rows))
    reach = np.maximum(np.round(impressions / freq), 1).astype(np.int64)

    is_email = ch == "email"
    open_rate = np.array([spec.CHANNELS[c].open_rate for c in ch])
    deliveries = np.where(is_email, impressions, 0)
    opens = rng.binomial(deliveries, open_rate)
    unsubscribes = rng.binomial(deliveries, 0.0015)
    is_video = ch == "video"
    video_views = rng.binomial(np.where(is_video, impressions, 0), 0.3)
    is_social = ch == "paid_social"
    engagements = rng.binomial(np.where(is_social, impressions, 0), 0.012)

    # The planted tracking gap: the video pixel recorded nothing for three days.
    dates = rows["date"].to_numpy().astype("datetime64[D]")
    gap = is_video & np.isin(dates, np.array(VIDEO_GAP))
    for arr in (impressions, clicks, conversions, sessions, engaged, reach, video_views):
        arr[gap] = 0
    value[gap] = 0.0

    audience = {f.campaign_id: f.audience for f in spec.FLIGHTS}
    out = pd.DataFrame(
        {
            "date": rows["date"].dt.strftime("%Y-%m-%d"),
            "channel": ch,
            "campaign_id": camp,
            "platform": [spec.CHANNELS[c].platform for c in ch],
            "audience": [audience.get(c, "Core ICP") for c in camp],
            "geo": np.array(spec.GEOS)[geo][np.arange(len(rows)) % n_seg],
            "device": np.array(spec.DEVICES)[seg_dev],
            "creative": [f"{c}-{x}" for c, x in zip(camp, np.tile(cre, n), strict=True)],
            "spend": spend,
            "impressions": impressions,
            "clicks": clicks,
            "conversions": conversions,
            "conversion_value": value,
            "reach": reach,
            "sessions": sessions,
            "engaged_sessions": engaged,
            "deliveries": pd.array(np.where(is_email, deliveries, 0), dtype="Int64"),
            "opens": pd.array(opens, dtype="Int64"),
            "unsubscribes": pd.array(unsubscribes, dtype="Int64"),
            "video_views": pd.array(video_views, dtype="Int64"),
            "engagements": pd.array(engagements, dtype="Int64"),
        }
    )
    # Email-only, video-only and social-only metrics are empty (not zero) on other channels.
    out.loc[~is_email, ["deliveries", "opens", "unsubscribes"]] = pd.NA
    out.loc[~is_video, "video_views"] = pd.NA
    out.loc[~is_social, "engagements"] = pd.NA
    return out.sort_values(["date", "channel", "campaign_id"], kind="stable", ignore_index=True)
