from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from debrief.postmortem.timeline import inferred_events, robust_z


def _daily(spend: list[float], impressions: list[int] | None = None) -> pd.DataFrame:
    start = dt.date(2026, 10, 1)
    days = [start + dt.timedelta(days=i) for i in range(len(spend))]
    imps = impressions or [1000] * len(spend)
    return pd.DataFrame(
        {
            "date": days,
            "channel": "video",
            "spend": spend,
            "impressions": imps,
            "clicks": [10 if i else 0 for i in imps],
        }
    )


def test_robust_z_by_hand() -> None:
    x = np.array([10.0, 11.0, 9.0, 10.0, 30.0])
    med = 10.0
    mad = float(np.median(np.abs(x - med)))  # |0,1,1,0,20| -> 1
    assert robust_z(x) == pytest.approx(0.6745 * (x - med) / mad)
    assert robust_z(np.array([5.0, 5.0, 5.0])).tolist() == [0.0, 0.0, 0.0]


def test_launch_pause_spike_gap_end() -> None:
    spend = [100, 102, 98, 0, 0, 101, 99, 400, 100, 97, 103]
    imps = [1000, 1000, 1000, 0, 0, 1000, 1000, 1000, 0, 1000, 1000]
    events = inferred_events(_daily(spend, imps))
    kinds = [(e["kind"], e["ts"].date().day) for e in events]
    assert ("launch", 1) in kinds and ("end", 11) in kinds
    assert ("pause", 4) in kinds  # one run of two days
    assert sum(k == "pause" for k, _ in kinds) == 1
    assert ("change", 8) in kinds  # 400 against a median of 100
    assert ("incident", 9) in kinds  # spend with no impressions or clicks
    assert all(e["source"] == "inferred" for e in events)
    # amounts carry the workspace currency, as every other post-mortem sentence does
    text = {
        e["kind"]: e["description"] for e in inferred_events(_daily(spend, imps), currency="EUR")
    }
    assert "was €400.00 on" in text["change"] and "spend of €100.00" in text["incident"]


def test_missing_days_count_as_pauses_and_small_blips_are_not_spikes() -> None:
    df = _daily([100, 101, 100, 102, 100, 99])
    df = df.drop(index=[2]).reset_index(drop=True)  # no row at all on day 3
    events = inferred_events(df)
    assert [e["kind"] for e in events].count("pause") == 1
    assert not [e for e in events if e["kind"] == "change"]


def _ev(day: int, kind: str, channel: str | None, source: str, text: str = "x", hour: int = 0):
    ts = dt.datetime(2026, 10, day, hour, tzinfo=dt.UTC)
    return {"ts": ts, "kind": kind, "channel": channel, "description": text, "source": source}


def test_an_inferred_event_that_repeats_a_recorded_one_is_listed_once() -> None:
    from debrief.postmortem.timeline import merge_events

    recorded = [
        _ev(1, "launch", "paid_search", "recorded", "Search live", 9),
        _ev(5, "change", "paid_search", "recorded", "Budget doubled", 11),
        _ev(7, "change", "video", "recorded", "New cut uploaded", 10),
        _ev(10, "end", None, "recorded", "Flight ended", 18),
    ]
    inferred = [
        _ev(1, "launch", "paid_search", "inferred", "First day with spend on paid_search."),
        _ev(1, "launch", "video", "inferred", "First day with spend on video."),
        _ev(5, "change", "paid_search", "inferred", "Spend on paid_search was 400.00 USD."),
        _ev(6, "change", "video", "inferred", "Spend on video was 300.00 USD."),
        _ev(10, "end", "paid_search", "inferred", "Last day with spend on paid_search."),
        _ev(10, "end", "video", "inferred", "Last day with spend on video."),
    ]
    events = merge_events(recorded, inferred)
    kept = [(e["ts"].day, e["kind"], e["channel"], e["source"]) for e in events]
    assert kept == [
        (1, "launch", "video", "inferred"),  # no recorded launch on video; midnight sorts first
        (1, "launch", "paid_search", "recorded"),
        (5, "change", "paid_search", "recorded"),
        (6, "change", "video", "inferred"),  # the day after no recorded change: its own event
        (7, "change", "video", "recorded"),
        (10, "end", None, "recorded"),
    ]
    data = {(e["ts"].day, e["kind"]): e["data"] for e in events if e["source"] == "recorded"}
    assert data[(1, "launch")] == "First day with spend on paid_search."
    assert data[(5, "change")] == "Spend on paid_search was 400.00 USD."
    assert data[(7, "change")] is None
    assert data[(10, "end")] == "Last day with spend on paid_search and video."
    # the team's own words stay
    assert [e["description"] for e in events if e["source"] == "recorded"] == [
        "Search live",
        "Budget doubled",
        "New cut uploaded",
        "Flight ended",
    ]
