"""The plan rows of a scenario: campaigns, targets, benchmarks and events, from what the
company planned (:func:`campaign_rows`, :func:`target_rows`, :func:`benchmark_rows`, :func:`event_rows`)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from debrief.demo.plan import target_row
from debrief.scenarios.company import Company

__all__ = ["benchmark_rows", "campaign_rows", "event_rows", "money", "target_rows"]


def money(x: float, c: Company) -> float:
    return round(float(x) * c.fx, 2)


def campaign_rows(c: Company) -> pd.DataFrame:
    rows = []
    for k in c.campaigns:
        rows.append(
            {
                "campaign_id": k.campaign_id,
                "name": k.name,
                "start_date": k.start.isoformat(),
                "end_date": k.end_in_file.isoformat() if k.end_in_file else None,
                "objective": k.objective,
                "budget": money(sum(k.budgets.values()), c) if k.kind != "always_on" else None,
                "owner": k.owner or None,
                "channel": max(k.budgets, key=lambda x: k.budgets[x]),
            }
        )
    return pd.DataFrame(rows)


_MAX = ("cpl", "cpa", "cpm", "cpc", "spend", "cac")


def _roundtarget_row(metric: str, v: float, c: Company) -> float:
    if metric in ("cpl", "cpa"):
        return money(v, c)
    if metric in ("ctr", "cvr", "lead_to_sql", "mql_to_sql", "sql_to_opportunity"):
        return round(v, 5)
    if metric == "roas":
        return round(v, 2)
    return float(round(v))


def target_rows(c: Company, budgets: pd.DataFrame) -> pd.DataFrame:
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
                rows.append(target_row("spend", money(spend, c), None, ch, month))
                rows.append(target_row("leads", float(np.floor(leads * 0.85)), None, ch, month))
                rows.append(target_row("cpl", money(spend / leads / 0.85, c), None, ch, month))
                rows.append(target_row("roas", round(revenue / spend * 0.85, 2), None, ch, month))
            rows.append(target_row("spend", money(total["spend"], c), None, None, month))
            rows.append(
                target_row("leads", float(np.floor(total["leads"] * 0.85)), None, None, month)
            )
    return pd.DataFrame(rows)


def benchmark_rows(c: Company) -> pd.DataFrame:
    rows = []
    for (metric, ch), v in sorted(c.benchmarks.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        value = money(v, c) if metric in _MAX else round(v, 5)
        source = "industry_report" if ch else "crm_history"
        rows.append((metric, value, ch, source, (c.start - dt.timedelta(days=30)).isoformat()))
    return pd.DataFrame(rows, columns=["metric", "value", "channel", "source", "as_of"])


def event_rows(c: Company) -> pd.DataFrame:
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
