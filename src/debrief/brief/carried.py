"""What a brief carries from earlier post-mortems: the agreed changes and the playbook entries
that apply to the campaign's channels, objective or audience (each with why it applies and where
it came from), and its template's practices and pending updates. See :mod:`debrief.brief.build`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.kb.playbook import CHANGE_LESSON
from debrief.kb.templates import template_updates_of
from debrief.period import as_date
from debrief.query import rows as query_rows

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase
    from debrief.workspace import Workspace

__all__ = ["campaign_rows", "learned"]


def campaign_rows(ws: Workspace) -> dict[str, dict[str, Any]]:
    t = ws.optional("campaigns")
    if t is None:
        return {}
    return {str(r["campaign_id"]): r for r in query_rows(t)}


def _why(
    channels: list[str], objective: str | None, audience: str | None, tags: dict[str, Any]
) -> list[str]:
    """Why an earlier item applies: shared channels, the same objective or audience."""
    why = []
    shared = [c for c in tags.get("channels") or () if c in channels]
    if shared:
        why.append("channels " + ", ".join(sorted(shared)))
    if objective and tags.get("objective") == objective:
        why.append(f"objective {objective}")
    aud = (audience or "").strip().lower()
    if aud and (tags.get("audience") or "").strip().lower() == aud:
        why.append("the same audience")
    return why


def learned(
    kb: KnowledgeBase | None,
    ws: Workspace,
    channels: list[str],
    objective: str | None,
    audience: str | None,
    tpl: dict[str, Any] | None,
    campaign_id: str,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    if kb is None:
        return [], [], [], []
    rows = campaign_rows(ws)
    playbook = kb.playbook_entries()
    tagged: dict[int, dict[str, Any]] = {}
    for p in playbook:  # what each post-mortem's lessons were tagged with
        t = tagged.setdefault(int(p["report_id"]), {"channels": set()})
        if p.get("channel"):
            t["channels"].add(p["channel"])
        t.setdefault("objective", p.get("objective"))
        t.setdefault("audience", p.get("audience"))
    reports = {int(r["id"]): r for r in kb.list_reports()}
    dated: dict[int, dt.date] = {}
    changes = []
    for c in kb.changes():
        rid = int(c["report_id"])
        dated[rid] = as_date(c["created_on"])
        if c["status"] not in ("agreed", "done") or c.get("campaign_id") == campaign_id:
            continue
        camp = rows.get(str(c.get("campaign_id")), {})
        tags = {
            "channels": c.get("channels") or [],
            "objective": camp.get("objective") or tagged.get(rid, {}).get("objective"),
            "audience": camp.get("audience") or tagged.get(rid, {}).get("audience"),
        }
        why = _why(channels, objective, audience, tags)
        if not why:
            continue
        result = c.get("result") or {}
        changes.append(
            {
                "change_id": int(c["id"]),
                "title": c["title"],
                "owner": c.get("owner"),
                "status": c["status"],
                "due": c.get("due"),
                "measure": c.get("measure"),
                "baseline": c.get("baseline"),
                "target": c.get("target"),
                "channels": list(c.get("channels") or []),
                "period_start": c.get("period_start"),
                "period_end": c.get("period_end"),
                "created_on": c.get("created_on"),
                "source_report_id": rid,
                "source_campaign_id": c.get("campaign_id"),
                "source_on": as_date(c["created_on"]),
                "applies": why,
                "measured": result.get("statement"),
            }
        )
    grouped: dict[tuple[int, str], dict[str, Any]] = {}
    for p in playbook:  # one row per lesson and channel: one entry per lesson
        if str(p["lesson"]).startswith(CHANGE_LESSON) or p.get("campaign_id") == campaign_id:
            continue
        rid = int(p["report_id"])
        saved = reports.get(rid, {}).get("saved_at")
        g = grouped.setdefault(
            (rid, p["lesson"]),
            {
                "playbook_id": int(p["id"]),
                "lesson": p["lesson"],
                "problem": p.get("problem"),
                "source_report_id": rid,
                "source_campaign_id": p.get("campaign_id"),
                "source_on": dated.get(rid) or (as_date(saved) if saved else None),
                "tags": {"channels": set(), **tagged.get(rid, {"channels": set()})},
            },
        )
        if p.get("channel"):
            g["tags"]["channels"] = set(g["tags"]["channels"]) | {p["channel"]}
    lessons = []
    for g in grouped.values():
        tags = g.pop("tags")
        why = _why(channels, objective, audience, tags)
        if why:
            lessons.append({**g, "applies": why})
    lessons.sort(key=lambda x: (x["source_report_id"], x["playbook_id"]))
    practices = list((tpl or {}).get("practices") or [])
    pending = template_updates_of(kb, tpl["name"], "proposed") if tpl else []
    return changes, lessons, practices, pending
