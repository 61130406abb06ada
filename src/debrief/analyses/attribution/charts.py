"""Vega-Lite chart specifications built from the stage's own tables (renderers only draw them)."""

from __future__ import annotations

from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def models_chart(credits: list[dict[str, object]]) -> dict[str, Any]:
    """Grouped bars: conversions credited to each channel, one bar per model."""
    return {
        "$schema": SCHEMA,
        "title": "Conversions credited by model",
        "data": {
            "values": [{k: r[k] for k in ("model", "channel", "conversions")} for r in credits]
        },
        "mark": "bar",
        "encoding": {
            "x": {"field": "channel", "type": "nominal", "title": "Channel"},
            "xOffset": {"field": "model", "type": "nominal"},
            "y": {"field": "conversions", "type": "quantitative", "title": "Conversions"},
            "color": {"field": "model", "type": "nominal", "title": "Model"},
            "tooltip": [
                {"field": "model", "type": "nominal"},
                {"field": "channel", "type": "nominal"},
                {"field": "conversions", "type": "quantitative", "format": ",.1f"},
            ],
        },
    }


def distribution_chart(
    rows: list[dict[str, object]], key: str, title: str, label: str, prior_label: str
) -> dict[str, Any]:
    """Bars of the share of conversions per ``key`` bucket, this period beside the prior month."""
    values = []
    for i, r in enumerate(rows):
        values.append({key: r[key], "order": i, "period": label, "share": r["share"]})
        if r.get("prior_share") is not None:
            values.append(
                {key: r[key], "order": i, "period": prior_label, "share": r["prior_share"]}
            )
    return {
        "$schema": SCHEMA,
        "title": title,
        "data": {"values": values},
        "mark": "bar",
        "encoding": {
            "x": {"field": key, "type": "ordinal", "sort": {"field": "order"}},
            "xOffset": {"field": "period", "type": "nominal"},
            "y": {
                "field": "share",
                "type": "quantitative",
                "title": "Share of conversions",
                "axis": {"format": "%"},
            },
            "color": {"field": "period", "type": "nominal", "title": "Period"},
        },
    }
