"""A small leads table with planted facts, shared by the lead-quality tests.

* channel ``synd``: MQL → SQL about 30% until September 2026, about 1.5% in October;
* scores 0-100, MQL from 50; P(SQL | MQL) rises with the score up to 80, and leads scored
  80-100 convert at the rate of 60-80 (the miscalibrated band);
* rejection reasons: 'no budget' rises from about 20% to about 55% of rejections in October.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

CHANNELS = ("search", "social", "synd")
REASONS = ("no budget", "wrong persona", "competitor", "no response")


def p_sql(score: float) -> float:
    """Planted P(SQL | MQL, score)."""
    s = min(score, 79.0)  # 80-100 no better than 60-80
    return 0.10 + 0.40 * (s - 50) / 30


def make_leads(seed: int = 11, per_day: int = 30) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    day = dt.date(2026, 3, 1)
    i = 0
    while day <= dt.date(2026, 10, 31):
        for _ in range(per_day):
            i += 1
            ch = rng.choice(CHANNELS)
            score = float(rng.randint(0, 100))
            created = dt.datetime.combine(day, dt.time(rng.randint(0, 23)), tzinfo=dt.UTC)
            mql = created + dt.timedelta(hours=rng.randint(1, 72)) if score >= 50 else None
            sql = reason = None
            if mql is not None:
                p = p_sql(score)
                if ch == "synd":
                    p = 0.05 * p if mql.date() >= dt.date(2026, 10, 1) else p
                if rng.random() < p:
                    sql = mql + dt.timedelta(days=rng.randint(1, 6))
                else:
                    october = mql.date() >= dt.date(2026, 10, 1)
                    weights = (0.55, 0.15, 0.15, 0.15) if october else (0.2, 0.3, 0.25, 0.25)
                    reason = rng.choices(REASONS, weights)[0] if rng.random() < 0.6 else None
            rows.append(
                {
                    "lead_id": f"L{i}",
                    "created_at": created,
                    "channel": ch,
                    "campaign_id": f"{ch.upper()}-{rng.randint(1, 2)}",
                    "score": score,
                    "mql_at": mql,
                    "sql_at": sql,
                    "disqualified_reason": reason,
                }
            )
        day += dt.timedelta(days=1)
    return pd.DataFrame(rows)
