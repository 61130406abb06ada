"""The next campaign's brief (``debrief brief``), prefilled from a campaign template and carrying
the changes agreed in earlier post-mortems and the playbook entries that apply to it.

``build_brief`` writes it (:mod:`debrief.brief.build`), :mod:`debrief.brief.plan` suggests its
success criteria from benchmarks, :mod:`debrief.brief.render` renders it as Markdown and HTML.
:func:`items_of` gives the rows the knowledge base keeps of what it carried
(:func:`debrief.kb.save_brief`), which the campaign's own post-mortem measures.
"""

from __future__ import annotations

from typing import Any

from debrief.brief.build import Brief, build_brief
from debrief.brief.render import brief_body, to_html, to_markdown

__all__ = ["Brief", "brief_body", "build_brief", "items_of", "to_html", "to_markdown"]

#: What a change item keeps of the change, so the campaign's post-mortem can measure it even after
#: the originating post-mortem was rerun (its change row replaced).
_CHANGE_DETAIL = (
    "title",
    "owner",
    "due",
    "measure",
    "baseline",
    "target",
    "channels",
    "period_start",
    "period_end",
    "created_on",
    "status",
)


def items_of(b: Brief) -> list[dict[str, Any]]:
    """The ``brief_items`` rows of brief ``b``: each change, lesson and practice it carried."""
    rows: list[dict[str, Any]] = []
    for c in b.changes:
        rows.append(
            {
                "kind": "change",
                "change_id": c["change_id"],
                "source_report_id": c.get("source_report_id"),
                "source_campaign_id": c.get("source_campaign_id"),
                "source_on": c.get("source_on"),
                "text": c["title"],
                "detail": {k: c.get(k) for k in _CHANGE_DETAIL},
            }
        )
    for x in b.lessons:
        rows.append(
            {
                "kind": "lesson",
                "playbook_id": x.get("playbook_id"),
                "source_report_id": x.get("source_report_id"),
                "source_campaign_id": x.get("source_campaign_id"),
                "source_on": x.get("source_on"),
                "text": x["lesson"],
                "detail": {"problem": x.get("problem"), "applies": x.get("applies")},
            }
        )
    for p in b.practices:
        rows.append(
            {
                "kind": "practice",
                "source_report_id": p.get("report_id"),
                "source_campaign_id": p.get("campaign_id"),
                "source_on": p.get("on"),
                "text": p.get("text", ""),
                "detail": {"template": b.template, "version": b.template_version},
            }
        )
    return rows
