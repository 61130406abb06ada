"""Chart specifications (Vega-Lite dicts) for the funnel-health stage, built from its own tables.

Renderers only draw them (``debrief.render.charts``); every value shown is a value of the
``volumes`` or ``momentum`` tables.
"""

from __future__ import annotations

from typing import Any

from debrief.analyses.funnel_health.findings import VOLUME_LABELS, stage_label

__all__ = ["funnel_charts"]

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def funnel_charts(
    month: str, volumes: list[dict[str, Any]], momentum: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """``volumes``: leads reaching each stage in ``month`` against the trailing monthly mean.
    ``stage_rates``: each readable transition's within-campaign rate in the month against the
    three months before, with the 95% interval of the difference in the tooltip."""
    charts: dict[str, dict[str, Any]] = {}
    volumes = [v for v in volumes if v["stage"] != "visit"]  # leads only: visits dwarf them
    order = [VOLUME_LABELS[v["stage"]] for v in volumes]
    values = []
    for v in volumes:
        name = VOLUME_LABELS[v["stage"]]
        values.append({"stage": name, "window": month, "leads": v["actual"]})
        values.append(
            {"stage": name, "window": "prior 3 months (mean)", "leads": v["trailing_monthly_mean"]}
        )
    if values:
        charts["volumes"] = {
            "$schema": _SCHEMA,
            "title": f"Leads reaching each stage, {month} against the prior three months",
            "data": {"values": values},
            "mark": "bar",
            "encoding": {
                "x": {
                    "field": "stage",
                    "type": "nominal",
                    "sort": order,
                    "title": None,
                    "axis": {"labelAngle": 0},
                },
                "xOffset": {"field": "window"},
                "y": {"field": "leads", "type": "quantitative", "title": "leads"},
                "color": {"field": "window", "type": "nominal", "title": None},
            },
        }
    rates = []
    for r in momentum:
        if r.get("adjusted_rate") is None:
            continue
        label = stage_label(r["from_stage"], r["to_stage"])
        common = {
            "transition": label,
            "difference": r["rate_change"],
            "ci_low": r["rate_change_ci_low"],
            "ci_high": r["rate_change_ci_high"],
        }
        rates.append({**common, "window": month, "rate": r["adjusted_rate"]})
        rates.append({**common, "window": "prior 3 months", "rate": r["adjusted_reference"]})
    if rates:
        charts["stage_rates"] = {
            "$schema": _SCHEMA,
            "title": "Stage conversion within the same campaigns (fixed follow-up)",
            "data": {"values": rates},
            "mark": {"type": "point", "filled": True, "size": 80},
            "encoding": {
                "y": {"field": "transition", "type": "nominal", "sort": None, "title": None},
                "x": {"field": "rate", "type": "quantitative", "axis": {"format": "%"}},
                "color": {"field": "window", "type": "nominal", "title": None},
                "tooltip": [
                    {"field": "transition"},
                    {"field": "window"},
                    {"field": "rate", "format": ".1%"},
                    {"field": "difference", "format": "+.1%"},
                    {"field": "ci_low", "format": "+.1%"},
                    {"field": "ci_high", "format": "+.1%"},
                ],
            },
        }
    return charts
