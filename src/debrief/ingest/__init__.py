"""Validated ingest: platform exports and contract files into a workspace, all or nothing.

Public API: :func:`ingest` (files -> workspace), :class:`IngestResult`, :class:`IngestError`
(with ``.problems``), :class:`Problem`, and :func:`load_mapping` for column mappings. The CLI
wrapper is ``debrief ingest`` (:mod:`debrief.cli.ingest`). See docs/data-contract.md and
docs/mappings.md.
"""

from __future__ import annotations

from debrief.ingest.core import IngestResult, TableLoad, ingest
from debrief.ingest.problems import IngestError, Problem, format_problems

__all__ = [
    "IngestError",
    "IngestResult",
    "Problem",
    "TableLoad",
    "format_problems",
    "ingest",
    "load_mapping",
]


def load_mapping(ref):
    """A column mapping by shipped name or YAML path (see :mod:`debrief.ingest.mapping`)."""
    from debrief.ingest.mapping import load_mapping as _load

    return _load(ref)
