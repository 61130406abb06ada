"""A post-mortem on the least a workspace can hold: campaigns and ad rows, nothing else."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pandas as pd
import pytest

from debrief.engine import Request, run


def test_minimal_workspace(make_ws, tmp_path) -> None:
    days = [dt.date(2026, 5, 1) + dt.timedelta(days=i) for i in range(5)]
    ws = make_ws(
        campaigns=pd.DataFrame(
            [{"campaign_id": "X", "name": "Only ads", "start_date": days[0], "end_date": days[-1]}]
        ),
        ad_performance=pd.DataFrame(
            [
                {
                    "date": d,
                    "channel": "display",
                    "campaign_id": "X",
                    "spend": 10.0,
                    "impressions": 1000,
                    "clicks": 5,
                    "conversions": 0,
                }
                for d in days
            ]
        ),
    )
    req = Request(
        kind="post_mortem", workspace=":memory:", campaign_id="X", as_of=dt.date(2026, 6, 1)
    )
    report = run(replace(req, kb=f"sqlite:///{tmp_path / 'kb.sqlite'}"), ws)
    diag = report.stages["funnel_review"].tables["diagnosis"][0]
    assert diag["problem"] == "none" and "no layer can be placed" in diag["statement"]
    assert report.stages["success_criteria"].tables["criteria"] == []
    assert report.stages["insights"].tables["segments"] == []
    assert len(report.stages["one_change"].tables["change"]) == 1
    assert report.summary.kpis["ctr"] == pytest.approx(5 / 1000)
    assert "cpa" not in report.summary.kpis or report.summary.kpis["cpa"] is None
    json.dumps(report.to_json_dict())


def test_unknown_campaign_names_close_ones(make_ws, tmp_path) -> None:
    ws = make_ws(
        campaigns=pd.DataFrame(
            [
                {
                    "campaign_id": "FL-OFFER",
                    "name": "n",
                    "start_date": dt.date(2026, 1, 1),
                    "end_date": dt.date(2026, 1, 2),
                }
            ]
        )
    )
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="FL-OFFR")
    with pytest.raises(ValueError, match="FL-OFFER"):
        run(replace(req, kb=f"sqlite:///{tmp_path / 'kb.sqlite'}"), ws)
