"""Where the impressions went: each channel's delivery against its plan, split into spend and CPM.

A reach shortfall has two arithmetic sources: less money spent than planned, or each thousand
impressions costing more than expected. For channel ``c`` with planned spend ``P`` (``budgets``
rows of the campaign; the actual spend when there is no plan), spend ``S``, impressions ``I`` and
benchmark CPM ``b`` (``benchmarks``, the channel's, in workspace currency per thousand):

* impressions expected from the plan ``E = P / b × 1000``;
* shortfall ``E − I`` = from spend ``(P − S) / b × 1000`` + from CPM ``S / b × 1000 − I``.

The two parts add up to the shortfall exactly. Inputs are summed in the engine; output rows feed
the root-cause chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.numbers import fmt
from debrief.postmortem.measures import Scope, ad_counts
from debrief.postmortem.references import References
from debrief.postmortem.text import metric_text
from debrief.query import frame

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["delivery_rows", "planned_spend"]


def planned_spend(ws: Workspace, campaign_id: str) -> dict[str, float]:
    """Planned spend per channel of the campaign (every ``budgets`` month of it)."""
    t = ws.optional("budgets")
    if t is None or "campaign_id" not in t.columns or "channel" not in t.columns:
        return {}
    t = t.filter(t.campaign_id == campaign_id)
    df = frame(t.group_by("channel").aggregate(planned=t.planned_spend.sum().cast("float64")))
    return {str(r["channel"]): float(r["planned"]) for r in df.to_dict("records") if r["channel"]}


def delivery_rows(
    ws: Workspace, campaign_id: str, scope: Scope, refs: References, currency: str = "USD"
) -> list[dict[str, Any]]:
    """One chain row per channel, largest shortfall first (see the module docstring)."""
    plan = planned_spend(ws, campaign_id)
    df = ad_counts(ws, scope, by=["channel"])
    rows = []
    for r in df.to_dict("records"):
        ch = str(r["channel"])
        spend, imps = float(r["spend"] or 0.0), float(r["impressions"] or 0.0)
        bench = refs.benchmark("cpm", ch)
        cpm = spend / imps * 1000 if imps else None
        planned = plan.get(ch)
        if bench is None or bench[0] <= 0:
            rows.append(
                {
                    "level": "channel",
                    "subject": ch,
                    "metric": "impressions",
                    "actual": imps,
                    "reference": None,
                    "missing": None,
                    "statement": f"Impressions on {ch} were {fmt(imps, 'number', places=0)} at a CPM of "
                    f"{metric_text('cpm', cpm, currency)}; there is no CPM benchmark for {ch}.",
                }
            )
            continue
        b = bench[0]
        base = planned if planned is not None else spend
        expected = base / b * 1000
        from_spend = (base - spend) / b * 1000
        from_cpm = spend / b * 1000 - imps
        missing = expected - imps
        plan_text = (
            f"spend was {metric_text('spend', spend, currency)} of {metric_text('spend', planned, currency)} "
            f"planned"
            if planned is not None
            else f"spend was {metric_text('spend', spend, currency)} (no plan in budgets)"
        )
        text = (
            f"On {ch}, {plan_text} and the CPM was {metric_text('cpm', cpm, currency)} against a "
            f"benchmark of {metric_text('cpm', b, currency)}: impressions were {fmt(imps, 'number', places=0)} against "
            f"{fmt(expected, 'number', places=0)} expected"
        )
        if missing > 0:
            text += (
                f", {fmt(from_cpm / missing, 'rate', places=0)} of the gap from the CPM and "
                f"{fmt(from_spend / missing, 'rate', places=0)} from the spend"
            )
        rows.append(
            {
                "level": "channel",
                "subject": ch,
                "metric": "impressions",
                "actual": imps,
                "reference": expected,
                "missing": missing,
                "impressions_lost_to_underspend": from_spend,
                "impressions_lost_to_price": from_cpm,
                "cpm": cpm,
                "cpm_benchmark": b,
                "planned_spend": planned,
                "spend": spend,
                "statement": text + ".",
            }
        )
    rows.sort(key=_by_missing)
    return rows


def _by_missing(row: dict[str, Any]) -> float:
    """Sort key: the largest shortfall first, rows without one last."""
    miss = row["missing"]
    return -float(miss) if miss is not None else float("inf")
