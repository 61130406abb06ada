"""The people rows of a scenario: leads drawn from each ad line's conversions and walked down
the funnel (:func:`lead_rows`), and the touchpoints and conversions of the journeys
(:func:`journey_rows`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from debrief.demo.leads import follow_funnel
from debrief.scenarios.company import Company

__all__ = ["journey_rows", "lead_rows"]

_DAY = np.timedelta64(1, "D")
_SEC = np.timedelta64(1, "s")
_LEAD_TYPE = {
    "paid_search": "demo_request",
    "content_syndication": "content_download",
    "email": "newsletter_reply",
}
_SIZES = ("1-50", "51-200", "201-500", "501-1000", "1000+")
_INDUSTRIES = ("software", "finance", "healthcare", "retail", "manufacturing", "education")
_COUNTRIES = ("US", "GB", "DE", "FR", "BR", "JP", "IN")
_UNPAID = ("organic_search", "direct")


def lead_rows(c: Company, rng: np.random.Generator, ad: pd.DataFrame) -> pd.DataFrame:
    """Leads drawn from the true conversions, followed through the funnel to the export."""
    share = ad["channel"].map({k: e.lead_share for k, e in c.channels.items()}).to_numpy()
    counts = rng.binomial(ad["_true_conversions"].to_numpy(), share)
    idx = np.repeat(np.arange(len(ad)), counts)
    n = len(idx)
    ch = ad["channel"].to_numpy()[idx]
    camp = ad["campaign_id"].to_numpy()[idx]
    day = pd.to_datetime(ad["date"]).to_numpy().astype("datetime64[s]")[idx]
    hour = np.clip(rng.normal(14.0, 3.0, n), 0.0, 23.99)
    created = day + (hour * 3600).astype(np.int64) * _SEC
    score = np.round(rng.beta(2.2, 2.0, n) * 100.0)
    thr = c.mql_threshold
    fit = 0.85 + 0.3 * np.clip((score - thr) / (100.0 - thr), 0.0, 1.0)

    pair = pd.Series(list(zip(camp, ch, strict=True)), dtype=object)
    m = {
        key: pair.map(
            {
                (k.campaign_id, x): k.mult[x][key] * getattr(c.channels[x], key)
                for k in c.campaigns
                for x in k.channels
            }
        ).to_numpy(dtype=float)
        for key in ("mql_to_sql", "sql_to_opportunity")
    }
    review = np.datetime64(c.review_start, "s")
    export = np.datetime64(c.end, "s") + np.timedelta64(86400, "s")
    stage, factor = c.plants.bottleneck_stage, c.plants.bottleneck_factor

    def planted(p: np.ndarray, at: np.ndarray, step: str) -> np.ndarray:
        # the bottleneck: every stage candidate dated in the review month
        return np.where((at >= review) & (at < export), p * factor, p) if stage == step else p

    f = follow_funnel(
        rng,
        created,
        score >= thr,
        lambda at: planted(c.mql_to_sql * m["mql_to_sql"] * fit, at, "mql_to_sql"),
        lambda at: planted(
            c.sql_to_opportunity * m["sql_to_opportunity"], at, "sql_to_opportunity"
        ),
        c.win_rate,
        export,
    )
    won_out, lost_out, opp_out = f.won, f.lost, f.opportunity
    amount = np.where(
        ~np.isnat(won_out), np.round(c.deal_size * rng.lognormal(0.0, 0.4, n) * c.fx, 2), np.nan
    )
    reason = np.full(n, None, dtype=object)
    has_lost = ~np.isnat(lost_out)
    from_opp = has_lost & ~np.isnat(opp_out)
    reason[has_lost & ~from_opp] = rng.choice(
        np.array(["no budget", "wrong persona", "no response", "student"]), n
    )[has_lost & ~from_opp]
    reason[from_opp] = rng.choice(np.array(["no budget", "competitor"]), n)[from_opp]
    order = np.argsort(created, kind="stable")
    frame = pd.DataFrame(
        {
            "created_at": created,
            "channel": ch,
            "campaign_id": camp,
            "score": score,
            "mql_at": f.mql,
            "sql_at": f.sql,
            "opportunity_at": opp_out,
            "won_at": won_out,
            "lost_at": lost_out,
            "amount": amount,
            "disqualified_reason": reason,
            "company_size": rng.choice(np.array(_SIZES), n),
            "industry": rng.choice(np.array(_INDUSTRIES), n),
            "country": rng.choice(np.array(_COUNTRIES), n),
            "lead_type": [_LEAD_TYPE.get(x, "lead_form") for x in ch],
        }
    ).iloc[order]
    frame.insert(0, "lead_id", ["L" + str(i).zfill(7) for i in range(1, n + 1)])
    return frame.reset_index(drop=True)


def journey_rows(c: Company, rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """People touching the company's channels over the last 100 days; some convert."""
    paid = list(c.channels)
    names = paid + list(_UNPAID)
    effect = rng.uniform(0.1, 0.9, len(names))
    weights = rng.dirichlet(np.full(len(names), 3.0))
    n_people = c.people
    length = 1 + rng.binomial(5, 0.4, n_people)
    n = int(length.sum())
    person = np.repeat(np.arange(n_people), length)
    first = np.datetime64(c.end) - np.timedelta64(100, "D")
    start = first + rng.integers(0, 100, n_people) * _DAY
    pos = np.arange(n) - np.repeat(np.cumsum(length) - length, length)
    day = np.repeat(start, length) + (pos * rng.geometric(0.35, n)) * _DAY
    ts = day.astype("datetime64[s]") + (rng.uniform(7, 21, n) * 3600).astype(np.int64) * _SEC
    chan = rng.choice(len(names), n, p=weights)
    export = np.datetime64(c.end + dt.timedelta(days=1)).astype("datetime64[s]")
    keep = ts < export
    # campaign: a campaign active that day on the channel, where there is one
    by_channel: dict[str, list[Any]] = {
        x: [k for k in c.campaigns if x in k.channels] for x in paid
    }
    campaign = np.full(n, None, dtype=object)
    days = ts.astype("datetime64[D]")
    for i in np.flatnonzero(chan < len(paid)):
        d = days[i].astype(dt.date)
        live = [k.campaign_id for k in by_channel[names[chan[i]]] if k.active(d)]
        if live:
            campaign[i] = live[int(rng.integers(len(live)))]
    touches = pd.DataFrame(
        {
            "user_id": np.char.add("U", person.astype(str)),
            "ts": ts,
            "channel": np.array(names)[chan],
            "campaign_id": campaign,
            "interaction": np.where(rng.random(n) < 0.8, "click", "visit"),
        }
    )[keep]
    touches = touches.drop_duplicates(["user_id", "ts", "channel", "campaign_id", "interaction"])
    # conversions: logistic in the channels touched
    seen = np.zeros((n_people, len(names)), dtype=bool)
    seen[person[keep], chan[keep]] = True
    logit = -2.2 + seen.astype(float) @ effect + 0.1 * (length - 1)
    converts = rng.random(n_people) < 1 / (1 + np.exp(-logit))
    last = touches.groupby("user_id")["ts"].max()
    users = [u for u in np.char.add("U", np.flatnonzero(converts).astype(str)) if u in last.index]
    conv_ts = (
        last.loc[users].to_numpy()
        + (rng.uniform(0.5, 20, len(users)) * 3600).astype(np.int64) * _SEC
    )
    conv = pd.DataFrame(
        {
            "user_id": users,
            "ts": conv_ts,
            "value": np.round(rng.lognormal(np.log(120), 0.5, len(users)) * c.fx, 2),
            "conversion_id": [f"CV{i}" for i in range(1, len(users) + 1)],
            "kind": "purchase",
        }
    )
    conv = conv[conv["ts"] < export]
    # The planted duplicates: ids in the review month sent twice, 0-3 seconds apart.
    review = np.datetime64(c.review_start).astype("datetime64[s]")
    in_month = conv[(conv["ts"] >= review)]
    k = min(c.plants.duplicate_ids, len(in_month))
    dup = in_month.sample(n=k, random_state=int(rng.integers(2**31))).copy()
    dup["ts"] = dup["ts"] + rng.integers(0, 4, k) * _SEC
    dup = dup[dup["ts"] < export]
    conv = pd.concat([conv, dup], ignore_index=True).sort_values("ts", ignore_index=True)
    return touches.sort_values("ts", ignore_index=True), conv
