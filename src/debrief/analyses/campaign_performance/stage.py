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

The comparisons and findings live in :mod:`debrief.analyses.campaign_performance.findings` (targets and
success criteria in :mod:`.targets`), the performer
lists and charts in :mod:`debrief.analyses.campaign_performance.views`; this module computes the metric rows
and runs the stage.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

import ibis

from debrief.analyses.campaign_performance.findings import (
    ADDITIVE,
    METRICS,
    FindingCollector,
    compare_benchmarks,
    money_at_stake,
    prior_findings,
)
from debrief.analyses.campaign_performance.targets import compare_targets, flight_windows
from debrief.analyses.campaign_performance.views import charts, performer_rows
from debrief.coverage import Comparison, compare, coverage_of
from debrief.metrics import references
from debrief.metrics.catalogue import CATALOGUE
from debrief.metrics.formulas import DELIVERY_RATIOS, delivery_totals, lead_totals, with_ratios
from debrief.numbers import fmt
from debrief.period import Period
from debrief.query import arrow
from debrief.results import StageResult, ratio

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext

__all__ = ["METRICS", "campaign_performance", "metric_rows", "money_at_stake"]

STAGE = "campaign_performance"
_NONE = "__debrief_no_key__"  # stands for a NULL key so NULL-keyed rows still join and group


def metric_rows(
    ads: ir.Table,
    leads: ir.Table | None,
    period: Period,
    keys: list[str],
    grain: str | None = None,
) -> list[dict[str, Any]]:
    """Delivery and lead totals with every ratio for ``period``, one dict per value of ``keys``.

    ``keys`` empty gives one row (the whole workspace). Rows present only in ``leads`` (leads but no
    delivery in the period) are kept with zero delivery and CPL and CAC None: their leads come from
    spend outside the period. Without a ``leads`` table, or when it lacks a key column, leads,
    customers and won_amount are None (unknown), so CPL and CAC are None.
    """
    if any(k not in ads.columns for k in keys):
        return []
    d = delivery_totals(ads, period, keys, grain)
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
        delivered = j[keys[0]].notnull()

        def none_if_not_delivered(col: Any, zero: Any) -> Any:
            # A row with leads and no delivery had no delivery (0); a delivered row whose export
            # lacks a measure keeps it unknown (NULL), never 0.
            return ibis.ifelse(delivered, col, zero)

        t = j.select(
            **{k: ibis.coalesce(j[k], j[f"{k}__r"]) for k in keys},
            _delivered=delivered,
            spend=none_if_not_delivered(j.spend, 0.0),
            impressions=none_if_not_delivered(j.impressions, 0),
            clicks=none_if_not_delivered(j.clicks, 0),
            conversions=none_if_not_delivered(j.conversions, 0),
            revenue=j.revenue.fill_null(0.0) if "conversion_value" in ads.columns else j.revenue,
            leads=j.leads.fill_null(0),
            # a delivered row without leads has none; without won_at (amount) who was won (for
            # how much) is unknown on every row
            customers=j.customers.fill_null(0) if "won_at" in leads.columns else j.customers,
            won_amount=(
                j.won_amount.fill_null(0.0)
                if {"won_at", "amount"} <= set(leads.columns)
                else j.won_amount
            ),
        )
    t = with_ratios(t)
    if "_delivered" in t.columns:
        # Leads or customers of a row with no delivery in the month come from spend outside it:
        # their cost is unknown here, not zero.
        t = t.mutate(
            cpl=ibis.ifelse(t._delivered, t.cpl, ibis.null().cast("float64")),
            cac=ibis.ifelse(t._delivered, t.cac, ibis.null().cast("float64")),
        )
    t = t.order_by([t[k] for k in keys]) if keys else t
    rows = arrow(t).to_pylist()
    for r in rows:
        for k in keys:
            if r[k] == _NONE:
                r[k] = None
    return [{**{k: r[k] for k in keys}, **{m: r.get(m) for m in METRICS}} for r in rows]


def _flight_to_date(
    ads: ir.Table,
    leads: ir.Table | None,
    raw: list[dict[str, Any]],
    period: Period,
    campaigns: list[dict[str, Any]],
    as_of: dt.date,
    grain: str | None,
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Flight-to-date rows of the campaigns whose success criteria on totals span months, keyed
    like a target's scope: ("campaign", id) and ("campaign_channel", id, channel)."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    if "campaign_id" not in ads.columns:
        return out
    for cid, window in flight_windows(raw, period, campaigns, as_of).items():
        a = ads.filter(ads.campaign_id == cid)
        ld = (
            leads.filter(leads.campaign_id == cid)
            if leads is not None and "campaign_id" in leads.columns
            else leads
        )
        for r in metric_rows(a, ld, window, ["campaign_id"], grain):
            out[("campaign", r["campaign_id"])] = r
        for r in metric_rows(a, ld, window, ["campaign_id", "channel"], grain):
            out[("campaign_channel", r["campaign_id"], r["channel"])] = r
    return out


def _rows_of(table: ir.Table | None) -> list[dict[str, Any]]:
    return [] if table is None else arrow(table).to_pylist()


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


#: The trend table's metrics: the month's totals (:data:`ADDITIVE` but won_amount), then ratios.
TREND_METRICS: tuple[str, ...] = (
    *(m for m in ADDITIVE if m != "won_amount"),
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


def _summed_rows(
    ads: ir.Table,
    leads: ir.Table | None,
    windows: tuple[Period, ...],
    keys: list[str],
    grain: str | None,
) -> list[dict[str, Any]]:
    """:func:`metric_rows` over several windows: additive metrics summed, ratios of the sums."""
    if not windows:
        return []
    if len(windows) == 1 or all(
        b.start == a.end + dt.timedelta(days=1) for a, b in itertools.pairwise(windows)
    ):
        return metric_rows(ads, leads, Period(windows[0].start, windows[-1].end), keys, grain)
    sums: dict[tuple[Any, ...], dict[str, Any]] = {}
    for w in windows:
        for r in metric_rows(ads, leads, w, keys, grain):
            k = tuple(r[c] for c in keys)
            acc = sums.setdefault(k, {**{c: r[c] for c in keys}})
            for m in ADDITIVE:
                if r.get(m) is not None:
                    acc[m] = (acc.get(m) or 0) + r[m]
                else:
                    acc.setdefault(m, None)
    out = []
    for acc in sums.values():
        for name in DELIVERY_RATIOS:
            m = CATALOGUE[name]
            value = ratio(acc.get(m.numerator or name), acc.get(m.denominator or ""))
            acc[name] = None if value is None else value * m.scale
        spend, revenue = acc.get("spend"), acc.get("revenue")
        acc["roi"] = ratio(None if revenue is None or spend is None else revenue - spend, spend)
        out.append({**{c: acc[c] for c in keys}, **{m: acc.get(m) for m in METRICS}})
    return out


def _trend_rows(
    ads: ir.Table,
    leads: ir.Table | None,
    comparison: Comparison,
    overall: list[dict[str, Any]],
    by_channel: list[dict[str, Any]],
    grain: str | None,
) -> list[dict[str, Any]]:
    """Overall and per-channel metrics this month, the prior month and the trailing three months
    (ratios of three-month sums; additive metrics as the monthly mean, i.e. the sum / 3), by the
    rule of :func:`debrief.coverage.compare`: a partial month against the same days of the
    references, months the data does not reach left out of the mean (never counted as 0)."""
    period = comparison.period
    prior = comparison.prior
    n_months = comparison.trailing_months
    frames = {
        "current": (overall, by_channel),
        "prior": (
            (
                metric_rows(ads, leads, prior, [], grain),
                metric_rows(ads, leads, prior, ["channel"], grain),
            )
            if prior is not None
            else ([], [])
        ),
        "trailing": (
            _summed_rows(ads, leads, comparison.trailing, [], grain),
            _summed_rows(ads, leads, comparison.trailing, ["channel"], grain),
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
            if trl is not None and m in ADDITIVE:
                trl = trl / n_months if n_months else None
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
                    "prior_month": period.prior_month().label,
                }
            )
    return out


def campaign_performance(ctx: StageContext) -> StageResult:
    """Run stage 1 for ``ctx.period``; see the module docstring for tables and findings."""
    ws, period, settings = ctx.workspace, ctx.period, ctx.settings.campaign_performance
    ads = ws.table("ad_performance")
    leads = ws.optional("leads")
    found = FindingCollector(ctx)
    notes: list[str] = []

    cov = coverage_of(ads)
    comparison = compare(cov, period)
    # The month's figures on the days the delivery data covers (leads on the same days, so a
    # cost per lead divides spend and leads of one window); the whole month without data.
    window = comparison.current or period
    grain = cov.grain
    overall = metric_rows(ads, leads, window, [], grain)
    by_channel = metric_rows(ads, leads, window, ["channel"], grain)
    by_campaign = metric_rows(ads, leads, window, ["campaign_id"], grain)
    by_campaign_channel = metric_rows(ads, leads, window, ["campaign_id", "channel"], grain)
    said = comparison.note("ad_performance")
    if said:
        notes.append(said)
    if cov.lifetime_rows:
        notes.append(
            f"{fmt(cov.lifetime_rows, 'count')} ad_performance row(s) are totals over an unstated period "
            "(grain lifetime): no month holds them, so they are not in these figures."
        )
    if "campaign_id" not in ads.columns:
        notes.append("ad_performance has no campaign_id column: no campaign figures.")
    if leads is None:
        notes.append("No leads table: leads, customers, CPL and CAC are not available.")
    campaign_rows = _rows_of(ws.optional("campaigns"))
    _name_campaigns(by_campaign, by_campaign_channel, campaign_rows)

    raw_targets = [t.as_dict() for t in references.targets(ws)]
    to_date = _flight_to_date(ads, leads, raw_targets, period, campaign_rows, ctx.as_of, grain)
    target_rows = compare_targets(
        raw_targets,
        period,
        overall,
        by_channel,
        by_campaign,
        by_campaign_channel,
        found,
        settings.tolerance,
        in_progress=ctx.as_of < period.end,
        campaigns=campaign_rows,
        to_date=to_date,
    )
    if ctx.as_of < period.end:
        notes.append(
            f"The month is in progress (as of {ctx.as_of.isoformat()}): totals cover the days so "
            "far, and totals short of an at-least target are not compared yet."
        )
    bench_rows = compare_benchmarks(
        [b.as_dict() for b in references.benchmarks(ws)],
        period,
        overall,
        by_channel,
        found,
        settings.benchmark_tolerance,
        settings.min_z,
    )
    trend = _trend_rows(ads, leads, comparison, overall, by_channel, grain)
    prior_findings(trend, overall, by_channel, ctx, found)
    performers = performer_rows(by_campaign, settings)

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
        charts=charts(by_channel, by_campaign, target_rows, period),
        notes=(
            *notes,
            "Calendar month: delivery by ad date, leads by creation date, customers by won date.",
            "Trailing three months: ratios of three-month sums; sums are monthly means over the "
            "months with data.",
        ),
        units={"trend": {"change_vs_prior": "rate", "change_vs_trailing": "rate"}},
    )
