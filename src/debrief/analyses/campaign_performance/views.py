"""Campaign performance views: top and bottom performers and the stage's charts.

Part of stage 1 (:mod:`debrief.analyses.campaign_performance`). Inputs are the stage's rows (money
in the workspace currency); outputs are table rows and Vega-Lite specifications (dicts with their
values inline, rounded) that the renderers draw.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from debrief.period import Period

__all__ = ["charts", "performer_rows"]


def performer_rows(by_campaign: list[dict[str, Any]], settings: Any) -> list[dict[str, Any]]:
    """Top and bottom ``top_n`` campaigns by ROAS (highest first) and CPA (lowest first) among
    campaigns whose spend is at least max(min_spend, min_spend_share x total spend), so a small
    test budget cannot head the list. A campaign is never both top and bottom for one metric."""
    total = sum(r["spend"] or 0.0 for r in by_campaign)
    floor = max(settings.min_spend, settings.min_spend_share * total)
    eligible = [r for r in by_campaign if r["campaign_id"] is not None and r["spend"] >= floor]
    out: list[dict[str, Any]] = []
    for metric, best_high in (("roas", True), ("cpa", False)):
        vals = [r for r in eligible if r.get(metric) is not None]
        vals.sort(key=lambda r: (-r[metric] if best_high else r[metric], str(r["campaign_id"])))
        top = vals[: settings.top_n]
        bottom = [r for r in reversed(vals) if r not in top][: settings.top_n]
        for position, group in (("top", top), ("bottom", bottom)):
            for rank, r in enumerate(group, 1):
                out.append(
                    {
                        "metric": metric,
                        "position": position,
                        "rank": rank,
                        "campaign_id": r["campaign_id"],
                        "name": r.get("name"),
                        "channels": r.get("channels"),
                        "spend": r["spend"],
                        "value": r[metric],
                        "min_spend": floor,
                    }
                )
    return out


def _round(v: Any, digits: int = 4) -> Any:
    return round(v, digits) if isinstance(v, float) else v


_VEGA = "https://vega.github.io/schema/vega-lite/v5.json"
_MAX_CHART_CAMPAIGNS = 12  # keeps the campaign chart readable; the table has them all


def _roas_against_target(values: list[dict[str, Any]], x: str, title: str) -> dict[str, Any]:
    """Bars of ROAS with the target as a black tick (no tick where there is no target)."""
    label = {"campaign_id": "Campaign"}.get(x, x.replace("_", " ").capitalize())
    enc_x = {"field": x, "type": "nominal", "title": label, "sort": None}
    return {
        "$schema": _VEGA,
        "title": title,
        "data": {"values": values},
        "layer": [
            {
                "mark": "bar",
                "encoding": {
                    "x": enc_x,
                    "y": {"field": "roas", "type": "quantitative", "title": "ROAS"},
                },
            },
            {
                "mark": {"type": "tick", "thickness": 2, "color": "black"},
                "encoding": {"x": enc_x, "y": {"field": "target", "type": "quantitative"}},
            },
        ],
    }


def charts(
    by_channel: list[dict[str, Any]],
    by_campaign: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    period: Period,
) -> dict[str, dict[str, Any]]:
    """Vega-Lite specs from the stage's tables: spend by channel, ROAS by channel and by campaign
    (the largest campaigns by spend) against their monthly ROAS targets."""
    roas_target = {
        (t["scope"], t["channel"] if t["scope"] == "channel" else t["campaign_id"]): t["target"]
        for t in targets
        if t["metric"] == "roas" and t["scope"] in ("channel", "campaign")
    }
    channels = [
        {
            "channel": str(r["channel"]),
            "spend": _round(r["spend"], 2),
            "roas": _round(r["roas"]),
            "target": _round(roas_target.get(("channel", r["channel"]))),
        }
        for r in by_channel
        if r["channel"] is not None
    ]
    biggest = sorted(
        (r for r in by_campaign if r["campaign_id"] is not None and r["roas"] is not None),
        key=lambda r: (-r["spend"], str(r["campaign_id"])),
    )[:_MAX_CHART_CAMPAIGNS]
    campaigns = [
        {
            "campaign_id": str(r["campaign_id"]),
            "roas": _round(r["roas"]),
            "target": _round(roas_target.get(("campaign", r["campaign_id"]))),
        }
        for r in biggest
    ]
    x = {"field": "channel", "type": "nominal", "title": "Channel", "sort": None}
    return {
        "spend_by_channel": {
            "$schema": _VEGA,
            "title": f"Spend by channel, {period.label}",
            "data": {"values": channels},
            "mark": "bar",
            "encoding": {"x": x, "y": {"field": "spend", "type": "quantitative", "title": "Spend"}},
        },
        "roas_by_channel": _roas_against_target(
            channels, "channel", f"ROAS by channel against target, {period.label}"
        ),
        "roas_by_campaign": _roas_against_target(
            campaigns,
            "campaign_id",
            f"ROAS of the largest campaigns against target, {period.label}",
        ),
    }
