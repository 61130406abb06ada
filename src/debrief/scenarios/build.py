"""Contract tables from a :class:`~debrief.scenarios.company.Company`, and what they contain.

``build(company) -> Scenario``: the eleven-table frames the data contract describes (no content
tables: a team without a CMS export is one of the cases), the settings (currency) and the
:class:`Truth` (planted facts plus the figures measured from the generated rows that the harness
compares with). Money is drawn in USD and written in the company's currency; counts do not depend
on the currency. Deterministic per ``company.seed``.

How rows are made (one campaign-channel-day line, split over ``device``):
impressions = spend / (CPM x multiplier x lognormal(0, 0.05)) x 1000, clicks ~ Binomial(impressions,
CTR x m), conversions ~ Binomial(clicks, CVR x m), value = conversions x AOV x m x lognormal(0, 0.2);
reach = impressions / frequency, sessions ~ Binomial(clicks, 0.85), engaged ~ Binomial(sessions, 0.5);
email rows have deliveries and opens, video rows video views, social rows engagements (empty
elsewhere). Leads ~ Binomial(conversions, lead share) per line (from the true conversions: a CRM
records the form even on a day the ad pixel did not), then MQL when the score reaches the
threshold and the stage draws of :mod:`debrief.scenarios.company`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from debrief.demo.leads import follow_funnel
from debrief.demo.plan import target_row
from debrief.scenarios.company import Company

__all__ = ["Scenario", "Truth", "build"]

_DAY = np.timedelta64(1, "D")
_SEC = np.timedelta64(1, "s")
_DEVICE = np.array([0.6, 0.4])
_LEAD_TYPE = {
    "paid_search": "demo_request",
    "content_syndication": "content_download",
    "email": "newsletter_reply",
}
_SIZES = ("1-50", "51-200", "201-500", "501-1000", "1000+")
_INDUSTRIES = ("software", "finance", "healthcare", "retail", "manufacturing", "education")
_COUNTRIES = ("US", "GB", "DE", "FR", "BR", "JP", "IN")
_UNPAID = ("organic_search", "direct")


@dataclass(frozen=True)
class Truth:
    """What was planted, and the figures measured from the rows that carry it."""

    #: flight -> planted diagnosis (``none`` for healthy)
    diagnoses: dict[str, str]
    #: flight -> the references that make its diagnosis readable
    evidence: dict[str, tuple[str, ...]]
    review_month: str
    as_of: dt.date
    bottom_campaign: str
    bottom_channels: tuple[str, ...]
    bottom_roas: float | None
    bottom_roas_target: float
    bottom_target_form: str
    overspend_channel: str
    overspend_utilisation: float
    gap_campaign: str
    gap_channel: str
    gap_days: tuple[dt.date, ...]
    gap_hidden: bool
    gap_spend: float
    duplicate_ids: int
    #: distinct conversion ids with a timestamp in the review month, and rows
    conversions_in_month: int
    conversion_rows_in_month: int
    bottleneck_stage: str
    bottleneck_factor: float
    #: campaigns whose end_date cell is blank (always-on, ongoing)
    blank_end_dates: tuple[str, ...]
    #: campaigns whose end date lies before the as-of date (a post-mortem is due or done)
    ended: tuple[str, ...]
    currency: str


@dataclass(frozen=True)
class Scenario:
    company: Company
    frames: dict[str, pd.DataFrame]
    truth: Truth
    settings: dict[str, Any] = field(default_factory=dict)

    def write(self, out: Any, fmt: str = "csv") -> dict[str, Any]:
        """Write the tables (one file each, contract names) and ``debrief.yaml``."""
        from pathlib import Path

        import yaml

        from debrief.demo.writer import write_table

        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        paths = {name: write_table(name, f, out, fmt) for name, f in self.frames.items()}
        cfg = out / "debrief.yaml"
        cfg.write_text(yaml.safe_dump(self.settings, sort_keys=True), encoding="utf-8")
        paths["settings"] = cfg
        return paths


def _days(a: dt.date, b: dt.date) -> np.ndarray:
    return np.arange(np.datetime64(a), np.datetime64(b) + _DAY).astype("datetime64[D]")


def _weights(rng: np.random.Generator, days: np.ndarray, sigma: float) -> np.ndarray:
    weekday = (days.view("int64") - 4) % 7  # 0 = Monday
    return np.where(weekday >= 5, 0.7, 1.0) * rng.lognormal(0.0, sigma, len(days))


def _month(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[M]").astype(str)


def _lines(c: Company, rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Daily spend lines (USD) per campaign and channel, and the monthly budget rows (USD)."""
    lines, budgets = [], []
    season = rng.uniform(0.85, 1.15, 12)
    over = c.plants.overspend_channel
    for camp in c.campaigns:
        a = max(camp.start, c.start)
        b = min(camp.end, c.end) if camp.end else c.end
        if a > b:
            continue
        days = _days(a, b)
        months = _month(days)
        for ch, level in camp.budgets.items():
            w = _weights(rng, days, 0.25 if camp.kind == "always_on" else 0.15)
            spend = np.zeros(len(days))
            if camp.kind != "always_on":
                full = _days(camp.start, camp.end or c.end)
                per_day = level / len(full)
            for m in np.unique(months):
                sel = months == m
                if camp.kind == "always_on":
                    first = dt.date.fromisoformat(m + "-01")
                    in_month = (pd.Timestamp(first) + pd.offsets.MonthEnd(0)).day
                    plan = round(level * in_month * season[first.month - 1], -1)
                    plan *= sel.sum() / in_month
                else:
                    plan = per_day * sel.sum()
                util = float(rng.uniform(0.95, 1.0)) * camp.mult[ch]["spend"]
                if ch == over and m == c.review_month:
                    util = c.plants.overspend_utilisation
                spend[sel] = plan * util * w[sel] / w[sel].sum()
                budgets.append((m, ch, camp.campaign_id, plan))
            lines.append(
                pd.DataFrame(
                    {"date": days, "channel": ch, "campaign_id": camp.campaign_id, "spend": spend}
                )
            )
    return (
        pd.concat(lines, ignore_index=True),
        pd.DataFrame(budgets, columns=["month", "channel", "campaign_id", "planned_spend"]),
    )


def _ad_rows(c: Company, rng: np.random.Generator, lines: pd.DataFrame) -> pd.DataFrame:
    """Split each line over desktop/mobile and draw the delivery counts (money still USD)."""
    n = len(lines)
    rows = lines.loc[lines.index.repeat(2)].reset_index(drop=True)
    dev = np.tile(np.arange(2), n)
    share = _DEVICE[dev] * rng.lognormal(0.0, 0.08, 2 * n)
    share = share / np.repeat(share.reshape(n, 2).sum(axis=1), 2)
    spend = np.round(rows["spend"].to_numpy() * share, 2)
    ch = rows["channel"].to_numpy()
    camp = rows["campaign_id"].to_numpy()

    def par(key: str) -> np.ndarray:
        base = {name: getattr(e, key) for name, e in c.channels.items()}
        return np.array([base[x] for x in ch], dtype=float)

    mult: dict[str, np.ndarray] = {}
    for key in ("cpm", "ctr", "cvr", "aov"):
        lookup = {(k.campaign_id, x): m[key] for k in c.campaigns for x, m in k.mult.items()}
        mult[key] = np.array([lookup[(a, b)] for a, b in zip(camp, ch, strict=True)])
    cpm = par("cpm") * mult["cpm"] * rng.lognormal(0.0, 0.05, len(rows))
    impressions = np.maximum(np.round(spend / cpm * 1000), 0).astype(np.int64)
    clicks = rng.binomial(impressions, np.clip(par("ctr") * mult["ctr"], 0, 1))
    conversions = rng.binomial(clicks, np.clip(par("cvr") * mult["cvr"], 0, 0.9))
    value = conversions * par("aov") * mult["aov"] * rng.lognormal(-0.02, 0.2, len(rows))
    reach = np.round(impressions / par("frequency")).astype(np.int64)
    sessions = rng.binomial(clicks, 0.85)
    engaged = rng.binomial(sessions, 0.5)
    is_email, is_video, is_social = ch == "email", ch == "video", ch == "paid_social"
    deliveries = np.where(is_email, impressions, 0)
    opens = rng.binomial(deliveries, np.clip(par("open_rate"), 0, 1))
    clicks = np.where(is_email, np.minimum(clicks, opens), clicks)
    conversions = np.minimum(conversions, clicks)
    views = rng.binomial(np.where(is_video, impressions, 0), 0.3)
    engagements = rng.binomial(np.where(is_social, impressions, 0), 0.012)
    true_conversions = conversions.copy()

    p = c.plants
    days = rows["date"].to_numpy().astype("datetime64[D]")
    gap = (
        (camp == p.gap_campaign)
        & (ch == p.gap_channel)
        & np.isin(days, np.array(p.gap_days, dtype="datetime64[D]"))
    )
    for arr in (impressions, clicks, conversions, reach, sessions, engaged, views, engagements):
        arr[gap] = 0
    opens[gap], deliveries[gap] = 0, 0
    value[gap] = 0.0

    out = pd.DataFrame(
        {
            "date": pd.to_datetime(days).strftime("%Y-%m-%d"),
            "channel": ch,
            "campaign_id": camp,
            "platform": [c.channels[x].platform for x in ch],
            "device": np.array(["desktop", "mobile"])[dev],
            "spend": spend,
            "impressions": impressions,
            "clicks": clicks,
            "conversions": conversions,
            "conversion_value": value,
            "reach": reach,
            "sessions": sessions,
            "engaged_sessions": engaged,
            "deliveries": pd.array(deliveries, dtype="Int64"),
            "opens": pd.array(opens, dtype="Int64"),
            "video_views": pd.array(views, dtype="Int64"),
            "engagements": pd.array(engagements, dtype="Int64"),
            "_true_conversions": true_conversions,
        }
    )
    out.loc[~is_email, ["deliveries", "opens"]] = pd.NA
    out.loc[~is_video, "video_views"] = pd.NA
    out.loc[~is_social, "engagements"] = pd.NA
    return out


def _leads(c: Company, rng: np.random.Generator, ad: pd.DataFrame) -> pd.DataFrame:
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


def _journeys(c: Company, rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
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


def _money(x: float, c: Company) -> float:
    return round(float(x) * c.fx, 2)


def _campaign_rows(c: Company) -> pd.DataFrame:
    rows = []
    for k in c.campaigns:
        rows.append(
            {
                "campaign_id": k.campaign_id,
                "name": k.name,
                "start_date": k.start.isoformat(),
                "end_date": k.end_in_file.isoformat() if k.end_in_file else None,
                "objective": k.objective,
                "budget": _money(sum(k.budgets.values()), c) if k.kind != "always_on" else None,
                "owner": k.owner or None,
                "channel": max(k.budgets, key=lambda x: k.budgets[x]),
            }
        )
    return pd.DataFrame(rows)


_MAX = ("cpl", "cpa", "cpm", "cpc", "spend", "cac")


def _roundtarget_row(metric: str, v: float, c: Company) -> float:
    if metric in ("cpl", "cpa"):
        return _money(v, c)
    if metric in ("ctr", "cvr", "lead_to_sql", "mql_to_sql", "sql_to_opportunity"):
        return round(v, 5)
    if metric == "roas":
        return round(v, 2)
    return float(round(v))


def _targets(c: Company, budgets: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for k in c.campaigns:
        for metric, v in k.criteria.items():
            rows.append(
                target_row(metric, _roundtarget_row(metric, v, c), k.campaign_id, None, None)
            )
        for ch, crit in k.channel_criteria.items():
            for metric, v in crit.items():
                rows.append(
                    target_row(metric, _roundtarget_row(metric, v, c), k.campaign_id, ch, None)
                )
    p = c.plants
    if p.bottom_target_form == "monthly":
        rows.append(
            target_row("roas", p.bottom_roas_target, p.bottom_campaign, None, c.review_month)
        )
    if c.has_monthly_targets:
        # Monthly targets by channel and overall for the review month and the one before, from
        # the plan at the channels' normal rates, eased by 15%: spend (the plan), leads, CPL, ROAS.
        prev = (pd.Period(c.review_month, "M") - 1).strftime("%Y-%m")
        for month in (prev, c.review_month):
            plan = budgets[budgets["month"] == month].groupby("channel")["planned_spend"].sum()
            total = {"spend": 0.0, "leads": 0.0, "revenue": 0.0}
            for ch, spend in plan.items():
                e = c.channels[ch]
                leads = spend * e.leads_per_usd()
                revenue = spend * 1000 / e.cpm * e.ctr * e.cvr * e.aov
                for key, v in (("spend", spend), ("leads", leads), ("revenue", revenue)):
                    total[key] += v
                rows.append(target_row("spend", _money(spend, c), None, ch, month))
                rows.append(target_row("leads", float(np.floor(leads * 0.85)), None, ch, month))
                rows.append(target_row("cpl", _money(spend / leads / 0.85, c), None, ch, month))
                rows.append(target_row("roas", round(revenue / spend * 0.85, 2), None, ch, month))
            rows.append(target_row("spend", _money(total["spend"], c), None, None, month))
            rows.append(
                target_row("leads", float(np.floor(total["leads"] * 0.85)), None, None, month)
            )
    return pd.DataFrame(rows)


def _benchmark_rows(c: Company) -> pd.DataFrame:
    rows = []
    for (metric, ch), v in sorted(c.benchmarks.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        value = _money(v, c) if metric in _MAX else round(v, 5)
        source = "industry_report" if ch else "crm_history"
        rows.append((metric, value, ch, source, (c.start - dt.timedelta(days=30)).isoformat()))
    return pd.DataFrame(rows, columns=["metric", "value", "channel", "source", "as_of"])


def _events(c: Company) -> pd.DataFrame:
    rows: list[tuple[str, str, str, str, str | None]] = []
    for k in c.campaigns:
        if k.kind == "always_on":
            continue
        brief = k.start - dt.timedelta(days=14)
        rows.append(
            (k.campaign_id, f"{brief}T10:00:00Z", "brief", f"Brief approved: {k.name}", None)
        )
        for i, ch in enumerate(k.channels):
            rows.append(
                (
                    k.campaign_id,
                    f"{k.start}T09:{str(15 * i).zfill(2)}:00Z",
                    "launch",
                    f"{ch} live",
                    ch,
                )
            )
        if k.end and k.end <= c.end:
            rows.append((k.campaign_id, f"{k.end}T18:00:00Z", "end", "Campaign ended", None))
    p = c.plants
    if p.gap_days and c.seed % 2 == 0:
        day = p.gap_days[-1] + dt.timedelta(days=1)
        rows.append(
            (
                p.gap_campaign,
                f"{day}T10:00:00Z",
                "incident",
                "Conversion tag missing; restored",
                p.gap_channel,
            )
        )
    return pd.DataFrame(rows, columns=["campaign_id", "ts", "kind", "description", "channel"])


def build(c: Company) -> Scenario:
    """The company's contract tables, settings and truth (deterministic per ``c.seed``)."""
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence([c.seed, 20]).spawn(4)]
    lines, budgets = _lines(c, streams[0])
    ad = _ad_rows(c, streams[1], lines)
    leads = _leads(c, streams[2], ad)
    touches, conv = _journeys(c, streams[3])

    p = c.plants
    month = ad["date"].str[:7] == c.review_month
    b = ad[month & (ad["campaign_id"] == p.bottom_campaign)]
    bottom_roas = float(b["conversion_value"].sum() / b["spend"].sum()) if len(b) else None
    gap = ad[
        (ad["campaign_id"] == p.gap_campaign)
        & (ad["channel"] == p.gap_channel)
        & ad["date"].isin([d.isoformat() for d in p.gap_days])
    ]
    spend_m = ad[month & (ad["channel"] == p.overspend_channel)]["spend"].sum()
    plan_m = budgets[
        (budgets["month"] == c.review_month) & (budgets["channel"] == p.overspend_channel)
    ]
    review = pd.Timestamp(c.review_start)
    conv_m = conv[conv["ts"] >= review.to_datetime64()]

    budgets_out = budgets.assign(planned_spend=(budgets["planned_spend"] * c.fx).round(2))
    ad_out = ad.drop(columns="_true_conversions")
    ad_out["spend"] = (ad_out["spend"] * c.fx).round(2)
    ad_out["conversion_value"] = (ad_out["conversion_value"] * c.fx).round(2)
    frames = {
        "campaigns": _campaign_rows(c),
        "targets": _targets(c, budgets),
        "benchmarks": _benchmark_rows(c),
        "budgets": budgets_out,
        "timeline_events": _events(c),
        "ad_performance": ad_out,
        "leads": leads,
        "touchpoints": touches,
        "conversions": conv,
    }
    frames = {k: v for k, v in frames.items() if len(v)}
    truth = Truth(
        diagnoses={f.campaign_id: f.diagnosis or "none" for f in c.flights},
        evidence={f.campaign_id: f.evidence for f in c.flights},
        review_month=c.review_month,
        as_of=c.as_of,
        bottom_campaign=p.bottom_campaign,
        bottom_channels=c.campaign(p.bottom_campaign).channels,
        bottom_roas=bottom_roas,
        bottom_roas_target=p.bottom_roas_target,
        bottom_target_form=p.bottom_target_form,
        overspend_channel=p.overspend_channel,
        overspend_utilisation=float(spend_m / plan_m["planned_spend"].sum()),
        gap_campaign=p.gap_campaign,
        gap_channel=p.gap_channel,
        gap_days=p.gap_days,
        gap_hidden=p.gap_hidden,
        gap_spend=_money(gap["spend"].sum(), c),
        duplicate_ids=int(conv_m["conversion_id"].duplicated().sum()),
        conversions_in_month=int(conv_m["conversion_id"].nunique()),
        conversion_rows_in_month=len(conv_m),
        bottleneck_stage=p.bottleneck_stage,
        bottleneck_factor=p.bottleneck_factor,
        blank_end_dates=tuple(k.campaign_id for k in c.campaigns if k.end_in_file is None),
        ended=tuple(
            k.campaign_id for k in c.campaigns if k.end_in_file and k.end_in_file < c.as_of
        ),
        currency=c.currency,
    )
    return Scenario(company=c, frames=frames, truth=truth, settings={"currency": c.currency})
