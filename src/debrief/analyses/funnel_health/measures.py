"""Funnel counts pushed to the engine: per-window stage aggregates over the ``leads`` table.

Everything here builds Ibis expressions and pulls back one small row per window (and per group
when grouped by channel or campaign). :mod:`debrief.analyses.funnel_health` turns those rows into
tables and findings.

Definitions (all timestamps compared in UTC; a window is ``[lo, hi)``; events after ``as_of`` are
treated as not having happened yet, so a review re-run later reproduces what was known then):

* **cohort** view of ``a -> b``: leads *created* in the window; ``entered`` = those that reached
  ``a``, ``converted`` = those that reached both ``a`` and ``b`` (by ``as_of``).
* **calendar** view of ``a -> b``: ``entered`` = leads that reached ``a`` inside the window;
  ``converted`` = leads that reached ``b`` inside the window (and have an ``a`` time at all).
  This is a flow ratio ("SQLs in October / MQLs in October"): it needs no follow-up time, so it
  is not censored, but it can exceed 1 when volume falls.
* days between stages: ``(b time - a time)`` in days (fractional), over the converted leads of the
  view; ``lag`` = days from creation to ``b`` (the cohort's typical time to reach ``b``).
* ``count_{stage}``: leads that reached the stage inside the window.
* velocity: ``opportunities`` = leads whose opportunity opened in the window; ``won`` / ``lost`` =
  opportunities closed won / lost in the window; ``revenue`` = sum of ``amount`` over those won;
  ``cycle_days`` = mean days from opportunity to won over those won.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

import ibis

from debrief.portable import count_where, epoch_seconds, median_where, quantile_where
from debrief.query import rows
from debrief.schema import LEAD_STAGE_COLUMNS, LEAD_STAGES

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period

__all__ = [
    "RATE_METRICS",
    "TRANSITIONS",
    "VOLUME_METRICS",
    "horizon_counts",
    "lag_quantiles",
    "lead_events",
    "observed_until",
    "recorded_stages",
    "utc_bounds",
    "velocity_measures",
    "windows_measures",
]

#: Consecutive stage pairs: created -> mql -> sql -> opportunity -> won.
TRANSITIONS: tuple[tuple[str, str], ...] = tuple(itertools.pairwise(LEAD_STAGES))
#: Target metric read for each transition's rate (``targets.metric``).
RATE_METRICS: dict[tuple[str, str], str] = {
    ("created", "mql"): "lead_to_mql",
    ("mql", "sql"): "mql_to_sql",
    ("sql", "opportunity"): "sql_to_opportunity",
    ("opportunity", "won"): "opportunity_to_won",
}
#: Target metric read for the number of leads reaching each stage in the month.
VOLUME_METRICS: dict[str, str] = {
    "created": "leads",
    "mql": "mqls",
    "sql": "sqls",
    "opportunity": "opportunities",
    "won": "won",
}
_TS = "timestamp('UTC')"
_NUM = "float64"
_DAY = 86400.0


def utc_bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """``[start 00:00 UTC, day after end 00:00 UTC)`` of a closed date range."""
    lo = dt.datetime.combine(period.start, dt.time(), tzinfo=dt.UTC)
    hi = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    return lo, hi


def recorded_stages(leads: ir.Table) -> tuple[str, ...]:
    """The funnel stages this workspace records: ``created`` and every stage whose column exists
    and holds at least one time. A CRM without an SQL stage gets lead -> MQL -> opportunity ->
    won, not an SQL stage that nobody reaches."""
    cols = {s: c for s, c in LEAD_STAGE_COLUMNS.items() if s != "created" and c in leads.columns}
    if not cols:
        return ("created",)
    row = rows(leads.aggregate(**{s: leads[c].count() for s, c in cols.items()}))[0]
    return tuple(s for s in LEAD_STAGES if s == "created" or (row.get(s) or 0) > 0)


def lead_events(leads: ir.Table, as_of: dt.date, stages: tuple[str, ...] = LEAD_STAGES) -> ir.Table:
    """One row per lead known by ``as_of``: its group keys, amount and one column per stage
    holding the time the lead reached it, in seconds since the epoch (UTC).

    Stage columns absent from the workspace are null; stage times after ``as_of`` are null. A
    lead that reached a later stage of ``stages`` without a time for an earlier one (a skipped
    step in the CRM) is counted as reaching the earlier stage at the later time: reaching a stage
    implies passing the ones before it, so every rate stays a proportion.
    """
    cutoff = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    cut = cutoff.timestamp()

    def known(col: str) -> ir.Value:
        if col not in leads.columns:
            return ibis.null(_NUM)
        # Seconds since the epoch: every later filter compares plain numbers, which engines do
        # faster than time-zone-aware timestamps.
        c = epoch_seconds(leads[col].cast(_TS))
        return ibis.ifelse(c < cut, c, ibis.null(_NUM))

    raw: dict[str, Any] = {s: known(c) for s, c in LEAD_STAGE_COLUMNS.items()}
    cols = dict(raw)
    tracked = [s for s in LEAD_STAGES if s in stages and s != "created"]
    for i, s in enumerate(tracked[:-1]):
        # A recorded time is kept as it is (even when a later stage is stamped earlier: the data
        # says so); only a missing one is filled from the earliest later stage.
        later = [raw[t] for t in tracked[i + 1 :]]
        cols[s] = raw[s].coalesce(later[0] if len(later) == 1 else ibis.least(*later))
    cols["lost"] = known("lost_at")
    for extra, kind in (("channel", "string"), ("campaign_id", "string"), ("amount", "float64")):
        cols[extra] = leads[extra].cast(kind) if extra in leads.columns else ibis.null(kind)
    return leads.select(**cols).filter(lambda t: t.created < cut)


def _days(later: ir.Value, earlier: ir.Value) -> ir.Value:
    return (later - earlier) / _DAY


def _in(col: ir.Value, lo: dt.datetime, hi: dt.datetime) -> ir.Value:
    return (col >= lo.timestamp()) & (col < hi.timestamp())


def _stage_aggs(
    d: ir.Table,
    lo: dt.datetime,
    hi: dt.datetime,
    days: bool = True,
    transitions: tuple[tuple[str, str], ...] = TRANSITIONS,
) -> dict[str, ir.Value]:
    """Counts (and, with ``days``, day statistics and lags) for one window."""
    out: dict[str, ir.Value] = {}
    cohort = _in(d.created, lo, hi)
    for stage in LEAD_STAGES:
        out[f"count_{stage}"] = count_where(_in(d[stage], lo, hi))
    for i, (a, b) in enumerate(transitions):
        fa, tb = d[a], d[b]
        both = fa.notnull() & tb.notnull()
        got_cohort = cohort & both
        got_calendar = _in(tb, lo, hi) & fa.notnull()
        out[f"cohort_{i}_entered"] = count_where(cohort & fa.notnull())
        out[f"cohort_{i}_converted"] = count_where(got_cohort)
        out[f"calendar_{i}_entered"] = count_where(_in(fa, lo, hi))
        out[f"calendar_{i}_converted"] = count_where(got_calendar)
        if days:
            lag = _days(tb, fa)
            out[f"cohort_{i}_median_days"] = median_where(lag, got_cohort)
            out[f"cohort_{i}_mean_days"] = lag.mean(where=got_cohort)
            out[f"cohort_{i}_lag"] = median_where(_days(tb, d.created), cohort & tb.notnull())
            out[f"calendar_{i}_median_days"] = median_where(lag, got_calendar)
            out[f"calendar_{i}_mean_days"] = lag.mean(where=got_calendar)
    return out


def windows_measures(
    d: ir.Table,
    bounds: dict[str, tuple[dt.datetime, dt.datetime]],
    by: str | None = None,
    days: tuple[str, ...] = ("current", "trailing"),
    transitions: tuple[tuple[str, str], ...] = TRANSITIONS,
) -> dict[str, dict[Any, dict[str, Any]]]:
    """Per-transition counts and day statistics for several windows in one query (one wide query
    compiles much faster than several): ``{window: {group key or None: measures}}``.

    Measure keys: ``count_{stage}``; ``{view}_{i}_{entered|converted}`` for ``view`` in cohort
    and calendar and ``i`` the index in ``transitions``; for the windows in ``days`` also
    ``{view}_{i}_{median_days|mean_days}`` and ``cohort_{i}_lag``. Counts are ints; days are
    floats or None. Grouped by ``by`` (rows with a null key left out) when given.
    """
    g = d if by is None else d.filter(d[by].notnull())
    aggs: dict[str, ir.Value] = {}
    for w, (lo, hi) in bounds.items():
        for k, v in _stage_aggs(g, lo, hi, w in days, transitions).items():
            aggs[f"{w}__{k}"] = v
    got = rows(g.aggregate(**aggs) if by is None else g.group_by(by).aggregate(**aggs))
    out: dict[str, dict[Any, dict[str, Any]]] = {w: {} for w in bounds}
    for r in got:
        key = None if by is None else r[by]
        for w in bounds:
            prefix = f"{w}__"
            out[w][key] = {k[len(prefix) :]: v for k, v in r.items() if k.startswith(prefix)}
    return out


def velocity_measures(
    d: ir.Table, bounds: dict[str, tuple[dt.datetime, dt.datetime]]
) -> dict[str, dict[str, Any]]:
    """Per window: opportunities opened, opportunities won and lost, revenue, mean deal size and
    cycle days (opportunity to won) of the won; one query for every window."""
    opp = d.opportunity.notnull()
    cycle = _days(d.won, d.opportunity)
    aggs: dict[str, ir.Value] = {}
    for w, (lo, hi) in bounds.items():
        won = _in(d.won, lo, hi) & opp
        # A lead with both times is counted as won: the lost stamp is then a CRM leftover.
        lost = _in(d.lost, lo, hi) & opp & d.won.isnull()
        aggs[f"{w}__opportunities"] = count_where(_in(d.opportunity, lo, hi))
        aggs[f"{w}__won"] = count_where(won)
        aggs[f"{w}__lost"] = count_where(lost)
        aggs[f"{w}__revenue"] = d.amount.sum(where=won)
        aggs[f"{w}__avg_deal_size"] = d.amount.mean(where=won)
        aggs[f"{w}__cycle_days"] = cycle.mean(where=won)
        aggs[f"{w}__median_cycle_days"] = median_where(cycle, won)
    row = rows(d.aggregate(**aggs))[0]
    return {
        w: {k.split("__", 1)[1]: v for k, v in row.items() if k.startswith(f"{w}__")}
        for w in bounds
    }


def lag_quantiles(
    d: ir.Table,
    lo: dt.datetime,
    hi: dt.datetime,
    q: float,
    transitions: tuple[tuple[str, str], ...] = TRANSITIONS,
) -> list[float | None]:
    """Per transition, the ``q`` quantile of days from ``a`` to ``b`` among leads that reached
    ``a`` inside the window and ``b`` at all (None when none did)."""
    aggs = {}
    for i, (a, b) in enumerate(transitions):
        fa, tb = d[a], d[b]
        aggs[f"q{i}"] = quantile_where(_days(tb, fa), q, _in(fa, lo, hi) & tb.notnull())
    row = rows(d.aggregate(**aggs))[0]
    return [row[f"q{i}"] for i in range(len(transitions))]


def horizon_counts(
    d: ir.Table,
    lo: dt.datetime,
    hi: dt.datetime,
    cutoff: dt.datetime,
    horizons: list[float | None],
    transitions: tuple[tuple[str, str], ...] = TRANSITIONS,
) -> list[dict[str, Any]]:
    """Stage-entry counts followed for a fixed horizon, per channel and campaign (the strata).

    For transition ``i`` with horizon ``H = horizons[i]`` days: ``h{i}_entered`` = leads that
    reached ``a`` in ``[lo, min(hi, cutoff - H))`` (every one has had ``H`` days to move on by
    ``cutoff``), ``h{i}_converted`` = those that reached ``b`` within ``H`` days of ``a``. A
    transition without a horizon counts nothing. Missing channels and campaigns group as
    ``"(none)"``.
    """
    g = d.mutate(
        channel=d.channel.fill_null("(none)"), campaign_id=d.campaign_id.fill_null("(none)")
    )
    aggs: dict[str, ir.Value] = {}
    for i, (a, b) in enumerate(transitions):
        h = horizons[i]
        end = hi if h is None else min(hi, cutoff - dt.timedelta(days=h))
        readable = h is not None and end > lo
        # An unreadable transition counts nothing (a condition no row meets).
        entered = _in(g[a], lo, end) if readable else g[a].isnull() & g[a].notnull()
        aggs[f"h{i}_entered"] = count_where(entered)
        within = g[b].notnull() & (_days(g[b], g[a]) <= (h or 0.0))
        aggs[f"h{i}_converted"] = count_where(entered & within)
    return rows(g.group_by(["channel", "campaign_id"]).aggregate(**aggs))


def observed_until(d: ir.Table, as_of: dt.date) -> dt.datetime:
    """The end of what the data can show: the latest stage time in the table (the export time,
    near enough) or the end of ``as_of``, whichever is earlier. A review run weeks after the
    export must not read "no conversion yet" as "no conversion"."""
    cutoff = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    cols = [*LEAD_STAGES, "lost"]
    row = rows(d.aggregate(**{f"m_{c}": d[c].max() for c in cols}))[0]
    latest = [float(v) for v in row.values() if v is not None]
    if not latest:
        return cutoff
    return min(cutoff, dt.datetime.fromtimestamp(max(latest), tz=dt.UTC))
