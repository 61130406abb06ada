"""Stage 3 of the monthly review, ``attribution``: seven models, diagnostics, intervals, findings.

Inputs: the workspace's ``touchpoints`` and ``conversions`` (both required: without them the stage
is skipped), the period and its prior month, ``Settings.attribution``. Output tables:
``credits`` (model, channel, conversions, value, share), ``direct_assisted``, ``path_summary``,
``path_length``, ``time_to_conversion``, ``top_paths``, ``shapley_by_position``, ``interactions``,
``intervals``, and over the six months ending with the period ``journey_trends`` (one row per
month) and ``first_last_touch`` (first- and last-touch channel shares per month); charts
``models``, ``path_length``, ``time_to_conversion``, ``journey_trends``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from debrief.analyses.attribution import charts, diagnostics, trends
from debrief.analyses.attribution.bootstrap import bootstrap_intervals
from debrief.analyses.attribution.findings import model_gap_findings, shift_findings
from debrief.analyses.attribution.models import MODEL_NAMES, credits_table
from debrief.analyses.attribution.paths import Journeys, build_journeys
from debrief.analyses.attribution.pathset import PathSet
from debrief.analyses.attribution.settings import AttributionSettings
from debrief.analyses.attribution.shapley import ordered_shapley
from debrief.context import StageContext
from debrief.numbers import fmt
from debrief.query import value as scalar
from debrief.results import StageResult, ratio

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period

STAGE = "attribution"
#: Change in a channel's credit share (0-1) against the prior month reported as a finding.
SHIFT_THRESHOLD = 0.05
#: Number of top converting paths listed.
TOP_PATHS = 10


@dataclass(frozen=True)
class PeriodInput:
    """One period's aggregated journeys (``journeys``), or bare paths (``--paths``), and its label."""

    paths: PathSet
    label: str
    journeys: Journeys | None = None


def analyse(
    current: PeriodInput,
    prior: PeriodInput | None,
    settings: AttributionSettings,
    models: Sequence[str] = MODEL_NAMES,
    bootstrap: int | None = None,
) -> StageResult:
    """Every table, chart and finding of the stage from aggregated paths.

    ``bootstrap`` overrides ``settings.bootstrap`` (0 disables intervals).
    """
    ps = current.paths
    j = current.journeys
    td = j.time_decay if j is not None else None
    unattributed = j.unattributed if j is not None else (0.0, 0.0)
    credits = credits_table(ps, models, settings, td, unattributed)
    notes = []
    if j is None and "time_decay" in models:
        notes.append("Time decay needs touch timestamps; it is not computed from aggregated paths.")
    if j is not None and j.collapsed:
        notes.append(
            f"{fmt(j.collapsed, 'number', places=0)} conversion rows repeat a conversion id already counted; each id is "
            "counted once."
        )
    if unattributed[0] > 0:
        notes.append(
            f"{fmt(unattributed[0], 'number', places=0)} conversions had no touch within the {settings.lookback_days}-day "
            "lookback and appear as 'unattributed' in every model."
        )
    tables: dict[str, list[dict[str, object]]] = {"credits": credits}
    tables["direct_assisted"] = diagnostics.direct_assisted(ps)

    prior_ps = prior.paths if prior is not None else None
    prior_len = diagnostics.length_distribution(prior_ps) if prior_ps is not None else None
    tables["path_length"] = diagnostics.distribution_rows(
        diagnostics.length_distribution(ps), prior_len, "touches"
    )
    if j is not None:
        pj = prior.journeys if prior is not None else None
        tables["time_to_conversion"] = diagnostics.distribution_rows(
            j.ttc, pj.ttc if pj is not None else None, "days"
        )
    tables["path_summary"] = _summary_rows(current, prior)
    tables["top_paths"] = diagnostics.top_paths(ps, TOP_PATHS)
    if "shapley" in models:
        tables["shapley_by_position"] = _ordered_shapley_rows(ps)
    tables["interactions"] = diagnostics.interactions(ps)

    n_boot = settings.bootstrap if bootstrap is None else bootstrap
    boot_models = tuple(m for m in ("markov", "shapley") if m in models)
    same: dict[str, set[str]] = {}
    if n_boot > 0 and boot_models and ps.total_conversions > 0:
        iv = bootstrap_intervals(ps, n_boot, settings.seed, settings.markov_order, boot_models)
        tables["intervals"] = iv.rows()
        same = iv.indistinguishable(boot_models[0])
    else:
        tables["intervals"] = []

    total_value = ps.total_value + unattributed[1]
    findings = []
    data_model = "markov" if "markov" in models else ("shapley" if "shapley" in models else None)
    if data_model and prior is not None and prior_ps is not None:
        prior_credits = credits_table(prior_ps, (data_model,), settings)
        findings += shift_findings(
            credits,
            prior_credits,
            current.label,
            prior.label,
            SHIFT_THRESHOLD,
            total_value,
            data_model,
            same,
        )
    if data_model and "last_touch" in models:
        findings += model_gap_findings(credits, SHIFT_THRESHOLD, total_value, data_model)

    chart_specs = {"models": charts.models_chart(credits)}
    prior_label = prior.label if prior is not None else "prior"
    chart_specs["path_length"] = charts.distribution_chart(
        tables["path_length"],
        "touches",
        "Touches per converting journey",
        current.label,
        prior_label,
    )
    if "time_to_conversion" in tables:
        chart_specs["time_to_conversion"] = charts.distribution_chart(
            tables["time_to_conversion"],
            "days",
            "Days from first touch to conversion",
            current.label,
            prior_label,
        )
    return StageResult(
        stage=STAGE,
        tables=tables,
        findings=tuple(findings),
        charts=chart_specs,
        notes=tuple(notes),
        units={"path_summary": {"change": "metric"}},
    )


def _ordered_shapley_rows(ps: PathSet, positions: int = 5) -> list[dict[str, object]]:
    """Ordered Shapley: each channel's Shapley conversions by touch position (1..4, ``5+``)."""
    grid = ordered_shapley(ps, positions)
    labels = [str(i + 1) for i in range(positions - 1)] + [f"{positions}+"]
    return [
        {"channel": ch, "position": label, "conversions": float(grid[i, k])}
        for i, ch in enumerate(ps.channels)
        for k, label in enumerate(labels)
    ]


def _summary(p: PeriodInput) -> dict[str, float | None]:
    ps = p.paths
    journeys = ps.total_conversions + float(ps.nulls.sum())
    return {
        "attributed_conversions": ps.total_conversions,
        "null_journeys": float(ps.nulls.sum()),
        "journey_conversion_rate": ratio(ps.total_conversions, journeys),
        "mean_touches": diagnostics.mean_length(ps),
        "mean_days_to_conversion": p.journeys.ttc_mean_days if p.journeys is not None else None,
    }


def _summary_rows(current: PeriodInput, prior: PeriodInput | None) -> list[dict[str, object]]:
    """Rows ``metric, actual, prior, change`` (change = actual - prior, None when undefined):
    attributed conversions, null journeys, conversions per journey (0-1), mean touches per
    converting journey, mean days from first credited touch to conversion."""
    cur = _summary(current)
    pri = _summary(prior) if prior is not None else {}
    rows: list[dict[str, object]] = []
    for metric, value in cur.items():
        before = pri.get(metric)
        change = value - before if value is not None and before is not None else None
        rows.append({"metric": metric, "actual": value, "prior": before, "change": change})
    return rows


def period_inputs(
    touchpoints: ir.Table, conversions: ir.Table, period: Period, settings: AttributionSettings
) -> tuple[PeriodInput, PeriodInput | None]:
    """The period's journeys and the prior month's (None when the prior month has neither a
    conversion nor a path), built in the engine with ``settings``' lookback and half-life."""
    args = (settings.lookback_days, settings.half_life_days)
    prior = period.prior_month()
    cur = build_journeys(touchpoints, conversions, period, *args)
    pri = build_journeys(touchpoints, conversions, prior, *args)
    has_prior = pri.total[0] > 0 or pri.paths.n_paths > 0
    return (
        PeriodInput(cur.paths, period.label, cur),
        PeriodInput(pri.paths, prior.label, pri) if has_prior else None,
    )


def latest_month(conversions: ir.Table) -> str:
    """``YYYY-MM`` of the latest conversion (``debrief attribution``'s default month)."""
    last = scalar(conversions.ts.max())
    if last is None:
        raise ValueError("the conversions table is empty: nothing to attribute")
    return str(last.strftime("%Y-%m"))


def attribution_alone(
    touchpoints: ir.Table,
    conversions: ir.Table,
    period: Period,
    settings: AttributionSettings,
    models: Sequence[str] = MODEL_NAMES,
    say: Callable[[str], None] | None = None,
) -> StageResult:
    """The stage without the journey trends, for ``models`` only (``debrief attribution``, which
    the engine runs as an ``attribution`` request); ``say`` hears the progress."""
    current, prior = period_inputs(touchpoints, conversions, period, settings)
    if say is not None:
        say(f"{fmt(current.paths.n_paths, 'count')} distinct paths; running {', '.join(models)}")
    return analyse(current, prior, settings, models)


def attribution_stage(ctx: StageContext) -> StageResult:
    """The attribution stage of the monthly review (see module docstring)."""
    ws = ctx.workspace
    tp, conv = ws.table("touchpoints"), ws.table("conversions")
    current, prior = period_inputs(tp, conv, ctx.period, ctx.settings.attribution)
    result = analyse(current, prior, ctx.settings.attribution, MODEL_NAMES)
    return with_trends(result, tp, conv, ctx.period, ctx.settings.attribution)


def with_trends(
    result: StageResult,
    touchpoints: ir.Table,
    conversions: ir.Table,
    period: Period,
    settings: AttributionSettings,
) -> StageResult:
    """``result`` with the journey trends of the six months ending with ``period``
    (:mod:`debrief.analyses.attribution.trends`): tables ``journey_trends`` and
    ``first_last_touch``, chart ``journey_trends`` and findings when a change is beyond noise."""
    rows, shares = trends.journey_trends(touchpoints, conversions, period, settings.lookback_days)
    if not rows:
        return result
    tables = {
        **result.tables,
        "journey_trends": trends.public_rows(rows),
        "first_last_touch": shares,
    }
    charts_ = {**result.charts, "journey_trends": trends.trend_chart(rows)}
    found = tuple(trends.trend_findings(rows, shares))
    return replace(result, tables=tables, charts=charts_, findings=result.findings + found)
