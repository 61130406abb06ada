"""Campaign briefs in the knowledge base, and what each carried from earlier post-mortems.

``debrief brief`` stores the brief it wrote (``briefs``: the document as JSON) and one
``brief_items`` row per agreed change, playbook entry and template practice it carried, with where
it came from (post-mortem report id, campaign, date). A change item keeps a copy of the change's
measure, baseline, target, channels and period (``detail``), so the campaign's own post-mortem can
measure it even after the originating post-mortem was rerun. That post-mortem's results are stored
on the items (``check_result``, ``checked_on``) when it is saved.

A new brief of the same campaign replaces the earlier one (and its items).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from debrief.kb.tables import brief_items, briefs
from debrief.results import jsonable

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase

__all__ = ["brief_of", "briefs_of", "record_brief_checks", "save_brief"]


def save_brief(
    kb: KnowledgeBase,
    document: dict[str, Any],
    items: list[dict[str, Any]],
    on: dt.date,
    now: dt.datetime | None = None,
) -> int:
    """Store a brief (``document`` with campaign_id, template, template_version, start, end,
    postmortem_on) and its ``items`` in one transaction, replacing the campaign's earlier brief;
    return the new brief's id."""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    cid = document["campaign_id"]

    def day(key: str) -> dt.date | None:
        v = document.get(key)
        return dt.date.fromisoformat(str(v)[:10]) if v else None

    with kb.transaction() as conn:
        old = [
            r[0] for r in conn.execute(sa.select(briefs.c.id).where(briefs.c.campaign_id == cid))
        ]
        if old:
            conn.execute(sa.delete(brief_items).where(brief_items.c.brief_id.in_(old)))
            conn.execute(sa.delete(briefs).where(briefs.c.id.in_(old)))
        inserted = conn.execute(
            sa.insert(briefs).values(
                campaign_id=cid,
                template=document.get("template"),
                template_version=document.get("template_version"),
                start_date=day("start"),
                end_date=day("end"),
                postmortem_on=day("postmortem_on"),
                created_on=on,
                saved_at=now,
                document=json.dumps(jsonable(document)),
            )
        )
        assert inserted.inserted_primary_key is not None
        bid = int(inserted.inserted_primary_key[0])
        if items:
            conn.execute(
                sa.insert(brief_items),
                [
                    {
                        "brief_id": bid,
                        "kind": i["kind"],
                        "change_id": i.get("change_id"),
                        "playbook_id": i.get("playbook_id"),
                        "source_report_id": i.get("source_report_id"),
                        "source_campaign_id": i.get("source_campaign_id"),
                        "source_on": i.get("source_on"),
                        "text": i["text"],
                        "detail": json.dumps(jsonable(i.get("detail") or {})),
                    }
                    for i in items
                ],
            )
    return bid


def _items(kb: KnowledgeBase, brief_id: int) -> list[dict[str, Any]]:
    rows = kb._rows(
        sa.select(brief_items).where(brief_items.c.brief_id == brief_id).order_by(brief_items.c.id)
    )
    for r in rows:
        r["detail"] = json.loads(r["detail"]) if r["detail"] else {}
        r["check_result"] = json.loads(r["check_result"]) if r["check_result"] else None
    return rows


def brief_of(kb: KnowledgeBase, campaign_id: str) -> dict[str, Any] | None:
    """The campaign's stored brief (row, ``document`` decoded, ``items``), or None."""
    rows = kb._rows(
        sa.select(briefs).where(briefs.c.campaign_id == campaign_id).order_by(briefs.c.id.desc())
    )
    if not rows:
        return None
    out = rows[0]
    out["document"] = json.loads(out["document"])
    out["items"] = _items(kb, int(out["id"]))
    return out


def briefs_of(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Every stored brief (without its document), newest first."""
    cols = [c for c in briefs.c if c.name != "document"]
    return kb._rows(sa.select(*cols).order_by(briefs.c.id.desc()))


def record_brief_checks(conn: sa.Connection, rows: list[dict[str, Any]], on: dt.date) -> None:
    """Store, inside the caller's transaction, what a post-mortem measured for the changes its
    campaign's brief carried (rows with ``brief_item_id``)."""
    for r in rows:
        item = r.get("brief_item_id")
        if item is None:
            continue
        conn.execute(
            sa.update(brief_items)
            .where(brief_items.c.id == int(item))
            .values(check_result=json.dumps(jsonable(r)), checked_on=on)
        )
