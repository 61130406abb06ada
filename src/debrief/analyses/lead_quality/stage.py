"""Stage 5 of the monthly review: lead quality and the MQL.

Needs ``leads``; uses ``targets`` where present. Tables: ``total``, ``by_channel``,
``by_campaign`` (MQL volume, rates and MQL → SQL against the prior month and targets),
``disqualification`` (sales feedback), ``score_performance`` (one row: auc, auc_low, auc_high,
ap, brier, n, base_rate, ...), ``gains``, ``reliability``, ``threshold``. Method:
``docs/stages/lead_quality.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.analyses.lead_quality import calibration as cal
from debrief.analyses.lead_quality.charts import lead_quality_charts
from debrief.analyses.lead_quality.feedback import reason_counts, reason_shift
from debrief.analyses.lead_quality.findings import (
    calibration_findings,
    feedback_findings,
    recommendation,
    target_findings,
    threshold_finding,
    volume_findings,
)
from debrief.analyses.lead_quality.scoring import classification_metrics, gains_table
from debrief.analyses.lead_quality.volume import like_for_like, mql_volume
from debrief.metrics import references
from debrief.numbers import fmt
from debrief.query import arrow, frame, value
from debrief.query import rows as query_rows
from debrief.results import Finding, StageResult, jsonable
from debrief.schema import LEAD_STAGE_COLUMNS, normalise_channel
from debrief.stats import benjamini_hochberg, two_proportion_p_value

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.analyses.lead_quality.settings import LeadQualitySettings
    from debrief.context import StageContext
    from debrief.workspace import Workspace

__all__ = ["lead_quality", "matured_scores", "score_evaluation"]

STAGE = "lead_quality"
#: Distinct scores aggregated as they are; more are rounded to this many levels in the engine.
MAX_SCORES = 1000
#: reliability columns that are probabilities or rates though their names do not say so
_RELIABILITY_RATES = ("pred_low", "pred_high", "step_observed", "step_predicted")
#: The volume tables' target columns (``target_<name>``) by the catalogue metric they hold.
_TARGET_COLUMNS = {
    **{"leads": "leads", "mqls": "mqls", "lead_to_mql": "mql_rate", "sqls": "sqls"},
    "mql_to_sql": "mql_to_sql",
}
_TARGET_METRICS = tuple(_TARGET_COLUMNS.values())


def _with_tests(df: pd.DataFrame, strata: pd.DataFrame | None = None) -> pd.DataFrame:
    """p and BH q of the MQL → SQL change against the prior month, per segment: the pooled
    two-proportion test, or, with ``strata`` (:func:`like_for_like` rows), the CMH test within
    them, so a change of campaign mix is not read as a change of lead quality."""
    if df.empty or df["sqls"].isna().all():
        return df.assign(p_value=None, q_value=None)
    if strata is not None:
        df = df.merge(strata, left_on="segment", right_on=strata.columns[0], how="left")
        df = df.drop(columns=[strata.columns[0]])
        ps = [None if pd.isna(p) else float(p) for p in df["cmh_p"]]
        df = df.drop(columns=["cmh_p"])
    else:
        ps = [
            two_proportion_p_value(int(r.sqls), int(r.mqls), int(r.prior_sqls), int(r.prior_mqls))
            for r in df.itertuples()
        ]
    return df.assign(p_value=ps, q_value=benjamini_hochberg(ps))


def _not_repeated(new: list[Finding], earlier: list[Finding]) -> list[Finding]:
    """Drop a campaign's MQL → SQL finding that repeats a channel's: same counts both months
    (the campaign is all of the channel), so the reader sees the fact once."""
    keys = ("mqls", "sqls", "prior_mqls", "prior_sqls")
    seen = {tuple(f.evidence.get(k) for k in keys) for f in earlier if f.metric == "mql_to_sql"}
    return [f for f in new if tuple(f.evidence.get(k) for k in keys) not in seen]


def _targets(ws: Workspace, month: str) -> pd.DataFrame:
    """The month's targets on the volume tables' metrics, named as their ``target_*`` columns."""
    cols = ["metric", "target", "channel", "campaign_id", "direction"]
    rows = [
        {**t.as_dict(), "metric": _TARGET_COLUMNS[t.metric]}
        for t in references.targets(ws)
        if t.month == month and t.metric in _TARGET_COLUMNS
    ]
    return pd.DataFrame(rows, columns=cols)


def _attach_targets(df: pd.DataFrame, targets: pd.DataFrame, by: str | None) -> pd.DataFrame:
    df = df.copy()
    for m in _TARGET_METRICS:
        df[f"target_{m}"] = None
    for t in targets.itertuples():
        ch = t.channel if isinstance(t.channel, str) else None
        cp = t.campaign_id if isinstance(t.campaign_id, str) and t.campaign_id else None
        if by is None and not ch and not cp:
            mask = df["segment"] == "all"
        elif by == "channel" and ch and not cp:
            mask = df["segment"].map(normalise_channel) == ch
        elif by == "campaign_id" and cp and not ch:
            mask = df["segment"] == cp
        else:
            continue
        df.loc[mask, f"target_{t.metric}"] = float(t.target)
    return df


#: The stages ``outcome_stage: auto`` tries, first recorded wins.
AUTO_OUTCOMES = ("sql", "opportunity", "won")


def outcome_settings(leads: ir.Table, s: LeadQualitySettings) -> LeadQualitySettings:
    """``s`` with ``outcome_stage: auto`` resolved to the first of :data:`AUTO_OUTCOMES` that
    some lead has reached (``sql`` when none has: the notes then say the data lacks it)."""
    if s.outcome_stage != "auto":
        return s
    for stage in AUTO_OUTCOMES:
        col = LEAD_STAGE_COLUMNS[stage]
        if col in leads.columns and value(leads.filter(leads[col].notnull()).count()):
            return s.model_copy(update={"outcome_stage": stage})
    return s.model_copy(update={"outcome_stage": "sql"})


def _outcome_as_of(
    leads: ir.Table, s: LeadQualitySettings, as_of: dt.date
) -> tuple[dt.date, str | None]:
    """The day outcomes are counted to: ``as_of``, or the last day the leads record anything
    when that is more than ``outcome_days`` before it (an old CRM export reviewed today: a lead
    "without SQL by today" was only followed to the export's end). With a note saying so."""
    cols = [c for c in ("created_at", *LEAD_STAGE_COLUMNS.values()) if c in leads.columns]
    if not cols:
        return as_of, None
    last = frame(leads.aggregate(**{c: leads[c].max() for c in cols})).iloc[0]
    ends = [v for v in last.tolist() if v is not None and not pd.isna(v)]
    if not ends:
        return as_of, None
    end = max(pd.Timestamp(v) for v in ends).date()
    if (as_of - end).days <= s.outcome_days:
        return as_of, None
    return end, (
        f"The leads record nothing after {end}, more than {s.outcome_days} days before "
        f"{as_of}: outcomes are counted as of {end} (a lead without a later stage by then was "
        "not followed further). Pass --as-of to choose another day."
    )


def _window(s: LeadQualitySettings, period_end: dt.date, as_of: dt.date) -> tuple[dt.date, ...]:
    """(start, end) of the leads old enough to have an outcome by ``as_of``."""
    end = min(as_of - dt.timedelta(days=s.outcome_days), period_end)
    return end - dt.timedelta(days=s.window_days), end


def matured_scores(
    leads: ir.Table, s: LeadQualitySettings, period_end: dt.date, as_of: dt.date
) -> pd.DataFrame:
    """Scored leads old enough to have an outcome, aggregated: score, positive, newer, leads.

    Population: leads with a score created in the ``window_days`` before ``as_of −
    outcome_days`` (and not after the period). ``positive``: reached ``outcome_stage`` by
    ``as_of``. ``newer``: created on or after the split day that leaves ``holdout_share`` of the
    leads in the newer part (the time-based holdout)."""
    s = outcome_settings(leads, s)
    stage_col = LEAD_STAGE_COLUMNS[s.outcome_stage]
    if "score" not in leads.columns or stage_col not in leads.columns:
        return pd.DataFrame(columns=["score", "positive", "newer", "leads"])
    start, end = _window(s, period_end, as_of)
    lo = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    cutoff = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    t = leads.filter(leads.score.notnull(), leads.created_at >= lo, leads.created_at < hi)
    t = t.mutate(
        day=t.created_at.date(),
        positive=(t[stage_col].notnull() & (t[stage_col] < cutoff)),
        score=t.score.cast("float64"),
    )
    by_day = frame(t.group_by("day").aggregate(leads=t.count())).sort_values("day")
    by_day["day"] = pd.to_datetime(by_day["day"]).dt.date
    if by_day.empty:
        return pd.DataFrame(columns=["score", "positive", "newer", "leads"])
    share = by_day["leads"].cumsum() / by_day["leads"].sum()
    older = by_day[share <= 1 - s.holdout_share]
    split = older["day"].iloc[-1] + dt.timedelta(days=1) if len(older) else by_day["day"].iloc[0]
    t = t.mutate(newer=t.day >= split)
    t, steps = _bounded_scores(t)
    agg = frame(t.group_by(["score", "positive", "newer"]).aggregate(leads=t.count()))
    agg["positive"] = agg["positive"].astype(bool)
    agg["newer"] = agg["newer"].astype(bool)
    agg.attrs.update(split_day=split, start=start, end=end, score_steps=steps)
    return agg.sort_values(["score", "positive", "newer"]).reset_index(drop=True)


def _bounded_scores(t: ir.Table) -> tuple[ir.Table, int | None]:
    """``t`` with at most :data:`MAX_SCORES` distinct scores, and the number of steps when the
    scores were rounded (None when they were not): a score with more distinct values (a model's
    probability) is rounded in the engine to ``MAX_SCORES - 1`` equal steps between its lowest
    and highest value, so one aggregated row per score stays a bounded pull."""
    stats = query_rows(t.aggregate(n=t.score.nunique(), lo=t.score.min(), hi=t.score.max()))[0]
    if not stats["n"] or stats["n"] <= MAX_SCORES:
        return t, None
    lo, hi = float(stats["lo"]), float(stats["hi"])
    steps = MAX_SCORES - 1
    k = ((t.score - lo) / (hi - lo) * steps).round()
    rounded = (k / steps * (hi - lo) + lo).clip(lower=lo, upper=hi)
    return t.mutate(score=rounded), steps


def _current_threshold(leads: ir.Table, s: LeadQualitySettings) -> tuple[float | None, str]:
    if s.mql_threshold is not None:
        return float(s.mql_threshold), "configured"
    if "mql_at" not in leads.columns or "score" not in leads.columns:
        return None, "unknown"
    v = arrow(leads.filter(leads.mql_at.notnull(), leads.score.notnull()).score.min()).as_py()
    return (None, "unknown") if v is None else (float(v), "inferred: lowest score of an MQL")


def score_evaluation(
    agg: pd.DataFrame, s: LeadQualitySettings, current: float | None
) -> dict[str, Any]:
    """Tables from matured aggregated leads: score_performance (one row), gains, reliability,
    threshold, and the calibration details; empty when there is nothing to evaluate."""
    out: dict[str, Any] = {"score_performance": [], "gains": [], "reliability": [], "threshold": []}
    if agg.empty:
        return out
    pooled = agg.groupby(["score", "positive"], as_index=False)["leads"].sum()
    perf = classification_metrics(pooled)
    out["gains"] = gains_table(pooled)
    scale = cal.score_scale(pooled["score"], s.score_scale)
    older, newer = agg[~agg["newer"]], agg[agg["newer"]]
    fit = cal.fit_calibration(older, scale) if len(older) and len(newer) else None
    perf.update(
        scale=scale, n_holdout=int(newer["leads"].sum()), split_day=agg.attrs.get("split_day")
    )
    perf.update(brier=None, brier_recalibrated=None, hl_stat=None, hl_df=None, hl_p=None)
    if fit is not None:
        from sklearn.metrics import brier_score_loss

        y = newer["positive"].astype(int).to_numpy()
        w = newer["leads"].to_numpy(dtype=float)
        x = newer["score"].to_numpy(dtype=float)
        perf["brier"] = float(brier_score_loss(y, fit.predicted(x), sample_weight=w))
        perf["brier_recalibrated"] = float(brier_score_loss(y, fit.isotonic(x), sample_weight=w))
        edges = cal.band_edges(pooled["score"], s.score_bands)
        out["reliability"] = cal.reliability_table(
            newer, fit, edges, alpha=s.alpha, min_gap=s.min_gap
        )
        perf.update(cal.hosmer_lemeshow(out["reliability"]))
        if fit.platt:
            perf.update(platt_intercept=fit.platt[0], platt_slope=fit.platt[1])
    out["score_performance"] = [jsonable(perf)]
    curve = cal.threshold_values(pooled, s.lead_value, s.handling_cost)
    best = curve.sort_values(["expected_value", "threshold"], ascending=[False, False]).iloc[0]
    rows = [{"kind": "optimal", **best.to_dict()}]
    if current is not None:
        rows.append({"kind": "current", **cal.value_at(curve, current)})
    out["threshold"] = [jsonable(r) for r in rows]
    out["threshold_curve"] = [jsonable(r) for r in curve.to_dict(orient="records")]
    return out


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [jsonable(r) for r in df.to_dict(orient="records")]


def lead_quality(ctx: StageContext) -> StageResult:
    """Stage 5: MQL volume and quality, sales feedback and the scoring model for ``ctx.period``."""
    leads = ctx.workspace.table("leads")
    s = outcome_settings(leads, ctx.settings.lead_quality)
    as_of, stale = _outcome_as_of(leads, s, ctx.as_of)
    period, prior = ctx.period, ctx.period.prior_month()
    tables: dict[str, list[dict[str, Any]]] = {}
    findings: list[Finding] = []
    notes: list[str] = []
    if "mql_at" in leads.columns:
        targets = _targets(ctx.workspace, period.label)
        for name, by in (
            ("total", None),
            ("by_channel", "channel"),
            ("by_campaign", "campaign_id"),
        ):
            if by is not None and by not in leads.columns:
                continue
            strata = None
            if by == "channel" and {"campaign_id", "sql_at"} <= set(leads.columns):
                cells = mql_volume(leads, period, prior, as_of, ("channel", "campaign_id"))
                strata = like_for_like(cells, "channel")
            volume = mql_volume(leads, period, prior, as_of, by)
            df = _attach_targets(_with_tests(volume, strata), targets, by)
            df = df.rename(columns={"segment": by or "segment"})
            tables[name] = _records(df)
            if by is not None:
                findings += _not_repeated(
                    volume_findings(tables[name], by, s, period, prior), findings
                )
            findings += target_findings(tables[name], by, s, period)
        recent = (as_of - period.end).days
        if recent < s.outcome_days:
            notes.append(
                f"MQL → SQL is a cohort of the month's MQLs followed to {as_of.isoformat()}: "
                f"MQLs from the month's last {s.outcome_days - recent} days have had less than "
                f"{s.outcome_days} days to reach SQL."
            )
    else:
        notes.append("No mql_at in leads: MQL volume and MQL → SQL are not measured.")
    if "disqualified_reason" in leads.columns:
        rows, overall = reason_shift(reason_counts(leads, period), reason_counts(leads, prior))
        tables["disqualification"] = rows
        tables["disqualification_test"] = [jsonable(overall)]
        findings += feedback_findings(rows, overall, s, period, prior)
    agg = matured_scores(leads, s, period.end, as_of)
    current, how = _current_threshold(leads, s)
    ev = score_evaluation(agg, s, current)
    tables.update(ev)
    if ev["score_performance"]:
        findings += calibration_findings(ev["reliability"], ev["score_performance"][0], s)
        if ev["threshold"]:
            f = threshold_finding(ev["threshold"], how, s)
            if f is not None:
                findings.append(f)
        fitted = (
            f"calibration fitted on leads before {agg.attrs['split_day']} and tested on the "
            "later ones"
            if ev["score_performance"][0].get("brier") is not None
            else _why_not_calibrated(agg)
        )
        notes.append(
            f"Score evaluated on {fmt(ev['score_performance'][0]['n'], 'count')} leads created "
            f"{agg.attrs['start']} to {agg.attrs['end']} (at least {s.outcome_days} days before "
            f"{as_of}); outcome: reached {s.outcome_stage}{_chosen(ctx, s)}; {fitted}."
        )
        if agg.attrs.get("score_steps"):
            notes.append(
                f"The score has more than {fmt(MAX_SCORES, 'count')} distinct values: it is "
                f"evaluated rounded to {fmt(agg.attrs['score_steps'], 'count')} equal steps "
                "between its lowest and highest value."
            )
    else:
        notes.append(_why_not_scored(leads, s, period.end, as_of))
    if stale is not None:
        notes.append(stale)
    recs = [recommendation(f, s) for f in findings]
    tables["recommendations"] = [r for r in recs if r is not None]
    return StageResult(
        stage=STAGE,
        tables=tables,
        findings=tuple(findings),
        charts=lead_quality_charts(tables.get("gains", []), tables.get("reliability", [])),
        notes=tuple(notes),
        units={"reliability": dict.fromkeys(_RELIABILITY_RATES, "rate")},
    )


def _chosen(ctx: StageContext, s: LeadQualitySettings) -> str:
    if ctx.settings.lead_quality.outcome_stage != "auto" or s.outcome_stage == "sql":
        return ""
    return " (no lead has reached SQL: the first later stage the leads record)"


def _why_not_scored(leads: ir.Table, s: LeadQualitySettings, end: dt.date, as_of: dt.date) -> str:
    """Why the scoring model is not evaluated: each cause its own sentence and fix."""
    col = LEAD_STAGE_COLUMNS[s.outcome_stage]
    if "score" not in leads.columns:
        return "Leads have no score column: the scoring model is not evaluated."
    scored = leads.filter(leads.score.notnull())
    if col not in leads.columns or not value(scored.filter(scored[col].notnull()).count()):
        return (
            f"No scored lead has reached {s.outcome_stage} ({col} is empty or absent): the "
            "scoring model is not evaluated. Set lead_quality.outcome_stage to a stage the "
            "leads record."
        )
    first, last = (value(scored.created_at.min()), value(scored.created_at.max()))
    start, stop = _window(s, end, as_of)
    return (
        f"No scored lead was created from {start} to {stop} (at least {s.outcome_days} days "
        f"before {as_of} and not after the month): the scoring model is not evaluated. The "
        f"scored leads were created {first.date()} to {last.date()}: review a month in that "
        "range (--month), or pass --as-of when the data ends long before today."
    )


def _why_not_calibrated(agg: pd.DataFrame) -> str:
    older = agg[~agg["newer"]]
    if older.empty or not agg["newer"].any():
        return (
            "calibration not fitted: the leads were created on too few days to hold out the "
            "newest ones for a test"
        )
    return (
        f"calibration not fitted: every lead created before {agg.attrs['split_day']} has the "
        "same outcome, so there is nothing to fit a probability on"
    )
