"""Vega-Lite specifications built from the stage's own tables; renderers only draw them."""

from __future__ import annotations

from typing import Any

from debrief.schema import FUNNEL_STAGES


def content_charts(
    grid: list[dict[str, Any]], ctr: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """``topic_stage_grid`` (heatmap of the grid table: colour = conversions, text = items) and
    ``ctr_by_position`` (bars), each only when its table has rows."""
    charts: dict[str, dict[str, Any]] = {}
    if grid:
        charts["topic_stage_grid"] = {
            "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "title": "Content by topic and funnel stage (colour: conversions; outlined: no item)",
            "data": {"values": grid},
            "width": {"step": 110},
            "encoding": {
                "x": {
                    "field": "funnel_stage",
                    "type": "nominal",
                    "sort": list(FUNNEL_STAGES),
                    "title": "Funnel stage",
                    "axis": {"labelAngle": 0},
                },
                "y": {"field": "topic", "type": "nominal", "title": "Topic"},
            },
            "layer": [
                {
                    "mark": "rect",
                    "encoding": {
                        "color": {
                            "field": "conversions",
                            "type": "quantitative",
                            "scale": {"scheme": "blues"},
                        },
                        "tooltip": [
                            {"field": "topic"},
                            {"field": "funnel_stage"},
                            {"field": "items", "type": "quantitative"},
                            {"field": "sessions", "type": "quantitative"},
                            {"field": "conversions", "type": "quantitative"},
                        ],
                    },
                },
                {
                    "mark": {"type": "rect", "fill": None, "stroke": "#d62728", "strokeWidth": 2},
                    "transform": [{"filter": "datum.gap"}],
                },
                {
                    "mark": {"type": "text"},
                    "encoding": {
                        "text": {"field": "label", "type": "nominal"},
                    },
                    "transform": [
                        {
                            "calculate": "datum.gap ? 'no item' : datum.items + ' items'",
                            "as": "label",
                        }
                    ],
                },
            ],
        }
    if ctr:
        charts["ctr_by_position"] = {
            "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "title": "Organic click-through by search position",
            "data": {"values": ctr},
            "mark": "bar",
            "encoding": {
                "x": {"field": "position_band", "type": "ordinal", "sort": None},
                "y": {"field": "ctr", "type": "quantitative", "axis": {"format": "%"}},
            },
        }
    return charts
