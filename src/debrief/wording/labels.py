"""How subjects and funnel steps are named in sentences (metric names come from
:mod:`debrief.metrics.catalogue`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from debrief.metrics.catalogue import words

__all__ = ["step_label", "subject_label"]


def _lower(text: str) -> str:
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def step_label(name: str) -> str:
    """A funnel step, ``mql_to_sql`` (or ``mql_to_sql_rate``), as ``MQL → SQL``."""
    name = name.removesuffix("_rate")
    return " → ".join(
        words(p) if i == 0 else _lower(words(p)) for i, p in enumerate(name.split("_to_"))
    )


def subject_label(subject: Mapping[str, Any]) -> str:
    """How a finding's subject is named in a sentence: ``AO-DISPLAY on display``, ``display``,
    ``at the MQL → SQL step``, ...; ``all channels`` for an empty subject."""
    parts = []
    if subject.get("campaign_id"):
        parts.append(str(subject["campaign_id"]))
    if subject.get("channel"):
        parts.append(("on " if parts else "") + str(subject["channel"]))
    if subject.get("content_id"):
        parts.append(str(subject["content_id"]))
    seg = subject.get("segment")
    if isinstance(seg, Mapping) and seg:
        parts.append(", ".join(f"{k} = {v}" for k, v in seg.items()))
    if subject.get("stage"):
        step = step_label(str(subject["stage"]))
        parts.append(f"the {step} step" if parts == [] else f"at the {step} step")
    return " ".join(parts) if parts else "all channels"
