"""The content of each page, as plain values for its template (no HTML here but the report body).

Numbers are formatted by the renderers' own formatter (:mod:`debrief.render.format`), so a value
reads the same on a page as in the report; an unknown value is "n/a", never 0.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from debrief.kb.actions import actions_of
from debrief.kb.due import campaigns_due
from debrief.kb.outbox import deliveries_of
from debrief.kb.receipts import receipts_of
from debrief.metrics.catalogue import label as metric_label
from debrief.postmortem.measures import METRICS
from debrief.render.format import cell_text, format_value, stage_title, table_units
from debrief.render.html import report_body
from debrief.web.library import Library, ReportIndex
from debrief.web.links import anchor, annotator, campaign_href, comparable_metrics, compare_href
from debrief.web.workspace import WorkspaceReader
from debrief.workspace import Workspace, WorkspaceError

__all__ = ["campaign_page", "compare_page", "home_page", "kb_page", "report_page"]


#: Headline KPIs of a monthly review on the home page, in this order (the first four present).
HEADLINE = ("spend", "revenue", "roas", "leads", "mqls", "pipeline", "customers")
#: ... and of a post-mortem (its summary KPIs are plain values).
PM_HEADLINE = ("spend", "leads", "opportunities", "roas")
STATUS_WORDS = {"met": "target met", "not_met": "target not met", "no_target": "no target"}


def _newest_first(rows: list[ReportIndex]) -> list[ReportIndex]:
    return sorted(rows, key=lambda i: (i.period_start or dt.date.min, i.id), reverse=True)


def kpi_chips(idx: ReportIndex, default_currency: str) -> list[dict[str, str]]:
    """Up to four headline KPIs of a report: label, value, and the target status if any."""
    currency = idx.currency or default_currency
    chips = []
    if idx.kind == "monthly_review":
        units = table_units("executive_summary", "kpis")  # as the review's own Dashboard reads
        for metric in HEADLINE:
            v = idx.kpis.get(metric)
            if not isinstance(v, dict):
                continue
            row = {"metric": metric, **v}
            chips.append(
                {
                    "label": str(v.get("label") or metric),
                    "value": cell_text(row, "actual", currency, units),
                    "status": STATUS_WORDS.get(str(v.get("status")), ""),
                }
            )
    else:
        for metric in PM_HEADLINE:
            if metric in idx.kpis:
                chips.append(
                    {
                        "label": metric_label(metric),
                        "value": format_value(idx.kpis[metric], metric, currency),
                        "status": "",
                    }
                )
    return chips[:4]


def _changes_by_report(lib: Library) -> dict[int, list[dict[str, Any]]]:
    kb = lib.kb()
    out: dict[int, list[dict[str, Any]]] = {}
    for c in kb.changes() if kb else []:
        out.setdefault(int(c["report_id"]), []).append(c)
    return out


def _due(ws: WorkspaceReader, lib: Library, today: dt.date, window: int) -> dict[str, Any]:
    kb = lib.kb()
    reviewed = kb.post_mortem_campaigns() if kb else set()
    try:
        found = ws.read(
            ("due", today, frozenset(reviewed), window),
            lambda w: campaigns_due(w, today, reviewed, window),
        )
    except WorkspaceError as exc:
        return {"rows": [], "error": str(exc)}
    rows = [dict(r) for r in found]  # the remembered rows stay as read
    for r in rows:
        left = r["days_left"]
        r["state"] = (
            f"{left} day{'s' if left != 1 else ''} left"
            if left >= 0
            else f"window closed {-left} day{'s' if left != -1 else ''} ago"
        )
        r["overdue"] = left < 0
        r["href"] = campaign_href(r["campaign_id"])
    return {"rows": rows, "error": None}


def cycle_of(idx: ReportIndex) -> str | None:
    """The review cycle ``debrief tick`` files a monthly review's deliveries under."""
    if idx.kind != "monthly_review" or idx.period_start is None:
        return None
    return f"monthly:{idx.period_start.isoformat()[:7]}"


def delivery_status(lib: Library, indexes: list[ReportIndex]) -> dict[int, dict[str, Any]]:
    """For each report, its pre-reads as ``debrief tick`` sent them and the reads recorded:
    ``{"delivered": "3 of 4", "read": "2 of 3", "open": ...}``; a report nobody was sent by
    ``debrief tick`` is absent (its delivery is not recorded, which is not "0 of 0")."""
    kb = lib.kb()
    if kb is None:
        return {}
    sent_by_tick = [d for d in deliveries_of(kb, kind="pre_read")]
    out: dict[int, dict[str, Any]] = {}
    receipts: dict[str, set[int]] = {}
    for idx in indexes:
        cycle = cycle_of(idx)
        mine = [d for d in sent_by_tick if d.report_id == idx.id or (cycle and d.cycle == cycle)]
        if not mine:
            continue
        for c in {d.cycle for d in mine} - set(receipts):
            receipts[c] = {int(r["delivery_id"]) for r in receipts_of(kb, c)}
        sent = [d for d in mine if d.status == "sent"]
        read = [d for d in sent if d.id in receipts.get(d.cycle, set())]
        waiting = [d for d in mine if d.status not in ("sent", "expired")]
        out[idx.id] = {
            "delivered": f"{len(sent)} of {len(mine)}",
            "read": f"{len(read)} of {len(sent)}" if sent else "n/a",
            "waiting": len(waiting),
        }
    return out


def _action_counts(rows: list[dict[str, Any]]) -> str:
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("open", "done", "dropped")}
    return ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "none"


def home_page(
    lib: Library, ws: WorkspaceReader, today: dt.date, window: int, currency: str
) -> dict[str, Any]:
    indexes = lib.indexes()
    changes = _changes_by_report(lib)
    kb = lib.kb()
    actions = actions_of(kb) if kb else []
    delivered = delivery_status(lib, indexes)
    reviews = []
    postmortems = []
    for idx in _newest_first(indexes):
        item: dict[str, Any] = {
            "idx": idx,
            "kpis": kpi_chips(idx, currency),
            "delivery": delivered.get(idx.id),
        }
        if idx.kind == "monthly_review":
            mine = [a for a in actions if a["period_end"] == idx.period_end]
            item["actions"] = _action_counts(mine) if mine else None
            item["n_actions"] = len(idx.actions)
            reviews.append(item)
        else:
            mine = changes.get(idx.id, [])
            item["change"] = mine[0] if mine else None
            item["problem"] = (idx.problem or "").replace("_", " ")
            postmortems.append(item)
    return {
        "kb_missing": lib.kb() is None,
        "kb_url": lib.kb_url,
        "reviews": reviews,
        "postmortems": postmortems,
        "due": _due(ws, lib, today, window),
        "today": today,
    }


def report_page(lib: Library, report_id: int, default_currency: str) -> dict[str, Any] | None:
    indexes = lib.indexes()
    this = next((i for i in indexes if i.id == report_id), None)
    found = lib.report(report_id) if this is not None else None
    if this is None or found is None:
        return None
    report, currency = found
    # The body links to other reports: it is rendered again when the set of reports changes.
    body = lib.memo(
        ("body", report_id, tuple(i.id for i in indexes), default_currency),
        lambda: report_body(report, currency or default_currency, annotator(this, indexes)),
    )
    kb = lib.kb()
    changes = [c for c in (kb.changes() if kb else []) if int(c["report_id"]) == report_id]
    actions = (
        action_rows(lib, indexes, period_end=this.period_end)
        if this.kind == "monthly_review"
        else []
    )
    return {
        "idx": this,
        "body": body,
        "actions": actions,
        "action_counts": _action_counts(actions),
        "delivery": delivery_status(lib, [this]).get(this.id),
        "changes": [_change_row(c, indexes) for c in changes],
        "currency_unknown": currency is None,
        "currency": currency or default_currency,
        "campaign_href": campaign_href(this.campaign_id) if this.campaign_id else None,
    }


def _latest_measurement(change_id: int, indexes: list[ReportIndex]) -> tuple[Any, Any]:
    """The newest review that measured a change: (measured row, the review's index)."""
    best: tuple[Any, Any] = (None, None)
    for i in indexes:
        row = i.commitments.get(change_id)
        if row is not None and (best[1] is None or _key(i) > _key(best[1])):
            best = (row, i)
    return best


def _key(i: ReportIndex) -> tuple[str, int]:
    return (i.period_end.isoformat() if i.period_end else "", i.id)


def _change_row(c: dict[str, Any], indexes: list[ReportIndex]) -> dict[str, Any]:
    """A change with its before/after: the result stored on it by a post-mortem, else the newest
    review that measured it (a monthly review measures without storing)."""
    result, source = c.get("result"), None
    measured_on = c.get("measured_on")
    row, review = _latest_measurement(int(c["id"]), indexes)
    if row is not None and (result is None or (measured_on and review.period_end > measured_on)):
        result, source, measured_on = row, review, None
    metric = (result or {}).get("metric") or c.get("measure") or ""
    definition = METRICS.get(metric)
    per_day = definition is not None and definition.denominator is None  # the loop's volumes

    def show(v: Any) -> str:
        return format_value(v, metric) + (" a day" if per_day and v is not None else "")

    return {
        **c,
        "anchor": f"change-{c['id']}",
        "campaign_href": campaign_href(c["campaign_id"]) if c.get("campaign_id") else None,
        "before": show(result.get("before")) if result else "n/a",
        "after": show(result.get("after")) if result else "n/a",
        "target_text": show(result.get("target"))
        if result
        else format_value(c.get("target"), metric),
        "reached": (
            "n/a"
            if not result or result.get("target_reached") is None
            else ("yes" if result["target_reached"] else "no")
        ),
        "statement": (result or {}).get("statement"),
        "measured_in": source,
        "measured_on": measured_on,
    }


def action_rows(
    lib: Library, indexes: list[ReportIndex], period_end: dt.date | None = None
) -> list[dict[str, Any]]:
    """The monthly actions the knowledge base tracks (newest month first), each with its review,
    its reference and what the next month measured."""
    kb = lib.kb()
    rows = actions_of(kb, period_end=period_end) if kb else []
    reviews = {i.period_end: i for i in indexes if i.kind == "monthly_review"}
    out = []
    for a in sorted(rows, key=lambda r: (r["period_end"], -(r["rank"] or 0)), reverse=True):
        review = reviews.get(a["period_end"])
        metric = a.get("metric") or ""
        result = a.get("result") or {}
        out.append(
            {
                **a,
                "anchor": f"action-{a['id']}",
                "review": review,
                "review_label": review.label if review else a["period_end"].isoformat()[:7],
                "baseline_text": format_value(a.get("baseline"), metric),
                "target_text": format_value(a.get("target"), metric),
                "after_text": (
                    format_value(result.get("after", result.get("value")), metric)
                    if result
                    else "n/a"
                ),
                "statement": result.get("statement") if result else None,
            }
        )
    return out


def _match(q: str, *texts: Any) -> bool:
    return not q or any(q in str(t).lower() for t in texts if t is not None)


def kb_page(lib: Library, ws: WorkspaceReader, q: str, currency: str) -> dict[str, Any]:
    kb = lib.kb()
    needle = q.strip().lower()
    indexes = lib.indexes()
    by_id = {i.id: i for i in indexes}
    postmortems = [
        i
        for i in _newest_first(indexes)
        if i.kind == "post_mortem" and _match(needle, i.title, i.campaign_id, i.problem)
    ]
    findings = []
    if needle and kb is not None:
        for r in kb.search(needle):
            if r["type"] != "finding" or r["report_id"] not in by_id:
                continue
            i = by_id[r["report_id"]]
            findings.append(
                {
                    "href": f"/reports/{i.id}#{anchor(r['finding_id'])}",
                    "label": i.label,
                    "statement": r["statement"],
                }
            )
    changes = [
        _change_row(c, indexes)
        for c in (kb.changes() if kb else [])
        if _match(needle, c["title"], c["campaign_id"], c["owner"], c["measure"], c["status"])
    ]
    actions = [
        a
        for a in action_rows(lib, indexes)
        if _match(needle, a["title"], a["owner"], a["measure"], a["status"], a["review_label"])
    ]
    lessons: dict[tuple[str, str], dict[str, Any]] = {}
    for r in kb.playbook_entries() if kb else []:
        if not _match(needle, r["lesson"], r["campaign_id"], r["channel"], r["problem"]):
            continue
        key = (r["campaign_id"] or "", r["lesson"])
        entry = lessons.setdefault(
            key,
            {
                **r,
                "channels": [],
                "href": campaign_href(r["campaign_id"]) if r["campaign_id"] else None,
            },
        )
        if r["channel"] and r["channel"] not in entry["channels"]:
            entry["channels"].append(r["channel"])
    return {
        "q": q,
        "kb_href": "/kb" + ("?" + urlencode({"q": q}) if q else ""),
        "kb_missing": kb is None,
        "postmortems": postmortems,
        "findings": findings,
        "changes": changes,
        "actions": actions,
        "lessons": list(lessons.values()),
        "benchmarks": _benchmarks(lib, ws, needle),
        "currency": currency,
    }


def _benchmarks(lib: Library, ws: WorkspaceReader, needle: str) -> dict[str, Any]:
    """Each recalibrated metric and channel: the workspace's own benchmark, then every
    recalibration applied, oldest first."""
    kb = lib.kb()
    rows = kb.benchmark_rows() if kb else []
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        if not _match(needle, r["metric"], r["channel"], r["method"]):
            continue
        g = groups.setdefault(
            (r["metric"], r["channel"] or ""),
            {"metric": r["metric"], "channel": r["channel"], "original": None, "history": []},
        )
        g["history"].append(
            {
                **r,
                "value_text": format_value(r["value"], r["metric"]),
                "interval": f"{format_value(r['ci_low'], r['metric'])} – "
                f"{format_value(r['ci_high'], r['metric'])}",
                "pooled_text": format_value(r["pooled"], r["metric"]),
            }
        )
    error = None
    if groups:
        try:
            base = ws.read("benchmarks", _benchmark_table)
        except WorkspaceError as exc:
            base, error = [], str(exc)
        for b in sorted(base, key=lambda b: str(b.get("as_of") or "")):  # the newest wins
            g = groups.get((str(b.get("metric")), str(b.get("channel") or "")))
            if g is not None:
                g["original"] = {
                    "value_text": format_value(b.get("value"), str(b.get("metric"))),
                    "source": b.get("source"),
                }
    return {
        "groups": sorted(groups.values(), key=lambda g: (g["metric"], g["channel"] or "")),
        "error": error,
    }


def _benchmark_table(ws: Workspace) -> list[dict[str, Any]]:
    t = ws.optional("benchmarks")
    return t.to_pandas().to_dict("records") if t is not None else []


def _campaign_plan(ws: Workspace, campaign_id: str) -> dict[str, Any] | None:
    t = ws.optional("campaigns")
    if t is None:
        return None
    rows = t.filter(t.campaign_id == campaign_id).limit(1).to_pandas().to_dict("records")
    return rows[0] if rows else None


def compare_page(
    lib: Library, metric: str | None, campaign: str | None, currency: str
) -> dict[str, Any]:
    """One metric across the months reviewed, for the team or for one campaign."""
    indexes = lib.indexes()
    monthly = sorted(
        (i for i in indexes if i.kind == "monthly_review"), key=lambda i: i.period_start
    )
    overall, per_campaign = comparable_metrics(monthly)
    campaign = campaign or None
    choices = sorted(per_campaign if campaign else overall)
    metric = metric if metric in choices else ("roas" if "roas" in choices else None)
    if metric is None and choices:
        metric = choices[0]
    points = []
    for i in monthly:
        cur = i.currency or currency
        if campaign:
            row = i.campaigns.get(campaign) or {}
            value, target, status = row.get(metric), None, None
        else:
            k = i.kpis.get(metric) if metric else None
            if isinstance(k, dict):
                value, target, status = k.get("actual"), k.get("target"), k.get("status")
            else:
                value, target, status = i.overall.get(metric), None, None
        points.append(
            {
                "month": i.period_start.isoformat()[:7],
                "value": value if isinstance(value, int | float) else None,
                "target": target if isinstance(target, int | float) else None,
                "value_text": format_value(value, metric or "", cur),
                "target_text": format_value(target, metric or "", cur)
                if target is not None
                else "",
                "status": STATUS_WORDS.get(str(status), "") if status else "",
                "idx": i,
            }
        )
    campaigns = sorted({c for i in monthly for c in i.campaigns})
    named = []
    if campaign:
        for i in _newest_first(indexes):
            for r in i.findings:
                if r.campaign_id == campaign and (metric is None or r.metric == metric):
                    named.append(
                        {"idx": i, "ref": r, "href": f"/reports/{i.id}#{anchor(r.finding_id)}"}
                    )
    return {
        "metric": metric,
        "campaign": campaign,
        "campaign_href": campaign_href(campaign) if campaign else None,
        "choices": choices,
        "campaigns": campaigns,
        "points": points,
        "chart": _chart(points, metric, campaign)
        if metric and any(p["value"] is not None for p in points)
        else None,
        "findings": named,
    }


def _chart(points: list[dict[str, Any]], metric: str, campaign: str | None) -> str | None:
    """A small line chart of the months (the reports' own chart renderer: SVG, offline)."""
    from debrief.render.charts import chart_svg, svg_data_uri
    from debrief.render.format import metric_unit

    kind = metric_unit(metric)
    axis = {"format": ".1%"} if kind == "rate" else {}
    values = [
        {"month": p["month"], "value": p["value"], "series": "actual"}
        for p in points
        if p["value"] is not None
    ]
    values += [
        {"month": p["month"], "value": p["target"], "series": "target"}
        for p in points
        if p["target"] is not None
    ]
    spec = {
        "title": f"{metric} by month" + (f" — {campaign}" if campaign else ""),
        "data": {"values": values},
        "width": 560,
        "height": 200,
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": None, "axis": {"labelAngle": 0}},
            "y": {"field": "value", "type": "quantitative", "title": metric, "axis": axis},
            "color": {"field": "series", "type": "nominal", "title": None},
            "strokeDash": {"field": "series", "type": "nominal", "legend": None},
        },
    }
    svg = chart_svg(spec)
    return svg_data_uri(svg) if svg else None


def campaign_page(
    lib: Library, ws: WorkspaceReader, campaign_id: str, currency: str
) -> dict[str, Any]:
    """Everything stored about one campaign: its post-mortems and changes, the findings that
    name it, its row in each monthly review; its plan from the workspace."""
    indexes = lib.indexes()
    kb = lib.kb()
    info: dict[str, Any] | None = None
    error = None
    try:
        info = ws.read(("campaign", campaign_id), lambda w: _campaign_plan(w, campaign_id))
    except WorkspaceError as exc:
        error = str(exc)
    postmortems = [
        i
        for i in _newest_first(indexes)
        if i.kind == "post_mortem" and i.campaign_id == campaign_id
    ]
    changes = [
        _change_row(c, indexes)
        for c in (kb.changes() if kb else [])
        if c["campaign_id"] == campaign_id
    ]
    months = []
    for i in sorted(
        (i for i in indexes if i.kind == "monthly_review"), key=lambda i: i.period_start
    ):
        row = i.campaigns.get(campaign_id)
        if row is None:
            continue
        cur = i.currency or currency
        months.append(
            {
                "idx": i,
                "cells": [
                    format_value(row.get(m), m, cur)
                    for m in ("spend", "revenue", "roas", "leads", "ctr", "cvr")
                ],
            }
        )
    findings = [
        {
            "idx": i,
            "ref": r,
            "href": f"/reports/{i.id}#{anchor(r.finding_id)}",
            "stage": stage_title(r.stage),
        }
        for i in _newest_first(indexes)
        for r in i.findings
        if r.campaign_id == campaign_id and i.kind == "monthly_review"
    ]
    plan = []
    if info:
        for k in (
            "name",
            "start_date",
            "end_date",
            "objective",
            "channel",
            "budget",
            "owner",
            "audience",
            "offer",
        ):
            v = info.get(k)
            if v is None or (isinstance(v, float) and v != v):
                continue
            plan.append(
                (
                    k.replace("_", " "),
                    format_value(v, k, currency)
                    if k == "budget"
                    else str(v)[:10]
                    if k.endswith("date")
                    else str(v),
                )
            )
    known = info is not None or postmortems or changes or months or findings
    return {
        "campaign_id": campaign_id,
        "self_href": campaign_href(campaign_id),
        "known": bool(known),
        "plan": plan,
        "error": error,
        "postmortems": postmortems,
        "changes": changes,
        "months": months,
        "month_columns": ("spend", "revenue", "ROAS", "leads", "CTR", "CVR"),
        "findings": findings,
        "compare_href": compare_href("roas", campaign_id),
    }
