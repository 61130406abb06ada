"""What the parts of the follow-up share: the stage's name and how a finding is made."""

from __future__ import annotations

from typing import Any

from debrief.results import Finding

STAGE = "follow_up"


def finding(key: str, statement: str, **kw: Any) -> Finding:
    return Finding(id=f"{STAGE}.{key}", stage=STAGE, kind="follow_up", statement=statement, **kw)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
