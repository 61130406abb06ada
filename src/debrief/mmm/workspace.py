"""The model's input from a workspace: Ibis aggregations, then one row per period in Python.

Every query aggregates in the engine (DuckDB, Postgres, Spark...): the outcome per date (summed
over geos), spend per date and channel (``ad_performance``), controls per date and name (averaged
over geos: a price or an event flag is not additive), lift tests, ``roas`` benchmarks and next
month's ``budgets``. Only those aggregates come into Python; their size grows with days ×
channels, not with rows.

A row that covers several days (``date`` to ``date_end``: a weekly or monthly export) has its
spend spread evenly over those days; rows without ``date_end`` cover one period of the table's
grain (read from the spacing of their dates, :func:`debrief.coverage.detect_grain`): a weekly
file dated by each week's first day is spread over seven days, not read as one day. Periods are the outcome's dates (daily or weekly, :func:`debrief.mmm.data.grain`); a day of spend
belongs to the period that starts on or before it and covers it. The model keeps the periods
covered by ``ad_performance`` (from its first to its last day): before or after that, spend is
unknown, not zero. Inside that span a channel without a row on a day spent nothing that day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from debrief.coverage import detect_grain
from debrief.errors import UserError
from debrief.mmm.data import LiftTest, MMMData, grain
from debrief.mmm.priors import Priors
from debrief.numbers import fmt
from debrief.query import frame
from debrief.schema import normalise_channel

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.workspace import Workspace

__all__ = ["Loaded", "load"]

#: KPIs measured in money, for which a ``roas`` benchmark is a prior and ROAS reads as money.
MONEY_KPIS = ("revenue", "sales", "value", "conversion_value", "gmv", "profit", "bookings")


@dataclass(frozen=True)
class Loaded:
    data: MMMData
    priors: Priors
    next_month: dict[str, float] | None
    next_month_label: str
    notes: tuple[str, ...]


def _choose_kpi(kpis: list[str], kpi: str | None) -> str:
    if kpi is not None:
        if kpi not in kpis:
            raise UserError(
                f"outcomes has no kpi {kpi!r}",
                where="outcomes.kpi",
                fix=f"use --kpi with one of: {', '.join(sorted(kpis))}",
            )
        return kpi
    if "revenue" in kpis:
        return "revenue"
    if len(kpis) == 1:
        return kpis[0]
    raise UserError(
        f"outcomes has {len(kpis)} kpis and none is 'revenue'",
        where="outcomes.kpi",
        fix=f"choose one with --kpi: {', '.join(sorted(kpis))}",
    )


def _periods_of(days: pd.Series, starts: pd.DatetimeIndex, period_days: int) -> np.ndarray:
    """Index of the period covering each day, -1 outside every period."""
    d = pd.to_datetime(days).to_numpy("datetime64[ns]")
    s = starts.to_numpy("datetime64[ns]")
    idx = np.searchsorted(s, d, side="right") - 1
    ok = idx >= 0
    end = s[np.clip(idx, 0, len(s) - 1)] + np.timedelta64(period_days, "D")
    return np.where(ok & (d < end), idx, -1)


def _daily_spend(ad: ir.Table) -> pd.DataFrame:
    """Spend per date and channel; a row covering ``date`` to ``date_end`` (a weekly or monthly
    export) is spread evenly over its days, so it lands in the periods it covers."""
    keys = [ad.date, ad.channel] + ([ad.date_end] if "date_end" in ad.columns else [])
    df = frame(ad.group_by(keys).aggregate(spend=ad.spend.sum()))
    df["date"] = pd.to_datetime(df["date"])
    df = df[df["spend"].notna()]
    end = (
        pd.to_datetime(df["date_end"])
        if "date_end" in df.columns
        else pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
    )
    bare = end.isna()
    # Rows without date_end cover one period of the table's grain: weekly exports dated by
    # their first day cover seven days, monthly ones their month (not one day each).
    g = (
        detect_grain(d.date() for d in df.loc[bare, "date"].drop_duplicates())
        if bare.any()
        else "day"
    )
    if g == "week":
        end = end.where(~bare, df["date"] + pd.Timedelta(days=6))
    elif g == "month":
        end = end.where(~bare, df["date"] + pd.offsets.MonthEnd(0))
    end = end.fillna(df["date"])
    days = (end - df["date"]).dt.days.clip(lower=0) + 1
    ranged = days > 1
    if not ranged.any():
        return df[["date", "channel", "spend"]]
    wide = df[ranged].loc[lambda f: f.index.repeat(days[ranged])].copy()
    wide["date"] = wide["date"] + pd.to_timedelta(wide.groupby(level=0).cumcount(), unit="D")
    wide["spend"] = wide["spend"] / days[ranged].reindex(wide.index).to_numpy()
    out = pd.concat([df[~ranged], wide])[["date", "channel", "spend"]]
    return out.groupby(["date", "channel"], as_index=False)["spend"].sum()


def load(ws: Workspace, kpi: str | None = None, through: dt.date | None = None) -> Loaded:
    """The model's data from ``ws``; see the module docstring. ``through``: the last day to read
    (the monthly review's data as of its day); None reads everything."""
    out_t = ws.optional("outcomes")
    if out_t is None:
        raise UserError(
            f"the workspace {ws.target!r} has no outcomes table: the marketing-mix model explains "
            "a business outcome by spend",
            where=str(ws.target),
            fix="load outcomes.csv (date, kpi, value: revenue or conversions by day or week) with "
            "debrief ingest",
        )
    kpis = [str(k) for k in frame(out_t.select("kpi").distinct())["kpi"].dropna()]
    if not kpis:
        raise UserError("the outcomes table is empty", where="outcomes", fix="load its rows")
    k = _choose_kpi(kpis, kpi)
    o = out_t.filter(out_t.kpi == k)
    if through is not None:
        o = o.filter(o.date <= through)
    outcome = frame(o.group_by(o.date).aggregate(value=o.value.sum()))
    outcome["date"] = pd.to_datetime(outcome["date"])
    outcome = outcome.sort_values("date").reset_index(drop=True)
    period_days = grain(outcome["date"], where=f"outcomes (kpi {k})")

    ad = ws.table("ad_performance")
    if "spend" not in ad.columns:
        raise UserError(
            "ad_performance has no spend column: the model needs spend per channel",
            where="ad_performance",
            fix="load ad_performance with a spend column",
        )
    spend = _daily_spend(ad if through is None else ad.filter(ad.date <= through))
    if through is not None:
        spend = spend[spend["date"] <= pd.Timestamp(through)]
    if spend.empty:
        raise UserError("ad_performance is empty", where="ad_performance", fix="load its rows")
    spend["channel"] = spend["channel"].map(normalise_channel)
    first, last = spend["date"].min(), spend["date"].max()
    notes: list[str] = []
    starts = pd.DatetimeIndex(outcome["date"])
    covered = (starts >= first) & (starts + pd.Timedelta(days=period_days - 1) <= last)
    if not covered.all():
        notes.append(
            f"{int((~covered).sum())} outcome {'day' if period_days == 1 else 'week'}(s) outside "
            f"the spend history ({first.date()} to {last.date()}) are left out: spend there is "
            "unknown."
        )
    outcome = outcome[covered].reset_index(drop=True)
    starts = pd.DatetimeIndex(outcome["date"])
    if len(starts) < 26:
        raise UserError(
            f"only {len(starts)} periods have both outcomes and spend: too few for a model",
            where="outcomes, ad_performance",
            fix="load outcomes and ad_performance over the same year or more",
        )
    spend["period"] = _periods_of(spend["date"], starts, period_days)
    spend = spend[spend["period"] >= 0]
    wide = spend.pivot_table(
        index="period", columns="channel", values="spend", aggfunc="sum", fill_value=0.0
    ).reindex(range(len(starts)), fill_value=0.0)
    totals = wide.sum()
    dropped = sorted(str(c) for c in totals.index[totals <= 0])
    if dropped:
        notes.append(f"No spend in the modelled periods, left out: {', '.join(dropped)}.")
    wide = wide.loc[:, totals > 0]
    wide = wide[sorted(wide.columns)]
    wide.columns = [str(c) for c in wide.columns]

    controls = None
    ct = ws.optional("controls")
    if ct is not None:
        c = frame(ct.group_by([ct.date, ct.name]).aggregate(value=ct.value.mean()))
        if not c.empty:
            c["period"] = _periods_of(c["date"], starts, period_days)
            c = c[c["period"] >= 0]
            controls = c.pivot_table(index="period", columns="name", values="value", aggfunc="mean")
            controls = controls.reindex(range(len(starts)))
            missing = controls.columns[controls.isna().any()]
            if len(missing):
                name = str(missing[0])
                at = starts[int(np.nonzero(controls[name].isna().to_numpy())[0][0])].date()
                raise UserError(
                    f"control {name!r} has no value for the period starting {at}: a missing "
                    "control is unknown, not zero",
                    where=f"controls (name {name})",
                    fix="give every control a value for every period of the outcomes (0 where "
                    "an event did not happen), or remove it",
                )
            controls.columns = [str(x) for x in controls.columns]
            controls = controls.reset_index(drop=True)

    lifts: list[LiftTest] = []
    lt = ws.optional("lift_tests")
    if lt is not None:
        df = frame(lt)  # a handful of experiments
        for r in df.itertuples(index=False):
            test_kpi = getattr(r, "kpi", None)
            if isinstance(test_kpi, str) and test_kpi and test_kpi != k:
                continue
            se = getattr(r, "standard_error", None)
            lifts.append(
                LiftTest(
                    channel=normalise_channel(r.channel) or "",
                    start=pd.Timestamp(r.start_date).date(),
                    end=pd.Timestamp(r.end_date).date(),
                    incremental_value=float(r.incremental_value),
                    standard_error=None if se is None or pd.isna(se) else float(se),
                )
            )

    priors = Priors()
    bt = ws.optional("benchmarks")
    if k in MONEY_KPIS and bt is not None and "channel" in bt.columns:
        b = bt.filter((bt.metric.lower() == "roas") & bt.channel.notnull())
        b = frame(b.group_by(b.channel).aggregate(value=b.value.mean()))
        roas = {normalise_channel(r.channel): float(r.value) for r in b.itertuples(index=False)}
        roas = {ch: v for ch, v in roas.items() if ch in wide.columns}
        if roas:
            priors = Priors.from_benchmarks(roas)  # type: ignore[arg-type]
            notes.append(
                "Benchmark ROAS used as priors (sd 0.7 on the log scale): "
                + ", ".join(f"{ch} {fmt(v, 'number', places=2)}" for ch, v in sorted(roas.items()))
                + "."
            )

    end = starts[-1] + pd.Timedelta(days=period_days - 1)
    label = (end + pd.Timedelta(days=1)).strftime("%Y-%m")
    next_month = None
    if ws.optional("budgets") is not None:
        from debrief.metrics.budgets import budgets_frame

        bf = budgets_frame(ws, [label])
        if bf is not None and not bf.empty:
            bf = bf[bf["channel"].isin(wide.columns)]
            if not bf.empty:
                next_month = {
                    str(ch): float(v)
                    for ch, v in bf.groupby("channel")["planned_spend"].sum().items()
                }
    data = MMMData(
        dates=starts,
        outcome=outcome["value"].to_numpy(float),
        spend=wide.reset_index(drop=True),
        controls=controls,
        kpi=k,
        period_days=period_days,
        lift_tests=tuple(lifts),
    )
    return Loaded(data, priors, next_month, label, tuple(notes))


def money_kpi(kpi: str) -> bool:
    return kpi in MONEY_KPIS
