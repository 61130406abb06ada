"""Stage 4, content performance: every figure against a plain-Python computation over rows."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import re
import statistics
from collections import defaultdict

import pandas as pd
import pytest

from debrief.analyses.content_performance import (
    assisted_conversions,
    content_metrics,
    content_performance,
    conversion_gaps,
    ctr_by_position,
)
from debrief.context import StageContext
from debrief.period import Period

OCT = Period.month("2026-10")
SEP = Period.month("2026-09")
EVALUATIVE = re.compile(
    r"underperform|fail|poor|\bbad\b|weak|disappoint|blame|worse|excellent|great", re.I
)

# (content_id, topic, funnel_stage, base position, position in October, sessions/day, cvr)
ITEMS = [
    ("C-DROP", "pricing", "decision", 3.0, 11.0, 60, 0.05),
    ("C-STEADY", "pricing", "awareness", 6.0, 6.0, 80, 0.01),
    ("C-NOISY", "pricing", "consideration", 15.0, 15.0, 40, 0.02),
    ("C-GAIN", "security", "awareness", 25.0, 8.0, 30, 0.01),
    ("C-LOWCVR", "security", "consideration", 9.0, 9.0, 120, 0.0),
    ("C-OKCVR", "security", "consideration", 7.0, 7.0, 100, 0.06),
]


def _fixture() -> dict[str, pd.DataFrame]:
    rng = random.Random(3)
    content = pd.DataFrame(
        [
            {
                "content_id": cid,
                "title": f"Title {cid}",
                "topic": topic,
                "funnel_stage": stage,
                "type": "blog",
                "published_at": dt.date(2026, 10, 5) if cid == "C-GAIN" else dt.date(2025, 1, 1),
                "promoted": cid == "C-STEADY",
            }
            for cid, topic, stage, *_ in ITEMS
        ]
    )
    rows = []
    day = dt.date(2026, 9, 1)
    while day <= dt.date(2026, 10, 31):
        for cid, _t, _s, base, octo, sess, cvr in ITEMS:
            pos = octo if day.month == 10 else base
            noise = 2.0 if cid == "C-NOISY" else 0.3
            s = sess + rng.randint(-5, 5)
            impr = rng.randint(200, 400)
            rows.append(
                {
                    "date": day,
                    "content_id": cid,
                    "pageviews": s + rng.randint(0, 20),
                    "sessions": s,
                    "avg_engagement_seconds": rng.uniform(20, 90),
                    "conversions": sum(rng.random() < cvr for _ in range(s)),
                    "organic_clicks": rng.randint(0, 30),
                    "organic_impressions": impr,
                    "avg_position": max(1.0, pos + rng.gauss(0, noise)),
                }
            )
        day += dt.timedelta(days=1)
    cp = pd.DataFrame(rows)
    # an orphan day without position and one item with no impressions on a day
    cp.loc[5, "avg_position"] = None
    touch, conv = [], []
    channels = ["email", "organic_search", "paid_search"]
    t0 = dt.datetime(2026, 9, 20, tzinfo=dt.UTC)
    for u in range(60):
        t = t0 + dt.timedelta(hours=rng.randint(0, 900))
        for _ in range(rng.randint(1, 5)):
            t += dt.timedelta(hours=rng.randint(1, 100))
            cid = rng.choice([None, *[i[0] for i in ITEMS]])
            touch.append(
                {"user_id": f"u{u}", "ts": t, "channel": rng.choice(channels), "content_id": cid}
            )
        if rng.random() < 0.7:
            conv.append({"user_id": f"u{u}", "ts": t + dt.timedelta(hours=rng.randint(0, 48))})
            if rng.random() < 0.3:  # a second conversion: touches before the first do not count
                conv.append({"user_id": f"u{u}", "ts": t + dt.timedelta(hours=72)})
    return {
        "content": content,
        "content_performance": cp,
        "touchpoints": pd.DataFrame(touch),
        "conversions": pd.DataFrame(conv),
    }


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return _fixture()


@pytest.fixture(scope="module")
def ws(frames):
    from debrief.workspace import Workspace

    ws = Workspace.in_memory()
    for name, df in frames.items():
        ws.con.create_table(name, df)
    return ws


@pytest.fixture(scope="module")
def result(ws):
    return _run(ws)


def _in(df: pd.DataFrame, p: Period) -> pd.DataFrame:
    return df[(df["date"] >= p.start) & (df["date"] <= p.end)]


def test_content_metrics_match_plain_sums(ws, frames) -> None:
    got = content_metrics(ws.table("content_performance"), OCT).set_index("content_id")
    rows = _in(frames["content_performance"], OCT)
    for cid, g in rows.groupby("content_id"):
        r = got.loc[cid]
        assert r["pageviews"] == sum(g["pageviews"])
        assert r["sessions"] == sum(g["sessions"])
        assert r["conversions"] == sum(g["conversions"])
        assert r["organic_clicks"] == sum(g["organic_clicks"])
        engaged = sum(
            a * s for a, s in zip(g["avg_engagement_seconds"], g["sessions"], strict=True)
        )
        assert r["engaged_seconds"] == pytest.approx(engaged, rel=1e-12)
        pos = [
            (p, i)
            for p, i in zip(g["avg_position"], g["organic_impressions"], strict=True)
            if not pd.isna(p)
        ]
        wavg = sum(p * i for p, i in pos) / sum(i for _, i in pos)
        assert r["avg_position"] == pytest.approx(wavg, rel=1e-12)


def test_ctr_by_position_matches_plain_bands(ws, frames) -> None:
    got = {r["position_band"]: r for r in ctr_by_position(ws.table("content_performance"), OCT)}
    rows = _in(frames["content_performance"], OCT).dropna(subset=["avg_position"])
    want: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p, c, i in zip(
        rows["avg_position"], rows["organic_clicks"], rows["organic_impressions"], strict=True
    ):
        band = "1-3" if p < 4 else "4-10" if p < 11 else "11-20" if p < 21 else "21+"
        want[band][0] += c
        want[band][1] += i
    assert set(got) == set(want)
    for band, (c, i) in want.items():
        assert got[band]["organic_clicks"] == c
        assert got[band]["ctr"] == pytest.approx(c / i)


def _plain_assisted(frames, period: Period, lookback: int = 30) -> dict[str, list[int]]:
    touch = frames["touchpoints"]
    convs = frames["conversions"].sort_values(["user_id", "ts"])
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    prev: dict[str, dt.datetime] = {}
    start = dt.datetime.combine(period.start, dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    for c in convs.itertuples():
        p = prev.get(c.user_id)
        prev[c.user_id] = c.ts
        if not start <= c.ts < end:
            continue
        path = [
            t
            for t in touch[touch["user_id"] == c.user_id].itertuples()
            if t.ts <= c.ts
            and t.ts > c.ts - dt.timedelta(days=lookback)
            and (p is None or t.ts > p)
        ]
        if not path:
            continue
        last = max(t.ts for t in path)
        last_items = {t.content_id for t in path if t.ts == last and pd.notna(t.content_id)}
        for cid in {t.content_id for t in path if pd.notna(t.content_id)}:
            out[cid][0 if cid in last_items else 1] += 1
    return out


def test_assisted_conversions_match_plain_path_walk(ws, frames) -> None:
    got = assisted_conversions(ws.table("touchpoints"), ws.table("conversions"), OCT, 30)
    want = _plain_assisted(frames, OCT)
    assert sum(v[1] for v in want.values()) > 0  # the fixture exercises both kinds
    got_d = {
        r.content_id: [r.last_touch_conversions, r.assisted_conversions] for r in got.itertuples()
    }
    assert got_d == dict(want)


def _bh(p: list[float]) -> list[float]:
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    q = [0.0] * m
    run = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        run = min(run, p[i] * m / rank)
        q[i] = run
    return q


def test_conversion_gaps_two_proportion_test() -> None:
    items = pd.DataFrame(
        {
            "content_id": ["a", "b", "c", "d"],
            "funnel_stage": ["consideration", "consideration", "consideration", "decision"],
            "sessions": [1000, 1500, 50, 400],
            "conversions": [5, 90, 1, 20],
        }
    )
    got = conversion_gaps(items, min_sessions=100, alpha=0.05, max_ratio=0.5).set_index(
        "content_id"
    )
    assert set(got.index) == {"a", "b"}  # c is below min_sessions, d alone in its stage
    ps = []
    for cid in ("a", "b"):
        r = items.set_index("content_id").loc[cid]
        rest = items[(items.funnel_stage == "consideration") & (items.content_id != cid)]
        n1, x1, n2, x2 = r.sessions, r.conversions, rest.sessions.sum(), rest.conversions.sum()
        pool = (x1 + x2) / (n1 + n2)
        z = (x1 / n1 - x2 / n2) / math.sqrt(pool * (1 - pool) * (1 / n1 + 1 / n2))
        p = 0.5 * (1 + math.erf(z / math.sqrt(2)))
        ps.append(p)
        assert got.loc[cid, "rest_cvr"] == pytest.approx(x2 / n2)
        assert got.loc[cid, "p"] == pytest.approx(p, rel=1e-9)
    assert list(got.loc[["a", "b"], "q"]) == pytest.approx(_bh(ps))
    assert bool(got.loc["a", "flagged"]) and not bool(got.loc["b", "flagged"])


def _run(ws, **content_settings) -> object:
    from debrief.config import Settings

    settings = Settings(content=content_settings) if content_settings else Settings()
    ctx = StageContext(workspace=ws, period=OCT, settings=settings, as_of=dt.date(2026, 11, 3))
    return content_performance(ctx)


def test_stage_finds_planted_facts_and_nothing_healthy(result, frames) -> None:
    res = result
    kinds = {(f.kind, f.subject.get("content_id") or f.subject.get("topic")) for f in res.findings}
    assert ("ranking_drop", "C-DROP") in kinds
    assert ("ranking_gain", "C-GAIN") in kinds
    assert ("conversion_below_stage", "C-LOWCVR") in kinds
    # no content gap for security's decision stage?  security has no decision item: a gap
    assert ("content_gap", "security") in kinds
    gap = next(f for f in res.findings if f.kind == "content_gap")
    assert " item(s)" not in gap.statement and gap.statement.startswith(
        f"Topic {gap.subject['topic']} has "
    )
    flagged = {f.subject.get("content_id") for f in res.findings}
    assert not {"C-STEADY", "C-NOISY", "C-OKCVR"} & flagged
    drop = next(f for f in res.findings if f.kind == "ranking_drop")
    assert drop.severity == "critical"  # left the first page of results
    for f in res.findings:
        assert not EVALUATIVE.search(f.statement), f.statement
    recs = res.tables["recommendations"]
    assert [r["finding_id"] for r in recs] == [f.id for f in res.findings]
    for r in recs:
        assert not EVALUATIVE.search(r["recommendation"])
    assert "topic_stage_grid" in res.charts
    assert res.charts["topic_stage_grid"]["data"]["values"] == res.tables["grid"]


def test_ranking_z_is_change_over_robust_daily_noise(result, frames) -> None:
    res = result
    by = {r["content_id"]: r for r in res.tables["by_content"]}
    cp = frames["content_performance"]
    for cid in ("C-DROP", "C-STEADY", "C-NOISY"):
        g = cp[(cp.content_id == cid) & cp.avg_position.notna()].sort_values("date")
        pos = list(g["avg_position"])
        d = [b - a for a, b in itertools.pairwise(pos)]
        md = statistics.median(d)
        noise = 1.4826 * statistics.median(abs(x - md) for x in d) / math.sqrt(2)
        assert by[cid]["daily_noise"] == pytest.approx(noise, rel=1e-9)
        change = by[cid]["avg_position"] - by[cid]["prior_avg_position"]
        assert by[cid]["position_change"] == pytest.approx(change)
        assert by[cid]["position_z"] == pytest.approx(change / noise)


def test_stage_pulls_per_item_aggregates_not_daily_rows(ws, frames, pulls) -> None:
    """Every result the stage brings into Python is at most one row per item (the daily
    positions of both months used to come back row by row for the noise estimate)."""
    res = _run(ws)
    items = set(frames["content_performance"].content_id) | set(frames["content"].content_id)
    days = len(frames["content_performance"].date.unique())
    assert days > 10 and {r["content_id"] for r in res.tables["rankings"]}
    assert max(pulls) <= len(items)


def test_by_content_prior_month_and_grid(result, frames) -> None:
    res = result
    by = {r["content_id"]: r for r in res.tables["by_content"]}
    cp = frames["content_performance"]
    sep = _in(cp, SEP)
    for cid in by:
        g = sep[sep.content_id == cid]
        assert by[cid]["prior_pageviews"] == sum(g.pageviews)
        assert by[cid]["prior_conversions"] == sum(g.conversions)
        oct_ = _in(cp, OCT)
        g2 = oct_[oct_.content_id == cid]
        assert by[cid]["ctr"] == pytest.approx(sum(g2.organic_clicks) / sum(g2.organic_impressions))
    grid = {(r["topic"], r["funnel_stage"]): r for r in res.tables["grid"]}
    assert len(grid) == 6
    assert grid[("security", "decision")]["gap"] and grid[("security", "decision")]["items"] == 0
    assert grid[("security", "consideration")]["items"] == 2
    assert grid[("pricing", "decision")]["conversions"] == by["C-DROP"]["conversions"]
    published = {r["content_id"] for r in res.tables["published"]}
    assert published == {"C-GAIN", "C-STEADY"}  # published in October; promoted
    top = [r for r in res.tables["top_content"] if r["metric"] == "conversions"]
    want = sorted(by.values(), key=lambda r: (-r["conversions"], r["content_id"]))[: len(top)]
    assert [r["content_id"] for r in top] == [r["content_id"] for r in want]


def test_stage_without_optional_tables(make_ws, frames) -> None:
    cp = frames["content_performance"][["date", "content_id", "pageviews"]]
    res = _run(make_ws(content_performance=cp))
    assert res.skipped is None
    assert {r["content_id"] for r in res.tables["by_content"]} == {i[0] for i in ITEMS}
    assert res.tables["grid"] == [] and res.tables["rankings"] == []
    assert all(r["avg_position"] is None for r in res.tables["by_content"])


# -- the demo company (docs/demo-data.md) ------------------------------------------------------

DEMO_AS_OF = dt.date(2026, 11, 4)


@pytest.fixture(scope="module")
def demo_result(demo_ws_path):
    from debrief.workspace import Workspace

    with Workspace.open(demo_ws_path, read_only=True) as ws:
        ctx = StageContext(workspace=ws, period=OCT, as_of=DEMO_AS_OF)
        yield content_performance(ctx)


def test_demo_planted_content_facts(demo_result, demo_dir) -> None:
    res = demo_result
    drops = [f for f in res.findings if f.kind.startswith("ranking_")]
    assert [(f.kind, f.subject["content_id"]) for f in drops] == [
        ("ranking_drop", "C-PRICING-GUIDE")
    ]
    gov = next(f for f in res.findings if f.id.endswith("content_gap:data_governance:decision"))
    assert gov.severity == "warning"
    assert not [f for f in res.findings if f.kind == "conversion_below_stage"]
    # every gap reported is an empty topic x stage cell of content.csv, and every empty cell of
    # a topic with content is reported
    content = pd.read_csv(demo_dir / "content.csv")
    have = set(zip(content.topic, content.funnel_stage, strict=True))
    empty = {
        (t, s)
        for t in set(content.topic)
        for s in ("awareness", "consideration", "decision")
        if (t, s) not in have
    }
    gaps = {
        (f.subject["topic"], f.subject["stage"]) for f in res.findings if f.kind == "content_gap"
    }
    assert gaps == empty
    for f in res.findings:
        assert not EVALUATIVE.search(f.statement), f.statement


def test_demo_by_content_equals_the_csv(demo_result, demo_dir) -> None:
    cp = pd.read_csv(demo_dir / "content_performance.csv", parse_dates=["date"])
    by = {r["content_id"]: r for r in demo_result.tables["by_content"]}
    for p, pre in ((OCT, ""), (SEP, "prior_")):
        rows = cp[(cp.date.dt.date >= p.start) & (cp.date.dt.date <= p.end)]
        for cid, g in rows.groupby("content_id"):
            assert by[cid][f"{pre}pageviews"] == g.pageviews.sum()
            assert by[cid][f"{pre}conversions"] == g.conversions.sum()
            assert by[cid][f"{pre}organic_clicks"] == g.organic_clicks.sum()
            pos = g.dropna(subset=["avg_position"])
            pos = pos[pos.organic_impressions > 0]
            want = (
                pos.avg_position * pos.organic_impressions
            ).sum() / pos.organic_impressions.sum()
            assert by[cid][f"{pre}avg_position"] == pytest.approx(want, rel=1e-9)
    guide = by["C-PRICING-GUIDE"]
    assert guide["avg_position"] > 10 and guide["prior_avg_position"] < guide["avg_position"] - 3


# -- real exports through the shipped mappings (../shared/data; skipped when absent) ----------


def _real_stage(shared_data, tmp_path, folder: str, day: str):
    from debrief.ingest import ingest
    from debrief.workspace import Workspace

    path = tmp_path / "ws.duckdb"
    ingest([shared_data / folder], path, mapping=folder, params={"date": day})
    with Workspace.open(path, read_only=True) as ws:
        ctx = StageContext(workspace=ws, period=Period.month(day[:7]), as_of=dt.date(2026, 11, 4))
        return content_performance(ctx)


@pytest.mark.realdata
def test_google_analytics_blog_export(shared_data, tmp_path) -> None:
    import csv

    res = _real_stage(shared_data, tmp_path, "bbva_blog_ga_content", "2026-06-30")
    with open(shared_data / "bbva_blog_ga_content" / "blog_analytics.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    views: dict[str, int] = defaultdict(int)
    sessions: dict[str, int] = defaultdict(int)
    for r in rows:
        views[r["Page"]] += int(r["Page Views"].replace(",", ""))
        sessions[r["Page"]] += int(r["Sessions"].replace(",", ""))
    by = {r["content_id"]: r for r in res.tables["by_content"]}
    assert set(by) == set(views)
    for page in views:
        assert by[page]["pageviews"] == views[page]
        assert by[page]["sessions"] == sessions[page]
    top = [r for r in res.tables["top_content"] if r["metric"] == "engaged_seconds"]
    assert top and all(r["prior_value"] == 0 for r in top)  # one day of data, no prior month
    assert res.tables["rankings"] == []  # no search positions in a GA export


@pytest.mark.realdata
def test_search_console_pages_export(shared_data, tmp_path) -> None:
    import csv

    res = _real_stage(shared_data, tmp_path, "gsc_miraiyo_seo", "2026-06-08")
    with open(shared_data / "gsc_miraiyo_seo" / "Pages.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    by = {r["content_id"]: r for r in res.tables["by_content"]}
    assert len(by) == len(rows)
    bands: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        got = by[r["Top pages"]]
        assert got["organic_clicks"] == int(r["Clicks"])
        assert got["organic_impressions"] == int(r["Impressions"])
        assert got["avg_position"] == pytest.approx(float(r["Position"]))
        p = float(r["Position"])
        band = "1-3" if p < 4 else "4-10" if p < 11 else "11-20" if p < 21 else "21+"
        bands[band][0] += int(r["Clicks"])
        bands[band][1] += int(r["Impressions"])
    ctr = {r["position_band"]: r for r in res.tables["ctr_by_position"]}
    for band, (c, i) in bands.items():
        assert ctr[band]["organic_clicks"] == c
        assert ctr[band]["ctr"] == (pytest.approx(c / i) if i else None)
