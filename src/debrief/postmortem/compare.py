"""Placing an actual against a reference: below, on or above, with a tolerance band.

``status`` is the position of the number (``below`` means smaller), so a CPL of 80 against a
target of 100 is ``below``. ``shortfall`` says whether the gap is the unfavourable one for the
metric (smaller for rates and volumes, larger for costs): diagnoses read ``shortfall``.
"""

from __future__ import annotations

from debrief.postmortem.measures import lower_is_better
from debrief.results import relative_change

__all__ = ["position", "shortfall"]


def position(actual: float | None, reference: float | None, tolerance: float) -> str | None:
    """``below``, ``on`` or ``above`` the reference (within ``tolerance``, relative); None when
    it cannot be placed. A zero reference is met only by zero."""
    if actual is None or reference is None:
        return None
    if reference == 0:
        return "on" if actual == 0 else ("above" if actual > 0 else "below")
    gap = relative_change(actual, reference)
    assert gap is not None
    if abs(gap) <= tolerance:
        return "on"
    return "above" if gap > 0 else "below"


def shortfall(metric: str, status: str | None) -> bool | None:
    """Whether ``status`` is on the unfavourable side of the reference for ``metric``."""
    if status is None:
        return None
    if status == "on":
        return False
    return status == ("above" if lower_is_better(metric) else "below")
