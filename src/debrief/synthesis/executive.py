"""Stage 7 of the monthly review: the executive summary (``docs/stages/executive_summary.md``).

Runs last. Reads the workspace for the KPIs (:mod:`debrief.synthesis.kpis`) and the earlier
stages' findings (``ctx.results``, ``ctx.data_quality``) for insights and actions
(:mod:`debrief.synthesis.ranking`, :mod:`debrief.synthesis.actions`). Output tables:

* ``kpis``      metric, label, unit, actual, target, direction, status, prior_period, change
* ``trend``     month, every KPI (spend ... won_revenue), coverage, for the month and the five
                before: the tiles' sparklines (chart ``spend_revenue_by_month``)
* ``insights``  rank, id, stage, kind, statement, metric, actual, reference, reference_kind,
                severity, impact (the findings, flattened)
* ``actions``   rank, id, title, rationale, metric, value, unit, owner, due, measure, finding_ids,
                action_kind, team, hours, budget, moved, resources_basis
* ``focus``     rank, area: next month's focus areas
* ``dates``     name, date: period_end, report_due, pre_read, meeting, actions_due

:func:`summary_from_stage` turns these tables back into the report's :class:`Summary`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from debrief.period import add_business_days, pre_read_date, report_due_date
from debrief.query import arrow
from debrief.results import Action, Finding, StageResult, Summary
from debrief.schema import normalise_channel
from debrief.synthesis.actions import actions_from
from debrief.synthesis.kpis import kpi_rows, monthly_series
from debrief.synthesis.ranking import area_label, select_insights
from debrief.synthesis.resources import resources_for
from debrief.synthesis.settings import UNASSIGNED
from debrief.wording.labels import fmt_metric

if TYPE_CHECKING:
    from debrief.context import StageContext
    from debrief.period import Period
    from debrief.synthesis.settings import SummarySettings
    from debrief.workspace import Workspace

__all__ = ["executive_summary", "review_dates", "summary_from_stage"]

STAGE = "executive_summary"
_SEP = ", "  # joins finding ids in the flat actions table (ids never contain it)


def review_dates(period: Period, settings: SummarySettings) -> dict[str, dt.date]:
    """The review calendar.

    * ``report_due``: ``report_business_days`` business days after the period's end (weekends and
      the public holidays of ``settings.country`` skipped)
    * ``meeting``: ``settings.meeting_date``, else the business day after ``report_due``
    * ``pre_read``: 24 hours before the meeting (the day before), moved earlier to a business
      day over weekends and holidays (:func:`debrief.period.pre_read_date`)
    * ``actions_due``: ``action_business_days`` business days after ``report_due``
    """
    country = settings.country or None
    due = report_due_date(period, settings.report_business_days, country)
    meeting = settings.meeting_date or add_business_days(due, 1, country)
    return {
        "period_end": period.end,
        "report_due": due,
        "pre_read": pre_read_date(meeting, country),
        "meeting": meeting,
        "actions_due": add_business_days(due, settings.action_business_days, country),
    }


def _campaign_owners(ws: Workspace) -> tuple[dict[str, str], dict[str, str]]:
    """Owners by campaign id, and by channel: the owner of most campaigns whose main channel
    (``campaigns.channel``) it is; a tie names nobody (no owner is guessed)."""
    campaigns = ws.optional("campaigns")
    if campaigns is None or "owner" not in campaigns.columns:
        return {}, {}
    cols = ["campaign_id", "owner"] + (["channel"] if "channel" in campaigns.columns else [])
    t = campaigns.filter(campaigns.owner.notnull()).select(*cols)
    rows = arrow(t).to_pylist()
    rows = [r for r in rows if str(r["owner"]).strip()]
    counts: dict[str, dict[str, float]] = {}
    for r in rows:
        ch = normalise_channel(r.get("channel"))
        if ch is not None:
            by = counts.setdefault(ch, {})
            by[str(r["owner"])] = by.get(str(r["owner"]), 0) + 1
    by_campaign = {str(r["campaign_id"]): str(r["owner"]) for r in rows}
    return by_campaign, _top_owner(counts)


def _top_owner(weights: Mapping[str, Mapping[str, float]]) -> dict[str, str]:
    """Per key, the name with the largest weight; a tie names nobody."""
    out = {}
    for key, by in weights.items():
        top = sorted(by.values(), reverse=True)
        if top and top[0] > 0 and (len(top) == 1 or top[0] > top[1]):
            out[key] = max(by, key=by.__getitem__)
    return out


def _spend_owners(
    by_campaign: Mapping[str, str], channels_of: Mapping[str, list[str]], spend: Mapping[str, float]
) -> dict[str, str]:
    """A channel's owner this period: the owner of the campaigns that spent most on it in the
    month (campaign performance's ``by_campaign``); a tie names nobody."""
    weights: dict[str, dict[str, float]] = {}
    for cid, chans in channels_of.items():
        owner, amount = by_campaign.get(cid), spend.get(cid) or 0.0
        if owner is None or amount <= 0:
            continue
        for ch in chans:
            key = normalise_channel(ch)
            if key is not None:
                by = weights.setdefault(key, {})
                by[owner] = by.get(owner, 0.0) + amount / len(chans)
    return _top_owner(weights)


def _owner_resolver(
    ws: Workspace,
    settings: SummarySettings,
    channels_of: Mapping[str, list[str]],
    spend: Mapping[str, float],
) -> Any:
    """``owner(subject) -> str``: the campaign's owner; else the channel's owner from settings
    (``summary.owners``), else the owner of the campaigns that spent most on that channel this
    month, else of most campaigns run mainly on it; "" when none is known (a subject about every
    channel has no one owner: :func:`_assign` then looks for its team's owner)."""
    by_campaign, channel_owners = _campaign_owners(ws)
    by_channel = {
        **channel_owners,
        **_spend_owners(by_campaign, channels_of, spend),
        **{normalise_channel(k): v for k, v in settings.owners.items()},
    }

    def owner(subject: Mapping[str, Any]) -> str:
        cid = subject.get("campaign_id")
        if cid is not None and str(cid) in by_campaign:
            return by_campaign[str(cid)]
        ch = normalise_channel(subject.get("channel"))
        if ch is not None and ch in by_channel:
            return by_channel[ch]
        return ""

    return owner


def _assign(
    actions: list[Action], findings: Mapping[str, Finding], settings: SummarySettings
) -> list[Action]:
    """Each action with its resources (from the finding that leads it) and an owner for those
    without one: the owner of its team in ``summary.owners``, else ``summary.default_owner``,
    else "owner to be assigned"."""
    out = []
    for a in actions:
        lead = findings.get(a.finding_ids[0]) if a.finding_ids else None
        res = resources_for(lead, settings) if lead is not None else {}
        owner = (
            a.owner
            or settings.owners.get(str(res.get("team")), "")
            or settings.default_owner
            or UNASSIGNED
        )
        out.append(dataclasses.replace(a, owner=owner, resources=res))
    return out


def _focus(kpis: list[dict[str, Any]], insights: list[Finding], currency: str) -> list[str]:
    """Next month's focus: KPIs that missed their target, then the top insights' subjects."""
    out: list[str] = []
    for k in kpis:
        if k["status"] == "not_met":
            out.append(
                f"{k['label']}: {fmt_metric(k['metric'], k['actual'], currency=currency)} against "
                f"a target of {fmt_metric(k['metric'], k['target'], currency=currency)}"
            )
    for f in insights:
        area = area_label(f)
        if area not in out:
            out.append(area)
    return out[:5]


def _flat_finding(rank: int, f: Finding) -> dict[str, Any]:
    return {
        "rank": rank,
        "id": f.id,
        "stage": f.stage,
        "kind": f.kind,
        "statement": f.statement,
        "metric": f.metric,
        "actual": f.actual,
        "reference": f.reference,
        "reference_kind": f.reference_kind,
        "severity": f.severity,
        "impact": f.impact,
    }


def _flat_action(rank: int, a: Action) -> dict[str, Any]:
    return {
        "rank": rank,
        "id": a.id,
        "title": a.title,
        "rationale": a.rationale,
        "metric": a.expected_impact.get("metric"),
        "value": a.expected_impact.get("value"),
        "unit": a.expected_impact.get("unit"),
        "owner": a.owner,
        "due": a.due,
        "measure": a.measure,
        "finding_ids": _SEP.join(a.finding_ids),
        "action_kind": a.resources.get("kind"),
        "team": a.resources.get("team"),
        "hours": a.resources.get("hours"),
        "budget": a.resources.get("budget"),
        "moved": a.resources.get("moved"),
        "resources_basis": a.resources.get("basis"),
    }


def _trend_chart(series: list[dict[str, Any]]) -> dict[str, Any]:
    """Vega-Lite: spend and revenue by month, one line each."""
    keep = ("month", "spend", "revenue", "coverage")
    values = [
        {k: (round(r[k], 2) if isinstance(r[k], float) else r[k]) for k in keep if k in r}
        for r in series
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": "Spend and revenue by month",
        "data": {"values": values},
        "transform": [{"fold": ["spend", "revenue"], "as": ["measure", "amount"]}],
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": "Month"},
            "y": {"field": "amount", "type": "quantitative", "title": "Amount"},
            "color": {"field": "measure", "type": "nominal", "title": None},
        },
    }


def _channels_of(ctx: StageContext) -> tuple[dict[str, list[str]], dict[str, float]]:
    """Each campaign's channels in the month (campaign performance's ``by_campaign``), which
    nest campaign findings in channel findings, and its spend in the month (None: unknown)."""
    perf = ctx.results.get("campaign_performance")
    rows = perf.tables.get("by_campaign", []) if perf is not None else []
    chans = {
        str(r["campaign_id"]): [c.strip() for c in str(r.get("channels") or "").split(",") if c]
        for r in rows
    }
    spend = {
        str(r["campaign_id"]): float(r["spend"])
        for r in rows
        if isinstance(r.get("spend"), int | float) and r["spend"] == r["spend"]
    }
    return chans, spend


def executive_summary(ctx: StageContext) -> StageResult:
    """Run stage 7: KPIs, insights, actions, focus areas and the review dates."""
    s = ctx.settings.summary
    currency = ctx.settings.currency
    kpis = kpi_rows(
        ctx.workspace,
        ctx.period,
        ctx.settings.campaign_performance.tolerance,
        in_progress=ctx.as_of < ctx.period.end,
    )
    findings = [f for name, r in ctx.results.items() if name != STAGE for f in r.findings]
    findings.extend(ctx.data_quality)
    channels_of, spend = _channels_of(ctx)
    insights = select_insights(findings, channels_of=channels_of)
    dates = review_dates(ctx.period, s)
    actions = actions_from(
        findings,
        owner_of=_owner_resolver(ctx.workspace, s, channels_of, spend),
        due=dates["actions_due"],
        currency=currency,
        channels_of=channels_of,
    )
    actions = _assign(actions, {f.id: f for f in findings}, s)
    notes = []
    if dates["pre_read"] < dates["report_due"]:
        notes.append(
            f"The meeting on {dates['meeting']} leaves less than 24 hours after the report is due "
            f"on {dates['report_due']}."
        )
    series = monthly_series(ctx.workspace, ctx.period)
    spent = any(r.get("spend") is not None for r in series)
    return StageResult(
        stage=STAGE,
        charts={"spend_revenue_by_month": _trend_chart(series)} if spent else {},
        tables={
            "kpis": kpis,
            "trend": series,
            "insights": [_flat_finding(i, f) for i, f in enumerate(insights, 1)],
            "actions": [_flat_action(i, a) for i, a in enumerate(actions, 1)],
            "focus": [
                {"rank": i, "area": a} for i, a in enumerate(_focus(kpis, insights, currency), 1)
            ],
            "dates": [{"name": k, "date": v} for k, v in dates.items()],
        },
        notes=(
            "KPIs are calendar counts for the month, computed from the workspace.",
            "Insights rank findings by money at stake, then severity.",
            *notes,
        ),
        units={"kpis": {"change": "rate"}},
    )


def _resources(row: Mapping[str, Any]) -> dict[str, Any]:
    """An action's resources from its flat row (empty when the row has none)."""
    if row.get("action_kind") is None:
        return {}
    return {
        "kind": row["action_kind"],
        "team": row.get("team"),
        "hours": row.get("hours"),
        "budget": row.get("budget"),
        "moved": row.get("moved"),
        "basis": row.get("resources_basis"),
    }


def summary_from_stage(
    stage: StageResult, findings: Mapping[str, Finding] | None = None
) -> Summary:
    """The report's :class:`Summary` from the executive_summary stage's tables.

    ``findings`` maps ids to the original findings so insights keep their subject and evidence;
    an id not found there is rebuilt from the flat row.
    """
    findings = findings or {}
    t = stage.tables
    fields = {f.name for f in dataclasses.fields(Finding)}
    insights = tuple(
        findings.get(r["id"]) or Finding(**{k: v for k, v in r.items() if k in fields})
        for r in t.get("insights", [])
    )
    actions = tuple(
        Action(
            id=r["id"],
            title=r["title"],
            rationale=r["rationale"],
            expected_impact={"metric": r["metric"], "value": r["value"], "unit": r["unit"]},
            owner=r["owner"],
            due=r["due"],
            measure=r["measure"],
            finding_ids=tuple(x for x in str(r["finding_ids"] or "").split(_SEP) if x),
            resources=_resources(r),
        )
        for r in t.get("actions", [])
    )
    return Summary(
        kpis={
            r["metric"]: {k: v for k, v in r.items() if k != "metric"} for r in t.get("kpis", [])
        },
        insights=insights,
        actions=actions,
        focus=tuple(r["area"] for r in t.get("focus", [])),
        dates={r["name"]: r["date"] for r in t.get("dates", [])},
    )
