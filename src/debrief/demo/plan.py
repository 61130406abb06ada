"""What the team planned and wrote down: ``campaigns``, ``targets``, ``benchmarks``, ``timeline_events``.

Inputs: the generated budgets, ad performance and leads (pandas). Outputs: contract-form frames.

* Benchmarks: per-channel platform references (the channel economics in :mod:`.spec`, rounded, as
  an industry report would print them) and funnel rates from the team's own CRM history (leads
  created 2025-10 to 2026-03, measured on the generated leads).
* Flight success criteria are planned the way teams plan: budget / benchmark CPM gives
  impressions, benchmark CTR and CVR give clicks and leads, funnel benchmarks give MQLs, SQLs and
  opportunities. The planted shortfalls then come from the flights' delivered rates, not from the
  targets (except ``FL-COORD``, whose opportunity target is 3.5x what its channel plans imply).
* Monthly targets are set from what each month delivered, 3% easier than the actual (so healthy
  channels sit on target), spend targets are the budget, and ``AO-DISPLAY`` has a ROAS target of
  3.0 for 2026-10.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from debrief.demo import spec
from debrief.metrics.catalogue import direction as target_direction

HISTORY = ("2025-10-01", "2026-04-01")  # leads created in [start, end) make the CRM benchmarks
DISPLAY_OCT_ROAS_TARGET = 3.0
COST_SLACK, RATE_SLACK = 1.12, 0.9


def _sig(x: float, digits: int = 3) -> float:
    """``x`` rounded to ``digits`` significant digits (how people write targets)."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def funnel_benchmarks(leads: pd.DataFrame) -> dict[str, float]:
    """Stage rates of leads created in :data:`HISTORY`, and the mean won deal (USD)."""
    h = leads[(leads["created_at"] >= HISTORY[0]) & (leads["created_at"] < HISTORY[1])]
    mql, sql = h["mql_at"].notna(), h["sql_at"].notna()
    opp, won = h["opportunity_at"].notna(), h["won_at"].notna()
    lost_opp = opp & h["lost_at"].notna()
    return {
        "lead_to_mql": mql.sum() / len(h),
        "mql_to_sql": sql.sum() / mql.sum(),
        "sql_to_opportunity": opp.sum() / sql.sum(),
        "win_rate": won.sum() / (won.sum() + lost_opp.sum()),
        "deal_size": h.loc[won, "amount"].mean(),
    }


def channel_benchmarks(name: str) -> dict[str, float]:
    """Published references of one channel: the industry median, a little easier than
    Northwind's own economics (costs 12% higher, rates 10% lower), so that the always-on
    campaigns sit on or better than benchmark unless something is planted."""
    ch = spec.CHANNELS[name]
    cpm, ctr, cvr = ch.cpm * COST_SLACK, ch.ctr * RATE_SLACK, ch.cvr * RATE_SLACK
    cpc = cpm / 1000 / ctr
    values = {
        "ctr": ctr,
        "cvr": cvr,
        "cpm": cpm,
        "cpc": cpc,
        "cpa": cpc / cvr,
        # Leads per platform conversion differ by channel (the always-on lead share).
        "cpl": cpc / cvr / ch.lead_share,
        "roas": ch.roas0 * RATE_SLACK,
    }
    if name == "email":
        values["open_rate"] = ch.open_rate * RATE_SLACK
        values["click_to_open"] = ch.ctr / ch.open_rate * RATE_SLACK
    return {k: _sig(v) for k, v in values.items()}


def benchmarks(leads: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for name in spec.CHANNELS:
        for metric, v in channel_benchmarks(name).items():
            rows.append((metric, v, name, "industry_report_2026", "2026-01-15"))
    for metric, v in funnel_benchmarks(leads).items():
        if metric != "deal_size":
            rows.append((metric, round(v, 4), None, "crm_history", "2026-03-31"))
    return pd.DataFrame(rows, columns=["metric", "value", "channel", "source", "as_of"])


def _flight_plan(f: spec.Flight, funnel: dict[str, float]) -> pd.DataFrame:
    """Planned volumes per channel of a flight, at benchmark rates."""
    rows = []
    for c, budget in f.budgets.items():
        ch, bench = spec.CHANNELS[c], channel_benchmarks(c)
        impressions = budget / bench["cpm"] * 1000
        clicks = impressions * bench["ctr"]
        conv = clicks * bench["cvr"]
        leads = conv * spec.FLIGHT_LEAD_SHARE
        rows.append(
            {
                "channel": c,
                "spend": budget,
                "impressions": impressions,
                "reach": impressions / ch.frequency,
                "clicks": clicks,
                "conversions": conv,
                "leads": leads,
                "revenue": conv * ch.aov,
            }
        )
    return pd.DataFrame(rows)


def flight_targets(funnel: dict[str, float]) -> list[dict]:
    rows: list[dict] = []
    for f in spec.FLIGHTS:
        p = _flight_plan(f, funnel)
        t = p[["spend", "impressions", "reach", "clicks", "conversions", "leads", "revenue"]].sum()
        mqls = t.leads * funnel["lead_to_mql"]
        sqls = mqls * funnel["mql_to_sql"]
        opps = sqls * funnel["sql_to_opportunity"] * f.opp_target_factor
        # No pipeline-value target: the contract's leads.amount holds closed-won revenue only, so
        # open pipeline value cannot be measured; opportunities carry the pipeline goal.
        metrics = {
            "impressions": _sig(t.impressions),
            "reach": _sig(t.reach),
            "ctr": round(t.clicks / t.impressions, 4),
            "cvr": round(t.conversions / t.clicks, 4),
            "leads": _sig(t.leads),
            "cpl": round(t.spend / t.leads, 2),
            "mqls": _sig(mqls),
            "sqls": _sig(sqls),
            "lead_to_sql": round(sqls / t.leads, 4),
            "sql_to_opportunity": round(funnel["sql_to_opportunity"], 4),
            "opportunities": _sig(opps),
            "roas": round(t.revenue / t.spend, 2),
        }
        if f.campaign_id == "FL-COORD":
            # The campaign goal was set apart from the channel plans: only volume goals.
            metrics = {k: metrics[k] for k in ("impressions", "leads", "opportunities")}
            for _, r in p.iterrows():
                for metric, v in (
                    ("impressions", _sig(r.impressions)),
                    ("ctr", round(r.clicks / r.impressions, 4)),
                    ("leads", _sig(r.leads)),
                    ("cpl", round(r.spend / r.leads, 2)),
                ):
                    rows.append(target_row(metric, v, f.campaign_id, r.channel, None))
        for metric, v in metrics.items():
            rows.append(target_row(metric, v, f.campaign_id, None, None))
    return rows


def target_row(metric: str, value: float, campaign: str | None, channel: str | None, month):
    """One ``targets`` row; the direction is the metric's usual one (costs and spend at most)."""
    return {
        "metric": metric,
        "target": float(value),
        "campaign_id": campaign,
        "channel": channel,
        "month": month,
        "direction": target_direction(metric),
    }


def monthly_targets(budgets: pd.DataFrame, ad: pd.DataFrame, leads: pd.DataFrame) -> list[dict]:
    """Monthly targets by channel and overall, 3% easier than what each month delivered."""
    ad = ad.assign(month=ad["date"].str[:7])
    money = ad.groupby(["month", "channel"])[["spend", "conversions", "conversion_value"]].sum()
    lead_n = leads.groupby([leads["created_at"].dt.strftime("%Y-%m"), "channel"]).size()
    mql_n = leads.groupby([leads["mql_at"].dt.strftime("%Y-%m"), "channel"]).size()
    plan = budgets.groupby(["month", "channel"])["planned_spend"].sum()
    rows: list[dict] = []
    for month in spec.MONTHS:
        for channel in [*spec.PAID_CHANNELS, None]:
            sel = (month, channel) if channel else month
            m = money.loc[sel] if channel else money.loc[month].sum()
            n_leads = lead_n.get(sel, 0) if channel else lead_n.get(month, pd.Series()).sum()
            n_mqls = mql_n.get(sel, 0) if channel else mql_n.get(month, pd.Series()).sum()
            spend = plan.loc[sel] if channel else plan.loc[month].sum()
            values = {
                "spend": round(float(spend), 2),
                "roas": round(0.97 * m.conversion_value / m.spend, 2),
                "cpa": round(1.03 * m.spend / m.conversions, 2),
                "leads": math.floor(0.97 * n_leads),
                "cpl": round(1.03 * m.spend / n_leads, 2) if n_leads else None,
                "mqls": math.floor(0.97 * n_mqls),
            }
            if channel == "display" and month == spec.REVIEW_MONTH:
                del values["roas"]  # October's display goal is the campaign's (below)
            for metric, v in values.items():
                if v is not None:
                    rows.append(target_row(metric, v, None, channel, month))
    rows.append(target_row("roas", DISPLAY_OCT_ROAS_TARGET, "AO-DISPLAY", None, spec.REVIEW_MONTH))
    return rows


def targets(budgets: pd.DataFrame, ad: pd.DataFrame, leads: pd.DataFrame) -> pd.DataFrame:
    funnel = funnel_benchmarks(leads)
    rows = flight_targets(funnel) + monthly_targets(budgets, ad, leads)
    return pd.DataFrame(rows)


def campaigns(budgets: pd.DataFrame) -> pd.DataFrame:
    total = budgets.groupby("campaign_id")["planned_spend"].sum()
    ao_objective = {
        "paid_search": "revenue",
        "paid_social": "leads",
        "display": "revenue",
        "email": "engagement",
        "content_syndication": "leads",
        "video": "awareness",
    }
    rows = []
    for name, ch in spec.CHANNELS.items():
        rows.append(
            {
                "campaign_id": ch.campaign_id,
                "name": f"Always-on {name.replace('_', ' ')}",
                "start_date": str(spec.START),
                "end_date": str(spec.END),
                "objective": ao_objective[name],
                "budget": round(float(total[ch.campaign_id]), 2),
                "owner": ch.owner,
                "audience": "Core ICP",
                "offer": "Free trial" if name == "paid_search" else "Product newsletter",
                "notes": "Always-on program, planned monthly.",
                "channel": name,
            }
        )
    for f in spec.FLIGHTS:
        rows.append(
            {
                "campaign_id": f.campaign_id,
                "name": f.name,
                "start_date": str(f.start),
                "end_date": str(f.end),
                "objective": f.objective,
                "budget": float(sum(f.budgets.values())),
                "owner": f.owner,
                "audience": f.audience,
                "offer": f.offer,
                "notes": f.notes or None,
                "channel": max(f.budgets, key=lambda c: f.budgets[c]),
            }
        )
    return pd.DataFrame(rows)


def _ts(date, hh: int, mm: int = 0) -> str:
    return f"{date}T{str(hh).zfill(2)}:{str(mm).zfill(2)}:00Z"


def timeline_events() -> pd.DataFrame:
    """Events as the team logged them (authored, in UTC)."""
    rows = []
    for f in spec.FLIGHTS:
        brief = np.datetime64(f.start) - np.timedelta64(21, "D")
        rows.append((f.campaign_id, _ts(brief, 10), "brief", f"Brief approved: {f.name}", None))
        for i, c in enumerate(f.budgets):
            rows.append((f.campaign_id, _ts(f.start, 9, 15 * i), "launch", f"{c} live", c))
        mid = np.datetime64(f.start) + np.timedelta64(14, "D")
        first = next(iter(f.budgets))
        rows.append((f.campaign_id, _ts(mid, 11), "change", "Creative B added", first))
        for c, (a, b) in f.pauses.items():
            rows.append((f.campaign_id, _ts(a, 8), "pause", f"{c} paused for brand review", c))
            resume = np.datetime64(b) + np.timedelta64(1, "D")
            rows.append((f.campaign_id, _ts(resume, 8), "resume", f"{c} resumed", c))
        rows.append((f.campaign_id, _ts(f.end, 18), "end", "Flight ended", None))
    rows += [
        ("FL-OFFER", _ts("2026-07-20", 14), "incident",
         "Trial form returned errors for 6 hours after a site release", "paid_search"),
        ("AO-SOCIAL", _ts("2026-10-05", 9), "change",
         "Daily budget cap removed on LinkedIn campaign groups", "paid_social"),
        ("AO-VIDEO", _ts("2026-10-17", 10), "incident",
         "Video tag missing since the 2026-10-14 site release; restored", "video"),
    ]  # fmt: skip
    author = {f.campaign_id: f.owner for f in spec.FLIGHTS}
    author.update({ch.campaign_id: ch.owner for ch in spec.CHANNELS.values()})
    frame = pd.DataFrame(rows, columns=["campaign_id", "ts", "kind", "description", "channel"])
    frame["author"] = frame["campaign_id"].map(author)
    return frame.sort_values(["ts", "campaign_id"], ignore_index=True)
