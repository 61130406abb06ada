"""Campaign performance findings: metrics against benchmarks and the prior month (targets and
success criteria: :mod:`.targets`).

Part of stage 1 (:mod:`debrief.analyses.campaign_performance`, ``docs/stages/campaign_performance.md``).
Inputs are the stage's rows (one dict per campaign, channel or the whole month, money in the
workspace currency, rates 0-1); outputs are table rows and :class:`~debrief.results.Finding`s.

The *shortfall* is the relative gap on the unfavourable side of a reference: (reference - actual)
/ |reference| when the metric should be at least the reference, (actual - reference) /
|reference| when at most. A finding needs a shortfall of at least the tolerance; it is critical
from ``critical_gap``. ``impact`` is :func:`money_at_stake`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from debrief.metrics.catalogue import canonical as canonical_metric
from debrief.metrics.catalogue import direction as target_direction
from debrief.metrics.catalogue import label as metric_label
from debrief.results import Finding, ratio, relative_change
from debrief.wording.labels import fmt_metric, subject_label

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.period import Period

__all__ = [
    "ADDITIVE",
    "METRICS",
    "FindingCollector",
    "compare_benchmarks",
    "gap_z",
    "money_at_stake",
    "prior_findings",
]

STAGE = "campaign_performance"
#: The metric columns of by_campaign / by_channel, in display order.
METRICS: tuple[str, ...] = (
    "spend",
    "impressions",
    "clicks",
    "conversions",
    "revenue",
    "leads",
    "customers",
    "won_amount",
    "roas",
    "roi",
    "cpa",
    "cpm",
    "cpc",
    "ctr",
    "cvr",
    "cpl",
    "cac",
)
#: Metrics compared against the prior month in findings (the trend table holds all of them).
_PRIOR_FINDING_METRICS = ("roas", "cpa")


def money_at_stake(metric: str, row: dict[str, Any], reference: float) -> float:
    """Money (workspace currency) between the actual ``row`` and ``reference`` for ``metric``.

    * ROAS / ROI: revenue the reference would have returned at the actual spend, minus revenue.
    * CPA, CPL, CAC, CPC, CPM: spend beyond what the actual volume would cost at the reference.
    * spend: spend beyond the reference; revenue and won_amount: the shortfall itself.
    * CTR, CVR, conversions: missing conversions (or clicks) valued at the actual revenue per
      conversion (per click), 0 when that value is undefined.
    Never negative: a metric on the right side of its reference puts no money at stake.
    """
    m = canonical_metric(metric)
    spend = row.get("spend") or 0.0
    revenue = row.get("revenue") or 0.0
    volume = {"cpa": "conversions", "cpl": "leads", "cac": "customers", "cpc": "clicks"}
    value: float | None = None
    if m == "roas":
        value = reference * spend - revenue
    elif m == "roi":
        value = (reference + 1.0) * spend - revenue
    elif m in volume:
        value = spend - reference * (row.get(volume[m]) or 0)
    elif m == "cpm":
        value = spend - reference * (row.get("impressions") or 0) / 1000.0
    elif m == "spend":
        value = spend - reference
    elif m in ("revenue", "won_amount"):
        value = reference - (row.get(m) or 0.0)
    elif m == "ctr":
        per_click = ratio(row.get("revenue"), row.get("clicks"))
        missing = reference * (row.get("impressions") or 0) - (row.get("clicks") or 0)
        value = missing * per_click if per_click is not None else None
    elif m in ("cvr", "conversions"):
        per_conv = ratio(row.get("revenue"), row.get("conversions"))
        if m == "cvr":
            missing = reference * (row.get("clicks") or 0) - (row.get("conversions") or 0)
        else:
            missing = reference - (row.get("conversions") or 0)
        value = missing * per_conv if per_conv is not None else None
    return max(0.0, float(value)) if value is not None else 0.0


def _shortfall(actual: float | None, reference: float | None, direction: str) -> float | None:
    """Relative gap on the unfavourable side (>= 0), or None when undefined; 0 when on the right
    side. ``direction`` min: at least the reference; max: at most."""
    if actual is None or reference is None or reference == 0:
        return None
    gap = (reference - actual) if direction == "min" else (actual - reference)
    return max(0.0, gap / abs(reference))


def _subject_key(subject: dict[str, Any]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(subject.items())) or "overall"


class FindingCollector:
    """Collects findings with the stage's thresholds and wording."""

    def __init__(self, ctx: StageContext) -> None:
        s = ctx.settings.campaign_performance
        self.tolerance, self.critical = s.tolerance, s.critical_gap
        self.currency, self.month = ctx.settings.currency, ctx.period.label
        self.items: list[Finding] = []

    def fmt(self, metric: str, v: float | None) -> str:
        return fmt_metric(metric, v, currency=self.currency)

    def add(
        self,
        *,
        metric: str,
        row: dict[str, Any],
        subject: dict[str, Any],
        reference: float,
        reference_kind: str,
        direction: str,
        gap: float,
        threshold: float,
        evidence: dict[str, Any],
        severity: str | None = None,
    ) -> Finding | None:
        if gap < threshold:
            return None
        actual = row.get(metric)
        side = "below" if direction == "min" else "above"
        kind = f"{side}_{reference_kind}"
        label, who = metric_label(metric), subject_label(subject)
        if reference_kind == "prior_period":
            text = (
                f"{label} was {self.fmt(metric, actual)} for {who} in {self.month} against "
                f"{self.fmt(metric, reference)} in {evidence['prior_month']}."
            )
        else:
            source = f" ({evidence['source']})" if evidence.get("source") else ""
            text = (
                f"{label} was {self.fmt(metric, actual)} against a {reference_kind} of "
                f"{self.fmt(metric, reference)}{source} for {who} in {self.month}."
            )
        sev = severity or ("critical" if gap >= self.critical else "warning")
        f = Finding(
            id=f"{STAGE}:{kind}:{metric}:{_subject_key(subject)}",
            stage=STAGE,
            kind=kind,
            statement=text,
            subject=dict(subject),
            metric=metric,
            actual=actual,
            reference=reference,
            reference_kind=reference_kind,  # type: ignore[arg-type]
            severity=sev,  # type: ignore[arg-type]
            evidence={
                **{k: row.get(k) for k in METRICS if row.get(k) is not None},
                **evidence,
                "direction": direction,
                "relative_gap": gap,
                "period": self.month,
            },
            impact=money_at_stake(metric, row, reference),
        )
        self.items.append(f)
        return f


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


#: Metrics that are totals of the month (they grow day by day; ratios do not): the totals lead
#: METRICS, up to won_amount, and the ratios follow.
ADDITIVE: tuple[str, ...] = METRICS[: METRICS.index("won_amount") + 1]

#: The count whose Poisson noise dominates each metric's sampling error.
_NOISE_COUNT = {
    "cpa": "conversions",
    "cvr": "conversions",
    "roas": "conversions",
    "roi": "conversions",
    "revenue": "conversions",
    "conversions": "conversions",
    "cpl": "leads",
    "leads": "leads",
    "cac": "customers",
    "customers": "customers",
    "cpc": "clicks",
    "ctr": "clicks",
    "clicks": "clicks",
    "cpm": "impressions",
    "impressions": "impressions",
}


def gap_z(metric: str, row: dict[str, Any], reference: float, paired: bool = False) -> float | None:
    """How many standard errors separate the actual from ``reference``, or None when the metric
    has no sampling noise (spend) or the error cannot be estimated.

    The error is the Poisson error of the count behind the metric: relative error 1/sqrt(n) with n
    conversions for CPA, CVR and ROAS, clicks for CTR and CPC, leads for CPL, ... (the rate's
    binomial error is at most this). ROI's absolute error is ROAS's. ``paired`` (a month against
    the prior month, both noisy) multiplies the error by sqrt(2), taking the two months as alike.
    """
    count = _NOISE_COUNT.get(metric)
    n = row.get(count) if count else None
    actual = row.get(metric)
    if not n or actual is None:
        return None
    base = row.get("roas") if metric == "roi" else actual
    se = abs(base or 0.0) / math.sqrt(n) * (math.sqrt(2.0) if paired else 1.0)
    return abs(actual - reference) / se if se > 0 else None


def _status(actual: Any, gap: float | None, tolerance: float) -> str:
    if actual is None or gap is None:
        return "no_data"
    if gap == 0:
        return "met"
    return "within_tolerance" if gap < tolerance else "not_met"


def _latest_benchmarks(raw: list[dict[str, Any]], period: Period) -> list[dict[str, Any]]:
    """One benchmark per (metric, channel): the latest ``as_of`` not after the period's end
    (undated rows count as oldest); ties go to the first source in alphabetical order."""
    best: dict[tuple[str, Any], dict[str, Any]] = {}
    for b in raw:
        if b.get("value") is None:
            continue
        as_of = b.get("as_of")
        if as_of is not None and hasattr(as_of, "year") and as_of > period.end:
            continue
        key = (canonical_metric(b["metric"]), None if _blank(b.get("channel")) else b["channel"])
        rank = (str(as_of or ""), "~" if _blank(b.get("source")) else str(b.get("source")))
        cur = best.get(key)
        if (
            cur is None
            or rank[0] > cur["_rank"][0]
            or (rank[0] == cur["_rank"][0] and rank[1] < cur["_rank"][1])
        ):
            best[key] = {**b, "_rank": rank}
    return [best[k] for k in sorted(best, key=lambda k: (k[0], str(k[1] or "")))]


def compare_benchmarks(
    raw: list[dict[str, Any]],
    period: Period,
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    found: FindingCollector,
    tolerance: float,
    min_z: float = 0.0,
) -> list[dict[str, Any]]:
    """Channel (and, for benchmarks without a channel, overall) metrics against benchmarks.

    A benchmark is an outside median, not a commitment, so a gap is a finding only when it is at
    least ``tolerance`` and at least ``min_z`` standard errors (:func:`gap_z`): a month of a small
    channel can sit 10% off a benchmark by chance alone. Such gaps get status ``within_noise``."""
    idx = {r["channel"]: r for r in by_channel}
    out: list[dict[str, Any]] = []
    for b in _latest_benchmarks(raw, period):
        metric = canonical_metric(b["metric"])
        if metric not in METRICS:
            continue
        ch = None if _blank(b.get("channel")) else b["channel"]
        row = idx.get(ch) if ch is not None else (overall[0] if overall else None)
        actual = row.get(metric) if row else None
        value = float(b["value"])
        direction = target_direction(metric)
        gap = _shortfall(actual, value, direction)
        status = _status(actual, gap, tolerance)
        z = gap_z(metric, row, value) if row is not None and actual is not None else None
        if status == "not_met" and z is not None and z < min_z:
            status = "within_noise"
        source = None if _blank(b.get("source")) else str(b["source"])
        out.append(
            {
                "channel": ch,
                "metric": metric,
                "actual": actual,
                "benchmark": value,
                "source": source,
                "as_of": b.get("as_of"),
                "direction": direction,
                "relative_gap": relative_change(actual, value),
                "z": z,
                "status": status,
            }
        )
        if status == "not_met" and row is not None and gap is not None:
            found.add(
                metric=metric,
                row=row,
                subject={"channel": ch} if ch is not None else {},
                reference=value,
                reference_kind="benchmark",
                direction=direction,
                gap=gap,
                threshold=tolerance,
                evidence={"source": source, "as_of": b.get("as_of"), "z": z},
            )
    return out


def prior_findings(
    trend: list[dict[str, Any]],
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    ctx: StageContext,
    found: FindingCollector,
) -> None:
    """ROAS and CPA moving against the prior month by ``prior_change`` or more and by ``min_z``
    standard errors (:func:`gap_z`, paired), for scopes that spent at least ``min_spend``. These
    are context (info), not commitments, so they are ``warning`` only from ``critical_gap``."""
    s = ctx.settings.campaign_performance
    current = {r["channel"]: r for r in by_channel}
    if overall:
        current[None] = overall[0]
    for t in trend:
        if t["metric"] not in _PRIOR_FINDING_METRICS:
            continue
        row = current.get(t["channel"])
        if row is None or (row.get("spend") or 0.0) < s.min_spend:
            continue
        direction = target_direction(t["metric"])
        gap = _shortfall(t["current"], t["prior_period"], direction)
        if gap is None:
            continue
        z = gap_z(t["metric"], row, t["prior_period"], paired=True)
        if z is not None and z < s.min_z:
            continue  # a move the month's volume explains by chance
        found.add(
            metric=t["metric"],
            row=row,
            subject={"channel": t["channel"]} if t["channel"] is not None else {},
            reference=t["prior_period"],
            reference_kind="prior_period",
            direction=direction,
            gap=gap,
            threshold=s.prior_change,
            evidence={"prior_month": t["prior_month"], "z": z},
            severity="warning" if gap >= s.critical_gap else "info",
        )
