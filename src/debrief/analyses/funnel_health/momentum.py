"""Where the funnel lost momentum: each transition's rate in the month against the three months
before, on like-for-like leads, with a test of whether the change is larger than chance.

Two things make a naive month-on-month comparison of stage rates mislead, and both are handled:

* **Follow-up time.** Leads that reached a stage late in the month have had little time to move
  on. Each transition is therefore read on *stage-entry cohorts followed for a fixed horizon*:
  leads that reached ``a`` in the window, and whether they reached ``b`` within ``H`` days, where
  ``H`` is the 80th percentile of the ``a -> b`` lag in the reference months (rounded up to whole
  days). Only entries with ``H`` days of follow-up before ``as_of`` (or the last event in the
  data, when earlier: the export time) count, in every window, so the
  month and its references are measured the same way. A transition whose ``H`` exceeds the time
  elapsed cannot be read yet and is reported as such.
* **Mix.** A large flight with its own conversion rates can join the month and move the company
  rate without any rate changing. The comparison is stratified by campaign (Mantel-Haenszel
  weights; see :func:`debrief.stats.stratified_difference`): the difference is
  the change *within* campaigns, and the test is the Cochran-Mantel-Haenszel test. Campaigns new
  in the month (no reference) carry no comparison; the crude rates are reported beside it.
* **Many tests.** ``p_adjusted`` is Holm's adjustment across the month's transitions (overall)
  and Benjamini-Hochberg across every channel x transition test (by channel).

Output rows are fractions; ``horizon_days`` in days.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from debrief.analyses.funnel_health.measures import (
    TRANSITIONS,
    horizon_counts,
    lag_quantiles,
    observed_until,
)
from debrief.results import ratio
from debrief.stats import benjamini_hochberg, holm, stratified_difference

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext

__all__ = ["HORIZON_QUANTILE", "momentum_tests"]

#: The horizon of a transition is this quantile of its lag in the reference months: long enough
#: that most conversions are seen, short enough that most of the month can be read.
HORIZON_QUANTILE = 0.8

Counts = dict[str, dict[str, tuple[int, int]]]  # stratum -> (converted, entered) per transition


def _strata(rows: list[dict[str, Any]], i: int, channel: str | None) -> dict[str, tuple[int, int]]:
    """``{campaign: (converted, entered)}`` for transition ``i`` (one channel, or all summed)."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if channel is not None and r["channel"] != channel:
            continue
        out[r["campaign_id"]][0] += int(r[f"h{i}_converted"])
        out[r["campaign_id"]][1] += int(r[f"h{i}_entered"])
    return {k: (v[0], v[1]) for k, v in out.items()}


def _compare(
    cur: dict[str, tuple[int, int]], ref: dict[str, tuple[int, int]], alpha: float
) -> dict[str, Any]:
    keys = sorted(set(cur) | set(ref))
    tables = [(*cur.get(k, (0, 0)), *ref.get(k, (0, 0))) for k in keys]
    s = stratified_difference(tables, alpha)
    x1, n1 = sum(t[0] for t in tables), sum(t[1] for t in tables)
    x0, n0 = sum(t[2] for t in tables), sum(t[3] for t in tables)
    return {
        "entered": n1,
        "converted": x1,
        "rate": ratio(x1, n1),
        "reference_entered": n0,
        "reference_converted": x0,
        "reference_rate": ratio(x0, n0),
        "adjusted_rate": s.rate if s else None,
        "adjusted_reference": s.reference if s else None,
        "rate_change": s.diff if s else None,
        "rate_change_ci_low": s.ci_low if s else None,
        "rate_change_ci_high": s.ci_high if s else None,
        "p_value": s.p_value if s else None,
        "strata": s.strata if s else 0,
    }


def momentum_tests(
    ctx: StageContext,
    d: ir.Table,
    bounds: dict[str, tuple[dt.datetime, dt.datetime]],
    transitions: tuple[tuple[str, str], ...] = TRANSITIONS,
    seen: dt.datetime | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(overall, by_channel)`` rows: per transition (and channel), the horizon, the crude rates
    of the month and of the trailing three months, and the campaign-stratified change with its
    interval and CMH p-value; overall rows also carry the same comparison against the prior
    month (``prior_*``). ``seen``: :func:`observed_until`, when the caller has it."""
    alpha = ctx.settings.funnel.alpha
    # Follow-up ends at as_of or the last event in the data (``seen``, computed when not given).
    cutoff = seen if seen is not None else observed_until(d, ctx.as_of)
    lags = lag_quantiles(d, *bounds["trailing"], HORIZON_QUANTILE, transitions)
    horizons: list[float | None] = [None if q is None else float(math.ceil(q)) for q in lags]
    counts = {
        w: horizon_counts(d, *bounds[w], cutoff, horizons, transitions)
        for w in ("current", "prior", "trailing")
    }
    overall, by_channel = [], []
    channels = sorted({r["channel"] for r in counts["current"]})
    for i, (a, b) in enumerate(transitions):
        head = {"from_stage": a, "to_stage": b, "horizon_days": horizons[i]}
        cur = _strata(counts["current"], i, None)
        row = {**head, **_compare(cur, _strata(counts["trailing"], i, None), alpha)}
        prior = _compare(cur, _strata(counts["prior"], i, None), alpha)
        for k in ("rate_change", "rate_change_ci_low", "rate_change_ci_high", "p_value"):
            row[f"prior_{k}"] = prior[k]
        row["readable"] = row["entered"] > 0
        overall.append(row)
        for ch in channels:
            c = _compare(
                _strata(counts["current"], i, ch), _strata(counts["trailing"], i, ch), alpha
            )
            by_channel.append({"channel": ch, **head, **c})
    # Several tests a month: the decision reads adjusted p-values (Holm across the transitions,
    # Benjamini-Hochberg across channel x transition, where many more tests run).
    for r, p in zip(overall, holm([r["p_value"] for r in overall]), strict=True):
        r["p_adjusted"] = p
    for r, q in zip(
        by_channel, benjamini_hochberg([r["p_value"] for r in by_channel]), strict=True
    ):
        r["p_adjusted"] = q
    return overall, by_channel
