"""A post-mortem's change and a monthly review's actions as the pages show them: each with its
before/after as measured, formatted by the renderers' formatter (:mod:`debrief.render.format`);
an unknown value is "n/a", never 0.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from debrief.kb.actions import actions_of
from debrief.postmortem.measures import METRICS
from debrief.render.format import format_value
from debrief.web.library import Library, ReportIndex
from debrief.web.links import campaign_href

__all__ = ["action_counts", "action_rows", "change_row", "changes_by_report"]


def changes_by_report(lib: Library) -> dict[int, list[dict[str, Any]]]:
    kb = lib.kb()
    out: dict[int, list[dict[str, Any]]] = {}
    for c in kb.changes() if kb else []:
        out.setdefault(int(c["report_id"]), []).append(c)
    return out


def action_counts(rows: list[dict[str, Any]]) -> str:
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("open", "done", "dropped")}
    return ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "none"


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


def change_row(c: dict[str, Any], indexes: list[ReportIndex]) -> dict[str, Any]:
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
