"""The ``budget`` stage: assembles pacing, curves, reallocation and waste into one result."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from debrief.analyses.budget.chart import curve_chart
from debrief.analyses.budget.curves import (
    CurveSettings,
    fit_channel_curves,
)
from debrief.analyses.budget.data import channel_daily, sustained_daily
from debrief.analyses.budget.findings import (
    curve_findings,
    reallocation_findings,
    waste_findings,
)
from debrief.analyses.budget.mixmodel import MixBudget, mix_model_budget, money_kpi_of
from debrief.analyses.budget.pacing import pacing_findings, pacing_table
from debrief.analyses.budget.reallocate import reallocate
from debrief.analyses.budget.waste import no_conversion_rows, past_floor_rows
from debrief.context import StageContext
from debrief.metrics import references
from debrief.numbers import fmt
from debrief.results import Finding, StageResult

__all__ = ["budget", "curve_settings"]

STAGE = "budget"
UNITS = {
    "reallocation": {"change": "money", "low": "money", "high": "money"},
    "curves": {"max_response": "money"},
}


def curve_settings(ctx: StageContext) -> CurveSettings:
    """Curve-fit settings from the stage settings."""
    b = ctx.settings.budget
    return CurveSettings(
        min_periods=b.min_days,
        min_cv=b.min_spend_cv,
        min_r2=b.min_r2,
        max_interval_ratio=b.max_interval_ratio,
        max_interval_width=b.max_interval_width,
        bootstrap=b.bootstrap,
        interval=b.interval,
        seed=b.seed,
    )


def _marginal_floors(ctx: StageContext) -> dict[str, float]:
    """Per-channel ``marginal_roas`` targets for the period's month, where the team set them."""
    month = ctx.period.start.strftime("%Y-%m")
    return {
        t.channel: t.target
        for t in references.targets(ctx.workspace)
        if t.metric == "marginal_roas" and t.channel is not None and t.month in (None, month)
    }


def _current_daily(daily: Any, start: dt.date, last_day: dt.date, days: int) -> dict[str, float]:
    sel = daily[(daily["date"] >= start) & (daily["date"] <= last_day)]
    return (sel.groupby("channel")["spend"].sum() / max(days, 1)).to_dict()


def budget(ctx: StageContext) -> StageResult:
    """Budget performance for ``ctx.period`` seen on ``ctx.as_of``.

    Tables: ``pacing``, ``curves``, ``reallocation``, ``reallocation_moves``, ``waste``.
    Findings: ``overspend`` / ``underspend`` (reference ``plan``), ``curve_unidentified``,
    ``reallocation`` (the plan) and ``reallocation_move`` (each pair), ``saturation`` /
    ``below_floor`` and ``no_conversions`` (waste). Charts: ``response_curves``. Money in the
    workspace currency over the period; curves per day.
    """
    money = partial(fmt, unit="money", symbol=True, currency=ctx.settings.currency)
    b = ctx.settings.budget
    bound = float(b.move_bound)
    floor = float(ctx.settings.budget.roas_floor)
    tables: dict[str, list[dict[str, Any]]] = {}
    findings: list[Finding] = []
    notes: list[str] = []
    charts: dict[str, dict[str, Any]] = {}

    rows, window = pacing_table(
        ctx.workspace, ctx.period, ctx.as_of, ctx.settings.budget.pacing_tolerance
    )
    tables["pacing"] = rows
    if window.elapsed_days > 0:
        # Before the period starts nothing has been spent: a "forecast" would only restate the
        # previous month's rate, so the table shows it and no finding is drawn from it.
        findings.extend(pacing_findings(rows, window, money))
    stale = window.last_day < min(ctx.as_of, ctx.period.end)
    if stale and ctx.as_of >= ctx.period.start and window.elapsed_days == 0:
        notes.append(
            f"ad_performance has no rows in {ctx.period.label}: it runs to "
            f"{window.last_day.isoformat()}."
        )
    elif stale:
        notes.append(
            f"ad_performance runs to {window.last_day.isoformat()}, before "
            f"{min(ctx.as_of, ctx.period.end).isoformat()}: the period is counted to that day and "
            "the rest is forecast."
        )
    if window.elapsed_days == 0 and ctx.as_of < ctx.period.start:
        notes.append(
            f"The period has not started on {ctx.as_of.isoformat()}: the forecasts are the "
            "remaining days at the mean daily spend of the last 7 days."
        )
    elif window.in_progress and window.elapsed_days > 0:
        notes.append(
            f"The period is in progress on {window.last_day.isoformat()}: {window.elapsed_days} of "
            f"{window.days} days elapsed; forecasts add the remaining days at the mean daily "
            "spend of the last 7 days."
        )
    # Without spend to read, the stage ends here; report.json still gets the tables it promises
    # whenever the stage ran (pacing, and an empty reallocation).
    if window.elapsed_days == 0:
        return _without_spend(tables, findings, notes)

    kpi, why_not = money_kpi_of(ctx) if b.method == "auto" else (None, None)
    if kpi is not None:
        mix = mix_model_budget(ctx, kpi, window.last_day, bound, money)
        if isinstance(mix, MixBudget):
            floors = _marginal_floors(ctx)
            waste = past_floor_rows(mix.curves, mix.periods_per_month, floor, floors)  # type: ignore[arg-type]
            for w in waste:  # the sentences read spend a day
                for k in ("threshold_spend", "observed_min_spend"):
                    w[k] = round(w[k] / mix.period_days, 2)
            waste += no_conversion_rows(
                ctx.workspace, ctx.period.start, window.last_day, b.min_waste_spend
            )
            return StageResult(
                stage=STAGE,
                tables={**tables, **mix.tables, "waste": waste},
                findings=(*findings, *mix.findings, *_waste(ctx, waste, window, money)),
                charts=mix.charts,
                notes=(*notes, *mix.notes),
                units=UNITS,
            )
        why_not = mix
    if why_not:
        notes.append(f"Method: per-channel response curves, because {why_not}.")

    by_campaign, has_revenue = channel_daily(ctx.workspace, window.last_day)
    cs = curve_settings(ctx)
    daily, scope = sustained_daily(by_campaign, cs.min_periods)
    current = _current_daily(daily, ctx.period.start, window.last_day, window.elapsed_days)
    if not any(v > 0 for v in current.values()):
        notes.append("No spend is recorded in the period: no curve, reallocation or waste.")
        return _without_spend(tables, findings, notes)
    if has_revenue:
        curves = fit_channel_curves(daily, current, window.last_day, cs)
    else:
        curves = []
        notes.append("ad_performance has no conversion_value: no response curve can be fitted.")
    tables["curves"] = [
        {**c.row(), "campaigns": ", ".join(scope.get(c.channel) or ()) or "all"} for c in curves
    ]
    narrowed = {ch: cps for ch, cps in scope.items() if cps is not None}
    if narrowed:
        notes.append(
            "Curves are fitted on each channel's campaigns with at least "
            f"{cs.min_periods} days of spend (shorter flights earn at their own rates and would "
            "bend the curve); reallocation and saturation refer to that spend: "
            + "; ".join(f"{ch}: {', '.join(c)}" for ch, c in sorted(narrowed.items()))
            + "."
        )
    findings.extend(curve_findings(curves))
    chart = curve_chart(curves)
    if chart is not None:
        charts["response_curves"] = chart

    re = reallocate(curves, ctx.period.days, bound, ctx.settings.budget.interval)
    tables["reallocation"] = re.rows
    tables["reallocation_moves"] = re.moves
    findings.extend(reallocation_findings(re, money, bound, ctx.settings.budget.interval))
    if re.status == "moved":
        low = "n/a" if re.total_low is None else money(re.total_low)
        high = "n/a" if re.total_high is None else money(re.total_high)
        notes.append(
            f"Reallocation is a counterfactual on history: with the same total and each channel "
            f"within ±{fmt(bound, 'rate', places=0)} of its spend (and the spend range it has shown), the fitted "
            f"curves put the revenue change at {money(re.total_change)} "
            f"({fmt(ctx.settings.budget.interval, 'rate', places=0)} interval {low} to {high})."
        )
    elif re.status == "no_gain":
        notes.append(
            "No reallocation is recommended: within the bounds, the identified channels' marginal "
            "ROAS are already as equal as the moves allow; the current split is kept."
        )
    else:
        notes.append(
            "No reallocation is recommended: fewer than two channels have an identified response "
            "curve, so there is nothing to compare; the current split is kept, not endorsed."
        )
    if re.held:
        notes.append("Held fixed (no identified curve): " + ", ".join(sorted(re.held)) + ".")

    waste = past_floor_rows(curves, ctx.period.days, floor, _marginal_floors(ctx))
    waste += no_conversion_rows(
        ctx.workspace, ctx.period.start, window.last_day, ctx.settings.budget.min_waste_spend
    )
    tables["waste"] = waste
    findings.extend(_waste(ctx, waste, window, money))
    return StageResult(
        stage=STAGE,
        tables=tables,
        findings=tuple(findings),
        charts=charts,
        notes=tuple(notes),
        units=UNITS,
    )


def _without_spend(
    tables: dict[str, list[dict[str, Any]]], findings: list[Finding], notes: list[str]
) -> StageResult:
    return StageResult(
        stage=STAGE,
        tables={**tables, "reallocation": []},
        findings=tuple(findings),
        notes=tuple(notes),
    )


def _waste(ctx: StageContext, waste: list[dict[str, Any]], window: Any, money: Any) -> list:
    label, to_date = ctx.period.label, ctx.period.label
    if window.in_progress:
        label = f"{ctx.period.label} (at the month-to-date daily rate)"
        to_date = f"{ctx.period.label} to {window.last_day.isoformat()}"
    return waste_findings(waste, money, label, ctx.settings.budget.interval, to_date)
