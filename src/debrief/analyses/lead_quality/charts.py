"""Chart specifications (Vega-Lite dicts) for the lead-quality stage, built from its own tables.

Renderers only draw them (``debrief.render.charts``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["lead_quality_charts"]

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
#: The line y = x: a perfectly calibrated score (reliability), a random order (gains).
_DIAGONAL: dict[str, Any] = {
    "mark": {"type": "rule", "strokeDash": [4, 4], "color": "gray"},
    "encoding": {"x": {"datum": 0}, "y": {"datum": 0}, "x2": {"datum": 1}, "y2": {"datum": 1}},
}


def lead_quality_charts(
    gains: list[dict[str, Any]], rel: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """``gains``: cumulative gain against the share of leads, highest scores first.
    ``reliability``: observed rate against predicted probability per score band. Both with the
    diagonal; every point is a row of the ``gains`` (plus the origin) or ``reliability`` table."""
    charts: dict[str, dict[str, Any]] = {}
    if gains:
        values = [{"cumulative_share": 0.0, "cumulative_gain": 0.0}] + [
            {"cumulative_share": g["cumulative_share"], "cumulative_gain": g["cumulative_gain"]}
            for g in gains
        ]
        charts["gains"] = {
            "$schema": _SCHEMA,
            "title": "Cumulative gains: share of outcomes reached by the top-scored share of leads",
            "data": {"values": values},
            "layer": [
                {
                    "mark": {"type": "line", "point": True},
                    "encoding": {
                        "x": {
                            "field": "cumulative_share",
                            "type": "quantitative",
                            "axis": {"format": "%"},
                            "title": "Share of leads, highest scores first",
                        },
                        "y": {
                            "field": "cumulative_gain",
                            "type": "quantitative",
                            "axis": {"format": "%"},
                            "title": "Share of outcomes reached",
                        },
                    },
                },
                _DIAGONAL,
            ],
        }
    if rel:
        values = [
            {k: r[k] for k in ("bin", "mean_score_prob", "observed_rate", "n", "flagged")}
            for r in rel
            if r["n"] > 0
        ]
        charts["reliability"] = {
            "$schema": _SCHEMA,
            "title": "Reliability: observed rate against the predicted probability per score band",
            "data": {"values": values},
            "layer": [
                {
                    "mark": {"type": "point", "filled": True},
                    "encoding": {
                        "x": {
                            "field": "mean_score_prob",
                            "type": "quantitative",
                            "scale": {"domain": [0, 1]},
                            "title": "Predicted probability (mean in band)",
                            "axis": {"format": "%"},
                        },
                        "y": {
                            "field": "observed_rate",
                            "type": "quantitative",
                            "scale": {"domain": [0, 1]},
                            "title": "Observed rate",
                            "axis": {"format": "%"},
                        },
                        "size": {"field": "n", "type": "quantitative"},
                        "color": {"field": "flagged", "type": "nominal"},
                        "tooltip": [{"field": "bin"}, {"field": "n", "type": "quantitative"}],
                    },
                },
                _DIAGONAL,
            ],
        }
    return charts
