"""Journey trends: how converting journeys changed over the last six months (issue 18; stage 3
asks for "path length and time-to-conversion trends").

Each conversion of a month credits the same touches as :func:`debrief.analyses.attribution.paths
.build_journeys` (its person's touches within the lookback window before it, after their previous
conversion). Per month, computed in the engine (Ibis) and brought back as one row per month and
one per (month, position, channel):

* ``conversions`` (every conversion of the month) and ``journeys`` (those with at least one
  credited touch: the rest are unattributed and have no path);
* ``mean_touches`` (touches per converting journey), ``multi_touch_share`` (journeys of two or
  more touches), ``mean_days_to_conversion`` (first credited touch to conversion, in days);
* the channel of each journey's first and of its last touch (touches within the same second are
  ordered by channel, as the paths are), as counts and shares of the month's journeys.

Months run from the fifth month before the reviewed one, or from the first month with a
conversion when the data starts later. A month without conversions reads n/a, never 0.

Findings: the reviewed month against the months before it, pooled (a two-proportion z-test for
the multi-touch share and each first- and last-touch channel share, a Welch z-test on the means
from each month's sums and sums of squares). Only a change whose Holm-adjusted p-value is below
``ALPHA`` is a finding: the trend tables are always shown, a finding says the change is beyond
noise.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ibis

from debrief.analyses.attribution.paths import (
    credited_touches,
    numbered_conversions,
    ts_bounds,
)
from debrief.metrics.conversions import distinct_conversions
from debrief.numbers import fmt
from debrief.period import Period
from debrief.portable import count_where, epoch_seconds
from debrief.query import arrow
from debrief.results import Finding, ratio
from debrief.stats import holm, two_proportion_p_value

if TYPE_CHECKING:
    import ibis.expr.types as ir

__all__ = ["ALPHA", "MONTHS", "journey_trends", "trend_chart", "trend_findings"]

STAGE = "attribution"
#: Months of trend, the reviewed one included.
MONTHS = 6
#: Family-wise error rate of the trend findings (Holm over every test of the month).
ALPHA = 0.05
_DAY = 86400.0


def _months(period: Period, n: int) -> list[Period]:
    out = [Period.month(period.start.strftime("%Y-%m"))]
    while len(out) < n:
        out.insert(0, out[0].prior_month())
    return out


def journey_trends(
    touchpoints: ir.Table,
    conversions: ir.Table,
    period: Period,
    lookback_days: int = 30,
    months: int = MONTHS,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(trend rows, touch-share rows)`` for the ``months`` months ending with ``period``'s
    month (see the module docstring)."""
    if lookback_days <= 0:
        raise ValueError("lookback_days must be positive")
    window = _months(period, months)
    span = Period(window[0].start, window[-1].end)
    start, end = ts_bounds(span, conversions)
    tp_start, tp_end = ts_bounds(span, touchpoints)
    lookback = ibis.interval(days=lookback_days)
    tp = touchpoints.filter(
        touchpoints.user_id.notnull(),
        touchpoints.channel.notnull(),
        touchpoints.ts >= tp_start - lookback,
        touchpoints.ts < tp_end,
    ).select("user_id", "ts", "channel")
    channels = sorted(str(c) for c in arrow(tp.select("channel").distinct()).column(0).to_pylist())
    base = 1 << max(len(channels), 1).bit_length()

    # each conversion id once, as the paths count it (a repeated id is one conversion, not a
    # second journey)
    conversions = distinct_conversions(conversions)
    conv = numbered_conversions(
        conversions.filter(conversions.ts < end).select("user_id", "ts"), start
    )
    conv = conv.mutate(y=conv.ts.year(), m=conv.ts.month())
    totals = {
        (int(r["y"]), int(r["m"])): int(r["n"])
        for r in arrow(conv.group_by(["y", "m"]).aggregate(n=ibis._.count())).to_pylist()
    }

    code = (
        tp.channel.substitute({c: i for i, c in enumerate(channels)}, else_=-1)
        if channels
        else ibis.literal(-1)
    ).cast("int64")
    tp = tp.mutate(key=epoch_seconds(tp.ts).cast("int64") * base + code)
    j = credited_touches(tp, conv, lookback).select(
        user_id=conv.user_id,
        seq=conv.seq,
        y=conv.y,
        m=conv.m,
        key=tp.key,
        age=(epoch_seconds(conv.ts) - epoch_seconds(tp.ts)) / _DAY,
    )
    per = j.group_by(["user_id", "seq", "y", "m"]).aggregate(
        touches=j.count(), days=j.age.max(), first=j.key.min() % base, last=j.key.max() % base
    )
    per = per.mutate(touches=per.touches.cast("float64"))
    by_month = per.group_by(["y", "m"]).aggregate(
        journeys=per.count(),
        touches=per.touches.sum(),
        touches_sq=(per.touches * per.touches).sum(),
        multi=count_where(per.touches >= 2),
        days=per.days.sum(),
        days_sq=(per.days * per.days).sum(),
    )
    monthly = {(int(r["y"]), int(r["m"])): r for r in arrow(by_month).to_pylist()}
    ends = []
    for position in ("first", "last"):
        counts = per.group_by(["y", "m", position]).aggregate(n=ibis._.count())
        rows = arrow(counts.rename(code=position)).to_pylist()
        ends += [{**r, "position": position} for r in rows]

    seen = [k for k in sorted(totals) if totals[k] > 0]
    first_seen = seen[0] if seen else None
    trend: list[dict[str, Any]] = []
    for p in window:
        k = (p.start.year, p.start.month)
        if first_seen is None or k < first_seen:
            continue  # before the data starts: not a month of the trend
        trend.append(_trend_row(p.label, totals.get(k, 0), monthly.get(k)))
    labels = {(p.start.year, p.start.month): p.label for p in window}
    shares: list[dict[str, Any]] = []
    kept = {r["month"] for r in trend}
    for r in sorted(ends, key=lambda r: (r["y"], r["m"], r["position"], channels[r["code"]])):
        month = labels[(int(r["y"]), int(r["m"]))]
        if month not in kept:
            continue
        n = monthly[(int(r["y"]), int(r["m"]))]["journeys"]
        shares.append(
            {
                "month": month,
                "touch": r["position"],
                "channel": channels[int(r["code"])],
                "journeys": int(r["n"]),
                "share": ratio(int(r["n"]), n),
            }
        )
    return trend, shares


def _trend_row(month: str, conversions: int, m: dict[str, Any] | None) -> dict[str, Any]:
    n = int(m["journeys"]) if m else 0
    return {
        "month": month,
        "conversions": conversions,
        "journeys": n,
        "mean_touches": ratio(m["touches"], n) if m else None,
        "multi_touch_share": ratio(m["multi"], n) if m else None,
        "mean_days_to_conversion": ratio(m["days"], n) if m else None,
        # sums kept for the tests of the findings (not shown)
        "_touches": float(m["touches"]) if m else 0.0,
        "_touches_sq": float(m["touches_sq"]) if m else 0.0,
        "_days": float(m["days"]) if m else 0.0,
        "_days_sq": float(m["days_sq"]) if m else 0.0,
        "_multi": float(m["multi"]) if m else 0.0,
    }


def public_rows(trend: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The trend rows without the sums the tests read."""
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in trend]


def _mean_test(n1: float, s1: float, q1: float, n0: float, s0: float, q0: float) -> float | None:
    """Two-sided p-value of a Welch z-test that two means are equal, from each side's count,
    sum and sum of squares; None when a side has fewer than two values or no variance."""
    if n1 < 2 or n0 < 2:
        return None
    v1 = max(q1 - s1 * s1 / n1, 0.0) / (n1 - 1)
    v0 = max(q0 - s0 * s0 / n0, 0.0) / (n0 - 1)
    se = math.sqrt(v1 / n1 + v0 / n0)
    if se <= 0:
        return None
    from scipy.stats import norm

    return float(2 * norm.sf(abs(s1 / n1 - s0 / n0) / se))


def trend_findings(
    trend: Sequence[dict[str, Any]], shares: Sequence[dict[str, Any]], alpha: float = ALPHA
) -> list[Finding]:
    """The reviewed month (the last trend row) against the months before it, pooled; one finding
    per change whose Holm-adjusted p-value is below ``alpha`` (see the module docstring)."""
    if len(trend) < 2 or trend[-1]["journeys"] == 0:
        return []
    cur, before = trend[-1], [r for r in trend[:-1] if r["journeys"] > 0]
    if not before:
        return []
    n1, n0 = float(cur["journeys"]), float(sum(r["journeys"] for r in before))

    def pooled(key: str) -> float:
        return float(sum(r[key] for r in before))

    ref_label = (
        before[0]["month"] if len(before) == 1 else f"{before[0]['month']} to {before[-1]['month']}"
    )
    tests: list[dict[str, Any]] = []
    for metric, s, q, unit in (
        ("mean_touches", "_touches", "_touches_sq", "number"),
        ("mean_days_to_conversion", "_days", "_days_sq", "days"),
    ):
        p = _mean_test(n1, cur[s], cur[q], n0, pooled(s), pooled(q))
        tests.append(
            {"metric": metric, "unit": unit, "actual": cur[s] / n1, "ref": pooled(s) / n0, "p": p}
        )
    tests.append(
        {
            "metric": "multi_touch_share",
            "unit": "rate",
            "actual": cur["_multi"] / n1,
            "ref": pooled("_multi") / n0,
            "p": two_proportion_p_value(cur["_multi"], n1, pooled("_multi"), n0),
        }
    )
    months_before = {r["month"] for r in before}
    for touch in ("first", "last"):
        chans = sorted({s["channel"] for s in shares if s["touch"] == touch})
        for ch in chans:
            x1 = sum(
                s["journeys"]
                for s in shares
                if (s["touch"], s["channel"], s["month"]) == (touch, ch, cur["month"])
            )
            x0 = sum(
                s["journeys"]
                for s in shares
                if (s["touch"], s["channel"]) == (touch, ch) and s["month"] in months_before
            )
            tests.append(
                {
                    "metric": f"{touch}_touch_share",
                    "channel": ch,
                    "unit": "rate",
                    "actual": x1 / n1,
                    "ref": x0 / n0,
                    "p": two_proportion_p_value(x1, n1, x0, n0),
                }
            )
    adjusted = holm([t["p"] for t in tests])
    out = []
    for t, p_adj in zip(tests, adjusted, strict=True):
        if p_adj is None or p_adj >= alpha:
            continue
        out.append(_finding(t, p_adj, cur["month"], ref_label, int(n1), int(n0)))
    return out


_WORDS = {
    "mean_touches": "Converting journeys had {a} touches on average in {m}, against {r} in {ref}",
    "mean_days_to_conversion": "Conversions came {a} days after the first credited touch on "
    "average in {m}, against {r} in {ref}",
    "multi_touch_share": "{a} of converting journeys in {m} had two or more touches, against "
    "{r} in {ref}",
    "first_touch_share": "{ch} was the first touch of {a} of converting journeys in {m}, against "
    "{r} in {ref}",
    "last_touch_share": "{ch} was the last touch of {a} of converting journeys in {m}, against "
    "{r} in {ref}",
}


def _finding(t: dict[str, Any], p_adj: float, month: str, ref: str, n1: int, n0: int) -> Finding:
    unit = t["unit"]
    places = 1 if unit == "rate" else 2
    text = _WORDS[t["metric"]].format(
        a=fmt(t["actual"], unit, places=places),
        r=fmt(t["ref"], unit, places=places),
        m=month,
        ref=ref,
        ch=t.get("channel", ""),
    )
    # the adjusted p stays in the evidence and the table: a headline states the change, its
    # reference and the counts behind it, and a finding exists only when the adjusted p < 0.05
    text += f" ({fmt(n1, 'count')} journeys against {fmt(n0, 'count')})."
    subject = {"channel": t["channel"]} if t.get("channel") else {}
    key = t["metric"] + (f".{t['channel']}" if t.get("channel") else "")
    return Finding(
        id=f"{STAGE}.journey_trend.{key}",
        stage=STAGE,
        kind="journey_trend",
        statement=text[:1].upper() + text[1:],
        subject=subject,
        metric=t["metric"],
        actual=t["actual"],
        reference=t["ref"],
        reference_kind="prior_period",
        severity="info",
        evidence={"p_value": t["p"], "p_adjusted": p_adj, "journeys": n1, "prior_journeys": n0},
    )


def trend_chart(trend: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Lines by month: touches per converting journey and days to conversion (one panel each)."""
    from debrief.analyses.attribution.charts import SCHEMA

    values = []
    for r in trend:
        for key, name in (
            ("mean_touches", "Touches per converting journey"),
            ("mean_days_to_conversion", "Days from first touch to conversion"),
            ("multi_touch_share", "Share of multi-touch journeys"),
        ):
            if r.get(key) is not None:
                values.append({"month": r["month"], "measure": name, "value": r[key]})
    return {
        "$schema": SCHEMA,
        "title": "Journey trends by month",
        "data": {"values": values},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": "Month"},
            "y": {"field": "value", "type": "quantitative", "title": None},
            "row": {"field": "measure", "type": "nominal", "title": None},
            "tooltip": [
                {"field": "month", "type": "ordinal"},
                {"field": "measure", "type": "nominal"},
                {"field": "value", "type": "quantitative", "format": ",.2f"},
            ],
        },
        "resolve": {"scale": {"y": "independent"}},
    }
