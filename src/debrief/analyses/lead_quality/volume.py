"""MQL volume, MQL rate and MQL → SQL conversion by channel or campaign, month against prior.

Definitions (``docs/stages/lead_quality.md``):

* ``leads``: leads created in the period; ``mqls``: leads whose ``mql_at`` falls in the period
  (calendar count, what a team reports as "MQLs this month");
* ``mql_rate``: of the leads created in the period, the share that became MQL by ``as_of``
  (cohort);
* ``sqls`` / ``mql_to_sql``: of the period's MQLs, those that reached SQL by ``as_of`` (cohort of
  the MQL month). Recent MQLs have had less time: the stage notes the censoring.

Aggregation runs in the workspace's engine; one row per segment comes back.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import ibis
import pandas as pd

from debrief.analyses.funnel_health.measures import utc_bounds
from debrief.query import frame
from debrief.results import ratio
from debrief.stats import stratified_difference

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period

__all__ = ["SEP", "like_for_like", "mql_volume", "prior_as_of"]


def _in(col: ir.TimestampValue, period: Period) -> ir.BooleanValue:
    a, b = utc_bounds(period)
    return col.notnull() & (col >= a) & (col < b)


SEP = "\x1f"  # joins the parts of a two-column segment key; never in a label


def _key(table: ir.Table, by: str | tuple[str, ...] | None) -> ir.StringValue:
    if not by:
        return ibis.literal("all")
    cols = (by,) if isinstance(by, str) else by
    parts = [table[c].cast("string").fill_null("(none)") for c in cols]
    key = parts[0]
    for p in parts[1:]:
        key = key + SEP + p
    return key


def _by_segment(
    table: ir.Table, period: Period, as_of: dt.date, by: str | tuple[str, ...] | None
) -> pd.DataFrame:
    key = _key(table, by)
    leads = table.mutate(segment=key)
    cutoff = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    created = _in(leads.created_at, period)
    mql = _in(leads.mql_at, period)
    reached_mql = leads.mql_at.notnull() & (leads.mql_at < cutoff)
    has_sql = "sql_at" in leads.columns
    aggs: dict[str, Any] = {
        "leads": created.ifelse(1, 0).sum(),
        "cohort_mqls": (created & reached_mql).ifelse(1, 0).sum(),
        "mqls": mql.ifelse(1, 0).sum(),
    }
    if has_sql:
        reached_sql = leads.sql_at.notnull() & (leads.sql_at < cutoff)
        aggs["sqls"] = (mql & reached_sql).ifelse(1, 0).sum()
    out = frame(leads.group_by("segment").aggregate(**aggs))
    if not has_sql:
        out["sqls"] = None
    return out


def prior_as_of(period: Period, prior: Period, as_of: dt.date) -> dt.date:
    """The day that is as far after ``prior``'s end as ``as_of`` is after ``period``'s end."""
    return prior.end + (as_of - period.end)


def mql_volume(
    leads: ir.Table,
    period: Period,
    prior: Period,
    as_of: dt.date,
    by: str | tuple[str, ...] | None,
) -> pd.DataFrame:
    """One row per segment of ``by`` (a leads column, a tuple of columns whose values are joined
    by :data:`SEP`, or None for the total): leads, mqls,
    cohort_mqls, mql_rate, sqls, mql_to_sql for the period and the same with ``prior_``, the
    prior cohorts followed to :func:`prior_as_of` (equal follow-up).
    Segments with no activity in either month are left out."""
    cur = _by_segment(leads, period, as_of, by)
    # The prior month is read as it stood the same number of days after its end, so both
    # cohorts have had the same time to convert (a censored month against a mature one would
    # show a fall that is only elapsed time).
    pri = _by_segment(leads, prior, prior_as_of(period, prior, as_of), by)
    df = cur.merge(pri, on="segment", how="outer", suffixes=("", "_prior"))
    cols = ("leads", "cohort_mqls", "mqls", "sqls")
    for c in cols:
        for col in (c, f"{c}_prior"):
            df[col] = df[col].fillna(0).astype("int64") if df[col].notna().any() else None
    df = df.rename(columns={f"{c}_prior": f"prior_{c}" for c in cols})
    active = (df[["leads", "mqls", "prior_leads", "prior_mqls"]].sum(axis=1)) > 0
    df = df[active].copy()
    for p in ("", "prior_"):
        df[f"{p}mql_rate"] = [
            ratio(a, b) for a, b in zip(df[f"{p}cohort_mqls"], df[f"{p}leads"], strict=True)
        ]
        df[f"{p}mql_to_sql"] = [
            ratio(a, b) if a is not None and not pd.isna(a) else None
            for a, b in zip(df[f"{p}sqls"], df[f"{p}mqls"], strict=True)
        ]
    return df.sort_values("segment").reset_index(drop=True)


def like_for_like(cells: pd.DataFrame, by: str) -> pd.DataFrame:
    """MQL → SQL per segment of ``by`` over the strata (e.g. campaigns) with MQLs in both months,
    from :func:`mql_volume` cells keyed ``by`` + :data:`SEP` + stratum.

    ``matched_mqls``/``matched_mql_to_sql``: this month over those strata; ``mix_prior_mql_to_sql``:
    the prior month's stratum rates weighted by this month's MQLs (the prior month at this
    month's mix); ``cmh_p``: the Cochran-Mantel-Haenszel test over the strata
    (:func:`~debrief.stats.stratified_difference`). A change of campaign mix alone
    moves the plain rate but not these."""
    rows = []
    parts = cells["segment"].str.split(SEP, n=1, expand=True)
    cells = cells.assign(seg=parts[0])
    for seg, g in cells.groupby("seg", sort=True):
        both = g[(g["mqls"] > 0) & (g["prior_mqls"] > 0)]
        n1 = int(both["mqls"].sum())
        x1 = int(both["sqls"].sum())
        ref = (both["mqls"] * both["prior_sqls"] / both["prior_mqls"]).sum()
        strata = [
            (int(r.sqls), int(r.mqls), int(r.prior_sqls), int(r.prior_mqls))
            for r in both.itertuples()
        ]
        cmh = stratified_difference(strata)
        rows.append(
            {
                by: seg,
                "matched_mqls": n1,
                "matched_mql_to_sql": ratio(x1, n1),
                "mix_prior_mql_to_sql": ratio(float(ref), n1),
                "cmh_p": cmh.p_value if cmh else None,
            }
        )
    return pd.DataFrame(
        rows, columns=[by, "matched_mqls", "matched_mql_to_sql", "mix_prior_mql_to_sql", "cmh_p"]
    )
