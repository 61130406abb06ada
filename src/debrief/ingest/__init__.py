"""Validated ingest: platform exports and contract files into a workspace, all or nothing.

Public API: :func:`ingest` (files -> workspace), :class:`IngestResult`, :class:`IngestError`
(with ``.problems``), :class:`Problem`, and :func:`load_mapping` for column mappings. The CLI
wrapper is ``debrief ingest`` (:mod:`debrief.cli.ingest`). See docs/data-contract.md and
docs/mappings.md.
"""

from __future__ import annotations

from debrief.ingest.core import IngestResult, TableLoad, ingest
from debrief.ingest.mapping import MappingError, MappingSpec, load_mapping, shipped_mappings
from debrief.ingest.problems import IngestError, Problem, format_problems

__all__ = [
    "IngestError",
    "IngestResult",
    "MappingError",
    "MappingSpec",
    "Problem",
    "TableLoad",
    "format_problems",
    "ingest",
    "load_mapping",
    "shipped_mappings",
]
