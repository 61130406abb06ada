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

from debrief.scenarios.company import Company
from debrief.scenarios.people import journey_rows, lead_rows
from debrief.scenarios.plan import benchmark_rows, campaign_rows, event_rows, money, target_rows

__all__ = ["Scenario", "Truth", "build"]

_DAY = np.timedelta64(1, "D")
_DEVICE = np.array([0.6, 0.4])


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


def build(c: Company) -> Scenario:
    """The company's contract tables, settings and truth (deterministic per ``c.seed``)."""
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence([c.seed, 20]).spawn(4)]
    lines, budgets = _lines(c, streams[0])
    ad = _ad_rows(c, streams[1], lines)
    leads = lead_rows(c, streams[2], ad)
    touches, conv = journey_rows(c, streams[3])

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
        "campaigns": campaign_rows(c),
        "targets": target_rows(c, budgets),
        "benchmarks": benchmark_rows(c),
        "budgets": budgets_out,
        "timeline_events": event_rows(c),
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
        gap_spend=money(gap["spend"].sum(), c),
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
