"""Journey trends (issue 18): six months of path length, time to conversion, multi-touch share and
first/last-touch channel shares, built in the engine, against a plain pandas computation."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.attribution import trends
from debrief.period import Period
from debrief.workspace import Workspace

CHANNELS = ["display", "email", "paid_search", "referral"]


def _data(seed: int = 3, users: int = 400) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    t0 = pd.Timestamp("2026-03-20", tz="UTC")
    tps, convs = [], []
    for u in range(users):
        n = int(rng.integers(1, 9))
        secs = np.sort(rng.integers(0, 230 * 86400, n))
        for s in secs:
            tps.append(
                {
                    "user_id": f"u{u}",
                    "ts": t0 + pd.Timedelta(seconds=int(s)),
                    "channel": CHANNELS[int(rng.integers(0, 4))],
                }
            )
        if n > 1 and rng.random() < 0.3:  # a tie: two touches in the same second
            tps.append({**tps[-1], "channel": CHANNELS[int(rng.integers(0, 4))]})
        for _ in range(int(rng.integers(0, 3))):
            convs.append(
                {
                    "user_id": f"u{u}",
                    "ts": t0 + pd.Timedelta(seconds=int(rng.integers(0, 230 * 86400))),
                }
            )
    return pd.DataFrame(tps), pd.DataFrame(convs)


def _expected(tp: pd.DataFrame, conv: pd.DataFrame, months: list[Period], lookback: int):
    code = {c: i for i, c in enumerate(sorted(tp.channel.unique()))}
    conv = conv.sort_values(["user_id", "ts"]).reset_index(drop=True)
    conv["prev"] = conv.groupby("user_id").ts.shift()
    rows, ends = [], []
    for p in months:
        lo = pd.Timestamp(p.start, tz="UTC")
        hi = pd.Timestamp(p.end + dt.timedelta(days=1), tz="UTC")
        cs = conv[(conv.ts >= lo) & (conv.ts < hi)]
        per = []
        for c in cs.itertuples():
            t = tp[
                (tp.user_id == c.user_id)
                & (tp.ts <= c.ts)
                & (tp.ts > c.ts - pd.Timedelta(days=lookback))
            ]
            if not pd.isna(c.prev):
                t = t[t.ts > c.prev]
            if t.empty:
                continue
            key = t.ts.map(lambda x: int(x.timestamp())) * 8 + t.channel.map(code)
            per.append(
                {
                    "touches": len(t),
                    "days": (c.ts - t.ts.min()).total_seconds() / 86400,
                    "first": t.channel.iloc[int(np.argmin(key.to_numpy()))],
                    "last": t.channel.iloc[int(np.argmax(key.to_numpy()))],
                }
            )
        df = pd.DataFrame(per)
        n = len(df)
        rows.append(
            {
                "month": p.label,
                "conversions": len(cs),
                "journeys": n,
                "mean_touches": df.touches.mean() if n else None,
                "multi_touch_share": (df.touches >= 2).mean() if n else None,
                "mean_days_to_conversion": df.days.mean() if n else None,
            }
        )
        for pos in ("first", "last"):
            for ch, k in df[pos].value_counts().items() if n else []:
                ends.append(
                    {
                        "month": p.label,
                        "touch": pos,
                        "channel": ch,
                        "journeys": int(k),
                        "share": k / n,
                    }
                )
    return rows, ends


def test_trends_match_an_independent_computation() -> None:
    tp, conv = _data()
    ws = Workspace.in_memory()
    ws.con.create_table("touchpoints", tp)
    ws.con.create_table("conversions", conv)
    period = Period.month("2026-10")
    rows, shares = trends.journey_trends(
        ws.table("touchpoints"), ws.table("conversions"), period, 30
    )
    got = trends.public_rows(rows)
    months = [
        Period.month(m) for m in ("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10")
    ]
    want, want_ends = _expected(tp, conv, months, 30)
    assert [r["month"] for r in got] == [r["month"] for r in want]
    for g, w in zip(got, want, strict=True):
        assert g["conversions"] == w["conversions"] and g["journeys"] == w["journeys"]
        for k in ("mean_touches", "multi_touch_share", "mean_days_to_conversion"):
            assert g[k] == pytest.approx(w[k], rel=1e-9), (g["month"], k)
    key = lambda r: (r["month"], r["touch"], r["channel"])  # noqa: E731
    a, b = sorted(shares, key=key), sorted(want_ends, key=key)
    assert [(*key(r), r["journeys"]) for r in a] == [(*key(r), r["journeys"]) for r in b]
    assert [r["share"] for r in a] == pytest.approx([r["share"] for r in b])


def test_months_before_the_data_are_left_out_and_empty_months_are_unknown() -> None:
    tp = pd.DataFrame(
        [
            {"user_id": "a", "ts": pd.Timestamp("2026-08-03 10:00", tz="UTC"), "channel": "email"},
            {
                "user_id": "a",
                "ts": pd.Timestamp("2026-08-04 10:00", tz="UTC"),
                "channel": "display",
            },
        ]
    )
    conv = pd.DataFrame(
        [
            {"user_id": "a", "ts": pd.Timestamp("2026-08-05 10:00", tz="UTC")},
            {"user_id": "b", "ts": pd.Timestamp("2026-10-05 10:00", tz="UTC")},
        ]
    )
    ws = Workspace.in_memory()
    ws.con.create_table("touchpoints", tp)
    ws.con.create_table("conversions", conv)
    rows, shares = trends.journey_trends(
        ws.table("touchpoints"), ws.table("conversions"), Period.month("2026-10"), 30
    )
    got = trends.public_rows(rows)
    assert [r["month"] for r in got] == ["2026-08", "2026-09", "2026-10"]
    assert got[0]["mean_touches"] == 2 and got[0]["mean_days_to_conversion"] == pytest.approx(2.0)
    # September: no conversion; October: one conversion without a touch. Unknown, not zero.
    assert got[1]["conversions"] == 0 and got[1]["mean_touches"] is None
    assert got[2]["conversions"] == 1 and got[2]["journeys"] == 0
    assert got[2]["multi_touch_share"] is None
    assert {(s["touch"], s["channel"]) for s in shares} == {("first", "email"), ("last", "display")}
    assert trends.trend_findings(rows, shares) == []


def _month_rows(n: list[int], multi: list[int]) -> list[dict]:
    out = []
    for i, (k, m) in enumerate(zip(n, multi, strict=True)):
        out.append(
            {
                "month": f"2026-0{i + 1}",
                "conversions": k,
                "journeys": k,
                "_touches": 2.0 * k,
                "_touches_sq": 4.0 * k + k,
                "_days": 5.0 * k,
                "_days_sq": 26.0 * k,
                "_multi": float(m),
            }
        )
    return out


def test_a_finding_only_when_the_change_is_beyond_noise() -> None:
    # same touches and days every month; the multi-touch share moves
    steady = _month_rows([500] * 6, [250] * 6)
    assert trends.trend_findings(steady, []) == []
    small = _month_rows([500] * 6, [250] * 5 + [265])  # 53% against 50%: noise at n=500
    assert trends.trend_findings(small, []) == []
    big = _month_rows([500] * 6, [250] * 5 + [350])  # 70% against 50%
    found = trends.trend_findings(big, [])
    assert [f.metric for f in found] == ["multi_touch_share"]
    f = found[0]
    assert f.actual == pytest.approx(0.7) and f.reference == pytest.approx(0.5)
    assert f.statement.startswith("70.0% of converting journeys in 2026-06 had two or more touches")
    assert "2026-01 to 2026-05" in f.statement


def test_a_repeated_conversion_id_is_one_conversion_as_in_the_paths() -> None:
    """A conversion sent twice by the tracking (same conversion_id, seconds apart) is one
    conversion and one journey, as attribution counts it; the copy used to add a conversion to
    the month's row (the demo's October row said 788 where attribution credited 783)."""
    tp, conv = _data()
    conv = conv.assign(conversion_id=[f"c{i}" for i in range(len(conv))])
    period = Period.month("2026-10")
    lo = pd.Timestamp(period.start, tz="UTC")
    october = conv[conv.ts >= lo].head(5)
    copies = october.assign(ts=october.ts + pd.Timedelta(seconds=3))
    results = []
    for table in (conv, pd.concat([conv, copies], ignore_index=True)):
        ws = Workspace.in_memory()
        ws.con.create_table("touchpoints", tp)
        ws.con.create_table("conversions", table)
        rows, _ = trends.journey_trends(
            ws.table("touchpoints"), ws.table("conversions"), period, 30
        )
        results.append(trends.public_rows(rows))
    assert len(copies) == 5
    # the mean of the same durations may differ in its last bit with the order the engine sums them
    approx = [{k: pytest.approx(v, rel=1e-12) if isinstance(v, float) else v for k, v in r.items()}
              for r in results[0]]  # fmt: skip
    assert results[1] == approx
