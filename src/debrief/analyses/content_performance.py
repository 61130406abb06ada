"""Stage 4 of the monthly review: content performance.

Reads ``content_performance`` (required: daily results per content item) and, where present,
``content`` (titles, topics, funnel stages, publication), ``touchpoints`` with a ``content_id`` and
``conversions`` (assisted conversions). Returns a :class:`~debrief.results.StageResult` with tables

* ``by_content``   one row per item: the month's and the prior month's pageviews, sessions,
  engaged seconds, conversions, organic clicks and impressions, CTR, average position, the
  position change and its robust z-score, last-touch and assisted conversions;
* ``published``    items published in the month or promoted with activity in it;
* ``top_content``  the top items by conversions, engaged seconds and organic clicks, prior beside;
* ``rankings``     the SEO movement test per item with positions in both months;
* ``ctr_by_position`` click-through (organic clicks / impressions) per position band;
* ``by_topic``     conversions and assisted conversions per topic and funnel stage;
* ``grid``         the topic × funnel-stage grid with gaps marked;
* ``recommendations`` one observation-language suggestion per finding, tied by ``finding_id``.

Method, formulas and limits: ``docs/stages/content_performance.md``. Heavy work (filters,
aggregations, the touchpoint join) runs in the workspace's engine through Ibis; only per-item
aggregates and daily positions come into Python.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import ibis
import numpy as np
import pandas as pd

from debrief.engine import STAGES
from debrief.results import Finding, StageResult, jsonable, ratio
from debrief.schema import FUNNEL_STAGES

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext
    from debrief.period import Period

__all__ = [
    "assisted_conversions",
    "content_metrics",
    "content_performance",
    "conversion_gaps",
    "ctr_by_position",
    "daily_positions",
    "ranking_movements",
    "topic_stage_grid",
]

STAGE = "content_performance"
#: Summed daily counts; each is None for an item when the workspace lacks the column.
COUNTS = ("pageviews", "sessions", "downloads", "conversions", "organic_clicks")
#: Position bands for click-through against position: [lo, hi) in search-result positions.
POSITION_BANDS = ((1.0, 4.0), (4.0, 11.0), (11.0, 21.0), (21.0, math.inf))


def _day_range(period: Period) -> tuple[dt.date, dt.date]:
    return period.start, period.end


def content_metrics(cp: ir.Table, period: Period) -> pd.DataFrame:
    """Per content item over ``period``: summed counts, engaged seconds and average position.

    ``engaged_seconds`` = Σ avg_engagement_seconds × sessions over days (pageviews where sessions
    are absent); ``avg_position`` = impression-weighted mean of daily positions (Search Console's
    own period average) where impressions exist, else the plain mean of days with a position.
    Counts are integers; a column missing from the workspace gives None.
    """
    cols = set(cp.columns)
    start, end = _day_range(period)
    t = cp.filter(cp.date.between(start, end))
    aggs: dict[str, Any] = {"days": t.date.nunique()}
    for c in COUNTS:
        if c in cols:
            aggs[c] = t[c].sum()
    if "organic_impressions" in cols:
        aggs["organic_impressions"] = t.organic_impressions.sum()
    weight = t.sessions if "sessions" in cols else (t.pageviews if "pageviews" in cols else None)
    if "avg_engagement_seconds" in cols and weight is not None:
        aggs["engaged_seconds"] = (t.avg_engagement_seconds * weight.cast("float64")).sum()
    if "avg_position" in cols:
        pos = t.avg_position
        if "organic_impressions" in cols:
            w = ibis.ifelse(pos.notnull(), t.organic_impressions, 0).cast("float64")
            aggs["_pos_w"] = (pos.fill_null(0.0) * w).sum()
            aggs["_w"] = w.sum()
        aggs["_pos_mean"] = pos.mean()
    df = t.group_by("content_id").aggregate(**aggs).to_pandas()
    out = pd.DataFrame({"content_id": df["content_id"].astype(str), "days": df["days"]})
    for c in (*COUNTS, "organic_impressions"):
        out[c] = df[c].fillna(0).astype("int64") if c in df else None
    out["engaged_seconds"] = (
        df["engaged_seconds"].astype(float) if "engaged_seconds" in df else None
    )
    if "_pos_mean" in df:
        weighted = (
            df["_pos_w"] / df["_w"].where(df["_w"] > 0)
            if "_w" in df
            else pd.Series(np.nan, df.index)
        )
        out["avg_position"] = weighted.where(weighted.notna(), df["_pos_mean"]).astype(float)
    else:
        out["avg_position"] = None
    return out


def daily_positions(cp: ir.Table, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily average position per item between ``start`` and ``end`` (inclusive): content_id,
    date, avg_position. Days without a position (or without impressions) are left out."""
    if "avg_position" not in cp.columns:
        return pd.DataFrame(columns=["content_id", "date", "avg_position"])
    t = cp.filter(cp.date.between(start, end), cp.avg_position.notnull())
    if "organic_impressions" in cp.columns:
        t = t.filter(t.organic_impressions.fill_null(0) > 0)
    df = t.select("content_id", "date", "avg_position").to_pandas()
    df["content_id"] = df["content_id"].astype(str)
    return df.sort_values(["content_id", "date"]).reset_index(drop=True)


def _daily_noise(positions: np.ndarray) -> float | None:
    """The item's usual day-to-day movement: the robust standard deviation of one day's
    position, from the median absolute deviation of day-to-day differences (1.4826 × MAD / √2).

    Differences ignore a level shift (one jump is one outlier difference) and a steady trend, so
    the scale reflects daily noise, not the change being tested."""
    if len(positions) < 3:
        return None
    d = np.diff(positions)
    mad = float(np.median(np.abs(d - np.median(d))))
    return 1.4826 * mad / math.sqrt(2.0)


def ranking_movements(
    current: pd.DataFrame,
    prior: pd.DataFrame,
    current_mean: dict[str, float],
    prior_mean: dict[str, float],
    *,
    z_threshold: float = 3.0,
    min_change: float = 1.0,
    min_days: int = 5,
) -> pd.DataFrame:
    """The SEO movement test per item with at least ``min_days`` days of position in each month.

    ``change`` = current − prior average position (positive: the item moved down the results).
    ``noise`` = :func:`_daily_noise` over both months' daily positions in date order;
    ``z`` = change / noise (None when noise is 0). A ``drop`` (``gain``) is a change of at least
    ``max(z_threshold × noise, min_change)`` positions down (up); otherwise ``none``.
    """
    rows = []
    both = pd.concat([prior, current]).sort_values(["content_id", "date"])
    n_cur = current.groupby("content_id").size()
    n_pri = prior.groupby("content_id").size()
    for cid, g in both.groupby("content_id", sort=True):
        if n_cur.get(cid, 0) < min_days or n_pri.get(cid, 0) < min_days:
            continue
        cur, pri = current_mean.get(cid), prior_mean.get(cid)
        if cur is None or pri is None or pd.isna(cur) or pd.isna(pri):
            continue
        change = float(cur) - float(pri)
        noise = _daily_noise(g["avg_position"].to_numpy(dtype=float))
        z = ratio(change, noise) if noise else None
        bar = max(z_threshold * (noise or 0.0), min_change)
        movement = "drop" if change >= bar else ("gain" if change <= -bar else "none")
        rows.append(
            {
                "content_id": cid,
                "avg_position": float(cur),
                "prior_avg_position": float(pri),
                "change": change,
                "daily_noise": noise,
                "z": z,
                "threshold": bar,
                "days": int(n_cur[cid]),
                "prior_days": int(n_pri[cid]),
                "movement": movement,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "content_id",
            "avg_position",
            "prior_avg_position",
            "change",
            "daily_noise",
            "z",
            "threshold",
            "days",
            "prior_days",
            "movement",
        ],
    )


def ctr_by_position(cp: ir.Table, period: Period) -> list[dict[str, Any]]:
    """Click-through against position: daily item rows grouped by position band, with organic
    clicks, impressions and ctr = clicks / impressions (None when no impressions)."""
    need = {"avg_position", "organic_clicks", "organic_impressions"}
    if not need <= set(cp.columns):
        return []
    start, end = _day_range(period)
    t = cp.filter(cp.date.between(start, end), cp.avg_position.notnull())
    band = ibis.cases(
        *[
            ((t.avg_position >= lo) & (t.avg_position < hi), f"{lo:g}-{hi - 1:g}")
            if math.isfinite(hi)
            else (t.avg_position >= lo, f"{lo:g}+")
            for lo, hi in POSITION_BANDS
        ],
        else_="<1",
    )
    b = t.mutate(band=band)
    df = (
        b.group_by("band")
        .aggregate(
            organic_clicks=b.organic_clicks.sum(),
            organic_impressions=b.organic_impressions.sum(),
            rows=b.count(),
        )
        .to_pandas()
    )
    order = [f"{lo:g}-{hi - 1:g}" if math.isfinite(hi) else f"{lo:g}+" for lo, hi in POSITION_BANDS]
    out = []
    for b in ["<1", *order]:
        r = df[df["band"] == b]
        if r.empty:
            continue
        clicks, impr = (
            int(r["organic_clicks"].iloc[0] or 0),
            int(r["organic_impressions"].iloc[0] or 0),
        )
        out.append(
            {
                "position_band": b,
                "organic_clicks": clicks,
                "organic_impressions": impr,
                "ctr": ratio(clicks, impr),
                "rows": int(r["rows"].iloc[0]),
            }
        )
    return out


def assisted_conversions(
    touchpoints: ir.Table, conversions: ir.Table, period: Period, lookback_days: int = 30
) -> pd.DataFrame:
    """Last-touch and assisted conversions per content item for conversions in ``period``.

    A conversion at time c is credited to the person's touchpoints with c − lookback < ts ≤ c and
    after their previous conversion (the data contract's rule, with the attribution stage's
    half-open window). Per conversion, each content
    item touched counts once: as ``last_touch_conversions`` when one of its touches is the latest
    touch of the path (ties at the latest time all count as last), else as
    ``assisted_conversions``. Returns content_id, last_touch_conversions, assisted_conversions.
    """
    cols = ["content_id", "last_touch_conversions", "assisted_conversions"]
    if "content_id" not in touchpoints.columns:
        return pd.DataFrame(columns=cols)
    w = ibis.window(group_by="user_id", order_by="ts")
    conv = conversions.select("user_id", "ts").mutate(prev_ts=conversions.ts.lag().over(w))
    start = dt.datetime.combine(period.start, dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    conv = conv.filter(conv.ts >= start, conv.ts < end)
    conv = conv.mutate(conv_key=ibis.row_number().over(order_by=["user_id", "ts"]))
    tp = touchpoints.select(
        tp_user=touchpoints.user_id, tp_ts=touchpoints.ts, cid=touchpoints.content_id
    )
    j = conv.join(
        tp,
        [
            conv.user_id == tp.tp_user,
            tp.tp_ts <= conv.ts,
            tp.tp_ts > conv.ts - ibis.interval(days=lookback_days),
            conv.prev_ts.isnull() | (tp.tp_ts > conv.prev_ts),
        ],
    )
    j = j.mutate(last_ts=j.tp_ts.max().over(ibis.window(group_by="conv_key")))
    per = (
        j.filter(j.cid.notnull())
        .group_by(["conv_key", "cid"])
        .aggregate(is_last=(j.tp_ts == j.last_ts).any())
    )
    df = (
        per.group_by("cid")
        .aggregate(
            last_touch_conversions=per.is_last.cast("int64").sum(),
            assisted_conversions=(~per.is_last).cast("int64").sum(),
        )
        .rename(content_id="cid")
        .to_pandas()
    )
    df["content_id"] = df["content_id"].astype(str)
    return df[cols]


def topic_stage_grid(items: pd.DataFrame) -> pd.DataFrame:
    """The topic × funnel-stage grid over ``items`` (one row per content item with topic,
    funnel_stage, sessions, conversions, assisted_conversions). Every topic with at least one
    item gets all three stages; ``gap`` marks a cell with no item."""
    have = items.dropna(subset=["topic"])
    rows = []
    for topic in sorted(have["topic"].astype(str).unique()):
        for stage in FUNNEL_STAGES:
            cell = have[(have["topic"] == topic) & (have["funnel_stage"] == stage)]
            rows.append(
                {
                    "topic": topic,
                    "funnel_stage": stage,
                    "items": len(cell),
                    "sessions": _total(cell, "sessions"),
                    "conversions": _total(cell, "conversions"),
                    "assisted_conversions": _total(cell, "assisted_conversions"),
                    "cvr": ratio(_total(cell, "conversions"), _total(cell, "sessions")),
                    "gap": len(cell) == 0,
                }
            )
    cols = ["topic", "funnel_stage", "items", "sessions", "conversions"]
    return pd.DataFrame(rows, columns=[*cols, "assisted_conversions", "cvr", "gap"])


def _total(df: pd.DataFrame, col: str) -> int | None:
    if col not in df or (df[col].isna().all() and len(df)):
        return None
    return int(df[col].fillna(0).sum())


def conversion_gaps(
    items: pd.DataFrame,
    *,
    min_sessions: int = 100,
    alpha: float = 0.05,
    max_ratio: float = 0.5,
) -> pd.DataFrame:
    """Items that draw traffic but convert below the rest of their funnel stage.

    For each item with at least ``min_sessions`` sessions: cvr = conversions / sessions against
    rest_cvr = the other items of the same stage pooled. One-sided two-proportion z-test
    (item < rest), Benjamini-Hochberg over the items tested; ``flagged`` when q < ``alpha`` and
    cvr ≤ ``max_ratio`` × rest_cvr (a material gap, not only a detectable one).
    """
    from scipy.stats import false_discovery_control, norm

    cols = ["content_id", "funnel_stage", "sessions", "conversions", "cvr", "rest_cvr", "p", "q"]
    if items.empty or items["sessions"].isna().all() or items["conversions"].isna().all():
        return pd.DataFrame(columns=[*cols, "flagged"])
    df = items.dropna(subset=["funnel_stage", "sessions", "conversions"])
    stage = df.groupby("funnel_stage")[["sessions", "conversions"]].sum()
    rows = []
    for r in df.itertuples():
        n1, x1 = int(r.sessions), int(r.conversions)
        n2 = int(stage.loc[r.funnel_stage, "sessions"]) - n1
        x2 = int(stage.loc[r.funnel_stage, "conversions"]) - x1
        if n1 < min_sessions or n2 <= 0 or x1 > n1 or x2 > n2:
            continue
        p1, p2 = x1 / n1, x2 / n2
        pooled = (x1 + x2) / (n1 + n2)
        se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        p = float(norm.cdf((p1 - p2) / se)) if se > 0 else 1.0
        rows.append((r.content_id, r.funnel_stage, n1, x1, p1, p2, p))
    out = pd.DataFrame(rows, columns=cols[:-1])
    if out.empty:
        return pd.DataFrame(columns=[*cols, "flagged"])
    out["q"] = false_discovery_control(out["p"].to_numpy())
    out["flagged"] = (out["q"] < alpha) & (out["cvr"] <= max_ratio * out["rest_cvr"])
    return out


# -- the stage --------------------------------------------------------------------------------

_CONTENT_COLS = ("title", "url", "type", "topic", "funnel_stage", "published_at", "promoted")


def _content_frame(ws_content: ir.Table | None) -> pd.DataFrame:
    if ws_content is None:
        return pd.DataFrame(columns=["content_id", *_CONTENT_COLS])
    present = [c for c in ("content_id", *_CONTENT_COLS) if c in ws_content.columns]
    df = ws_content.select(*present).to_pandas()
    for c in _CONTENT_COLS:
        if c not in df:
            df[c] = None
    df["content_id"] = df["content_id"].astype(str)
    df["funnel_stage"] = df["funnel_stage"].map(
        lambda v: str(v).strip().lower() if isinstance(v, str) and v.strip() else None
    )
    df["published_at"] = pd.to_datetime(df["published_at"], errors="coerce").dt.date
    return df.drop_duplicates("content_id")


def _merge_items(
    content: pd.DataFrame,
    cur: pd.DataFrame,
    pri: pd.DataFrame,
    assisted: pd.DataFrame,
    present: set[str],
) -> pd.DataFrame:
    ids = sorted(set(content["content_id"]) | set(cur["content_id"]) | set(pri["content_id"]))
    df = pd.DataFrame({"content_id": ids}).merge(content, on="content_id", how="left")
    df["title"] = df["title"].where(df["title"].notna(), df["content_id"])
    df = df.merge(cur, on="content_id", how="left")
    prior = pri.rename(columns={c: f"prior_{c}" for c in pri.columns if c != "content_id"})
    df = df.merge(prior, on="content_id", how="left").merge(assisted, on="content_id", how="left")
    # An item without rows in a month had zero of each count the workspace records.
    engaged = "avg_engagement_seconds" in present and ({"sessions", "pageviews"} & present)
    for c in (*COUNTS, "organic_impressions", "days", "engaged_seconds"):
        for col in (c, f"prior_{c}"):
            if c == "engaged_seconds":
                df[col] = df[col].fillna(0.0).astype(float) if engaged else None
            elif c in present or c == "days":
                df[col] = df[col].fillna(0).astype("int64")
            else:
                df[col] = None
    for c in ("last_touch_conversions", "assisted_conversions"):
        if c in df and not assisted.empty:
            df[c] = df[c].fillna(0).astype("int64")
    for prefix in ("", "prior_"):
        df[f"{prefix}ctr"] = [
            ratio(a, b)
            for a, b in zip(
                df.get(f"{prefix}organic_clicks", pd.Series(None, df.index)),
                df.get(f"{prefix}organic_impressions", pd.Series(None, df.index)),
                strict=True,
            )
        ]
        df[f"{prefix}avg_engagement_seconds"] = [
            ratio(a, b)
            for a, b in zip(
                df.get(f"{prefix}engaged_seconds", pd.Series(None, df.index)),
                df.get(f"{prefix}sessions", pd.Series(None, df.index)),
                strict=True,
            )
        ]
    return df


def _records(df: pd.DataFrame, cols: list[str] | None = None) -> list[dict[str, Any]]:
    if cols is not None:
        df = df[[c for c in cols if c in df.columns]]
    return [jsonable(r) for r in df.to_dict(orient="records")]


def _fmt(v: float | None, digits: int = 1) -> str:
    return "n/a" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:,.{digits}f}"


def _int(v: Any) -> int | None:
    return None if v is None or pd.isna(v) else int(v)


@STAGES.register(STAGE)
def content_performance(ctx: StageContext) -> StageResult:
    """Stage 4: content performance for ``ctx.period`` against the prior month.

    Needs ``content_performance``; uses ``content``, ``touchpoints`` and ``conversions`` where
    present. Settings: ``ctx.settings.content``; lookback from ``ctx.settings.attribution``.
    """
    s = ctx.settings.content
    ws = ctx.workspace
    cp = ws.table("content_performance")
    period, prior = ctx.period, ctx.period.prior_month()
    notes: list[str] = []

    content = _content_frame(ws.optional("content"))
    if ws.optional("content") is None:
        notes.append("No content table: titles are content ids; topics and funnel stages unknown.")
    cur, pri = content_metrics(cp, period), content_metrics(cp, prior)
    tp, conv = ws.optional("touchpoints"), ws.optional("conversions")
    if tp is not None and conv is not None and "content_id" in tp.columns:
        assisted = assisted_conversions(tp, conv, period, ctx.settings.attribution.lookback_days)
    else:
        assisted = pd.DataFrame(
            columns=["content_id", "last_touch_conversions", "assisted_conversions"]
        )
        notes.append("No touchpoints with content_id: assisted conversions are not measured.")
    items = _merge_items(content, cur, pri, assisted, set(cp.columns))
    active = (items["days"].fillna(0) > 0) | (items["prior_days"].fillna(0) > 0)
    published_by_end = items["published_at"].isna() | (
        items["published_at"].map(lambda d: d is not None and not pd.isna(d) and d <= period.end)
    )
    items = items[active | (items["content_id"].isin(content["content_id"]) & published_by_end)]

    # SEO movement
    cur_pos = daily_positions(cp, period.start, period.end)
    pri_pos = daily_positions(cp, prior.start, prior.end)
    moves = ranking_movements(
        cur_pos,
        pri_pos,
        dict(zip(items["content_id"], items["avg_position"], strict=True)),
        dict(zip(items["content_id"], items["prior_avg_position"], strict=True)),
        z_threshold=s.rank_z,
        min_change=s.min_position_change,
        min_days=s.min_position_days,
    )
    items = items.merge(
        moves[["content_id", "change", "daily_noise", "z", "movement"]].rename(
            columns={"change": "position_change", "z": "position_z"}
        ),
        on="content_id",
        how="left",
    )

    grid = topic_stage_grid(items[items["content_id"].isin(content["content_id"])])
    gaps = conversion_gaps(
        items, min_sessions=s.min_sessions, alpha=s.alpha, max_ratio=s.max_cvr_ratio
    )

    findings = _findings(items, moves, grid, gaps, period, prior)
    recs = [_recommendation(f) for f in findings]
    published = items[
        items["published_at"].map(lambda d: d is not None and not pd.isna(d) and period.contains(d))
        | ((items["promoted"].fillna(False).astype(bool)) & (items["days"].fillna(0) > 0))
    ]
    tables = {
        "by_content": _records(items.sort_values(["content_id"]), _BY_CONTENT_COLS),
        "published": _records(published, _PUBLISHED_COLS),
        "top_content": _top_content(items, s.top_n),
        "rankings": _records(moves.merge(items[["content_id", "title"]], on="content_id")),
        "ctr_by_position": ctr_by_position(cp, period),
        "by_topic": _by_topic(items),
        "grid": _records(grid),
        "conversion_gaps": _records(gaps),
        "recommendations": recs,
    }
    return StageResult(
        stage=STAGE,
        tables=tables,
        findings=tuple(findings),
        charts=_charts(tables["grid"], tables["ctr_by_position"]),
        notes=(
            *notes,
            "Calendar view: daily results dated in the month; prior month beside.",
            f"Ranking movement: change of at least max({s.rank_z:g} × usual daily movement, "
            f"{s.min_position_change:g}) positions.",
        ),
    )


_BY_CONTENT_COLS = [
    "content_id", "title", "type", "topic", "funnel_stage", "published_at", "promoted",
    "pageviews", "sessions", "engaged_seconds", "avg_engagement_seconds", "downloads",
    "conversions", "last_touch_conversions", "assisted_conversions", "organic_clicks",
    "organic_impressions", "ctr", "avg_position", "prior_pageviews", "prior_sessions",
    "prior_engaged_seconds", "prior_conversions", "prior_organic_clicks",
    "prior_organic_impressions", "prior_ctr", "prior_avg_position", "position_change",
    "daily_noise", "position_z", "movement",
]  # fmt: skip
_PUBLISHED_COLS = [
    "content_id", "title", "type", "topic", "funnel_stage", "published_at", "promoted",
    "pageviews", "sessions", "conversions", "organic_clicks",
]  # fmt: skip
_TOP_METRICS = ("conversions", "engaged_seconds", "organic_clicks")


def _top_content(items: pd.DataFrame, n: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for m in _TOP_METRICS:
        if m not in items or items[m].isna().all():
            continue
        top = items[items[m].fillna(0) > 0].sort_values([m, "content_id"], ascending=[False, True])
        for rank, r in enumerate(top.head(n).itertuples(), start=1):
            prior_v = getattr(r, f"prior_{m}", None)
            rows.append(
                {
                    "metric": m,
                    "rank": rank,
                    "content_id": r.content_id,
                    "title": r.title,
                    "value": getattr(r, m),
                    "prior_value": prior_v,
                    "change": ratio(getattr(r, m) - prior_v, prior_v)
                    if prior_v is not None and not pd.isna(prior_v)
                    else None,
                }
            )
    return [jsonable(r) for r in rows]


def _by_topic(items: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    have = items.dropna(subset=["topic"])
    for (topic, stage), g in have.groupby(["topic", have["funnel_stage"].fillna("unknown")]):
        rows.append(
            {
                "topic": topic,
                "funnel_stage": stage,
                "items": len(g),
                "sessions": _total(g, "sessions"),
                "conversions": _total(g, "conversions"),
                "assisted_conversions": _total(g, "assisted_conversions"),
                "prior_conversions": _total(g, "prior_conversions"),
            }
        )
    return rows


def _findings(
    items: pd.DataFrame,
    moves: pd.DataFrame,
    grid: pd.DataFrame,
    gaps: pd.DataFrame,
    period: Period,
    prior: Period,
) -> list[Finding]:
    out: list[Finding] = []
    titles = dict(zip(items["content_id"], items["title"], strict=True))
    for r in moves[moves["movement"] != "none"].itertuples():
        drop = r.movement == "drop"
        noise = "n/a" if r.daily_noise is None or pd.isna(r.daily_noise) else f"{r.daily_noise:.2f}"
        leaves_page_one = drop and r.prior_avg_position <= 10 < r.avg_position
        out.append(
            Finding(
                id=f"{STAGE}:ranking_{r.movement}:{r.content_id}",
                stage=STAGE,
                kind=f"ranking_{r.movement}",
                subject={"content_id": r.content_id},
                metric="avg_position",
                actual=float(r.avg_position),
                reference=float(r.prior_avg_position),
                reference_kind="prior_period",
                severity=("critical" if leaves_page_one else "warning") if drop else "info",
                statement=(
                    f"Average search position of '{titles.get(r.content_id, r.content_id)}' was "
                    f"{r.avg_position:.1f} in {period.label} against {r.prior_avg_position:.1f} in "
                    f"{prior.label}, a move of {abs(r.change):.1f} positions "
                    f"{'down' if drop else 'up'} against a usual daily movement of {noise}."
                ),
                evidence=jsonable(moves.loc[r.Index].to_dict()),
            )
        )
    for topic, g in grid.groupby("topic"):
        missing = g[g["gap"]]
        present = g[~g["gap"]]
        for r in missing.itertuples():
            have = ", ".join(f"{int(p.items)} {p.funnel_stage}" for p in present.itertuples())
            out.append(
                Finding(
                    id=f"{STAGE}:content_gap:{topic}:{r.funnel_stage}",
                    stage=STAGE,
                    kind="content_gap",
                    subject={"topic": topic, "stage": r.funnel_stage},
                    metric="items",
                    actual=0.0,
                    severity="warning" if r.funnel_stage == "decision" else "info",
                    statement=(
                        f"Topic {topic} has {have} item(s) and no {r.funnel_stage}-stage item."
                    ),
                    evidence={
                        "topic": topic,
                        "items_by_stage": dict(
                            zip(g["funnel_stage"], g["items"].astype(int), strict=True)
                        ),
                    },
                )
            )
    for r in gaps[gaps["flagged"]].itertuples() if not gaps.empty else ():
        out.append(
            Finding(
                id=f"{STAGE}:conversion_below_stage:{r.content_id}",
                stage=STAGE,
                kind="conversion_below_stage",
                subject={"content_id": r.content_id, "stage": r.funnel_stage},
                metric="cvr",
                actual=float(r.cvr),
                reference=float(r.rest_cvr),
                reference_kind="rest_of_population",
                severity="warning",
                statement=(
                    f"'{titles.get(r.content_id, r.content_id)}' drew {int(r.sessions):,} sessions "
                    f"and converted {r.cvr:.2%} of them against {r.rest_cvr:.2%} for the rest of "
                    f"the {r.funnel_stage} stage (q={r.q:.3g})."
                ),
                evidence=jsonable(gaps.loc[r.Index].to_dict()),
            )
        )
    return out


def _recommendation(f: Finding) -> dict[str, Any]:
    """One suggestion per finding, in observation language, tied to it by ``finding_id``."""
    subj = f.subject
    if f.kind == "ranking_drop":
        text = (
            f"Review what changed on {subj['content_id']} and its search results since the prior "
            f"month (content edits, internal links, competing pages); its position moved from "
            f"{_fmt(f.reference)} to {_fmt(f.actual)}."
        )
    elif f.kind == "ranking_gain":
        text = (
            f"Note what changed on {subj['content_id']} (position {_fmt(f.reference)} to "
            f"{_fmt(f.actual)}) as a candidate pattern for related items."
        )
    elif f.kind == "content_gap":
        text = (
            f"Consider a {subj['stage']}-stage item for topic {subj['topic']}; the grid has no "
            f"item in that cell."
        )
    else:
        text = (
            f"Review the offer and calls to action on {subj['content_id']}; its conversion rate "
            f"was {_fmt((f.actual or 0) * 100, 2)}% against {_fmt((f.reference or 0) * 100, 2)}% "
            f"for its stage."
        )
    return {"finding_id": f.id, "kind": f.kind, "recommendation": text}


def _charts(grid: list[dict[str, Any]], ctr: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    charts: dict[str, dict[str, Any]] = {}
    if grid:
        charts["topic_stage_grid"] = {
            "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "title": "Content by topic and funnel stage (conversions; empty cells are gaps)",
            "data": {"values": grid},
            "encoding": {
                "x": {"field": "funnel_stage", "type": "nominal", "sort": list(FUNNEL_STAGES)},
                "y": {"field": "topic", "type": "nominal"},
            },
            "layer": [
                {
                    "mark": "rect",
                    "encoding": {
                        "color": {
                            "field": "conversions",
                            "type": "quantitative",
                            "scale": {"scheme": "blues"},
                        },
                        "tooltip": [
                            {"field": "topic"},
                            {"field": "funnel_stage"},
                            {"field": "items", "type": "quantitative"},
                            {"field": "sessions", "type": "quantitative"},
                            {"field": "conversions", "type": "quantitative"},
                        ],
                    },
                },
                {
                    "mark": {"type": "text"},
                    "encoding": {"text": {"field": "items", "type": "quantitative"}},
                },
            ],
        }
    if ctr:
        charts["ctr_by_position"] = {
            "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "title": "Organic click-through by search position",
            "data": {"values": ctr},
            "mark": "bar",
            "encoding": {
                "x": {"field": "position_band", "type": "ordinal", "sort": None},
                "y": {"field": "ctr", "type": "quantitative", "axis": {"format": "%"}},
            },
        }
    return charts
