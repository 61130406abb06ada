"""An independent reading of a scenario's flights from its generated tables (pandas only).

``flight_measures(scenario, campaign_id)`` sums the flight's rows and leads the way the metric
definitions say (../shared/docs/metrics.md) and compares each rate with the *mix-adjusted channel
rate the company's own spec gives* (the expected rate on the same denominators), and each success
criterion with its actual. The generator tests use it to show that what was planted is what the
rows say, far outside the spread of normal campaigns.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from debrief.scenarios import Scenario
from debrief.scenarios.references import expected_fit

LAYER_RATES = {
    "awareness": ("impressions_per_plan",),
    "engagement": ("ctr",),
    "conversion": ("cvr",),
    "pipeline": ("mql_to_sql", "sql_to_opportunity"),
}


def flight_measures(sc: Scenario, cid: str) -> dict[str, Any]:
    c = sc.company
    camp = c.campaign(cid)
    ad = sc.frames["ad_performance"]
    ad = ad[ad["campaign_id"] == cid]
    leads = sc.frames["leads"]
    leads = leads[leads["campaign_id"] == cid]
    fx = c.fx
    by_ch = ad.groupby("channel")[["spend", "impressions", "clicks", "conversions"]].sum()
    out: dict[str, Any] = {"ratios": {}, "actual": {}}
    # expected counts at the channel's own rates, on the flight's own denominators
    plan = sum(camp.budgets.values())
    exp_impr = sum(b / c.channels[ch].cpm * 1000 for ch, b in camp.budgets.items())
    exp_clicks = sum(by_ch.loc[ch, "impressions"] * c.channels[ch].ctr for ch in by_ch.index)
    exp_conv = sum(by_ch.loc[ch, "clicks"] * c.channels[ch].cvr for ch in by_ch.index)
    fit = expected_fit(c.mql_threshold)
    mql = leads[leads["mql_at"].notna()]
    sql = leads[leads["sql_at"].notna()]
    opp = leads[leads["opportunity_at"].notna()]
    exp_sql = sum(
        (mql["channel"] == ch).sum() * c.mql_to_sql * c.channels[ch].mql_to_sql * fit
        for ch in c.channels
    )
    exp_opp = sum(
        (sql["channel"] == ch).sum() * c.sql_to_opportunity * c.channels[ch].sql_to_opportunity
        for ch in c.channels
    )
    impressions = float(by_ch["impressions"].sum())
    out["ratios"] = {
        "impressions_per_plan": impressions / exp_impr,
        "ctr": by_ch["clicks"].sum() / exp_clicks,
        "cvr": by_ch["conversions"].sum() / exp_conv,
        "mql_to_sql": len(sql) / exp_sql if exp_sql else np.nan,
        "sql_to_opportunity": len(opp) / exp_opp if exp_opp else np.nan,
    }
    n_leads = len(leads)
    spend = float(by_ch["spend"].sum()) / fx
    actual = {
        "impressions": impressions,
        "reach": float(ad["reach"].sum()),
        "ctr": by_ch["clicks"].sum() / impressions,
        "cvr": by_ch["conversions"].sum() / by_ch["clicks"].sum(),
        "leads": n_leads,
        "cpl": spend / n_leads if n_leads else np.nan,
        "mqls": len(mql),
        "sqls": len(sql),
        "lead_to_sql": len(sql) / n_leads,
        "mql_to_sql": len(sql) / len(mql),
        "sql_to_opportunity": len(opp) / len(sql),
        "opportunities": len(opp),
    }
    out["actual"] = actual
    out["plan"] = plan
    met = {}
    for metric, target in camp.criteria.items():
        if metric == "roas":
            continue
        a = actual[metric]
        met[metric] = a <= target if metric == "cpl" else a >= target
    out["met"] = met
    ch_met = {}
    for ch, crit in camp.channel_criteria.items():
        a_ch = ad[ad["channel"] == ch]
        l_ch = leads[leads["channel"] == ch]
        vals = {
            "impressions": a_ch["impressions"].sum(),
            "ctr": a_ch["clicks"].sum() / a_ch["impressions"].sum(),
            "leads": len(l_ch),
            "cpl": a_ch["spend"].sum() / fx / len(l_ch),
        }
        for metric, target in crit.items():
            ch_met[(ch, metric)] = (
                vals[metric] <= target if metric == "cpl" else vals[metric] >= target
            )
    out["channel_met"] = ch_met
    return out


def frame_summary(df: pd.DataFrame) -> str:  # pragma: no cover - debugging aid
    return df.to_string()
