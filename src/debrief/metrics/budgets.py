"""The plan: planned spend per month from the ``budgets`` table.

Read by the budget stage (pacing) and by the marketing-mix model (next month's plan), so it sits
below both. One query; only the rows of the months asked for come into Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from debrief.query import frame
from debrief.schema import normalise_channel

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["budgets_frame"]


def budgets_frame(ws: Workspace, months: list[str]) -> pd.DataFrame | None:
    """Planned spend rows for ``months`` (``YYYY-MM``), or None when there is no budgets table.

    Columns ``month``, ``channel`` (normalised, None for a row without one), ``campaign_id`` (None
    when absent), ``planned_spend``. Rows of one key are summed.
    """
    t = ws.optional("budgets")
    if t is None:
        return None
    t = t.filter(t.month.isin(months))
    cols = {"month": t.month, "planned_spend": t.planned_spend}
    for opt in ("channel", "campaign_id"):
        cols[opt] = t[opt].cast("string") if opt in t.columns else None
    df = frame(t.select(**{k: v for k, v in cols.items() if v is not None}))
    for opt in ("channel", "campaign_id"):
        if opt not in df.columns:
            df[opt] = None
    if df.empty:
        return df[["month", "channel", "campaign_id", "planned_spend"]]
    df["channel"] = df["channel"].map(
        lambda v: normalise_channel(v) if isinstance(v, str) else None
    )
    df["campaign_id"] = df["campaign_id"].map(lambda v: v if isinstance(v, str) and v else None)
    df["planned_spend"] = df["planned_spend"].astype(float)
    return df
