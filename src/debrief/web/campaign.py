"""The campaign page: everything stored about one campaign (its post-mortems and changes, the
findings that name it, its row in each monthly review) and its plan from the workspace."""

from __future__ import annotations

from typing import Any

from debrief.query import rows
from debrief.render.format import format_value, stage_title
from debrief.web.commitments import change_row
from debrief.web.library import Library, newest_first
from debrief.web.links import anchor, campaign_href, compare_href
from debrief.web.workspace import WorkspaceReader
from debrief.workspace import Workspace, WorkspaceError

__all__ = ["campaign_page"]


def _campaign_plan(ws: Workspace, campaign_id: str) -> dict[str, Any] | None:
    t = ws.optional("campaigns")
    if t is None:
        return None
    found = rows(t.filter(t.campaign_id == campaign_id).limit(1))
    return found[0] if found else None


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
        i for i in newest_first(indexes) if i.kind == "post_mortem" and i.campaign_id == campaign_id
    ]
    changes = [
        change_row(c, indexes)
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
        for i in newest_first(indexes)
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
