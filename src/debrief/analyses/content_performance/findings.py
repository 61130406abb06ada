"""Findings and their recommendations, in observation language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.numbers import fmt
from debrief.results import Finding, jsonable

if TYPE_CHECKING:
    from debrief.period import Period


STAGE = "content_performance"


def content_findings(
    items: pd.DataFrame,
    moves: pd.DataFrame,
    grid: pd.DataFrame,
    gaps: pd.DataFrame,
    period: Period,
    prior: Period,
) -> list[Finding]:
    """Ranking moves (drop: warning, critical when leaving the first page; gain: info), empty
    grid cells (decision: warning, others info) and items converting below their stage."""
    out: list[Finding] = []
    titles = dict(zip(items["content_id"], items["title"], strict=True))
    for r in moves[moves["movement"] != "none"].itertuples():
        drop = r.movement == "drop"
        noise = (
            "n/a"
            if r.daily_noise is None or pd.isna(r.daily_noise)
            else fmt(r.daily_noise, "number", places=2)
        )
        leaves_page_one = drop and r.prior_avg_position <= 10 < r.avg_position
        out.append(
            Finding(
                id=f"{STAGE}:ranking_{r.movement}:{r.content_id}",
                stage=STAGE,
                kind=f"ranking_{r.movement}",
                subject={"content_id": r.content_id},
                metric="avg_position",
                actual=float(r.avg_position),
                reference=float(r.prior_avg_position),
                reference_kind="prior_period",
                severity=("critical" if leaves_page_one else "warning") if drop else "info",
                statement=(
                    f"Average search position of '{titles.get(r.content_id, r.content_id)}' was "
                    f"{fmt(r.avg_position, 'number', places=1)} in {period.label} against {fmt(r.prior_avg_position, 'number', places=1)} in "
                    f"{prior.label}, a move of {fmt(abs(r.change), 'number', places=1)} positions "
                    f"{'down' if drop else 'up'} against a usual daily movement of {noise}."
                ),
                evidence=jsonable(moves.loc[r.Index].to_dict()),
            )
        )
    for topic, g in grid.groupby("topic"):
        missing = g[g["gap"]]
        present = g[~g["gap"]]
        for r in missing.itertuples():
            have = ", ".join(
                f"{int(p.items)} {p.funnel_stage} item{'' if int(p.items) == 1 else 's'}"
                for p in present.itertuples()
            )
            out.append(
                Finding(
                    id=f"{STAGE}:content_gap:{topic}:{r.funnel_stage}",
                    stage=STAGE,
                    kind="content_gap",
                    subject={"topic": topic, "stage": r.funnel_stage},
                    metric="items",
                    actual=0.0,
                    severity="warning" if r.funnel_stage == "decision" else "info",
                    statement=(
                        f"Topic {topic} has {have or 'no items'} and no {r.funnel_stage}-stage item."
                    ),
                    evidence={
                        "topic": topic,
                        "items_by_stage": dict(
                            zip(g["funnel_stage"], g["items"].astype(int), strict=True)
                        ),
                    },
                )
            )
    for r in gaps[gaps["flagged"]].itertuples() if not gaps.empty else ():
        out.append(
            Finding(
                id=f"{STAGE}:conversion_below_stage:{r.content_id}",
                stage=STAGE,
                kind="conversion_below_stage",
                subject={"content_id": r.content_id, "stage": r.funnel_stage},
                metric="cvr",
                actual=float(r.cvr),
                reference=float(r.rest_cvr),
                reference_kind="rest_of_population",
                severity="warning",
                statement=(
                    f"'{titles.get(r.content_id, r.content_id)}' drew {fmt(int(r.sessions), 'count')} sessions "
                    f"and converted {fmt(r.cvr, 'rate', places=2)} of them against {fmt(r.rest_cvr, 'rate', places=2)} for the rest of "
                    f"the {r.funnel_stage} stage (q={fmt(r.q, 'p', sig=3)})."
                ),
                evidence=jsonable(gaps.loc[r.Index].to_dict()),
            )
        )
    return out


def recommendation(f: Finding) -> dict[str, Any]:
    """One suggestion per finding, in observation language, tied to it by ``finding_id``."""
    subj = f.subject
    if f.kind == "ranking_drop":
        text = (
            f"Review what changed on {subj['content_id']} and its search results since the prior "
            f"month (content edits, internal links, competing pages); its position moved from "
            f"{fmt(f.reference, 'number', places=1)} to {fmt(f.actual, 'number', places=1)}."
        )
    elif f.kind == "ranking_gain":
        text = (
            f"Note what changed on {subj['content_id']} (position {fmt(f.reference, 'number', places=1)} to "
            f"{fmt(f.actual, 'number', places=1)}) as a candidate pattern for related items."
        )
    elif f.kind == "content_gap":
        text = (
            f"Consider a {subj['stage']}-stage item for topic {subj['topic']}; the grid has no "
            f"item in that cell."
        )
    else:
        text = (
            f"Review the offer and calls to action on {subj['content_id']}; its conversion rate "
            f"was {fmt(f.actual or 0, 'rate', places=2)} against {fmt(f.reference or 0, 'rate', places=2)} "
            f"for its stage."
        )
    return {"finding_id": f.id, "kind": f.kind, "recommendation": text}
