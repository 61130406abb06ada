"""Content gaps: the topic × funnel-stage grid with empty cells, and items that draw traffic
but convert below the rest of their stage."""

from __future__ import annotations

import pandas as pd

from debrief.results import ratio
from debrief.schema import FUNNEL_STAGES
from debrief.stats import benjamini_hochberg, two_proportion_p_value


def topic_stage_grid(items: pd.DataFrame) -> pd.DataFrame:
    """The topic × funnel-stage grid over ``items`` (one row per content item with topic,
    funnel_stage, sessions, conversions, assisted_conversions). Every topic with at least one
    item gets all three stages; ``gap`` marks a cell with no item."""
    have = items.dropna(subset=["topic"])
    rows = []
    for topic in sorted(have["topic"].astype(str).unique()):
        for stage in FUNNEL_STAGES:
            cell = have[(have["topic"] == topic) & (have["funnel_stage"] == stage)]
            rows.append(
                {
                    "topic": topic,
                    "funnel_stage": stage,
                    "items": len(cell),
                    "sessions": total_or_none(cell, "sessions"),
                    "conversions": total_or_none(cell, "conversions"),
                    "assisted_conversions": total_or_none(cell, "assisted_conversions"),
                    "cvr": ratio(
                        total_or_none(cell, "conversions"), total_or_none(cell, "sessions")
                    ),
                    "gap": len(cell) == 0,
                }
            )
    cols = ["topic", "funnel_stage", "items", "sessions", "conversions"]
    return pd.DataFrame(rows, columns=[*cols, "assisted_conversions", "cvr", "gap"])


def total_or_none(df: pd.DataFrame, col: str) -> int | None:
    """Sum of a count column; None when the workspace lacks it (absent or all missing)."""
    if col not in df or (df[col].isna().all() and len(df)):
        return None
    return int(df[col].fillna(0).sum())


def conversion_gaps(
    items: pd.DataFrame,
    *,
    min_sessions: int = 100,
    alpha: float = 0.05,
    max_ratio: float = 0.5,
) -> pd.DataFrame:
    """Items that draw traffic but convert below the rest of their funnel stage.

    For each item with at least ``min_sessions`` sessions: cvr = conversions / sessions against
    rest_cvr = the other items of the same stage pooled. One-sided two-proportion z-test
    (item < rest), Benjamini-Hochberg over the items tested; ``flagged`` when q < ``alpha`` and
    cvr ≤ ``max_ratio`` × rest_cvr (a material gap, not only a detectable one).
    """
    cols = ["content_id", "funnel_stage", "sessions", "conversions", "cvr", "rest_cvr", "p", "q"]
    if items.empty or items["sessions"].isna().all() or items["conversions"].isna().all():
        return pd.DataFrame(columns=[*cols, "flagged"])
    df = items.dropna(subset=["funnel_stage", "sessions", "conversions"])
    stage = df.groupby("funnel_stage")[["sessions", "conversions"]].sum()
    rows = []
    for r in df.itertuples():
        n1, x1 = int(r.sessions), int(r.conversions)
        n2 = int(stage.loc[r.funnel_stage, "sessions"]) - n1
        x2 = int(stage.loc[r.funnel_stage, "conversions"]) - x1
        if n1 < min_sessions or n2 <= 0 or x1 > n1 or x2 > n2:
            continue
        p = two_proportion_p_value(x1, n1, x2, n2, alternative="less")
        rows.append(
            (r.content_id, r.funnel_stage, n1, x1, x1 / n1, x2 / n2, 1.0 if p is None else p)
        )
    out = pd.DataFrame(rows, columns=cols[:-1])
    if out.empty:
        return pd.DataFrame(columns=[*cols, "flagged"])
    out["q"] = benjamini_hochberg(list(out["p"]))
    out["flagged"] = (out["q"] < alpha) & (out["cvr"] <= max_ratio * out["rest_cvr"])
    return out
