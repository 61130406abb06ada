"""Small generated companies for the cycle's tests: what the demo fixes, varied — channel mix,
campaigns and their owners, how far each source's data reaches, no leads at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from debrief.workspace import Workspace


@dataclass
class Spec:
    start: dt.date = dt.date(2026, 8, 1)
    end: dt.date = dt.date(2026, 10, 31)
    channels: tuple[str, ...] = ("paid_search", "email")
    #: campaign_id, start, end, owner, main channel
    campaigns: list[tuple[str, dt.date, dt.date, str, str]] = field(default_factory=list)
    #: last day of data per source (default: ``end``)
    last_day: dict[str, dt.date] = field(default_factory=dict)
    leads: bool = True
    seed: int = 0


def build(path: Path, spec: Spec) -> str:
    rng = np.random.default_rng(spec.seed)
    campaigns = spec.campaigns or [
        (f"AO-{c.upper()}", spec.start, spec.end, "Ana Costa", c) for c in spec.channels
    ]
    rows = []
    for cid, c0, c1, _owner, main in campaigns:
        for day in pd.date_range(max(c0, spec.start), min(c1, spec.end)):
            if day.date() > spec.last_day.get("ad_performance", spec.end):
                continue
            impressions = int(rng.integers(5_000, 20_000))
            clicks = int(impressions * rng.uniform(0.005, 0.03))
            conversions = int(clicks * rng.uniform(0.02, 0.08))
            spend = round(float(rng.uniform(100, 500)), 2)
            rows.append(
                {
                    "date": day.date(),
                    "channel": main,
                    "campaign_id": cid,
                    "spend": spend,
                    "impressions": impressions,
                    "clicks": clicks,
                    "conversions": conversions,
                    "conversion_value": round(conversions * 120.0, 2),
                }
            )
    frames = {
        "campaigns": pd.DataFrame(
            [
                {
                    "campaign_id": c[0],
                    "name": f"Campaign {c[0]}",
                    "start_date": c[1],
                    "end_date": c[2],
                    "owner": c[3],
                    "channel": c[4],
                }
                for c in campaigns
            ]
        ),
        "ad_performance": pd.DataFrame(rows),
    }
    if spec.leads:
        last = spec.last_day.get("leads", spec.end)
        n = 400
        days = rng.integers(0, (last - spec.start).days + 1, n)
        created = [pd.Timestamp(spec.start) + pd.Timedelta(days=int(d), hours=9) for d in days]
        created[0] = pd.Timestamp(last) + pd.Timedelta(hours=9)  # the source reaches `last`
        mql = [c + pd.Timedelta(days=2) if rng.random() < 0.5 else pd.NaT for c in created]
        won = [
            m + pd.Timedelta(days=20) if m is not pd.NaT and rng.random() < 0.1 else pd.NaT
            for m in mql
        ]
        frames["leads"] = pd.DataFrame(
            {
                "lead_id": [f"L{i}" for i in range(n)],
                "created_at": created,
                "channel": [campaigns[i % len(campaigns)][4] for i in range(n)],
                "campaign_id": [campaigns[i % len(campaigns)][0] for i in range(n)],
                "mql_at": mql,
                # without won_at, `debrief monthly` stopped in lead_totals (reported to arch)
                "won_at": won,
            }
        )
    ws = Workspace.open(str(path), create=True)
    try:
        for name, df in frames.items():
            ws.con.create_table(name, df, overwrite=True)
    finally:
        ws.close()
    return str(path)
