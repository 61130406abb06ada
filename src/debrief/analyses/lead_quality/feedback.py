"""Sales feedback: the shares of ``disqualified_reason`` among the month's MQLs against the prior
month — a chi-square test of the whole distribution and a two-proportion test per reason
(Benjamini-Hochberg over the reasons)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from debrief.analyses.funnel_health.measures import utc_bounds
from debrief.query import frame
from debrief.results import ratio
from debrief.stats import benjamini_hochberg, two_proportion_p_value

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period

__all__ = ["reason_counts", "reason_shift"]


def reason_counts(leads: ir.Table, period: Period) -> pd.DataFrame:
    """Disqualified leads per reason among leads that became MQL in ``period`` (created in it when
    the workspace has no ``mql_at``): reason, count. Reasons are trimmed and lower-cased."""
    col = leads.mql_at if "mql_at" in leads.columns else leads.created_at
    a, b = utc_bounds(period)
    reason = leads.disqualified_reason.strip().lower()
    t = leads.filter(col.notnull(), col >= a, col < b).mutate(reason=reason)
    t = t.filter(t.reason.notnull(), t.reason != "")
    df = frame(t.group_by("reason").aggregate(count=t.count()))
    return df.sort_values("reason").reset_index(drop=True)


def reason_shift(
    current: pd.DataFrame, prior: pd.DataFrame
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Per reason: count, share of the month's disqualified MQLs, the prior month's, the change in
    share, p and q (two-proportion z-test, BH). Overall: chi-square of the reasons × month table
    (scipy ``chi2_contingency``), None when either month has no disqualified MQL or only one
    reason occurs."""
    from scipy.stats import chi2_contingency

    df = current.merge(prior, on="reason", how="outer", suffixes=("", "_prior")).fillna(0)
    df = df.sort_values("reason").reset_index(drop=True)
    n1, n0 = int(df["count"].sum()), int(df["count_prior"].sum())
    rows = []
    for r in df.itertuples():
        x1, x0 = int(r.count), int(r.count_prior)
        rows.append(
            {
                "reason": r.reason,
                "count": x1,
                "share": ratio(x1, n1),
                "prior_count": x0,
                "prior_share": ratio(x0, n0),
                "share_change": (x1 / n1 - x0 / n0) if n1 and n0 else None,
                "p_value": two_proportion_p_value(x1, n1, x0, n0),
            }
        )
    for r, q in zip(rows, benjamini_hochberg([r["p_value"] for r in rows]), strict=True):
        r["q_value"] = q
    overall: dict[str, Any] = {
        "disqualified": n1,
        "prior_disqualified": n0,
        "chi2": None,
        "chi2_df": None,
        "chi2_p": None,
    }
    if n1 and n0 and len(df) >= 2:
        table = np.array([df["count"].to_numpy(), df["count_prior"].to_numpy()], dtype=float)
        table = table[:, table.sum(axis=0) > 0]
        if table.shape[1] >= 2:
            res = chi2_contingency(table, correction=False)
            overall.update(
                chi2=float(res.statistic), chi2_df=int(res.dof), chi2_p=float(res.pvalue)
            )
    return rows, overall
