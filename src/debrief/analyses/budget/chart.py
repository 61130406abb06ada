"""The response-curve chart: a small Vega-Lite spec built from the ``curves`` (renderers draw it)."""

from __future__ import annotations

from typing import Any

import numpy as np

from debrief.analyses.budget.curves import ChannelCurve

__all__ = ["curve_chart"]


def curve_chart(curves: list[ChannelCurve], points: int = 40) -> dict[str, Any] | None:
    """A Vega-Lite spec: each identified channel's revenue per day against sustained spend per
    day, solid over the spend range observed and dashed beyond it (extrapolation), with its
    current spend marked. None when no channel is identified."""
    values, marks = [], []
    for cc in curves:
        if not cc.identified or cc.curve is None:
            continue
        top = max(cc.level_max, cc.current_spend) * 1.5
        lo, hi = cc.level_min, cc.level_max
        grid = np.unique(np.concatenate([np.linspace(0, top, points), [lo, hi]]))
        # Three pieces (below, inside, above the observed range) sharing their end points, so
        # the dashes meet the solid line and never join across it.
        for part, sel in (
            ("below", grid <= lo),
            ("observed", (grid >= lo) & (grid <= hi)),
            ("above", grid >= hi),
        ):
            for x in grid[sel]:
                values.append(
                    {
                        "channel": cc.channel,
                        "piece": f"{cc.channel}:{part}",
                        "spend": round(float(x), 2),
                        "revenue": round(float(cc.curve.response(x)), 2),
                        "range": "observed" if part == "observed" else "extrapolated",
                    }
                )
        marks.append(
            {
                "channel": cc.channel,
                "spend": round(cc.current_spend, 2),
                "revenue": round(float(cc.curve.response(cc.current_spend)), 2),
            }
        )
    if not values:
        return None
    enc = {
        "x": {"field": "spend", "type": "quantitative", "title": "Spend per day"},
        "y": {"field": "revenue", "type": "quantitative", "title": "Revenue per day"},
        "color": {"field": "channel", "type": "nominal"},
    }
    line = {
        **enc,
        "strokeDash": {
            "field": "range",
            "type": "nominal",
            "title": "Spend range",
            "scale": {"domain": ["observed", "extrapolated"], "range": [[1, 0], [4, 3]]},
        },
        "detail": {"field": "piece"},
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": "Response curves (sustained daily spend)",
        "layer": [
            {"data": {"values": values}, "mark": "line", "encoding": line},
            {
                "data": {"values": marks},
                "mark": {"type": "point", "filled": True, "size": 60},
                "encoding": enc,
            },
        ],
    }
