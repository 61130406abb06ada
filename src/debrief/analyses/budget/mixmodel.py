"""The budget stage on the marketing-mix model, when the workspace records business outcomes.

With an ``outcomes`` table holding a KPI in money (``revenue`` first), the channel ROAS, marginal
ROAS and the reallocation come from the same model as ``debrief mmm`` (:mod:`debrief.mmm`): the
outcome explained by every channel's spend at once, with trend, seasonality and the controls, on
the data up to the review's last day. Per-channel curves on platform-reported
``conversion_value`` credit each channel with whatever moved with its spend (demand, the other
channels); the model separates them, which is why it is preferred whenever outcomes exist.

Readouts cover the review period's own periods (its weeks or days; the model's default quarter
when none is modelled yet); money is per month at that spend rate. Without a usable model (no
money KPI, too short a history, a gap) the stage falls back to per-channel curves and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from debrief.analyses.budget.curves import ChannelCurve
from debrief.analyses.budget.findings import reallocation_findings
from debrief.analyses.budget.reallocate import Reallocation
from debrief.context import StageContext
from debrief.errors import UserError
from debrief.mmm import MMMSettings, run_mmm
from debrief.mmm.curves import Curve
from debrief.mmm.report import response_chart
from debrief.mmm.workspace import MONEY_KPIS, load
from debrief.numbers import fmt
from debrief.query import frame
from debrief.results import Finding

__all__ = ["METHOD", "MixBudget", "mix_model_budget", "money_kpi_of"]

STAGE = "budget"
METHOD = "marketing_mix_model"


@dataclass(frozen=True)
class MixBudget:
    tables: dict[str, list[dict[str, Any]]]
    findings: list[Finding]
    notes: list[str]
    charts: dict[str, dict[str, Any]]
    #: the model's curves (money per period) for the ROAS-floor check, and periods per month
    curves: list[ChannelCurve]
    periods_per_month: float
    period_days: int


def _channel_curves(r: Any, held: dict[str, str]) -> list[ChannelCurve]:
    """The fit's curves in the budget stage's shape, so the ROAS-floor check reads them as it
    reads per-channel curves (bounds from the 4-week / 28-day mean spend shown)."""
    x = r.data.spend.to_numpy(float)
    k = 28 if r.data.daily else 4
    out = []
    for c, row in enumerate(r.readout.rows):
        roll = np.convolve(x[:, c], np.ones(k) / k, mode="valid") if len(x) >= k else x[:, c]
        ch = row["channel"]
        out.append(
            ChannelCurve(
                channel=ch,
                identified=ch not in held,
                reason=held.get(ch),
                curve=Curve.of(r.posterior, c),  # type: ignore[arg-type]
                n_periods=len(x),
                current_spend=float(r.readout.current[c]),
                marginal_roas=row["marginal_roas"],
                marginal_roas_low=row["marginal_roas_low"],
                marginal_roas_high=row["marginal_roas_high"],
                average_roas=row["roas"],
                level_min=float(roll.min()),
                level_max=float(roll.max()),
            )
        )
    return out


def money_kpi_of(ctx: StageContext) -> tuple[str | None, str | None]:
    """The outcome KPI to read ROAS on (revenue first, else the first money KPI), or None and
    why not."""
    t = ctx.workspace.optional("outcomes")
    if t is None:
        return None, None
    kpis = sorted(str(k) for k in frame(t.select("kpi").distinct())["kpi"].dropna())
    money = [k for k in kpis if k in MONEY_KPIS]
    if not money:
        return None, (
            f"outcomes has no KPI in money ({', '.join(kpis) or 'no rows'}; ROAS needs one of "
            f"{', '.join(MONEY_KPIS)}): the marketing-mix model is not used here (debrief mmm "
            "--kpi reads the others)"
        )
    return ("revenue" if "revenue" in money else money[0]), None


def _curve_row(row: dict[str, Any], held: dict[str, str], period_days: int, n: int) -> dict:
    ch = row["channel"]
    return {
        "channel": ch,
        "identified": ch not in held,
        "reason": held.get(ch),
        "current_daily_spend": row["current_spend_per_period"] / period_days,
        "marginal_roas": row["marginal_roas"],
        "marginal_roas_low": row["marginal_roas_low"],
        "marginal_roas_high": row["marginal_roas_high"],
        "average_roas": row["roas"],
        "average_roas_low": row["roas_low"],
        "average_roas_high": row["roas_high"],
        "contribution": row["contribution"],
        "contribution_low": row["contribution_low"],
        "contribution_high": row["contribution_high"],
        "n_periods": n,
        "campaigns": "all",
    }


def _times(v: float | None, f: float) -> float | None:
    return None if v is None else v * f


def _unidentified(held: dict[str, str]) -> list[Finding]:
    return [
        Finding(
            id=f"budget.curve_unidentified.{ch}",
            stage=STAGE,
            kind="curve_unidentified",
            statement=(
                f"The marketing-mix model cannot separate the effect of {ch} from the others: "
                f"{why}; its spend is held fixed in the reallocation."
            ),
            subject={"channel": ch},
            metric="marginal_roas",
            evidence={"reason": why, "method": METHOD},
        )
        for ch, why in sorted(held.items())
    ]


def mix_model_budget(
    ctx: StageContext, kpi: str, last_day: Any, move_bound: float, money: Any
) -> MixBudget | str:
    """The stage's curves, reallocation and moves from the marketing-mix model, or the reason
    it cannot be fitted (the caller then falls back to per-channel curves)."""
    b = ctx.settings.budget
    try:
        loaded = load(ctx.workspace, kpi, through=last_day)
    except UserError as e:
        return f"the marketing-mix model cannot be fitted on outcomes ({e.what}; {e.fix})"
    data = loaded.data
    in_period = int((data.dates >= pd.Timestamp(ctx.period.start)).sum())
    settings = MMMSettings(
        current_periods=in_period or None,
        interval=b.interval,
        seed=b.seed,
        move_bound=move_bound,
    )
    r = run_mmm(data, settings, loaded.priors)
    # The plan reads money per average month (30.44 days); the review reads its own month.
    f = ctx.period.days / 30.4375
    held = {
        ch: f"{w['kind'].replace('_', ' ')}: {w['detail']}"
        for w in reversed(r.warnings)
        for ch in w["channels"]
    }
    n, unit = len(data.dates), data.unit
    curves = [_curve_row(row, held, data.period_days, n) for row in r.readout.rows]
    realloc = [
        {
            "channel": row["channel"],
            "identified": row["channel"] not in held,
            "current_spend": round(row["current_spend"] * f, 2),
            "recommended_spend": round(row["recommended_spend"] * f, 2),
            "change": round(row["change"] * f, 2),
            "expected_revenue_change": row["expected_outcome_change"] * f,
            "low": _times(row["low"], f),
            "high": _times(row["high"], f),
            "marginal_roas_before": row["marginal_roas_before"],
            "marginal_roas_after": row["marginal_roas_after"],
            "note": row["reason"],
        }
        for row in r.plan.reallocation
    ]
    moves = []
    for m in r.plan.moves:
        m = dict(m)
        gain = m.pop("expected_outcome_change")
        moves.append(
            {**m, "amount": round(m["amount"] * f, 2), "expected_revenue_change": gain * f}
        )
    movable = [c for c in curves if c["identified"] and c["current_daily_spend"] > 0]
    status = "not_enough_curves" if len(movable) < 2 else ("moved" if moves else "no_gain")
    p = r.plan
    re = Reallocation(
        realloc,
        moves,
        p.total_change * f,
        _times(p.total_low, f),
        _times(p.total_high, f),
        held,
        status,
    )
    ho = r.holdout or {}
    window = r.readout.window
    first, last = data.dates[window.start].date(), data.dates[-1].date()
    model = {
        "method": METHOD,
        "kpi": data.kpi,
        "grain": "daily" if data.daily else "weekly",
        "periods": n,
        "first_period": data.dates[0].date().isoformat(),
        "last_period": data.dates[-1].date().isoformat(),
        "window_periods": window.stop - window.start,
        "r2": r.fit_stats.get("r2"),
        "holdout_wape": ho.get("wape"),
        "holdout_periods": ho.get("periods"),
    }
    what = (
        f"{n} {unit}s of outcomes ({data.kpi}) from {model['first_period']} to "
        f"{model['last_period']}: adstock and saturation per channel, trend, seasonality"
        + (f", {len(data.controls.columns)} control(s)" if data.controls is not None else "")
        + (f", {len(data.lift_tests)} lift test(s)" if data.lift_tests else "")
    )
    notes = [
        f"Method: the marketing-mix model on {what}. Channel ROAS, marginal ROAS "
        f"({fmt(b.interval, 'rate', places=0)} intervals) and the reallocation below are that "
        f"model's, read over the {window.stop - window.start} {unit}(s) from {first} to {last}; "
        f"money is over the {ctx.period.days} days of {ctx.period.label} at that spend rate. The per-channel curves on ad_performance's "
        "conversion_value are not used.",
        *loaded.notes,
        *r.notes,
    ]
    if ho.get("wape") is not None:
        notes.append(
            f"Held-back fit: refitted without the last {ho['periods']} {unit}s, the model "
            f"predicts them with a weighted error of {fmt(ho['wape'], 'rate')} of the outcome."
        )
    findings = _unidentified(held) + reallocation_findings(re, money, move_bound, b.interval)
    return MixBudget(
        tables={
            "model": [model],
            "curves": curves,
            "reallocation": realloc,
            "reallocation_moves": moves,
        },
        findings=findings,
        notes=notes,
        charts={"response_curves": response_chart(r)},
        curves=_channel_curves(r, held),
        periods_per_month=ctx.period.days / data.period_days,
        period_days=data.period_days,
    )
