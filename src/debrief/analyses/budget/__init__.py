"""Stage 6 of the monthly review, ``budget``: pacing, response curves, reallocation and waste.

``budget(ctx) -> StageResult`` runs every part; each part is callable alone:

* :func:`pacing_table` / :func:`pacing_findings` — utilisation and pacing against ``budgets``
* :func:`fit_channel_curves` — adstock + Hill response curves per channel, with bootstrap intervals
* :func:`reallocate` — the same total moved toward higher marginal ROAS, within bounds
* :func:`waste_rows` — spend with no conversions, or past the marginal-ROAS floor

The method is described in ``docs/stages/budget.md``.
"""

from __future__ import annotations

from debrief.analyses.budget.pacing import (
    PacingWindow,
    pacing_findings,
    pacing_rows,
    pacing_table,
    pacing_window,
)
from debrief.analyses.budget.stage import budget

__all__ = [
    "PacingWindow",
    "budget",
    "pacing_findings",
    "pacing_rows",
    "pacing_table",
    "pacing_window",
]
