"""The home page and a report's page, as plain values for their templates (no HTML here but the
report body); the other pages are :mod:`~debrief.web.knowledge`, :mod:`~debrief.web.compare` and
:mod:`~debrief.web.campaign`.

Numbers are formatted by the renderers' own formatter (:mod:`debrief.render.format`), so a value
reads the same on a page as in the report; an unknown value is "n/a", never 0.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from debrief.kb.actions import actions_of
from debrief.kb.due import campaigns_due
from debrief.kb.outbox import deliveries_of
from debrief.kb.receipts import receipts_of
from debrief.metrics.catalogue import label as metric_label
from debrief.render.format import cell_text, format_value, table_units
from debrief.render.html import report_body
from debrief.web.commitments import action_counts, action_rows, change_row, changes_by_report
from debrief.web.library import Library, ReportIndex, newest_first
from debrief.web.links import annotator, campaign_href
from debrief.web.workspace import WorkspaceReader
from debrief.workspace import WorkspaceError

__all__ = ["cycle_of", "delivery_status", "home_page", "kpi_chips", "report_page"]


#: Headline KPIs of a monthly review on the home page, in this order (the first four present).
HEADLINE = ("spend", "revenue", "roas", "leads", "mqls", "pipeline", "customers")
#: ... and of a post-mortem (its summary KPIs are plain values).
PM_HEADLINE = ("spend", "leads", "opportunities", "roas")
STATUS_WORDS = {"met": "target met", "not_met": "target not met", "no_target": "no target"}


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


def home_page(
    lib: Library, ws: WorkspaceReader, today: dt.date, window: int, currency: str
) -> dict[str, Any]:
    indexes = lib.indexes()
    changes = changes_by_report(lib)
    kb = lib.kb()
    actions = actions_of(kb) if kb else []
    delivered = delivery_status(lib, indexes)
    reviews = []
    postmortems = []
    for idx in newest_first(indexes):
        item: dict[str, Any] = {
            "idx": idx,
            "kpis": kpi_chips(idx, currency),
            "delivery": delivered.get(idx.id),
        }
        if idx.kind == "monthly_review":
            mine = [a for a in actions if a["period_end"] == idx.period_end]
            item["actions"] = action_counts(mine) if mine else None
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
        "action_counts": action_counts(actions),
        "delivery": delivery_status(lib, [this]).get(this.id),
        "changes": [change_row(c, indexes) for c in changes],
        "currency_unknown": currency is None,
        "currency": currency or default_currency,
        "campaign_href": campaign_href(this.campaign_id) if this.campaign_id else None,
    }
