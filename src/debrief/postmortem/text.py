"""A metric in a post-mortem sentence: its phrase, its verb and its value in its unit, so a
statement reads "CTR was 0.42% against a target of 1.20%" (the numbers are written by
:func:`debrief.numbers.fmt`)."""

from __future__ import annotations

from debrief.numbers import fmt
from debrief.postmortem.measures import METRICS, canonical_metric

__all__ = ["label", "metric_text", "sentence", "was"]


def label(metric: str) -> str:
    """A metric's display name (``ctr`` -> ``CTR``); unknown metrics keep their own name."""
    d = METRICS.get(canonical_metric(metric))
    return d.label if d is not None and d.label else metric.replace("_", " ")


#: The unit a post-mortem kind is written in (a cost per unit is money; ROAS is a ratio).
_UNITS = {"rate": "rate", "volume": "count", "money": "money", "ratio": "money"}


def metric_text(metric: str, value: float | None, currency: str = "USD") -> str:
    """``value`` of ``metric`` in a post-mortem sentence (:func:`debrief.numbers.fmt`,
    style ``brief``); ``n/a`` when undefined."""
    d = METRICS.get(canonical_metric(metric))
    if d is None:
        return fmt(value, "number", style="brief", sig=3)
    unit = "ratio" if d.name == "roas" else _UNITS[d.kind]
    return fmt(value, unit, style="brief", currency=currency)


def sentence(text: str) -> str:
    """``text`` with its first letter in upper case (labels like "lead-to-SQL rate" start
    sentences)."""
    return text[:1].upper() + text[1:] if text else text


def was(metric: str) -> str:
    """The verb after a metric's label: counts are plural ("leads were"), rates singular."""
    m = canonical_metric(metric)
    d = METRICS.get(m)
    return "were" if d is not None and d.kind == "volume" and m not in _MASS_NOUNS else "was"


#: Volumes named by a mass noun: "reach was", not "reach were".
_MASS_NOUNS = frozenset({"reach"})
