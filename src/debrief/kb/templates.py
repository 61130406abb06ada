"""Campaign templates and the updates post-mortems propose to them.

A template is what a new campaign's brief is prefilled from (``debrief brief --template NAME``):
objective, audience, offer, channels, a typical length, success criteria (metric, optional channel,
optional target) and standing *practices* — instructions learned from earlier campaigns, each with
the post-mortem it came from. Templates are written by people (``debrief kb template save``) and
grow through post-mortems: a post-mortem proposes an update (its one change as a practice, or a
success criterion on the metric it found short), saved with status ``proposed``; a person applies
it (``debrief kb template apply ID``, the template's version goes up by one) or dismisses it.

Every write is one transaction. Rows come back as dicts with JSON columns decoded.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from debrief.kb.tables import campaign_templates, template_updates
from debrief.results import jsonable

if TYPE_CHECKING:
    from debrief.kb.store import KnowledgeBase

__all__ = [
    "TEMPLATE_FIELDS",
    "UPDATE_STATUSES",
    "decide_update",
    "delete_proposals",
    "get_template",
    "save_template",
    "store_proposals",
    "template_for",
    "template_updates_of",
    "templates_of",
]

#: What ``save_template`` accepts; lists are stored as JSON.
TEMPLATE_FIELDS = (
    "objective",
    "audience",
    "offer",
    "channels",
    "duration_days",
    "criteria",
    "practices",
    "notes",
)
_JSON = ("channels", "criteria", "practices")
UPDATE_STATUSES = ("proposed", "applied", "dismissed")


def _decode_template(row: dict[str, Any]) -> dict[str, Any]:
    for k in _JSON:
        row[k] = json.loads(row[k]) if row.get(k) else []
    return row


def _decode_update(row: dict[str, Any]) -> dict[str, Any]:
    row["value"] = json.loads(row["value"]) if row.get("value") else None
    return row


def templates_of(kb: KnowledgeBase, objective: str | None = None) -> list[dict[str, Any]]:
    """Every template (by name), or those for ``objective``."""
    stmt = sa.select(campaign_templates).order_by(campaign_templates.c.name)
    if objective:
        stmt = stmt.where(campaign_templates.c.objective == objective)
    return [_decode_template(r) for r in kb._rows(stmt)]


def get_template(kb: KnowledgeBase, name: str) -> dict[str, Any] | None:
    rows = kb._rows(sa.select(campaign_templates).where(campaign_templates.c.name == name))
    return _decode_template(rows[0]) if rows else None


def template_for(
    kb: KnowledgeBase, campaign_id: str, objective: str | None
) -> tuple[dict[str, Any] | None, str | None]:
    """The template a campaign follows, and why: the one its stored brief was written from, else
    the most recently updated template for its objective; (None, None) when neither exists."""
    from debrief.kb.briefs import brief_of

    before = brief_of(kb, campaign_id)
    if before is not None and before.get("template"):
        t = get_template(kb, before["template"])
        if t is not None:
            return t, "this campaign's brief"
    if objective:
        same = sorted(templates_of(kb, objective), key=lambda t: (t["updated_on"], t["id"]))
        if same:
            return same[-1], f"the most recently updated template for objective {objective}"
    return None, None


def save_template(kb: KnowledgeBase, name: str, on: dt.date, **fields: Any) -> dict[str, Any]:
    """Create template ``name`` or change the given fields of it (version + 1); return it.

    A field passed as None is left as it is; pass ``[]`` or ``""`` to clear one.
    """
    unknown = set(fields) - set(TEMPLATE_FIELDS)
    if unknown:
        raise ValueError(f"unknown template field(s): {', '.join(sorted(unknown))}")
    name = name.strip()
    if not name:
        raise ValueError("a template needs a name")
    values = {
        k: (json.dumps(jsonable(v)) if k in _JSON else v)
        for k, v in fields.items()
        if v is not None
    }
    with kb.transaction() as conn:
        old = conn.execute(
            sa.select(campaign_templates.c.id, campaign_templates.c.version).where(
                campaign_templates.c.name == name
            )
        ).first()
        if old is None:
            conn.execute(
                sa.insert(campaign_templates).values(
                    name=name, version=1, created_on=on, updated_on=on, **values
                )
            )
        elif values:
            conn.execute(
                sa.update(campaign_templates)
                .where(campaign_templates.c.id == old.id)
                .values(version=old.version + 1, updated_on=on, **values)
            )
    out = get_template(kb, name)
    assert out is not None
    return out


def store_proposals(
    conn: sa.Connection,
    report_id: int,
    campaign_id: str | None,
    rows: list[dict[str, Any]],
    on: dt.date,
) -> None:
    """Store a post-mortem's proposed template updates (``template``, ``field``, ``value``,
    ``reason``) inside the caller's transaction. An identical proposal still waiting for a decision
    is not stored twice."""
    for r in rows:
        value = json.dumps(jsonable(r["value"]), sort_keys=True)
        same = conn.execute(
            sa.select(template_updates.c.id).where(
                template_updates.c.template == r["template"],
                template_updates.c.field == r["field"],
                template_updates.c.value == value,
                template_updates.c.status == "proposed",
            )
        ).first()
        if same is not None:
            continue
        conn.execute(
            sa.insert(template_updates).values(
                template=r["template"],
                report_id=report_id,
                campaign_id=campaign_id,
                field=r["field"],
                value=value,
                reason=r.get("reason"),
                status="proposed",
                proposed_on=on,
            )
        )


def delete_proposals(conn: sa.Connection, report_ids: list[int]) -> None:
    """Before reports are replaced by a rerun: their undecided proposals go (the rerun proposes
    again); decided ones stay, without a report."""
    if not report_ids:
        return
    mine = template_updates.c.report_id.in_(report_ids)
    conn.execute(sa.delete(template_updates).where(mine, template_updates.c.status == "proposed"))
    conn.execute(sa.update(template_updates).where(mine).values(report_id=None))


def template_updates_of(
    kb: KnowledgeBase, template: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    stmt = sa.select(template_updates).order_by(template_updates.c.id)
    if template:
        stmt = stmt.where(template_updates.c.template == template)
    if status:
        stmt = stmt.where(template_updates.c.status == status)
    return [_decode_update(r) for r in kb._rows(stmt)]


def _merge(field: str, current: list[dict[str, Any]], item: dict[str, Any]) -> list[dict[str, Any]]:
    """``current`` with ``item`` added; a criterion on the same metric and channel is replaced, a
    practice with the same text is not added twice."""
    if field == "criteria":
        key = (item.get("metric"), item.get("channel"))
        kept = [c for c in current if (c.get("metric"), c.get("channel")) != key]
        return [*kept, item]
    if any(p.get("text") == item.get("text") for p in current):
        return current
    return [*current, item]


def decide_update(kb: KnowledgeBase, update_id: int, status: str, on: dt.date) -> dict[str, Any]:
    """Apply (``applied``) or dismiss (``dismissed``) a proposed update, in one transaction;
    return the template as it is afterwards. Applying adds the update's item to the template's
    practices or criteria and raises its version."""
    if status not in ("applied", "dismissed"):
        raise ValueError(f"status must be applied or dismissed, not {status!r}")
    with kb.transaction() as conn:
        row = conn.execute(
            sa.select(template_updates).where(template_updates.c.id == update_id)
        ).first()
        if row is None:
            raise KeyError(f"no template update with id {update_id}")
        if row.status != "proposed":
            raise ValueError(f"template update {update_id} was already {row.status}")
        tpl = conn.execute(
            sa.select(campaign_templates).where(campaign_templates.c.name == row.template)
        ).first()
        if tpl is None:
            raise KeyError(f"no template named {row.template!r} (update {update_id})")
        version = tpl.version
        if status == "applied":
            current = json.loads(getattr(tpl, row.field) or "[]")
            item = json.loads(row.value)
            if row.field == "practices":  # where the practice came from
                item = {
                    **item,
                    "report_id": row.report_id,
                    "campaign_id": item.get("campaign_id") or row.campaign_id,
                    "on": item.get("on") or row.proposed_on.isoformat(),
                }
            merged = _merge(row.field, current, item)
            version = tpl.version + 1
            conn.execute(
                sa.update(campaign_templates)
                .where(campaign_templates.c.id == tpl.id)
                .values({row.field: json.dumps(merged), "version": version, "updated_on": on})
            )
        conn.execute(
            sa.update(template_updates)
            .where(template_updates.c.id == update_id)
            .values(
                status=status,
                decided_on=on,
                version=version if status == "applied" else None,
            )
        )
        name = row.template
    out = get_template(kb, name)
    assert out is not None
    return out
