"""The knowledge base: post-mortems, their findings and one change, playbook entries and
benchmark history, so each campaign learns from the ones before it.

Public API: :class:`KnowledgeBase` (open, save_report, changes, playbook_entries, search...),
:func:`default_kb_url`, :func:`open_commitments_due` (the loop, also used by the monthly review),
:func:`recalibrate` (benchmarks from the team's campaigns) and :func:`lessons_from_report`; the
review cycle's records: monthly actions (:func:`actions_of`, :func:`set_action_status`), the
outbox (:func:`deliveries_of`, :func:`set_delivery_status`, :mod:`debrief.kb.outbox`) and read
receipts (:func:`record_read`, :func:`receipts_of`); campaign templates and the updates post-mortems
propose (:mod:`debrief.kb.templates`) and the briefs written from them (:mod:`debrief.kb.briefs`).
"""

from __future__ import annotations

from debrief.kb.actions import ACTION_STATUSES, actions_of, set_action_status
from debrief.kb.benchmarks import recalibrate, shrink_rates
from debrief.kb.briefs import brief_of, briefs_of, save_brief
from debrief.kb.loop import CommitmentCheck, measure_commitment, open_commitments_due
from debrief.kb.outbox import DELIVERY_STATUSES, Delivery, deliveries_of, set_delivery_status
from debrief.kb.playbook import lessons_from_report
from debrief.kb.receipts import receipts_of, record_read
from debrief.kb.store import CHANGE_STATUSES, KnowledgeBase, default_kb_url
from debrief.kb.templates import (
    decide_update,
    get_template,
    save_template,
    template_updates_of,
    templates_of,
)

__all__ = [
    "ACTION_STATUSES",
    "CHANGE_STATUSES",
    "DELIVERY_STATUSES",
    "CommitmentCheck",
    "Delivery",
    "KnowledgeBase",
    "actions_of",
    "brief_of",
    "briefs_of",
    "decide_update",
    "default_kb_url",
    "deliveries_of",
    "get_template",
    "lessons_from_report",
    "measure_commitment",
    "open_commitments_due",
    "recalibrate",
    "receipts_of",
    "record_read",
    "save_brief",
    "save_template",
    "set_action_status",
    "set_delivery_status",
    "shrink_rates",
    "template_updates_of",
    "templates_of",
]
