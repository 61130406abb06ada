"""Stage 2 of the monthly review: funnel health (visit -> lead -> MQL -> SQL -> opportunity -> won).

Input: the ``leads`` table (required) and ``targets`` (optional, monthly rows). Output
(:class:`StageResult` ``funnel_health``):

* ``stages``: one row per transition and view (``cohort`` | ``calendar``): ``entered``,
  ``converted``, ``rate`` (0-1) with its Wilson 95% interval (``ci_low``, ``ci_high``),
  ``median_days`` / ``mean_days`` between the two stages, ``prior_rate`` (prior month),
  ``trailing_rate`` (the three months before, pooled), ``target``, ``censored``; calendar rows also
  carry the change against the trailing rate with Newcombe's interval and the z-test p-value.
* ``by_channel`` / ``by_campaign``: the same per channel / campaign.
* The first row of each is the visit step (visit -> lead, calendar view, with ``counted_from``)
  where ``ad_performance.sessions`` records visits (:mod:`.visits`); a note says what it counted.
* ``volumes``: visits (when recorded), leads, MQLs, SQLs, opportunities and won in the month
  against references.
* ``velocity``: win rate, deal size, sales cycle and pipeline velocity for the month and references.
* findings: ``bottleneck`` (at most one), ``stage_rate_drop``, ``below_target`` / ``above_target``.

The views and denominators are defined in :mod:`debrief.analyses.funnel_health.measures` and
``docs/stages/funnel_health.md``. The bottleneck is read on the calendar view because the month
under review is always the youngest cohort: its cohort rates are censored and would fall against
every older month whether or not anything changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from debrief.analyses.funnel_health import findings as ff
from debrief.analyses.funnel_health.charts import funnel_charts
from debrief.analyses.funnel_health.measures import (
    RATE_METRICS,
    TRANSITIONS,
    VOLUME_METRICS,
    lead_events,
    observed_until,
    recorded_stages,
    utc_bounds,
    velocity_measures,
    windows_measures,
)
from debrief.analyses.funnel_health.momentum import momentum_tests
from debrief.analyses.funnel_health.visits import visit_step
from debrief.metrics import references
from debrief.metrics.catalogue import canonical
from debrief.results import StageResult, ratio
from debrief.schema import normalise_channel
from debrief.stats import rate_difference, wilson_interval

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.workspace import Workspace

__all__ = ["RATE_METRICS", "VOLUME_METRICS", "funnel_health", "monthly_targets"]

STAGE = "funnel_health"
#: the interval columns of the stage-rate tables bound a rate
_RATE_INTERVAL = {"ci_low": "rate", "ci_high": "rate"}  # read only
VIEWS = ("cohort", "calendar")
Targets = dict[tuple[str, str | None], tuple[float, str]]
_ONE_DAY = dt.timedelta(days=1)


def monthly_targets(ws: Workspace, month: str) -> Targets:
    """Monthly targets for ``month`` (``YYYY-MM``) without a campaign:
    ``{(metric, channel or None): (target, direction)}``; metrics by their catalogue name (a
    target written ``sql_rate`` or ``mql_to_sql`` is one metric), channels normalised."""
    out: Targets = {}
    for t in references.targets(ws):
        if t.month == month and t.campaign_id is None:
            out[(t.metric, t.channel)] = (t.target, t.direction)
    return out


def _target(targets: Targets, metric: str, channel: str | None = None) -> float | None:
    hit = targets.get((canonical(metric), normalise_channel(channel) if channel else None))
    return hit[0] if hit else None


def _transition_rows(
    cur: dict[str, Any],
    prior: dict[str, Any] | None,
    trailing: dict[str, Any] | None,
    *,
    age_days: float,
    maturity_days: int,
    alpha: float,
    target_of: Any,
    transitions: tuple[tuple[str, str], ...] = TRANSITIONS,
    lags: list[float | None] | None = None,
) -> list[dict[str, Any]]:
    """Rows of the ``stages`` shape for one group (overall, a channel or a campaign)."""
    rows = []
    for view in VIEWS:
        for i, (a, b) in enumerate(transitions):
            k = f"{view}_{i}_"
            entered, converted = int(cur[k + "entered"]), int(cur[k + "converted"])
            rate = ratio(converted, entered)
            ci = wilson_interval(converted, entered, alpha)

            def ref_rate(src: dict[str, Any] | None, k: str = k) -> float | None:
                return None if src is None else ratio(src[k + "converted"], src[k + "entered"])

            row: dict[str, Any] = {
                "from_stage": a,
                "to_stage": b,
                "view": view,
                "entered": entered,
                "converted": converted,
                "rate": rate,
                "ci_low": ci[0] if ci else None,
                "ci_high": ci[1] if ci else None,
                "median_days": cur[k + "median_days"],
                "mean_days": cur[k + "mean_days"],
                "prior_rate": ref_rate(prior),
                "trailing_rate": ref_rate(trailing),
                "prior_entered": None if prior is None else int(prior[k + "entered"]),
                "prior_converted": None if prior is None else int(prior[k + "converted"]),
                "trailing_entered": None if trailing is None else int(trailing[k + "entered"]),
                "trailing_converted": None if trailing is None else int(trailing[k + "converted"]),
                "target": target_of(RATE_METRICS[(a, b)]) if (a, b) in RATE_METRICS else None,
                "censored": False,
                "rate_change": None,
                "rate_change_ci_low": None,
                "rate_change_ci_high": None,
                "p_value": None,
            }
            if view == "cohort":
                # The typical time from creation to the later stage, read on older cohorts (the
                # whole funnel's, for groups: too few leads per group to read their own).
                lag = lags[i] if lags is not None else (trailing or {}).get(f"cohort_{i}_lag")
                row["typical_lag_days"] = lag
                row["censored"] = age_days < maturity_days or (lag is not None and lag > age_days)
            elif trailing is not None:
                diff = rate_difference(
                    converted, entered, trailing[k + "converted"], trailing[k + "entered"], alpha
                )
                if diff is not None:
                    row["rate_change"] = diff.diff
                    row["rate_change_ci_low"] = diff.ci_low
                    row["rate_change_ci_high"] = diff.ci_high
                    row["p_value"] = diff.p_value
            rows.append(row)
    return rows


def _grouped(
    d: Any,
    bounds: dict[str, Any],
    by: str,
    ctx: StageContext,
    targets: Targets,
    age: float,
    transitions: tuple[tuple[str, str], ...],
    lags: list[float | None],
) -> list[dict[str, Any]]:
    per = windows_measures(d, bounds, by=by, days=("current",), transitions=transitions)
    out = []
    for key in sorted(per["current"], key=str):
        if not any(v for k, v in per["current"][key].items() if k.startswith("count_")):
            continue  # no lead reached any stage in the month: nothing to show for this group
        channel = key if by == "channel" else None
        rows = _transition_rows(
            per["current"][key],
            per["prior"].get(key),
            per["trailing"].get(key),
            age_days=age,
            maturity_days=ctx.settings.funnel.maturity_days,
            alpha=ctx.settings.funnel.alpha,
            target_of=lambda m, ch=channel: _target(targets, m, ch) if ch else None,
            transitions=transitions,
            lags=lags,
        )
        out.extend({by: key, **r} for r in rows)
    return out


def _volumes(
    measures: dict[str, dict[str, Any]], targets: Targets, stages: tuple[str, ...]
) -> list[dict[str, Any]]:
    rows = []
    for stage in stages:
        metric = VOLUME_METRICS[stage]
        rows.append(
            {
                "stage": stage,
                "metric": metric,
                "actual": int(measures["current"][f"count_{stage}"]),
                "prior_period": int(measures["prior"][f"count_{stage}"]),
                "trailing_monthly_mean": measures["trailing"][f"count_{stage}"] / 3,
                "target": _target(targets, metric),
            }
        )
    return rows


def _velocity(
    d: Any, bounds: dict[str, Any], ctx: StageContext, targets: Targets
) -> list[dict[str, Any]]:
    rows = []
    measures = velocity_measures(d, bounds)
    for window, months in (("current", 1), ("prior", 1), ("trailing", 3)):
        m = measures[window]
        win_rate = ratio(m["won"], m["won"] + m["lost"])
        opps_per_month = m["opportunities"] / months
        velocity = None
        if win_rate is not None and m["avg_deal_size"] is not None:
            velocity = ratio(opps_per_month * win_rate * m["avg_deal_size"], m["cycle_days"])
        rows.append(
            {
                "window": window,
                "start": ctx.period.start if window == "current" else bounds[window][0].date(),
                "end": (bounds[window][1].date() - _ONE_DAY),
                "opportunities_per_month": opps_per_month,
                "won": int(m["won"]),
                "lost": int(m["lost"]),
                "win_rate": win_rate,
                "avg_deal_size": m["avg_deal_size"],
                "revenue": m["revenue"] or 0.0,
                "sales_cycle_days": m["cycle_days"],
                "median_sales_cycle_days": m["median_cycle_days"],
                "pipeline_velocity": velocity,
                "target_win_rate": _target(targets, "win_rate") if window == "current" else None,
                "target_pipeline_velocity": (
                    _target(targets, "pipeline_velocity") if window == "current" else None
                ),
            }
        )
    return rows


@contextlib.contextmanager
def _materialised(expr: Any) -> Iterator[Any]:
    """``expr`` cached as a temporary table for the duration, or as is where the backend cannot
    create one (the numbers are the same either way; only the speed differs)."""
    try:
        cached = expr.cache()
    except Exception:  # a backend without temporary tables: run uncached
        yield expr
        return
    try:
        yield cached
    finally:
        with contextlib.suppress(Exception):
            cached.release()


def funnel_health(ctx: StageContext) -> StageResult:
    """Funnel health for ``ctx.period`` (see the module docstring for tables and findings)."""
    ws = ctx.workspace
    if not ws.has("leads"):
        return StageResult(stage=STAGE, skipped="the workspace has no leads table")
    leads = ws.table("leads")
    recorded = recorded_stages(leads)
    if len(recorded) < 2:
        return StageResult(stage=STAGE, skipped="the leads table records no stage after creation")
    transitions = tuple(itertools.pairwise(recorded))
    events = lead_events(leads, ctx.as_of, recorded)
    # Materialised once (a temporary table) and read by every query below: the engine then does
    # not recompute each lead's stage times inside each of the aggregates (324 on the demo month).
    with _materialised(events) as d:
        return _funnel(ctx, leads, recorded, transitions, d)


def _funnel(
    ctx: StageContext,
    leads: Any,
    recorded: tuple[str, ...],
    transitions: tuple[tuple[str, str], ...],
    d: Any,
) -> StageResult:
    ws = ctx.workspace
    periods = {
        "current": ctx.period,
        "prior": ctx.period.prior_month(),
        "trailing": ctx.period.trailing_months(3),
    }
    bounds = {w: utc_bounds(p) for w, p in periods.items()}
    measures = {w: m[None] for w, m in windows_measures(d, bounds, transitions=transitions).items()}
    targets = monthly_targets(ws, ctx.period.label)
    # Days the youngest leads of the month have been followed: to as_of, or to the last event in
    # the data when the export is older than as_of.
    seen = observed_until(d, ctx.as_of)
    age = (seen - bounds["current"][1]).total_seconds() / 86400
    stages = _transition_rows(
        measures["current"],
        measures["prior"],
        measures["trailing"],
        age_days=age,
        maturity_days=ctx.settings.funnel.maturity_days,
        alpha=ctx.settings.funnel.alpha,
        target_of=lambda m: _target(targets, m),
        transitions=transitions,
    )
    cols = set(leads.columns)
    lags = [measures["trailing"][f"cohort_{i}_lag"] for i in range(len(transitions))]
    by_channel, by_campaign = (
        _grouped(d, bounds, by, ctx, targets, age, transitions, lags) if by in cols else []
        for by in ("channel", "campaign_id")
    )
    velocity = _velocity(d, bounds, ctx, targets)
    volumes = _volumes(measures, targets, recorded)
    # The funnel starts at visits where the workspace records sessions (.visits)
    v_all, v_channel, v_campaign, v_info = visit_step(
        ws, leads, periods, bounds, ctx.settings.funnel.alpha
    )
    if v_all:
        vol = v_info["volumes"]
        volumes.insert(
            0,
            {
                "stage": "visit",
                "metric": "sessions",
                "actual": int(vol["current"]),
                "prior_period": int(vol["prior"]) if vol["prior"] is not None else None,
                "trailing_monthly_mean": vol["trailing"] / 3
                if vol["trailing"] is not None
                else None,
                "target": _target(targets, "sessions"),
            },
        )
    stages = v_all + stages
    by_channel = v_channel + by_channel if by_channel else by_channel
    by_campaign = v_campaign + by_campaign if by_campaign else by_campaign
    momentum, momentum_by_channel = momentum_tests(ctx, d, bounds, transitions, seen)
    findings = ff.funnel_findings(
        ctx, stages, momentum, momentum_by_channel, volumes, velocity, targets
    )
    return StageResult(
        stage=STAGE,
        tables={
            "stages": stages,
            "by_channel": by_channel,
            "by_campaign": by_campaign,
            "volumes": volumes,
            "velocity": velocity,
            "momentum": momentum,
            "momentum_by_channel": momentum_by_channel,
        },
        findings=tuple(findings),
        charts=funnel_charts(ctx.period.label, volumes, momentum),
        notes=(*ff.method_notes(ctx, stages, age, recorded, seen.date()), v_info["note"]),
        units={
            **{t: _RATE_INTERVAL for t in ("stages", "by_channel", "by_campaign")},
            **{t: {"adjusted_reference": "rate"} for t in ("momentum", "momentum_by_channel")},
        },
    )
