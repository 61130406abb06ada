"""Stage 1 of the monthly review: campaign performance (``docs/stages/campaign_performance.md``).

Inputs: ``ad_performance`` (required); ``leads``, ``campaigns``, ``targets``, ``benchmarks``
(optional). Output tables (one dict per row; money in the workspace currency, rates 0-1):

* ``overall``      one row: the month's totals and ratios across every channel
* ``by_campaign``  campaign_id, name, channels, spend, impressions, clicks, conversions, revenue,
                   leads, customers, won_amount, roas, roi, cpa, cpm, cpc, ctr, cvr, cpl, cac
* ``by_channel``   channel and the same metrics
* ``targets``      every monthly target of the period against its actual
* ``benchmarks``   every channel metric with a benchmark against its actual
* ``trend``        channel (and overall) metrics this month, the prior month and the trailing three
* ``performers``   top and bottom campaigns by ROAS and CPA among those above the minimum spend

Findings: a metric beyond a target or benchmark by at least ``tolerance`` (relative), and ROAS or
CPA moving against the prior month by at least ``prior_change``; severity ``critical`` from
``critical_gap``. ``impact`` is the money at stake (:func:`money_at_stake`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ibis

from debrief.analyses.metrics import (
    canonical_metric,
    delivery_totals,
    format_value,
    lead_totals,
    metric_label,
    with_ratios,
)
from debrief.engine import STAGES
from debrief.results import Finding, StageResult, ratio
from debrief.schema import target_direction

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext
    from debrief.period import Period

__all__ = ["METRICS", "campaign_performance", "metric_rows", "money_at_stake"]

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
_NONE = "__debrief_no_key__"  # stands for a NULL key so NULL-keyed rows still join and group


def metric_rows(
    ads: ir.Table, leads: ir.Table | None, period: Period, keys: list[str]
) -> list[dict[str, Any]]:
    """Delivery and lead totals with every ratio for ``period``, one dict per value of ``keys``.

    ``keys`` empty gives one row (the whole workspace). Rows present only in ``leads`` (leads but no
    spend) are kept with zero delivery. Without a ``leads`` table, or when it lacks a key column,
    leads, customers and won_amount are None (unknown), so CPL and CAC are None.
    """
    if any(k not in ads.columns for k in keys):
        return []
    d = delivery_totals(ads, period, keys)
    use_leads = leads is not None and all(k in leads.columns for k in keys)
    if not use_leads:
        t = d.mutate(
            leads=ibis.null().cast("int64"),
            customers=ibis.null().cast("int64"),
            won_amount=ibis.null().cast("float64"),
        )
    elif not keys:
        t = d.cross_join(lead_totals(leads, period, []))
    else:
        lt = lead_totals(leads, period, keys)
        d = d.mutate(**{k: d[k].cast("string").fill_null(_NONE) for k in keys})
        lt = lt.mutate(**{k: lt[k].cast("string").fill_null(_NONE) for k in keys})
        lt = lt.rename({f"{k}__r": k for k in keys})
        j = d.outer_join(lt, [d[k] == lt[f"{k}__r"] for k in keys])
        t = j.select(
            **{k: ibis.coalesce(j[k], j[f"{k}__r"]) for k in keys},
            spend=j.spend.fill_null(0.0),
            impressions=j.impressions.fill_null(0),
            clicks=j.clicks.fill_null(0),
            conversions=j.conversions.fill_null(0),
            revenue=j.revenue.fill_null(0.0) if "conversion_value" in ads.columns else j.revenue,
            leads=j.leads.fill_null(0),
            customers=j.customers.fill_null(0),
            won_amount=j.won_amount.fill_null(0.0),
        )
    t = with_ratios(t)
    t = t.order_by([t[k] for k in keys]) if keys else t
    rows = t.to_pyarrow().to_pylist()
    for r in rows:
        for k in keys:
            if r[k] == _NONE:
                r[k] = None
    return [{**{k: r[k] for k in keys}, **{m: r.get(m) for m in METRICS}} for r in rows]


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


def _subject_label(subject: dict[str, Any]) -> str:
    if "campaign_id" in subject and "channel" in subject:
        return f"{subject['campaign_id']} on {subject['channel']}"
    if "campaign_id" in subject:
        return str(subject["campaign_id"])
    if "channel" in subject:
        return str(subject["channel"])
    return "all channels"


def _subject_key(subject: dict[str, Any]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(subject.items())) or "overall"


class _Findings:
    """Collects findings with the stage's thresholds and wording."""

    def __init__(self, ctx: StageContext) -> None:
        s = ctx.settings.campaign_performance
        self.tolerance, self.critical = s.tolerance, s.critical_gap
        self.currency, self.month = ctx.settings.currency, ctx.period.label
        self.items: list[Finding] = []

    def fmt(self, metric: str, v: float | None) -> str:
        return format_value(metric, v, self.currency)

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
        label, who = metric_label(metric), _subject_label(subject)
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


def _rows_of(table: ir.Table | None) -> list[dict[str, Any]]:
    return [] if table is None else table.to_pyarrow().to_pylist()


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _name_campaigns(
    by_campaign: list[dict[str, Any]],
    by_campaign_channel: list[dict[str, Any]],
    campaigns: list[dict[str, Any]],
) -> None:
    """Add ``name`` (from ``campaigns``) and ``channels`` (those with delivery in the month) to
    each by_campaign row, right after campaign_id."""
    names = {c.get("campaign_id"): c.get("name") for c in campaigns}
    channels: dict[Any, list[str]] = {}
    for r in by_campaign_channel:
        if r["channel"] is not None and (r["spend"] or r["impressions"] or r["clicks"]):
            channels.setdefault(r["campaign_id"], []).append(str(r["channel"]))
    by_campaign[:] = [
        {
            "campaign_id": r["campaign_id"],
            "name": names.get(r["campaign_id"]),
            "channels": ", ".join(sorted(channels.get(r["campaign_id"], []))),
            **{k: v for k, v in r.items() if k != "campaign_id"},
        }
        for r in by_campaign
    ]


def _scope_of(cid: Any, ch: Any) -> tuple[str, dict[str, Any]]:
    if not _blank(cid) and not _blank(ch):
        return "campaign_channel", {"campaign_id": cid, "channel": ch}
    if not _blank(cid):
        return "campaign", {"campaign_id": cid}
    if not _blank(ch):
        return "channel", {"channel": ch}
    return "overall", {}


def _status(actual: Any, gap: float | None, tolerance: float) -> str:
    if actual is None or gap is None:
        return "no_data"
    if gap == 0:
        return "met"
    return "within_tolerance" if gap < tolerance else "not_met"


def _compare_targets(
    raw: list[dict[str, Any]],
    period: Period,
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    by_campaign: list[dict[str, Any]],
    by_campaign_channel: list[dict[str, Any]],
    found: _Findings,
    tolerance: float,
) -> list[dict[str, Any]]:
    """Monthly targets (``month`` = the period's YYYY-MM) against actuals; a finding for each
    target missed by at least ``tolerance``. Targets on metrics this stage does not compute
    (MQLs, opportunities, ...) are left to the stages that do."""
    index: dict[str, dict[Any, dict[str, Any]]] = {
        "overall": {(): overall[0]} if overall else {},
        "channel": {(r["channel"],): r for r in by_channel},
        "campaign": {(r["campaign_id"],): r for r in by_campaign},
        "campaign_channel": {(r["campaign_id"], r["channel"]): r for r in by_campaign_channel},
    }
    out: list[dict[str, Any]] = []
    for t in raw:
        if str(t.get("month") or "").strip() != period.label or t.get("target") is None:
            continue
        metric = canonical_metric(t["metric"])
        if metric not in METRICS:
            continue
        scope, subject = _scope_of(t.get("campaign_id"), t.get("channel"))
        row = index[scope].get(tuple(subject.values()))
        actual = row.get(metric) if row else None
        target = float(t["target"])
        direction = target_direction(metric, t.get("direction"))
        gap = _shortfall(actual, target, direction)
        status = _status(actual, gap, tolerance)
        out.append(
            {
                "scope": scope,
                "campaign_id": subject.get("campaign_id"),
                "channel": subject.get("channel"),
                "metric": metric,
                "actual": actual,
                "target": target,
                "direction": direction,
                "relative_gap": ratio(None if actual is None else actual - target, abs(target)),
                "status": status,
            }
        )
        if status == "not_met" and row is not None and gap is not None:
            found.add(
                metric=metric,
                row=row,
                subject=subject,
                reference=target,
                reference_kind="target",
                direction=direction,
                gap=gap,
                threshold=tolerance,
                evidence={"target_month": period.label, "scope": scope},
            )
    return out


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


def _compare_benchmarks(
    raw: list[dict[str, Any]],
    period: Period,
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    found: _Findings,
    tolerance: float,
) -> list[dict[str, Any]]:
    """Channel (and, for benchmarks without a channel, overall) metrics against benchmarks."""
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
                "relative_gap": ratio(None if actual is None else actual - value, abs(value)),
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
                evidence={"source": source, "as_of": b.get("as_of")},
            )
    return out


_ADDITIVE = ("spend", "impressions", "clicks", "conversions", "revenue", "leads", "customers")
TREND_METRICS: tuple[str, ...] = (
    *_ADDITIVE,
    "roas",
    "roi",
    "cpa",
    "cpc",
    "cpm",
    "ctr",
    "cvr",
    "cpl",
    "cac",
)


def _trend_rows(
    ads: ir.Table,
    leads: ir.Table | None,
    period: Period,
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Overall and per-channel metrics this month, the prior month and the trailing three months
    (ratios of three-month sums; additive metrics as the monthly mean, i.e. the sum / 3)."""
    prior, trailing = period.prior_month(), period.trailing_months(3)
    n_months = 3
    frames = {
        "current": (overall, by_channel),
        "prior": (metric_rows(ads, leads, prior, []), metric_rows(ads, leads, prior, ["channel"])),
        "trailing": (
            metric_rows(ads, leads, trailing, []),
            metric_rows(ads, leads, trailing, ["channel"]),
        ),
    }
    scopes: dict[Any, dict[str, dict[str, Any]]] = {}
    for when, (ov, ch) in frames.items():
        for r in ov:
            scopes.setdefault(None, {})[when] = r
        for r in ch:
            scopes.setdefault(r["channel"], {})[when] = r
    out: list[dict[str, Any]] = []
    for ch in sorted(scopes, key=lambda c: (c is not None, str(c))):
        rows = scopes[ch]
        for m in TREND_METRICS:
            cur = rows.get("current", {}).get(m)
            pri = rows.get("prior", {}).get(m)
            trl = rows.get("trailing", {}).get(m)
            if trl is not None and m in _ADDITIVE:
                trl = trl / n_months
            out.append(
                {
                    "scope": "overall" if ch is None else "channel",
                    "channel": ch,
                    "metric": m,
                    "current": cur,
                    "prior_period": pri,
                    "trailing_3m": trl,
                    "change_vs_prior": ratio(
                        None if cur is None or pri is None else cur - pri,
                        abs(pri) if pri is not None else None,
                    ),
                    "change_vs_trailing": ratio(
                        None if cur is None or trl is None else cur - trl,
                        abs(trl) if trl is not None else None,
                    ),
                    "prior_month": prior.label,
                }
            )
    return out


def _prior_findings(
    trend: list[dict[str, Any]],
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    ctx: StageContext,
    found: _Findings,
) -> None:
    """ROAS and CPA moving against the prior month by ``prior_change`` or more, for scopes that
    spent at least ``min_spend`` this month. These are context (info), not commitments, so they
    are ``warning`` only from ``critical_gap``."""
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
        found.add(
            metric=t["metric"],
            row=row,
            subject={"channel": t["channel"]} if t["channel"] is not None else {},
            reference=t["prior_period"],
            reference_kind="prior_period",
            direction=direction,
            gap=gap,
            threshold=s.prior_change,
            evidence={"prior_month": t["prior_month"]},
            severity="warning" if gap >= s.critical_gap else "info",
        )


def _performer_rows(by_campaign: list[dict[str, Any]], settings: Any) -> list[dict[str, Any]]:
    """Top and bottom ``top_n`` campaigns by ROAS (highest first) and CPA (lowest first) among
    campaigns whose spend is at least max(min_spend, min_spend_share x total spend), so a small
    test budget cannot head the list. A campaign is never both top and bottom for one metric."""
    total = sum(r["spend"] or 0.0 for r in by_campaign)
    floor = max(settings.min_spend, settings.min_spend_share * total)
    eligible = [r for r in by_campaign if r["campaign_id"] is not None and r["spend"] >= floor]
    out: list[dict[str, Any]] = []
    for metric, best_high in (("roas", True), ("cpa", False)):
        vals = [r for r in eligible if r.get(metric) is not None]
        vals.sort(key=lambda r: (-r[metric] if best_high else r[metric], str(r["campaign_id"])))
        top = vals[: settings.top_n]
        bottom = [r for r in reversed(vals) if r not in top][: settings.top_n]
        for position, group in (("top", top), ("bottom", bottom)):
            for rank, r in enumerate(group, 1):
                out.append(
                    {
                        "metric": metric,
                        "position": position,
                        "rank": rank,
                        "campaign_id": r["campaign_id"],
                        "name": r.get("name"),
                        "channels": r.get("channels"),
                        "spend": r["spend"],
                        "value": r[metric],
                        "min_spend": floor,
                    }
                )
    return out


def _round(v: Any, digits: int = 4) -> Any:
    return round(v, digits) if isinstance(v, float) else v


_VEGA = "https://vega.github.io/schema/vega-lite/v5.json"
_MAX_CHART_CAMPAIGNS = 12  # keeps the campaign chart readable; the table has them all


def _roas_against_target(values: list[dict[str, Any]], x: str, title: str) -> dict[str, Any]:
    """Bars of ROAS with the target as a black tick (no tick where there is no target)."""
    label = {"campaign_id": "Campaign"}.get(x, x.replace("_", " ").capitalize())
    enc_x = {"field": x, "type": "nominal", "title": label, "sort": None}
    return {
        "$schema": _VEGA,
        "title": title,
        "data": {"values": values},
        "layer": [
            {
                "mark": "bar",
                "encoding": {
                    "x": enc_x,
                    "y": {"field": "roas", "type": "quantitative", "title": "ROAS"},
                },
            },
            {
                "mark": {"type": "tick", "thickness": 2, "color": "black"},
                "encoding": {"x": enc_x, "y": {"field": "target", "type": "quantitative"}},
            },
        ],
    }


def _charts(
    by_channel: list[dict[str, Any]],
    by_campaign: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    period: Period,
) -> dict[str, dict[str, Any]]:
    """Vega-Lite specs from the stage's tables: spend by channel, ROAS by channel and by campaign
    (the largest campaigns by spend) against their monthly ROAS targets."""
    roas_target = {
        (t["scope"], t["channel"] if t["scope"] == "channel" else t["campaign_id"]): t["target"]
        for t in targets
        if t["metric"] == "roas" and t["scope"] in ("channel", "campaign")
    }
    channels = [
        {
            "channel": str(r["channel"]),
            "spend": _round(r["spend"], 2),
            "roas": _round(r["roas"]),
            "target": _round(roas_target.get(("channel", r["channel"]))),
        }
        for r in by_channel
        if r["channel"] is not None
    ]
    biggest = sorted(
        (r for r in by_campaign if r["campaign_id"] is not None and r["roas"] is not None),
        key=lambda r: (-r["spend"], str(r["campaign_id"])),
    )[:_MAX_CHART_CAMPAIGNS]
    campaigns = [
        {
            "campaign_id": str(r["campaign_id"]),
            "roas": _round(r["roas"]),
            "target": _round(roas_target.get(("campaign", r["campaign_id"]))),
        }
        for r in biggest
    ]
    x = {"field": "channel", "type": "nominal", "title": "Channel", "sort": None}
    return {
        "spend_by_channel": {
            "$schema": _VEGA,
            "title": f"Spend by channel, {period.label}",
            "data": {"values": channels},
            "mark": "bar",
            "encoding": {"x": x, "y": {"field": "spend", "type": "quantitative", "title": "Spend"}},
        },
        "roas_by_channel": _roas_against_target(
            channels, "channel", f"ROAS by channel against target, {period.label}"
        ),
        "roas_by_campaign": _roas_against_target(
            campaigns,
            "campaign_id",
            f"ROAS of the largest campaigns against target, {period.label}",
        ),
    }


@STAGES.register(STAGE)
def campaign_performance(ctx: StageContext) -> StageResult:
    """Run stage 1 for ``ctx.period``; see the module docstring for tables and findings."""
    ws, period, settings = ctx.workspace, ctx.period, ctx.settings.campaign_performance
    ads = ws.table("ad_performance")
    leads = ws.optional("leads")
    found = _Findings(ctx)
    notes: list[str] = []

    overall = metric_rows(ads, leads, period, [])
    by_channel = metric_rows(ads, leads, period, ["channel"])
    by_campaign = metric_rows(ads, leads, period, ["campaign_id"])
    by_campaign_channel = metric_rows(ads, leads, period, ["campaign_id", "channel"])
    if "campaign_id" not in ads.columns:
        notes.append("ad_performance has no campaign_id column: no campaign figures.")
    if leads is None:
        notes.append("No leads table: leads, customers, CPL and CAC are not available.")
    _name_campaigns(by_campaign, by_campaign_channel, _rows_of(ws.optional("campaigns")))

    target_rows = _compare_targets(
        _rows_of(ws.optional("targets")),
        period,
        overall,
        by_channel,
        by_campaign,
        by_campaign_channel,
        found,
        settings.tolerance,
    )
    bench_rows = _compare_benchmarks(
        _rows_of(ws.optional("benchmarks")),
        period,
        overall,
        by_channel,
        found,
        settings.benchmark_tolerance,
    )
    trend = _trend_rows(ads, leads, period, overall, by_channel)
    _prior_findings(trend, overall, by_channel, ctx, found)
    performers = _performer_rows(by_campaign, settings)

    return StageResult(
        stage=STAGE,
        tables={
            "overall": overall,
            "by_campaign": by_campaign,
            "by_channel": by_channel,
            "targets": target_rows,
            "benchmarks": bench_rows,
            "trend": trend,
            "performers": performers,
        },
        findings=tuple(found.items),
        charts=_charts(by_channel, by_campaign, target_rows, period),
        notes=(
            *notes,
            "Calendar month: delivery by ad date, leads by creation date, customers by won date.",
            "Trailing three months: ratios of three-month sums; sums are monthly means.",
        ),
    )
