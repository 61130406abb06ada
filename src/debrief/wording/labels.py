"""How subjects, funnel steps and a metric's values are named in sentences (metric names and
kinds come from :mod:`debrief.metrics.catalogue`, numbers are written by :mod:`debrief.numbers`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from debrief.metrics.catalogue import kind, words
from debrief.numbers import Style, fmt

__all__ = ["fmt_metric", "segment_phrase", "step_label", "subject_label"]


def _lower(text: str) -> str:
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def step_label(name: str) -> str:
    """A funnel step, ``mql_to_sql`` (or ``mql_to_sql_rate``), as ``MQL → SQL``."""
    name = name.removesuffix("_rate")
    return " → ".join(
        words(p) if i == 0 else _lower(words(p)) for i, p in enumerate(name.split("_to_"))
    )


#: How a segment of a dimension is named: the preposition before it and the noun phrase.
_SEGMENTS = {
    "device": ("on", "{value} devices"),
    "region": ("in", "{value}"),
    "country": ("in", "{value}"),
    "industry": ("in", "the {value} industry"),
}


def segment_phrase(dimension: str, value: Any) -> tuple[str, str]:
    """``("on", "mobile devices")`` for device = mobile, ``("in", "the retail industry")``;
    another dimension: ``("with", "lead type inbound")``. Never the column name glued to its
    value ("device mobile")."""
    prep, noun = _SEGMENTS.get(dimension, ("with", "{dimension} {value}"))
    return prep, noun.format(dimension=dimension.replace("_", " "), value=value)


def _segment_words(key: str, value: Any) -> str:
    """``leads scored 80-100`` for a score band; ``lead source = webinar`` for any other key."""
    if key == "score_band":
        return f"leads scored {value}"
    if key in _SEGMENTS:
        return " ".join(segment_phrase(key, value))
    return f"{key.replace('_', ' ')} = {value}"


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
        parts.append(", ".join(_segment_words(str(k), v) for k, v in seg.items()))
    if subject.get("stage"):
        step = step_label(str(subject["stage"]))
        parts.append(f"the {step} step" if parts == [] else f"at the {step} step")
    return " ".join(parts) if parts else "all channels"


def fmt_metric(metric: str, value: Any, *, style: Style = "sentence", currency: str = "USD") -> str:
    """``value`` of ``metric`` written in the metric's unit (its kind in the catalogue; a name it
    does not know reads as a ratio)."""
    return fmt(value, kind(metric) or "ratio", style=style, currency=currency)
