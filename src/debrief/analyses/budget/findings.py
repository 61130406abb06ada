"""The budget stage's findings: sentences in observation language over the stage's tables.

Each statement is a measurement against a reference (the plan, the ROAS floor, the current split),
never a verdict on a channel or a person. Money is formatted by ``money`` (workspace currency).
"""

from __future__ import annotations

from typing import Any

from debrief.analyses.budget.curves import ChannelCurve
from debrief.analyses.budget.reallocate import Reallocation
from debrief.numbers import fmt
from debrief.results import Finding

__all__ = ["curve_findings", "reallocation_findings", "waste_findings"]

STAGE = "budget"


def curve_findings(curves: list[ChannelCurve]) -> list[Finding]:
    out = []
    for c in curves:
        if c.identified:
            continue
        out.append(
            Finding(
                id=f"budget.curve_unidentified.{c.channel}",
                stage=STAGE,
                kind="curve_unidentified",
                statement=(
                    f"The response curve of {c.channel} could not be identified: {c.reason}; "
                    "its marginal ROAS is not estimated and its spend is held fixed."
                ),
                subject={"channel": c.channel},
                metric="marginal_roas",
                evidence={"reason": c.reason, "n_periods": c.n_periods},
            )
        )
    return out


def reallocation_findings(
    re: Reallocation, money: Any, bound: float, interval: float
) -> list[Finding]:
    """One ``reallocation`` finding for the whole plan (an action when its interval is above 0)
    and one ``reallocation_move`` finding per pair of channels explaining each move."""
    if not re.moves:
        return []
    moved = sum(m["amount"] for m in re.moves)
    low = "n/a" if re.total_low is None else money(re.total_low)
    high = "n/a" if re.total_high is None else money(re.total_high)
    sure = re.total_low is not None and re.total_low > 0
    out = [
        Finding(
            id="budget.reallocation",
            stage=STAGE,
            kind="reallocation",
            statement=(
                f"Moving {money(moved)} between channels at the same total budget, each within "
                f"±{fmt(bound, 'rate', places=0)} of its spend, is forecast to change revenue by "
                f"{money(re.total_change)} ({fmt(interval, 'rate', places=0)} interval {low} to {high}), as a "
                "counterfactual on this period's history."
            ),
            subject={},
            metric="expected_revenue_change",
            actual=re.total_change,
            severity="warning" if sure else "info",
            evidence={
                "moved": round(moved, 2),
                "low": re.total_low,
                "high": re.total_high,
                "moves": len(re.moves),
                "held_fixed": dict(re.held),
            },
            impact=max(0.0, re.total_change),
        )
    ]
    for m in re.moves:
        statement = (
            f"Moving {money(m['amount'])} from {m['from_channel']} to {m['to_channel']} "
            f"(marginal ROAS {fmt(m['from_marginal_roas_before'], 'ratio')} → "
            f"{fmt(m['from_marginal_roas_after'], 'ratio')} on {m['from_channel']}, "
            f"{fmt(m['to_marginal_roas_before'], 'ratio')} → "
            f"{fmt(m['to_marginal_roas_after'], 'ratio')} on {m['to_channel']}) is forecast to "
            f"change revenue by {money(m['expected_revenue_change'])}, as a counterfactual on "
            "this period's history."
        )
        out.append(
            Finding(
                id=f"budget.reallocation.{m['from_channel']}.{m['to_channel']}",
                stage=STAGE,
                kind="reallocation_move",
                statement=statement,
                subject={"channel": m["to_channel"], "from_channel": m["from_channel"]},
                metric="marginal_roas",
                actual=m["from_marginal_roas_before"],
                reference=m["to_marginal_roas_before"],
                evidence={**m, "move_bound": bound, "interval": interval},
                impact=max(0.0, float(m["expected_revenue_change"])),
            )
        )
    return out


def waste_findings(
    rows: list[dict[str, Any]], money: Any, label: str, interval: float, to_date: str
) -> list[Finding]:
    """Findings for waste rows. ``label`` names the period of curve-based rows (spend at the
    current daily rate over the period), ``to_date`` that of the rows of recorded spend."""
    out = []
    for r in rows:
        if r["kind"] == "past_floor":
            lo, hi = r["marginal_roas_low"], r["marginal_roas_high"]
            sure = hi is not None and hi < r["floor"]
            head = (
                f"{r['channel']}'s marginal ROAS at current spend was "
                f"{fmt(r['marginal_roas'], 'ratio')} ({fmt(interval, 'rate', places=0)} interval {fmt(lo, 'ratio')} to "
                f"{fmt(hi, 'ratio')}) against a floor of {fmt(r['floor'], 'number', sig=6)}"
            )
            # A crossing below the lowest sustained spend ever observed is an extrapolation:
            # the data only show the marginal ROAS below the floor across their whole range.
            inside = r["threshold_spend"] >= r["observed_min_spend"] and r["threshold_spend"] > 0
            # Money spent beyond what it returned: past the point, or the whole spend.
            net = r["wasted_spend"] - r["revenue_from_it"]
            if not inside and r.get("average_roas") is not None:
                net = r["spend"] * (1 - r["average_roas"])
            if inside:
                statement = (
                    f"{head}: {money(r['wasted_spend'])} of the {label} spend was past the point "
                    f"({money(r['threshold_spend'])} a day) where it falls below the floor, and "
                    f"returned {money(r['revenue_from_it'])}."
                )
            else:
                statement = (
                    f"{head} across the spend levels observed (from "
                    f"{money(r['observed_min_spend'])} a day): the {label} spend of "
                    f"{money(r['spend'])} returned {money(r['spend'] * r['average_roas'])}."
                    if r.get("average_roas") is not None
                    else f"{head} across the spend levels observed."
                )
            out.append(
                Finding(
                    id=f"budget.waste.past_floor.{r['channel']}",
                    stage=STAGE,
                    kind="saturation" if inside else "below_floor",
                    statement=statement,
                    subject={"channel": r["channel"]},
                    metric="marginal_roas",
                    actual=r["marginal_roas"],
                    reference=r["floor"],
                    reference_kind="target",
                    severity="warning" if sure else "info",
                    evidence={k: r[k] for k in r if k != "kind"},
                    impact=max(0.0, net),
                )
            )
        else:
            where = (
                f"campaign {r['campaign_id']} on {r['channel']}"
                if r["segment"] is None
                else f"{r['channel']} with "
                + ", ".join(f"{k} = {v}" for k, v in r["segment"].items())
            )
            key = r["campaign_id"] or ".".join(f"{k}={v}" for k, v in (r["segment"] or {}).items())
            out.append(
                Finding(
                    id=f"budget.waste.no_conversions.{r['channel']}.{key}",
                    stage=STAGE,
                    kind="no_conversions",
                    statement=(
                        f"{where} spent {money(r['spend'])} in {to_date} with 0 conversions "
                        "recorded."
                    ),
                    subject={
                        "channel": r["channel"],
                        **({"campaign_id": r["campaign_id"]} if r["campaign_id"] else {}),
                        **({"segment": r["segment"]} if r["segment"] else {}),
                    },
                    metric="conversions",
                    actual=0.0,
                    severity="warning",
                    evidence={
                        "spend": r["spend"],
                        "counted_above": r.get("counted_above", 0.0),
                    },
                    # Each dollar once: spend an earlier row (its campaign) already counts is
                    # not money at stake again.
                    impact=r.get("wasted_spend", r["spend"]),
                )
            )
    return out
