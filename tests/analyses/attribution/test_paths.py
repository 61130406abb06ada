"""Paths built in the engine equal paths built by plain Python over the rows."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.attribution.paths import TTC_BUCKETS, build_journeys
from debrief.analyses.attribution.pathset import read_paths_csv
from debrief.errors import UserError
from debrief.period import Period

UTC = dt.UTC
PERIOD = Period.month("2026-10")
CHANNELS = ["display", "email", "paid_search", "paid_social", "referral"]


def _random_rows(seed: int, users: int = 60):
    rng = np.random.default_rng(seed)
    t0 = dt.datetime(2026, 8, 15, tzinfo=UTC)
    tps, convs = [], []
    for u in range(users):
        uid = f"u{u}"
        for _ in range(int(rng.integers(0, 8))):
            # whole hours so equal timestamps (ties) happen
            ts = t0 + dt.timedelta(hours=int(rng.integers(0, 24 * 90)))
            tps.append((uid, ts, str(rng.choice(CHANNELS))))
        for _ in range(int(rng.integers(0, 3))):
            ts = t0 + dt.timedelta(hours=int(rng.integers(0, 24 * 90)))
            convs.append((uid, ts, float(rng.integers(1, 10_000)) / 100))
    # edge cases: a touch exactly at the conversion, exactly 30 days before, and at a previous
    # conversion's instant; a conversion with no touch at all
    c = dt.datetime(2026, 10, 10, 12, tzinfo=UTC)
    tps += [("edge", c, "email"), ("edge", c - dt.timedelta(days=30), "display")]
    tps += [("edge", c - dt.timedelta(days=5), "referral")]
    convs += [("edge", c, 50.0), ("edge", c - dt.timedelta(days=5), 7.0)]
    convs += [("lonely", c, 11.0)]
    tp = pd.DataFrame(tps, columns=["user_id", "ts", "channel"])
    cv = pd.DataFrame(convs, columns=["user_id", "ts", "value"])
    return tp, cv


def _reference(tp: pd.DataFrame, cv: pd.DataFrame, lookback=30, half_life=7.0):
    start = dt.datetime(2026, 10, 1, tzinfo=UTC)
    end = dt.datetime(2026, 11, 1, tzinfo=UTC)
    touches = defaultdict(list)
    for r in tp.itertuples():
        touches[r.user_id].append((r.ts.to_pydatetime(), r.channel))
    convs = defaultdict(list)
    for r in cv.itertuples():
        convs[r.user_id].append((r.ts.to_pydatetime(), r.value))
    paths: Counter = Counter()
    values: Counter = Counter()
    nulls: Counter = Counter()
    td: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    ttc: Counter = Counter()
    days_all: list[float] = []
    for uid in set(touches) | set(convs):
        cs = sorted(convs.get(uid, []))
        ts_sorted = sorted(touches.get(uid, []))
        in_period = [c for c in cs if start <= c[0] < end]
        for i, (cts, val) in enumerate(cs):
            if not start <= cts < end:
                continue
            prev = cs[i - 1][0] if i > 0 else None
            window = [
                (t, ch)
                for t, ch in ts_sorted
                if t <= cts and t > cts - dt.timedelta(days=lookback) and (prev is None or t > prev)
            ]
            if not window:
                continue
            path = tuple(ch for _, ch in window)
            paths[path] += 1
            values[path] += val
            ages = [(cts - t).total_seconds() / 86400 for t, _ in window]
            ws = [2 ** (-a / half_life) for a in ages]
            per_ch: dict[str, float] = defaultdict(float)
            for (_, ch), w in zip(window, ws, strict=True):
                per_ch[ch] += w
            for ch, w in per_ch.items():
                td[ch][0] += w / sum(ws)
                td[ch][1] += w / sum(ws) * val
            days = max(ages)
            days_all.append(days)
            label = [lab for lab, lo in TTC_BUCKETS if days >= lo][-1]
            ttc[label] += 1
        last = max((c[0] for c in in_period), default=None)
        tail = [ch for t, ch in ts_sorted if start <= t < end and (last is None or t > last)]
        if tail:
            nulls[tuple(tail)] += 1
    return paths, values, nulls, td, ttc, sum(days_all) / len(days_all)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_paths_equal_plain_python(make_ws, seed: int) -> None:
    tp, cv = _random_rows(seed)
    ws = make_ws(touchpoints=tp, conversions=cv)
    j = build_journeys(ws.table("touchpoints"), ws.table("conversions"), PERIOD)
    paths, values, nulls, td, ttc, mean_days = _reference(tp, cv)
    got = {
        seq: (c, v, z)
        for seq, c, v, z in zip(
            j.paths.sequences(), j.paths.conversions, j.paths.value, j.paths.nulls, strict=True
        )
    }
    keys = set(paths) | set(nulls)
    assert set(got) == keys
    for k in keys:
        assert got[k][0] == paths.get(k, 0)
        assert got[k][1] == pytest.approx(values.get(k, 0.0), abs=0.005)
        assert got[k][2] == nulls.get(k, 0)
    for ch, (c, v) in td.items():
        assert j.time_decay[ch][0] == pytest.approx(c, abs=1e-9)
        assert j.time_decay[ch][1] == pytest.approx(v, abs=1e-6)
    assert {k: v for k, v in j.ttc.items() if v} == dict(ttc)
    assert j.ttc_mean_days == pytest.approx(mean_days, rel=1e-12)
    in_period = cv[(cv.ts >= "2026-10-01") & (cv.ts < "2026-11-01")]
    assert j.total[0] == len(in_period)
    assert j.total[1] == pytest.approx(in_period.value.sum(), abs=0.005)
    assert j.unattributed[0] == len(in_period) - sum(paths.values())


def test_edge_rules(make_ws) -> None:
    tp, cv = _random_rows(0, users=0)
    ws = make_ws(touchpoints=tp, conversions=cv)
    j = build_journeys(ws.table("touchpoints"), ws.table("conversions"), PERIOD)
    seqs = dict(zip(j.paths.sequences(), j.paths.conversions, strict=True))
    # The 10-10 conversion credits the touch at its own instant, not the one exactly 30 days
    # before (outside the window) nor the one at the previous conversion's instant (that one
    # belongs to the 10-05 conversion).
    assert seqs[("email",)] == 1
    assert seqs[("display", "referral")] == 1
    assert j.unattributed == (1.0, 11.0)
    assert math.isclose(j.total[0], 3)


def test_read_paths_csv(tmp_path) -> None:
    f = tmp_path / "p.csv"
    f.write_text(
        "path,total_conversions,total_conversion_value,total_null\n"
        "a > b,2,10.5,1\nb,0,0,3\na > b,1,1.5,0\n",
        encoding="utf-8",
    )
    ps = read_paths_csv(f)
    got = dict(
        zip(ps.sequences(), zip(ps.conversions, ps.value, ps.nulls, strict=True), strict=True)
    )
    assert got == {("a", "b"): (3.0, 12.0, 1.0), ("b",): (0.0, 0.0, 3.0)}


def test_read_paths_csv_missing_column(tmp_path) -> None:
    f = tmp_path / "p.csv"
    f.write_text("path,conv\na,1\n", encoding="utf-8")
    with pytest.raises(UserError, match="total_conversions"):
        read_paths_csv(f)


def test_month_without_touches_is_empty(make_ws) -> None:
    tp, cv = _random_rows(0, users=0)
    ws = make_ws(touchpoints=tp, conversions=cv)
    j = build_journeys(ws.table("touchpoints"), ws.table("conversions"), Period.month("2025-01"))
    assert j.paths.n_paths == 0 and j.total == (0.0, 0.0) and j.ttc_mean_days is None


def test_missing_person_is_never_pooled(make_ws) -> None:
    c = dt.datetime(2026, 10, 10, tzinfo=UTC)
    tp = pd.DataFrame(
        [(None, c, "email"), (None, c, "display"), ("u", c, "referral")],
        columns=["user_id", "ts", "channel"],
    )
    cv = pd.DataFrame([(None, c, 5.0), ("u", c, 3.0)], columns=["user_id", "ts", "value"])
    ws = make_ws(touchpoints=tp, conversions=cv)
    j = build_journeys(ws.table("touchpoints"), ws.table("conversions"), PERIOD)
    assert j.paths.sequences() == [("referral",)]
    assert j.unattributed == (1.0, 5.0)
