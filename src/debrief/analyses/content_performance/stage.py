"""Stage 4 of the monthly review: content performance (the registered stage function)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.analyses.content_performance.charts import content_charts
from debrief.analyses.content_performance.conversions import assisted_conversions
from debrief.analyses.content_performance.findings import STAGE, content_findings, recommendation
from debrief.analyses.content_performance.gaps import (
    conversion_gaps,
    topic_stage_grid,
    total_or_none,
)
from debrief.analyses.content_performance.measures import (
    COUNTS,
    content_metrics,
    ctr_by_position,
    position_noise,
)
from debrief.analyses.content_performance.rankings import ranking_movements
from debrief.numbers import fmt
from debrief.query import frame
from debrief.results import StageResult, jsonable, ratio

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext


_CONTENT_COLS = ("title", "url", "type", "topic", "funnel_stage", "published_at", "promoted")


def _content_frame(ws_content: ir.Table | None) -> pd.DataFrame:
    if ws_content is None:
        return pd.DataFrame(columns=["content_id", *_CONTENT_COLS])
    present = [c for c in ("content_id", *_CONTENT_COLS) if c in ws_content.columns]
    df = frame(ws_content.select(*present))
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

    content_table = ws.optional("content")
    content = _content_frame(content_table)
    if content_table is None:
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
    moves = ranking_movements(
        position_noise(cp, prior, period),
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

    findings = content_findings(items, moves, grid, gaps, period, prior)
    recs = [recommendation(f) for f in findings]
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
        charts=content_charts(tables["grid"], tables["ctr_by_position"]),
        notes=(
            *notes,
            "Calendar view: daily results dated in the month; prior month beside.",
            f"Ranking movement: change of at least max({fmt(s.rank_z, 'number', sig=6)} × usual daily movement, "
            f"{fmt(s.min_position_change, 'number', sig=6)}) positions.",
        ),
        units={"top_content": {"change": "rate"}},
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
                "sessions": total_or_none(g, "sessions"),
                "conversions": total_or_none(g, "conversions"),
                "assisted_conversions": total_or_none(g, "assisted_conversions"),
                "prior_conversions": total_or_none(g, "prior_conversions"),
            }
        )
    return rows
