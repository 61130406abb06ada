"""The ``leads`` table: form-fill leads and their path through the funnel.

Inputs: a numpy ``Generator``, the daily (date, channel, campaign_id, conversions) lines of the ad
platforms and ``scale``. Output: one pandas row per lead, timestamps as ``datetime64[s]`` in UTC
(``NaT`` when a stage was not reached by the export time), money in USD.

Each lead is drawn from a platform conversion: ``Poisson(scale * lead_share * conversions)`` leads
per campaign-day (flights: ``FLIGHT_LEAD_SHARE``). Stage probabilities and lags are in
:mod:`debrief.demo.spec`; the planted facts are applied here, to the stage candidates whose time
falls in 2026-10, so that calendar and cohort readings both show them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from debrief.demo import spec

_DAY = np.timedelta64(86400, "s")
_LEAD_TYPE = {
    "paid_search": "demo_request",
    "paid_social": "lead_form",
    "display": "lead_form",
    "email": "newsletter_reply",
    "content_syndication": "content_download",
    "video": "lead_form",
}


def score_fit(score: np.ndarray) -> np.ndarray:
    """Multiplier on MQL -> SQL by score: rises from 0.4 at 50 to 1.0 at 70, then flat.

    The flat top is the planted miscalibration: scores 80-100 reach SQL at about the rate of
    scores 60-80 (the model keeps ranking where sales no longer sees a difference).
    """
    return 0.4 + 0.6 * np.clip((score - 50.0) / 20.0, 0.0, 1.0)


def _lag(rng: np.random.Generator, n: int, floor_days: float, shape: float, scale: float):
    days = floor_days + rng.gamma(shape, scale, n)
    return (days * 86400).astype(np.int64).astype("timedelta64[s]")


@dataclass(frozen=True)
class Funnel:
    """Stage timestamps of each lead as the CRM shows them at the export (``NaT``: not reached
    by then), and the time an MQL that did not reach SQL was disqualified (uncensored)."""

    mql: np.ndarray
    sql: np.ndarray
    opportunity: np.ndarray
    won: np.ndarray
    lost: np.ndarray
    disqualified_at: np.ndarray


def follow_funnel(
    rng: np.random.Generator,
    created: np.ndarray,
    is_mql: np.ndarray,
    p_sql: Callable[[np.ndarray], np.ndarray],
    p_opp: Callable[[np.ndarray], np.ndarray],
    win_rate: float,
    export: np.datetime64,
) -> Funnel:
    """Leads created at ``created`` (``datetime64[s]``) through MQL, SQL, opportunity and won.

    Lags in days: MQL 0.02 + Gamma(1.5, 1) after creation, SQL 0.5 + Gamma(2, 1) after MQL,
    opportunity 1 + Gamma(2, 1.5) after SQL, won 15 + Gamma(3, 8) after opportunity. ``p_sql`` and
    ``p_opp`` give each lead's probability of the step from the time the step would happen (so a
    planted change can start on a date). 60% of opportunities not won are lost (10 + Gamma(2, 10)
    days later), 70% of MQLs that do not reach SQL are disqualified (3 + Gamma(2, 3) days after
    MQL). Nothing is dated at or after ``export``; a stage after a missing one is missing.
    """
    n = len(created)
    u = rng.random((5, n))
    mql_at = created + _lag(rng, n, 0.02, 1.5, 1.0)
    sql_cand = mql_at + _lag(rng, n, 0.5, 2.0, 1.0)
    is_sql = is_mql & (u[0] < p_sql(sql_cand))
    opp_cand = sql_cand + _lag(rng, n, 1.0, 2.0, 1.5)
    is_opp = is_sql & (u[1] < p_opp(opp_cand))
    won_cand = opp_cand + _lag(rng, n, 15.0, 3.0, 8.0)
    is_won = is_opp & (u[2] < win_rate)
    lost_opp = is_opp & ~is_won & (u[3] < 0.6)
    lost_opp_at = opp_cand + _lag(rng, n, 10.0, 2.0, 10.0)
    disq = is_mql & ~is_sql & (u[4] < 0.7)
    disq_at = mql_at + _lag(rng, n, 3.0, 2.0, 3.0)

    nat = np.datetime64("NaT", "s")

    def seen(reached: np.ndarray, at: np.ndarray) -> np.ndarray:
        return np.where(reached & (at < export), at, nat)

    mql_out = seen(is_mql, mql_at)
    sql_out = seen(is_sql & ~np.isnat(mql_out), sql_cand)
    opp_out = seen(is_opp & ~np.isnat(sql_out), opp_cand)
    won_out = seen(is_won & ~np.isnat(opp_out), won_cand)
    lost_out = np.where(
        lost_opp & ~np.isnat(opp_out) & (lost_opp_at < export),
        lost_opp_at,
        np.where(disq & ~np.isnat(mql_out) & (disq_at < export), disq_at, nat),
    )
    return Funnel(mql_out, sql_out, opp_out, won_out, lost_out, disq_at)


def generate_leads(rng: np.random.Generator, daily: pd.DataFrame, scale: float) -> pd.DataFrame:
    """Leads created from ``daily`` platform conversions, with their funnel timestamps."""
    is_flight = ~daily["campaign_id"].str.startswith("AO-").to_numpy()
    share = np.where(
        is_flight,
        spec.FLIGHT_LEAD_SHARE,
        daily["channel"].map(lambda c: spec.CHANNELS[c].lead_share).to_numpy(),
    )
    counts = rng.poisson(scale * share * daily["conversions"].to_numpy())
    idx = np.repeat(np.arange(len(daily)), counts)
    n = len(idx)
    channel = daily["channel"].to_numpy()[idx]
    campaign = daily["campaign_id"].to_numpy()[idx]
    day = daily["date"].to_numpy().astype("datetime64[s]")[idx]
    # Business-hours arrival times (UTC), a few in the evening.
    hour = np.clip(rng.normal(14.0, 3.0, n), 0.0, 23.99)
    created = day + (hour * 3600).astype(np.int64).astype("timedelta64[s]")

    size_code = rng.choice(len(spec.COMPANY_SIZES), n, p=spec.COMPANY_SIZE_P)
    size = np.array(spec.COMPANY_SIZES)[size_code]
    industry = rng.choice(np.array(spec.INDUSTRIES), n, p=spec.INDUSTRY_P)
    country = rng.choice(np.array(spec.COUNTRIES), n, p=spec.COUNTRY_P)
    score = np.round(rng.beta(2.2, 2.0, n) * 100.0)

    camp_sql = np.ones(n)
    camp_opp = np.ones(n)
    for f in spec.FLIGHTS:
        sel = campaign == f.campaign_id
        camp_sql[sel], camp_opp[sel] = f.sql, f.opp
    seg = (campaign == "FL-HEALTHY") & (size == spec.HEALTHY_SEGMENT)
    camp_sql[seg] *= spec.HEALTHY_SQL_UPLIFT
    camp_opp[seg] *= spec.HEALTHY_OPP_UPLIFT

    def p_sql(sql_cand: np.ndarray) -> np.ndarray:
        p = spec.SQL_BASE * score_fit(score) * camp_sql
        synd_oct = (channel == "content_syndication") & (sql_cand >= spec.OCT_START)
        return np.where(synd_oct, p * spec.SYND_OCT_SQL_FACTOR, p)

    def p_opp(opp_cand: np.ndarray) -> np.ndarray:
        p = spec.OPP_BASE * camp_opp
        ao_oct = ~is_flight[idx] & (opp_cand >= spec.OCT_START)
        return np.where(ao_oct, p * spec.AO_OCT_OPP_FACTOR, p)

    f = follow_funnel(
        rng, created, score >= spec.MQL_THRESHOLD, p_sql, p_opp, spec.WIN_RATE, spec.DATA_END
    )
    mql_out, sql_out, opp_out, won_out, lost_out = f.mql, f.sql, f.opportunity, f.won, f.lost
    disq_at = f.disqualified_at

    # Deal size grows with company size (median USD per won deal).
    median_deal = np.array([6000, 10000, 16000, 24000, 38000])
    deal = median_deal[size_code] * rng.lognormal(0.0, 0.35, n)
    amount = np.where(~np.isnat(won_out), np.round(deal, 2), np.nan)

    reason = np.full(n, None, dtype=object)
    general = np.array(spec.DISQUALIFIED_REASONS)
    reason_disq = rng.choice(general, n, p=(0.3, 0.2, 0.1, 0.3, 0.1))
    # Sales' feedback on the syndicated leads that stopped reaching SQL in October.
    reason_synd = rng.choice(
        np.array(["wrong persona", "no response", "student"]), n, p=(0.45, 0.3, 0.25)
    )
    reason_opp = rng.choice(np.array(["no budget", "competitor"]), n, p=(0.55, 0.45))
    has_lost = ~np.isnat(lost_out)
    from_opp = has_lost & ~np.isnat(opp_out)
    synd_feedback = (channel == "content_syndication") & (disq_at >= spec.OCT_START)
    reason[has_lost & ~from_opp] = np.where(synd_feedback, reason_synd, reason_disq)[
        has_lost & ~from_opp
    ]
    reason[from_opp] = reason_opp[from_opp]

    order = np.argsort(created, kind="stable")
    frame = pd.DataFrame(
        {
            "created_at": created,
            "channel": channel,
            "campaign_id": campaign,
            "score": score,
            "mql_at": mql_out,
            "sql_at": sql_out,
            "opportunity_at": opp_out,
            "won_at": won_out,
            "lost_at": lost_out,
            "amount": amount,
            "disqualified_reason": reason,
            "company_size": size,
            "industry": industry,
            "country": country,
            "lead_type": pd.Series(channel).map(_LEAD_TYPE).to_numpy(),
        }
    ).iloc[order]
    frame.insert(0, "lead_id", np.char.add("L", np.char.zfill(np.arange(1, n + 1).astype(str), 7)))
    return frame.reset_index(drop=True)
