"""The knowledge base: post-mortems, their findings and one change, playbook entries and
benchmark history, so each campaign learns from the ones before it.

Public API: :class:`KnowledgeBase` (open, save_report, changes, playbook_entries, search...),
:func:`default_kb_url`, :func:`open_commitments_due` (the loop, also used by the monthly review),
:func:`recalibrate` (benchmarks from the team's campaigns) and :func:`lessons_from_report`; the
review cycle's records: monthly actions (:func:`actions_of`, :func:`set_action_status`), the
outbox (:func:`deliveries_of`, :func:`set_delivery_status`, :mod:`debrief.kb.outbox`) and read
receipts (:func:`record_read`, :func:`receipts_of`).
"""

from __future__ import annotations

from debrief.kb.actions import ACTION_STATUSES, actions_of, set_action_status
from debrief.kb.benchmarks import recalibrate, shrink_rates
from debrief.kb.loop import CommitmentCheck, measure_commitment, open_commitments_due
from debrief.kb.outbox import DELIVERY_STATUSES, Delivery, deliveries_of, set_delivery_status
from debrief.kb.playbook import lessons_from_report
from debrief.kb.receipts import receipts_of, record_read
from debrief.kb.store import CHANGE_STATUSES, KnowledgeBase, default_kb_url

__all__ = [
    "ACTION_STATUSES",
    "CHANGE_STATUSES",
    "DELIVERY_STATUSES",
    "CommitmentCheck",
    "Delivery",
    "KnowledgeBase",
    "actions_of",
    "default_kb_url",
    "deliveries_of",
    "lessons_from_report",
    "measure_commitment",
    "open_commitments_due",
    "recalibrate",
    "receipts_of",
    "record_read",
    "set_action_status",
    "set_delivery_status",
    "shrink_rates",
]
