"""The compare page: one metric across the months reviewed, for the team or for one campaign."""

from __future__ import annotations

from typing import Any

from debrief.metrics.catalogue import in_sentence, label
from debrief.render.charts import chart_svg, svg_data_uri
from debrief.render.format import format_value, metric_unit
from debrief.web.library import Library, newest_first
from debrief.web.links import anchor, campaign_href, comparable_metrics
from debrief.web.pages import STATUS_WORDS

__all__ = ["compare_page"]


def compare_page(
    lib: Library, metric: str | None, campaign: str | None, currency: str
) -> dict[str, Any]:
    """One metric across the months reviewed, for the team or for one campaign."""
    indexes = lib.indexes()
    monthly = sorted(
        (i for i in indexes if i.kind == "monthly_review"), key=lambda i: i.period_start
    )
    overall, per_campaign = comparable_metrics(monthly)
    campaign = campaign or None
    # offered by their labels (the reports' own names), in the order a reader scans them
    choices = sorted(per_campaign if campaign else overall, key=lambda m: label(m).lower())
    metric = metric if metric in choices else ("roas" if "roas" in choices else None)
    if metric is None and choices:
        metric = choices[0]
    points = []
    for i in monthly:
        cur = i.currency or currency
        if campaign:
            row = i.campaigns.get(campaign) or {}
            value, target, status = row.get(metric), None, None
        else:
            k = i.kpis.get(metric) if metric else None
            if isinstance(k, dict):
                value, target, status = k.get("actual"), k.get("target"), k.get("status")
            else:
                value, target, status = i.overall.get(metric), None, None
        points.append(
            {
                "month": i.period_start.isoformat()[:7],
                "value": value if isinstance(value, int | float) else None,
                "target": target if isinstance(target, int | float) else None,
                "value_text": format_value(value, metric or "", cur),
                "target_text": format_value(target, metric or "", cur)
                if target is not None
                else "",
                "status": STATUS_WORDS.get(str(status), "") if status else "",
                "idx": i,
            }
        )
    campaigns = sorted({c for i in monthly for c in i.campaigns})
    named = []
    if campaign:
        for i in newest_first(indexes):
            for r in i.findings:
                if r.campaign_id == campaign and (metric is None or r.metric == metric):
                    named.append(
                        {"idx": i, "ref": r, "href": f"/reports/{i.id}#{anchor(r.finding_id)}"}
                    )
    return {
        "metric": metric,
        "campaign": campaign,
        "campaign_href": campaign_href(campaign) if campaign else None,
        "choices": [(m, label(m)) for m in choices],
        "metric_label": label(metric) if metric else None,
        "metric_words": in_sentence(metric) if metric else None,
        "campaigns": campaigns,
        "points": points,
        "chart": _chart(points, metric, campaign)
        if metric and any(p["value"] is not None for p in points)
        else None,
        "findings": named,
    }


def _chart(points: list[dict[str, Any]], metric: str, campaign: str | None) -> str | None:
    """A small line chart of the months (the reports' own chart renderer: SVG, offline)."""
    kind = metric_unit(metric)
    axis = {"format": ".1%"} if kind == "rate" else {}
    values = [
        {"month": p["month"], "value": p["value"], "series": "actual"}
        for p in points
        if p["value"] is not None
    ]
    values += [
        {"month": p["month"], "value": p["target"], "series": "target"}
        for p in points
        if p["target"] is not None
    ]
    spec = {
        "title": f"{label(metric)} by month" + (f" — {campaign}" if campaign else ""),
        "data": {"values": values},
        "width": 560,
        "height": 200,
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": None, "axis": {"labelAngle": 0}},
            "y": {"field": "value", "type": "quantitative", "title": label(metric), "axis": axis},
            "color": {"field": "series", "type": "nominal", "title": None},
            "strokeDash": {"field": "series", "type": "nominal", "legend": None},
        },
    }
    svg = chart_svg(spec)
    return svg_data_uri(svg) if svg else None
