"""The knowledge base: post-mortems, their findings and one change, playbook entries and
benchmark history, so each campaign learns from the ones before it.

Public API: :class:`KnowledgeBase` (open, save_report, changes, playbook_entries, search...),
:func:`default_kb_url`, :func:`open_commitments_due` (the loop, also used by the monthly review),
:func:`recalibrate` (benchmarks from the team's campaigns) and :func:`lessons_from_report`.
"""

from __future__ import annotations

from debrief.kb.benchmarks import recalibrate, shrink_rates
from debrief.kb.loop import CommitmentCheck, measure_commitment, open_commitments_due
from debrief.kb.playbook import lessons_from_report
from debrief.kb.store import CHANGE_STATUSES, KnowledgeBase, default_kb_url

__all__ = [
    "CHANGE_STATUSES",
    "CommitmentCheck",
    "KnowledgeBase",
    "default_kb_url",
    "lessons_from_report",
    "measure_commitment",
    "open_commitments_due",
    "recalibrate",
    "shrink_rates",
]
