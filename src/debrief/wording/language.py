"""Observation language: the phrasings a generated sentence must never use, and a checker.

A post-mortem is blameless: every sentence states a measurement against a reference ("CTR was
0.4% against a target of 1.2%"), never a verdict on a person or a channel ("display
underperformed"). Every generator in this package runs its sentences through
:func:`evaluative_phrases`; the tests run every sentence of every generated report through it, and
the monthly review can do the same.

Input: any text. Output: the banned phrasings found in it (lower case, in the order of the list).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["BANNED_PHRASES", "assert_observational", "evaluative_phrases", "report_sentences"]

#: Verdicts on people, teams or channels. Word stems are matched at word starts, so "fail" also
#: catches "failed" and "failure"; multi-word phrasings are matched with any whitespace between.
BANNED_PHRASES: tuple[str, ...] = (
    "underperform",
    "under-perform",
    "overperform",
    "outperform",
    "fail",
    "was bad",
    "were bad",
    "is bad",
    "are bad",
    "bad job",
    "poor",
    "poorly",
    "disappoint",
    "fault",
    "blame",
    "weak",
    "terrible",
    "awful",
    "should have",
    "shouldn't have",
    "should not have",
    "mistake",
    "incompetent",
    "careless",
    "sloppy",
    "mediocre",
    "lazy",
    "dropped the ball",
    "let down",
    "wasted",
    "botched",
    "negligent",
    "unacceptable",
    "embarrassing",
    "worst",
    "lackluster",
    "lacklustre",
    "struggled",
    "excellent job",
    "great job",
    "good job",
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        p,
        re.compile(
            r"(?<![a-z])" + r"\s+".join(re.escape(w) for w in p.split()),
            re.IGNORECASE,
        ),
    )
    for p in BANNED_PHRASES
)


def evaluative_phrases(text: str | None) -> list[str]:
    """The banned phrasings found in ``text`` (each once, in list order); empty when clean."""
    if not text:
        return []
    return [p for p, rx in _PATTERNS if rx.search(text)]


def assert_observational(texts: Iterable[str]) -> None:
    """Raise ``ValueError`` naming the first sentence that uses a banned phrasing.

    Generators call this on what they produce, so an evaluative template fails loudly in tests
    instead of reaching a report.
    """
    for t in texts:
        found = evaluative_phrases(t)
        if found:
            raise ValueError(f"evaluative phrasing {found} in generated text: {t!r}")


def report_sentences(doc: Any) -> list[str]:
    """Every generated sentence of a ``report.json`` document (or any nested JSON value).

    Collects finding ``statement``s, action ``title``/``rationale``, notes, diagnosis and
    facilitation text: every string under a key that holds prose. Data values (campaign names,
    segment values) are not prose and are left out.
    """
    prose_keys = {
        "statement",
        "title",
        "rationale",
        "notes",
        "description",
        "focus",
        "lesson",
        "prompt",
        "text",
    }
    out: list[str] = []

    def walk(value: Any, key: str | None) -> None:
        if isinstance(value, dict):
            # A recorded timeline event's description is the team's own text, not ours.
            recorded = value.get("source") == "recorded"
            for k, v in value.items():
                if recorded and k == "description":
                    continue
                walk(v, str(k))
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in prose_keys:
            out.append(value)

    walk(doc, None)
    return out
