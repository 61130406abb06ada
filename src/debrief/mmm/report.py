"""The marketing-mix report: tables, findings, charts and notes of one :class:`MMMResult`.

``report.json`` (kind ``marketing_mix``, stage ``marketing_mix``) has the tables:

| table | rows |
| --- | --- |
| ``channels`` | per channel over the window: spend, contribution (+ interval), roas (+ interval), marginal_roas (+ interval) at current spend, saturation spend, half-life |
| ``reallocation`` | per channel a month at the current rate: current_spend, recommended_spend, change, expected_outcome_change (+ low/high), marginal ROAS before/after, reason |
| ``scenarios`` | other totals (80%-120%): spend, media outcome, change, return of the change |
| ``next_month`` | the ``budgets`` plan for the month after the data, forecast per channel and total |
| ``decomposition`` | per week: actual, fitted, baseline and each channel's contribution |
| ``fit`` | one row: periods, grain, R², WAPE and MAPE in sample and on the held-back periods, seconds |
| ``warnings`` | channels the model cannot tell apart, and why |

Sentences state measurements against references (the fit, an interval, another channel's
figure), never a verdict on a channel or a person.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from debrief.mmm.curves import response
from debrief.mmm.plan import periods_per_month
from debrief.mmm.run import MMMResult
from debrief.mmm.workspace import money_kpi
from debrief.numbers import fmt
from debrief.results import Finding, Report, StageResult

__all__ = ["decomposition_chart", "mmm_report", "response_chart"]

STAGE = "marketing_mix"


def _money(kpi: str, currency: str) -> Any:
    if money_kpi(kpi):
        return lambda v: fmt(v, "money", symbol=True, currency=currency)
    return lambda v: f"{fmt(v, 'number', places=1)} {kpi}"


def _decomposition(r: MMMResult) -> list[dict[str, Any]]:
    d = r.data
    contrib = r.readout.per_period
    frame = pd.DataFrame(contrib, columns=list(d.channels))
    frame.insert(0, "baseline", r.posterior.baseline * r.posterior.scale_y)
    frame.insert(0, "actual", d.outcome)
    frame.insert(1, "fitted", frame["baseline"] + frame[list(d.channels)].sum(axis=1))
    frame.insert(0, "week", d.dates.to_period("W-SUN").start_time if d.daily else d.dates)
    frame = frame.groupby("week", as_index=False).sum()
    frame["week"] = frame["week"].dt.date
    return frame.to_dict(orient="records")


def decomposition_chart(rows: list[dict[str, Any]], channels: tuple[str, ...]) -> dict[str, Any]:
    """Stacked areas: baseline and each channel's contribution per week, the actual as a line."""
    values = [
        {"week": str(r["week"]), "part": part, "value": round(float(r[part]), 2)}
        for r in rows
        for part in ("baseline", *channels)
    ]
    actual = [{"week": str(r["week"]), "actual": round(float(r["actual"]), 2)} for r in rows]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": "Outcome decomposition (per week)",
        "layer": [
            {
                "data": {"values": values},
                "mark": "area",
                "encoding": {
                    "x": {"field": "week", "type": "temporal", "title": "Week"},
                    "y": {
                        "field": "value",
                        "type": "quantitative",
                        "stack": True,
                        "title": "Outcome",
                    },
                    "color": {"field": "part", "type": "nominal", "title": "Part"},
                },
            },
            {
                "data": {"values": actual},
                "mark": {"type": "line", "color": "black"},
                "encoding": {
                    "x": {"field": "week", "type": "temporal"},
                    "y": {"field": "actual", "type": "quantitative"},
                },
            },
        ],
    }


def response_chart(r: MMMResult, points: int = 40) -> dict[str, Any]:
    """Each channel's outcome per period against sustained spend per period, current spend marked."""
    d = r.data
    x = d.spend.to_numpy(float)
    values, marks = [], []
    for c, ch in enumerate(d.channels):
        cur = float(r.readout.current[c])
        top = max(float(x[:, c].max()), cur) * 1.3
        grid = np.linspace(0, top, points)
        ys = response(r.posterior, c, grid)[0]
        values += [
            {"channel": ch, "spend": round(float(s), 2), "outcome": round(float(v), 2)}
            for s, v in zip(grid, ys, strict=True)
        ]
        marks.append(
            {
                "channel": ch,
                "spend": round(cur, 2),
                "outcome": round(float(response(r.posterior, c, cur)[0, 0]), 2),
            }
        )
    enc = {
        "x": {"field": "spend", "type": "quantitative", "title": f"Spend per {d.unit}"},
        "y": {"field": "outcome", "type": "quantitative", "title": f"{d.kpi} per {d.unit}"},
        "color": {"field": "channel", "type": "nominal"},
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": f"Response curves (sustained spend per {d.unit})",
        "layer": [
            {"data": {"values": values}, "mark": "line", "encoding": enc},
            {
                "data": {"values": marks},
                "mark": {"type": "point", "filled": True, "size": 60},
                "encoding": enc,
            },
        ],
    }


def _pct(v: float | None) -> str:
    return "n/a" if v is None else fmt(v, "rate", places=1)


def _findings(r: MMMResult, currency: str) -> list[Finding]:
    money = _money(r.data.kpi, currency)
    share = fmt(r.settings.interval, "rate", places=0)
    out: list[Finding] = []
    unit = r.data.unit
    for row in r.readout.rows:
        lo, hi = row["marginal_roas_low"], row["marginal_roas_high"]
        rng = (
            "no interval"
            if lo is None or hi is None
            else f"{share} interval {fmt(lo, 'number', places=2)} to {fmt(hi, 'number', places=2)}"
        )
        avg = "n/a" if row["roas"] is None else fmt(row["roas"], "number", places=2)
        out.append(
            Finding(
                id=f"mmm-marginal-{row['channel']}",
                stage=STAGE,
                kind="marginal_roas",
                statement=(
                    f"{row['channel']}: one more unit of spend per {unit} at the current "
                    f"{money(row['current_spend_per_period'])} a {unit} returns {fmt(row['marginal_roas'], 'number', places=2)} "
                    f"in {r.data.kpi} ({rng}); its average ROAS over the window is "
                    f"{avg}."
                ),
                subject={"channel": row["channel"]},
                metric="marginal_roas",
                actual=row["marginal_roas"],
                severity="info",
                evidence={
                    k: row[k] for k in ("marginal_roas_low", "marginal_roas_high", "roas", "spend")
                },
            )
        )
    for i, w in enumerate(r.warnings):
        chans = " and ".join(w["channels"])
        out.append(
            Finding(
                id=f"mmm-warning-{i + 1}",
                stage=STAGE,
                kind=f"mmm_{w['kind']}",
                statement=(
                    f"The data cannot separate {chans} well ({w['kind'].replace('_', ' ')}: "
                    f"{w['detail']}); {'its' if len(w['channels']) == 1 else 'their'} figures "
                    "are held out of the reallocation."
                ),
                subject={"channel": w["channels"][0]},
                severity="warning",
                evidence=w,
            )
        )
    p = r.plan
    moved = [x for x in p.reallocation if abs(x["change"]) >= 0.01]
    if moved:
        lo = "n/a" if p.total_low is None else money(p.total_low)
        hi = "n/a" if p.total_high is None else money(p.total_high)
        out.append(
            Finding(
                id="mmm-reallocation",
                stage=STAGE,
                kind="reallocation",
                statement=(
                    f"At the same total, moving {money(sum(x['change'] for x in moved if x['change'] > 0))} "
                    f"a month between {len(moved)} channels changes the forecast {r.data.kpi} by "
                    f"{money(p.total_change)} a month ({share} interval {lo} to {hi})."
                ),
                metric="expected_outcome_change",
                actual=p.total_change,
                severity="warning" if (p.total_low or 0) > 0 else "info",
                impact=float(p.total_change) if money_kpi(r.data.kpi) else 0.0,
                evidence={"low": p.total_low, "high": p.total_high},
            )
        )
    ho = r.holdout
    if ho is not None and ho.get("wape") is not None:
        # WAPE (sum |error| / sum |actual|) leads: a mean of percentage errors explodes on
        # near-zero periods (a week of 328 among weeks of 20,000 weighs as much as any other).
        poor = ho["wape"] > max(2 * (ho["train_wape"] or 0.0), 0.15)
        mape = "" if ho["mape"] is None else f"; mean absolute percentage error {_pct(ho['mape'])}"
        out.append(
            Finding(
                id="mmm-holdout",
                stage=STAGE,
                kind="holdout_fit",
                statement=(
                    f"Refitted without the last {ho['periods']} {unit}s, the model predicts "
                    f"them with a weighted absolute error of {_pct(ho['wape'])} of the outcome "
                    f"(in sample: {_pct(ho['train_wape'])}{mape})"
                    + (
                        ": the held-back error is more than twice the in-sample one and above "
                        "15%, so the readouts extrapolate beyond what the model predicts well."
                        if poor
                        else "."
                    )
                ),
                metric="wape",
                actual=ho["wape"],
                reference=ho["train_wape"],
                severity="warning" if poor else "info",
                evidence={k: v for k, v in ho.items()},
            )
        )
    return out


def mmm_report(r: MMMResult, currency: str = "USD", workspace: str = "") -> Report:
    d = r.data
    per_month = periods_per_month(d)
    channels = [{k: v for k, v in row.items()} for row in r.readout.rows]
    warned = {ch for w in r.warnings for ch in w["channels"]}
    for row in channels:
        row["identified"] = row["channel"] not in warned
    fit = {
        "periods": len(d.dates),
        "grain": "daily" if d.daily else "weekly",
        "first_period": d.dates[0].date(),
        "last_period": d.dates[-1].date(),
        "window_periods": r.settings.window(d),
        "kpi": d.kpi,
        "method": r.posterior.method,
        "saturation": r.posterior.saturation,
        "draws": r.posterior.draws,
        "r2": r.fit_stats.get("r2"),
        "wape": r.fit_stats.get("wape"),
        "holdout_periods": None if r.holdout is None else r.holdout["periods"],
        "holdout_wape": None if r.holdout is None else r.holdout["wape"],
        "mape": r.fit_stats.get("mape"),
        "holdout_mape": None if r.holdout is None else r.holdout["mape"],
        "residual_autocorrelation": r.fit_stats.get("residual_autocorrelation"),
        "lift_tests": len(d.lift_tests),
        "seconds": round(float(r.fit_stats.get("seconds", 0.0)), 2),
    }
    decomp = _decomposition(r)
    notes = [
        f"{d.kpi} explained by spend on {len(d.channels)} channels, {len(d.dates)} {d.unit}s "
        f"({d.dates[0].date()} to {(d.dates[-1] + pd.Timedelta(days=d.period_days - 1)).date()}), "
        f"with a baseline of trend, yearly seasonality{', day of week' if d.daily else ''}"
        f"{'' if d.controls is None else ', ' + ', '.join(d.controls.columns)}.",
        f"Readouts cover the last {r.settings.window(d)} {d.unit}s; marginal ROAS is read at each "
        f"channel's mean spend per {d.unit} there (the current spend). Money in the reallocation "
        f"and scenarios is a month at that rate ({fmt(per_month, 'number', places=2)} {d.unit}s).",
        f"Intervals: {fmt(r.settings.interval, 'rate', places=0)}, from {r.posterior.draws} draws of the "
        f"{'Laplace approximation' if r.posterior.method == 'laplace' else 'posterior'}; they "
        "describe noise around a model taken as right, not model error.",
        *r.notes,
    ]
    stage = StageResult(
        stage=STAGE,
        tables={
            "channels": channels,
            "reallocation": r.plan.reallocation,
            "scenarios": r.plan.scenarios,
            "next_month": r.plan.next_month,
            "decomposition": decomp,
            "fit": [fit],
            "warnings": [
                {"kind": w["kind"], "channels": ", ".join(w["channels"]), "detail": w["detail"]}
                for w in r.warnings
            ],
        },
        findings=tuple(_findings(r, currency)),
        charts={
            "decomposition": decomposition_chart(decomp, d.channels),
            "response_curves": response_chart(r),
        },
        notes=tuple(notes),
        units={
            "fit": {k: "rate" for k in ("wape", "holdout_wape", "mape", "holdout_mape")},
            "channels": {
                "contribution": "money",
                "contribution_low": "money",
                "contribution_high": "money",
            }
            if money_kpi(d.kpi)
            else {},
            "reallocation": {
                "change": "money",
                "expected_outcome_change": "money",
                "low": "money",
                "high": "money",
            }
            if money_kpi(d.kpi)
            else {},
        },
    )
    end = (d.dates[-1] + pd.Timedelta(days=d.period_days - 1)).date()
    return Report(
        kind="marketing_mix",
        period_start=d.dates[0].date(),
        period_end=end,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        stages={STAGE: stage},
        title=f"Marketing-mix model: {d.kpi}",
        workspace=workspace,
    )
