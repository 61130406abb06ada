"""Insights: segments whose rates differ from the rest of the campaign by a sound margin.

Input: the campaign's ``ad_performance`` (segment dimensions: every string column but the date,
campaign id and channel, e.g. device, audience, geo, creative) and ``leads`` (company_size,
industry, country, lead_type and any extra string column). For each dimension value, the engine
sums the counts of the segment per channel; the *rest* is the other values on the same channels
(channels differ far more from each other than segments within them, and root cause reads the
channels), so a value that is its channel's only one, like a platform, is not tested.

Rates tested (numerator / denominator):

* ad_performance: CTR (clicks / impressions), CVR (conversions / clicks);
* leads: lead -> MQL, MQL -> SQL, SQL -> opportunity, lead -> opportunity, opportunity -> won
  (cohort rates, stages known by the as-of date).

Each segment against the rest: a two-proportion z-test (pooled variance) when every expected
cell of the 2×2 table is at least 5, else Fisher's exact test; the ratio of the two rates with a
95% Katz interval on the log risk ratio, ``exp(ln RR ± 1.96 √(1/a − 1/n₁ + 1/c − 1/n₂))``
(undefined when a cell count is 0). p-values are adjusted with Benjamini-Hochberg over every test
of the campaign; a segment is kept when ``q ≤ fdr``, both the segment and the rest have at least
``min_segment_size`` in the denominator, and ``|ratio − 1| ≥ min_effect``.

Output: the ``insights`` stage, table ``segments`` (dimension, value, metric, segment_rate,
rest_rate, ratio, ci_low, ci_high, p_value, q_value, test, counts), one finding per segment.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from debrief.numbers import fmt
from debrief.postmortem.measures import Scope, ad_counts, lead_counts
from debrief.results import Finding, StageResult
from debrief.stats import benjamini_hochberg, proportion_test, risk_ratio_interval
from debrief.wording.labels import segment_phrase
from debrief.wording.language import assert_observational

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["insights", "scan_segments"]

AD_RATES = {"ctr": ("clicks", "impressions"), "cvr": ("conversions", "clicks")}
LEAD_RATES = {
    "lead_to_mql": ("mqls", "leads"),
    "mql_to_sql": ("sqls", "mqls"),
    "sql_to_opportunity": ("opportunities", "sqls"),
    "lead_to_opportunity": ("opportunities", "leads"),
    "opportunity_to_won": ("won", "opportunities"),
}
_VERB = {
    "ctr": "were clicked",
    "cvr": "converted after the click",
    "lead_to_mql": "became MQLs",
    "mql_to_sql": "moved from MQL to SQL",
    "sql_to_opportunity": "moved from SQL to opportunity",
    "lead_to_opportunity": "reached opportunity",
    "opportunity_to_won": "closed won from opportunity",
}
_NOT_SEGMENTS = {"date", "campaign_id", "lead_id", "disqualified_reason", "conversion_id"}


def _dimensions(ws: Workspace, table: str) -> list[str]:
    t = ws.optional(table)
    if t is None:
        return []
    return [
        name for name, typ in t.schema().items() if typ.is_string() and name not in _NOT_SEGMENTS
    ]


_NO_CHANNEL = "\x00none"


def _compare_values(
    g, source, dim, values, metric, num, den, min_segment_size
) -> list[dict[str, Any]]:
    """Each value of ``dim`` against the rest *of the channels it ran on*.

    Rates differ far more between channels than within them (an email CTR is not a display
    CTR), so a creative that ran only on display is compared with the other display creatives,
    and a value that is its channel's only one (a platform) has no rest and is not tested.
    """
    stats_by_value = {}
    # The rest is the other *known* values: rows without a value for the dimension are in
    # neither the segment nor its rest.
    known = g[[num, den]].fillna(0).groupby(g["channel"]).sum()
    for v in values:
        sub = g[g[dim].astype(str) == v]
        chans = set(sub["channel"])
        tot = known.loc[sorted(chans)]
        a, n1 = int(sub[num].fillna(0).sum()), int(sub[den].fillna(0).sum())
        stats_by_value[v] = (
            a,
            n1,
            int(tot[num].fillna(0).sum()) - a,
            int(tot[den].fillna(0).sum()) - n1,
            frozenset(chans),
        )
    if len(values) == 2 and stats_by_value[values[0]][4] == stats_by_value[values[1]][4]:
        # Two values on the same channels are each other's rest: one test says it all. Keep the
        # value with the lower rate: a post-mortem traces shortfalls ("mobile converted at 0.4x
        # the rate of desktop"), and the lift of the other value is the same fact.
        values = [min(values, key=lambda v: stats_by_value[v][0] / max(stats_by_value[v][1], 1))]
    out = []
    for v in values:
        a, n1, c, n2, _ = stats_by_value[v]
        if n1 < min_segment_size or n2 < min_segment_size:
            continue
        p, test = proportion_test(a, n1, c, n2)
        lo, hi = risk_ratio_interval(a, n1, c, n2)
        seg, rest = a / n1, c / n2
        out.append(
            {
                "source": source,
                "dimension": dim,
                "value": v,
                "metric": metric,
                "segment_k": a,
                "segment_n": n1,
                "rest_k": c,
                "rest_n": n2,
                "segment_rate": seg,
                "rest_rate": rest,
                "ratio": seg / rest if rest > 0 else None,
                "ci_low": lo,
                "ci_high": hi,
                "p_value": p,
                "test": test,
            }
        )
    return out


def scan_segments(
    ws: Workspace,
    campaign_id: str,
    as_of: dt.date | None,
    min_segment_size: int = 200,
) -> list[dict[str, Any]]:
    """Every tested segment of the campaign (before the FDR and effect filters), with p-values.

    Each row: source, dimension, value, metric, segment_k, segment_n, rest_k, rest_n,
    segment_rate, rest_rate, ratio, ci_low, ci_high, p_value, test. Segments below
    ``min_segment_size`` (segment or rest denominator) are not tested at all, so they do not
    dilute the multiple-testing correction.
    """
    scope = Scope(campaign_id=campaign_id, as_of=as_of)
    rows: list[dict[str, Any]] = []
    for source, rates, count_fn in (
        ("ad_performance", AD_RATES, ad_counts),
        ("leads", LEAD_RATES, lead_counts),
    ):
        dims = [d for d in _dimensions(ws, source) if d != "channel"]
        if not dims:
            continue
        by_channel = count_fn(ws, scope, by=["channel"])
        if by_channel.empty:
            continue
        by_channel["channel"] = by_channel["channel"].fillna(_NO_CHANNEL)
        for dim in dims:
            g = count_fn(ws, scope, by=[dim, "channel"])
            g = g[g[dim].notna()].copy()
            g["channel"] = g["channel"].fillna(_NO_CHANNEL)
            values = sorted(str(v) for v in g[dim].unique())
            if len(values) < 2:
                continue  # one value is the whole campaign: nothing to compare
            for metric, (num, den) in rates.items():
                if num not in g or den not in g or by_channel[den].isna().all():
                    continue
                rows.extend(
                    _compare_values(g, source, dim, values, metric, num, den, min_segment_size)
                )
    q = benjamini_hochberg([r["p_value"] for r in rows])
    for r, qi in zip(rows, q, strict=True):
        r["q_value"] = qi
    return rows


def _statement(r: dict[str, Any]) -> str:
    who = "Leads" if r["source"] == "leads" else "Ads"
    ci = (
        f", 95% CI {fmt(r['ci_low'], 'multiple')}-{fmt(r['ci_high'], 'multiple')}"
        if r["ci_low"] is not None
        else ""
    )
    return (
        f"{who} {' '.join(segment_phrase(r['dimension'], r['value']))} {_VERB[r['metric']]} at "
        f"{fmt(r['ratio'], 'multiple')} the rate of the rest of the campaign "
        f"({fmt(r['segment_rate'], 'rate', places=1)} against {fmt(r['rest_rate'], 'rate', places=1)}{ci}; "
        f"n = {fmt(r['segment_n'], 'count')} against {fmt(r['rest_n'], 'count')})."
    )


def insights(
    ws: Workspace,
    campaign_id: str,
    as_of: dt.date | None,
    min_segment_size: int = 200,
    fdr: float = 0.05,
    min_effect: float = 0.10,
) -> StageResult:
    """The ``insights`` stage (see the module docstring)."""
    tested = scan_segments(ws, campaign_id, as_of, min_segment_size)
    kept = [
        r
        for r in tested
        if r["q_value"] <= fdr and r["ratio"] is not None and abs(r["ratio"] - 1) >= min_effect
    ]
    # Largest effects first, on the log scale so 0.4x and 2.5x weigh alike.
    kept.sort(key=lambda r: -abs(math.log(r["ratio"])) if r["ratio"] else 0.0)
    findings = []
    for i, r in enumerate(kept):
        r["statement"] = _statement(r)
        findings.append(
            Finding(
                id=f"insights.{i + 1}",
                stage="insights",
                kind="segment_lift" if r["ratio"] > 1 else "segment_gap",
                statement=r["statement"],
                subject={"campaign_id": campaign_id, "segment": {r["dimension"]: r["value"]}},
                metric=r["metric"],
                actual=r["segment_rate"],
                reference=r["rest_rate"],
                reference_kind="rest_of_population",
                evidence={
                    k: r[k]
                    for k in (
                        "ratio",
                        "ci_low",
                        "ci_high",
                        "p_value",
                        "q_value",
                        "test",
                        "segment_n",
                        "rest_n",
                    )
                },
            )
        )
    assert_observational(f.statement for f in findings)
    return StageResult(
        stage="insights",
        tables={"segments": kept},
        findings=tuple(findings),
        notes=(
            f"{len(tested)} segment rates tested; {len(kept)} kept at a false discovery rate of "
            f"{fmt(fdr, 'rate', places=0)} (Benjamini-Hochberg), a minimum of {min_segment_size} in the denominator "
            f"and a rate ratio at least {fmt(min_effect, 'rate', places=0)} away from 1.",
        ),
    )
