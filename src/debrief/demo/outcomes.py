"""The business outcome the marketing-mix model explains: ``outcomes``, ``controls``, ``lift_tests``.

Inputs: a numpy ``Generator`` and the generated ``ad_performance``. Daily revenue is an organic
baseline (level set so that paid media is about 30% of revenue, +10% over the 13 months, weekends
at 80% of weekdays, +15% during two promotion weeks) plus the revenue the paid campaigns earned
(their ``conversion_value``: in the demo's world platform revenue is incremental) plus 5% noise.
The promotion weeks are the ``controls`` table (``promotion`` = 1 or 0 every day). One geo
holdout on paid_social in June 2026 is the ``lift_tests`` table: the channel's revenue in the
window measured with 5% error, standard error 8%.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from debrief.demo import spec

__all__ = ["PROMOTIONS", "generate_outcomes"]

#: Promotion weeks (first and last day): revenue +15% on the baseline.
PROMOTIONS = (("2025-11-24", "2025-11-30"), ("2026-05-11", "2026-05-17"))
LIFT_WINDOW = ("2026-06-01", "2026-06-28")


def generate_outcomes(
    rng: np.random.Generator, ad_performance: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    days = pd.DatetimeIndex(spec.DAYS.astype("datetime64[ns]"))
    ad = ad_performance.assign(date=pd.to_datetime(ad_performance["date"]))
    media = ad.groupby("date")["conversion_value"].sum().reindex(days, fill_value=0.0).to_numpy()
    promo = np.zeros(len(days))
    for first, last in PROMOTIONS:
        promo[(days >= first) & (days <= last)] = 1.0
    level = media.mean() * 0.7 / 0.3
    trend = 0.10 * np.arange(len(days)) / (len(days) - 1)
    weekend = np.where(days.day_of_week >= 5, 0.8, 1.0)
    baseline = level * (1 + trend) * weekend * (1 + 0.15 * promo)
    revenue = baseline + media
    revenue = revenue + rng.normal(0.0, 0.05 * revenue.mean(), len(days))
    dates = days.strftime("%Y-%m-%d")
    outcomes = pd.DataFrame({"date": dates, "kpi": "revenue", "value": np.round(revenue, 2)})
    controls = pd.DataFrame({"date": dates, "name": "promotion", "value": promo})
    social = ad[ad["channel"] == "paid_social"]
    in_window = social["date"].between(*LIFT_WINDOW)
    measured = float(social.loc[in_window, "conversion_value"].sum()) * rng.normal(1.0, 0.05)
    lift = pd.DataFrame(
        {
            "channel": ["paid_social"],
            "start_date": [LIFT_WINDOW[0]],
            "end_date": [LIFT_WINDOW[1]],
            "incremental_value": [round(measured, 2)],
            "standard_error": [round(0.08 * measured, 2)],
            "kpi": ["revenue"],
            "notes": ["geo holdout, 4 weeks"],
        }
    )
    return {"outcomes": outcomes, "controls": controls, "lift_tests": lift}
