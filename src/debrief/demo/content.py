"""The ``content`` and ``content_performance`` tables.

Inputs: a numpy ``Generator``. Outputs: one row per content item and one row per item and day
from its publication (or the start of the data) to the end. Positions are Google average
positions (1 is the top); engagement is in seconds. Planted: ``C-PRICING-GUIDE`` ranks about 3
until 2026-09-15 and about 11 from 2026-09-20 (a linear slide in between); topic
``data_governance`` has no decision-stage item.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from debrief.demo import spec

RANKING_DROP_ID = "C-PRICING-GUIDE"
RANKING_BEFORE, RANKING_AFTER = 3.0, 11.0
RANKING_SLIDE = (np.datetime64("2026-09-15"), np.datetime64("2026-09-20"))

# id, title, type, topic, funnel stage, published, promoted, daily pageviews, base position
_ITEMS = (
    ("C-ANALYTICS-101", "What is product analytics?", "blog", "analytics", "awareness", "2024-03-12", False, 320, 4.0),
    ("C-METRICS-GLOSSARY", "The SaaS metrics glossary", "blog", "analytics", "awareness", "2024-09-02", False, 260, 5.5),
    ("C-ANALYTICS-MATURITY", "The analytics maturity model", "ebook", "analytics", "consideration", "2025-06-10", True, 90, 9.0),
    ("C-ANALYTICS-DEMO", "Northwind Analytics product tour", "video", "analytics", "consideration", "2025-02-18", False, 70, 12.0),
    ("C-ANALYTICS-CASE-ACME", "How Acme cut reporting time by 60%", "case_study", "analytics", "decision", "2025-11-04", True, 45, 15.0),
    ("C-DASHBOARDS-TIPS", "Ten dashboard design rules", "blog", "dashboards", "awareness", "2024-11-20", False, 280, 3.5),
    ("C-DASHBOARDS-TEMPLATES", "Free dashboard templates", "landing_page", "dashboards", "consideration", "2025-04-08", True, 150, 6.0),
    ("C-DASHBOARDS-WEBINAR", "Live: dashboards execs read", "webinar", "dashboards", "consideration", "2026-03-17", True, 60, 18.0),
    ("C-DASHBOARDS-COMPARE", "Northwind vs spreadsheet reporting", "landing_page", "dashboards", "decision", "2025-08-26", False, 80, 8.0),
    ("C-FORECAST-GUIDE", "A practical guide to forecasting", "blog", "forecasting", "awareness", "2025-01-14", False, 210, 6.5),
    ("C-FORECAST-EBOOK", "Forecasting for finance teams", "ebook", "forecasting", "consideration", "2026-06-09", True, 75, 14.0),
    ("C-FORECAST-WEBINAR", "Forecasting launch webinar", "webinar", "forecasting", "consideration", "2026-06-16", True, 55, 20.0),
    ("C-FORECAST-CASE", "Forecast accuracy at Globex", "case_study", "forecasting", "decision", "2026-09-08", True, 40, 16.0),
    ("C-GOV-BASICS", "Data governance in plain words", "blog", "data_governance", "awareness", "2025-05-06", False, 180, 7.0),
    ("C-GOV-CHECKLIST", "The data governance checklist", "ebook", "data_governance", "consideration", "2026-10-06", True, 60, 22.0),
    ("C-GOV-WEBINAR", "Governance without the red tape", "webinar", "data_governance", "consideration", "2026-02-10", False, 40, 19.0),
    ("C-GOV-VIDEO", "Lineage in five minutes", "video", "data_governance", "awareness", "2026-07-21", False, 50, 13.0),
    ("C-PRICING-GUIDE", "Analytics pricing guide", "landing_page", "pricing", "decision", "2025-03-03", False, 220, 3.0),
    ("C-PRICING-ROI", "ROI calculator", "landing_page", "pricing", "decision", "2026-08-25", True, 70, 9.0),
    ("C-PRICING-PLANS", "Compare plans", "landing_page", "pricing", "consideration", "2025-03-03", False, 150, 4.0),
    ("C-PRICING-BLOG", "How analytics tools are priced", "blog", "pricing", "awareness", "2025-07-15", False, 140, 5.0),
    ("C-INTEGRATIONS-HUB", "Integrations directory", "landing_page", "integrations", "consideration", "2024-06-04", False, 160, 4.5),
    ("C-INTEGRATIONS-SNOW", "Connect your warehouse in 10 minutes", "blog", "integrations", "awareness", "2025-10-21", False, 120, 7.5),
    ("C-INTEGRATIONS-CASE", "Initech's warehouse migration", "case_study", "integrations", "decision", "2026-04-14", False, 35, 17.0),
    ("C-CUSTOMER-STORIES", "Customer story series", "video", "analytics", "decision", "2026-10-13", True, 40, 25.0),
)  # fmt: skip

_ENGAGEMENT = {
    "blog": 95,
    "landing_page": 60,
    "ebook": 140,
    "webinar": 420,
    "case_study": 150,
    "video": 210,
}
_STAGE_CONV = {"awareness": 0.004, "consideration": 0.012, "decision": 0.03}


def content_items() -> pd.DataFrame:
    """One row per content item (contract form)."""
    rows = [
        {
            "content_id": i[0],
            "title": i[1],
            "url": "https://northwind.example/" + i[0][2:].lower().replace("-", "/", 1),
            "type": i[2],
            "topic": i[3],
            "funnel_stage": i[4],
            "published_at": i[5],
            "promoted": i[6],
        }
        for i in _ITEMS
    ]
    return pd.DataFrame(rows)


def _ctr_at(position: np.ndarray) -> np.ndarray:
    """Organic click-through rate by average position (a smooth fit of public CTR curves)."""
    return 0.32 / np.power(np.maximum(position, 1.0), 1.1)


def generate_content(rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Content items and their daily performance."""
    items = content_items()
    frames = []
    for item in _ITEMS:
        cid, _, kind, _, stage, published, _, pv, pos0 = item
        first = max(np.datetime64(published), np.datetime64(spec.START))
        days = np.arange(first, np.datetime64(spec.END) + 1)
        n = len(days)
        position = pos0 + rng.normal(0.0, 0.35 + 0.04 * pos0, n)
        if cid == RANKING_DROP_ID:
            a, b = RANKING_SLIDE
            t = np.clip((days - a).astype(int) / (b - a).astype(int), 0.0, 1.0)
            position = RANKING_BEFORE + (RANKING_AFTER - RANKING_BEFORE) * t
            position = position + rng.normal(0.0, 0.35, n)
        position = np.round(np.maximum(position, 1.0), 1)
        impressions = rng.poisson(pv * 6.0, n)
        clicks = rng.binomial(impressions, _ctr_at(position))
        weekday = (days.view("int64") - 4) % 7
        other = rng.poisson(pv * 0.45 * np.where(weekday >= 5, 0.6, 1.0))
        pageviews = clicks + other
        sessions = rng.binomial(pageviews, 0.82)
        eng = np.round(_ENGAGEMENT[kind] * rng.lognormal(0.0, 0.12, n), 1)
        downloads = rng.binomial(sessions, 0.06 if kind in ("ebook", "case_study") else 0.0)
        conversions = rng.binomial(sessions, _STAGE_CONV[stage])
        backlinks = np.cumsum(rng.poisson(0.05, n)) + int(rng.integers(3, 40))
        frames.append(
            pd.DataFrame(
                {
                    "date": days.astype(str),
                    "content_id": cid,
                    "pageviews": pageviews,
                    "sessions": sessions,
                    "avg_engagement_seconds": np.where(sessions > 0, eng, np.nan),
                    "downloads": downloads,
                    "conversions": conversions,
                    "organic_clicks": clicks,
                    "organic_impressions": impressions,
                    "avg_position": position,
                    "backlinks": backlinks,
                }
            )
        )
    perf = pd.concat(frames, ignore_index=True).sort_values(["date", "content_id"])
    return items, perf.reset_index(drop=True)


__all__ = ["content_items", "generate_content"]
