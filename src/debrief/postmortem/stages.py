"""The post-mortem's stages, declared once: their order, titles, tables and column units.

The post-mortem runs them itself (:func:`debrief.postmortem.run_postmortem`), so they declare no
``run``; its settings are the ``postmortem:`` section.
"""

from __future__ import annotations

from debrief.postmortem.funnel import PROBLEMS
from debrief.postmortem.settings import PostmortemSettings
from debrief.registry import Stage, Table, add_section, declare

__all__ = ["COMMITMENT_COLUMNS", "COMMITMENT_SHOWN", "STAGES"]

#: An open commitment measured before and after (the loop): ``one_change.commitments_due`` here,
#: ``commitments.due`` in the monthly review.
COMMITMENT_COLUMNS = {
    **{"change_id": "count", "campaign_id": "text", "title": "text", "owner": "text"},
    **{"due": "date", "metric": "text", "before": "metric", "before_low": "metric"},
    **{"before_high": "metric", "after": "metric", "after_low": "metric"},
    **{"after_high": "metric", "difference": "metric", "diff_low": "metric"},
    **{"diff_high": "metric", "target": "metric", "target_reached": "flag"},
    **{"before_window": "date", "after_window": "date", "statement": "text"},
}
#: What a reader of report.md / report.html needs of a commitment (every column is in the CSV).
COMMITMENT_SHOWN = ("campaign_id", "title", "owner", "due", "metric", "before", "after")
COMMITMENT_SHOWN += ("difference", "target", "target_reached")


def _stage(name: str, title: str, order: int, tables: dict[str, Table]) -> Stage:
    return declare(Stage(name=name, title=title, review="post_mortem", order=order, tables=tables))


add_section("postmortem", PostmortemSettings)
STAGES = (
    _stage(
        "timeline",
        "Timeline",
        1,
        {
            "events": Table(
                {"ts": "date", "kind": "text", "channel": "text", "description": "text"}
                | {"source": "text", "data": "text"},
                required=("ts", "kind", "channel", "description", "source"),
                always=True,
            )
        },
    ),
    _stage(
        "success_criteria",
        "Success criteria",
        2,
        {
            "criteria": Table(
                {
                    **{"metric": "text", "channel": "text", "target": "metric", "actual": "metric"},
                    **{"direction": "text", "met": "flag", "benchmark": "metric"},
                    **{"benchmark_status": "text", "numerator": "number", "denominator": "number"},
                },
                required=("metric", "target", "actual", "direction", "met"),
                always=True,
            )
        },
    ),
    _stage(
        "funnel_review",
        "Funnel review",
        3,
        {
            "layers": Table(
                {
                    **{
                        "layer": "text",
                        "metric": "text",
                        "actual": "metric",
                        "reference": "metric",
                    },
                    **{"reference_kind": "text", "status": "text", "shortfall": "flag"},
                    **{"gap": "rate", "primary": "flag", "n_campaigns": "count", "source": "text"},
                    **{"within_noise": "flag", "open_deals": "count"},
                },
                required=("layer", "metric", "actual", "reference", "reference_kind", "status"),
                always=True,
                shown=(
                    "layer",
                    "metric",
                    "actual",
                    "reference",
                    "reference_kind",
                    "status",
                    "gap",
                    "primary",
                    "source",
                    "within_noise",
                ),
            ),
            "layer_status": Table(
                {"layer": "text", "status": "text", "reference_kind": "text", "metrics": "count"}
                | {"short": "count"}
            ),
            "diagnosis": Table(
                {"layer": "text", "problem": "text", "statement": "text"},
                required=("layer", "problem", "statement"),
                always=True,
                rows=1,
                choices={"problem": (*PROBLEMS.values(), "coordination", "none")},
            ),
            "coordination": Table(
                {"channel": "text", "volume": "text", "target": "count", "rate_metric": "text"}
                | {"rate": "rate", "rate_source": "text", "campaigns": "count"}
                | {"implied": "number"}
            ),
        },
    ),
    _stage(
        "insights",
        "Insights",
        4,
        {
            "segments": Table(
                {
                    **{"source": "text", "dimension": "text", "value": "text", "metric": "text"},
                    **{"segment_k": "count", "segment_n": "count", "rest_k": "count"},
                    **{"rest_n": "count", "segment_rate": "rate", "rest_rate": "rate"},
                    **{"ratio": "ratio", "ci_low": "number", "ci_high": "number", "p_value": "p"},
                    **{"test": "text", "q_value": "p", "statement": "text"},
                },
                required=(
                    *("dimension", "value", "metric", "segment_rate", "rest_rate", "ratio"),
                    *("ci_low", "ci_high", "q_value"),
                ),
                shown=(
                    "dimension",
                    "value",
                    "metric",
                    "segment_n",
                    "segment_rate",
                    "rest_rate",
                    "ratio",
                    "ci_low",
                    "ci_high",
                    "q_value",
                ),
                always=True,
            )
        },
    ),
    _stage(
        "root_cause",
        "Root cause",
        5,
        {
            "chain": Table(
                {
                    **{"level": "text", "subject": "text", "metric": "text", "actual": "metric"},
                    **{"reference": "metric", "missing": "number", "statement": "text"},
                    **{"reference_kind": "text", "share_of_missing": "rate", "events": "text"},
                    **{"impressions_lost_to_underspend": "rate"},
                    **{"impressions_lost_to_price": "rate", "cpm": "money"},
                    **{"cpm_benchmark": "money", "planned_spend": "money", "spend": "money"},
                },
                shown=(
                    "level",
                    "subject",
                    "metric",
                    "actual",
                    "reference",
                    "missing",
                    "statement",
                    "reference_kind",
                    "share_of_missing",
                    "events",
                ),
            )
        },
    ),
    _stage(
        "one_change",
        "One concrete change",
        6,
        {
            "change": Table(
                {
                    **{"title": "text", "owner": "text", "due": "date", "measure": "text"},
                    **{"baseline": "number", "target": "number", "rationale": "text"},
                    **{"problem": "text", "channels": "text", "segment": "text"},
                    **{"target_basis": "text"},
                },
                required=("title", "owner", "due", "measure", "baseline", "target"),
                always=True,
                rows=1,
            ),
            "commitments_due": Table(COMMITMENT_COLUMNS, shown=COMMITMENT_SHOWN),
        },
    ),
)
