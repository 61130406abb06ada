"""Conversion paths built in the engine (Ibis) from ``touchpoints`` and ``conversions``.

Rules (docs/stages/attribution.md explains why):

* A conversion in the period credits its person's touches with ``conv.ts - lookback < touch.ts <=
  conv.ts`` and ``touch.ts > previous conversion ts`` (the previous conversion of that person at any
  time). Touches within the same second are ordered by channel code so the result is
  deterministic.
* A null path is what a person touched in the period after their last conversion in the period (all
  their touches in the period when they did not convert).
* Each conversion id counts once (:func:`debrief.metrics.conversions.distinct_conversions`: a
  repeat sent by the tracking is dropped, ``Journeys.collapsed`` says how many rows of the period).
* Conversions in the period with no touch in their window are counted as ``unattributed``.

Only aggregates come back to Python: one row per (path, time-to-conversion bucket) for converting
journeys, one per path for null journeys, one per channel for time decay, and the period totals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import ibis
import numpy as np
import pandas as pd

from debrief.analyses.attribution.pathset import PathSet, pathset_from_codes
from debrief.metrics.conversions import distinct_conversions
from debrief.period import Period
from debrief.portable import epoch_seconds, keyed_row_number
from debrief.query import arrow, value

if TYPE_CHECKING:
    import ibis.expr.types as ir

#: The columns identifying one conversion among the credited touches.
CONVERSION = ["cuser", "cseq"]

#: Time-to-conversion buckets in days: (label, lower bound inclusive), upper = next lower bound.
TTC_BUCKETS: tuple[tuple[str, float], ...] = (
    ("<1 day", 0.0),
    ("1-2 days", 1.0),
    ("3-6 days", 3.0),
    ("7-13 days", 7.0),
    ("14-29 days", 14.0),
    ("30+ days", 30.0),
)


@dataclass(frozen=True)
class Journeys:
    """Everything the attribution stage needs from one period, already aggregated.

    ``time_decay`` maps channel -> (conversions, value) credited by the time-decay model;
    ``ttc`` maps bucket label -> conversions; ``ttc_mean_days`` is exact (sum of days / conversions)
    and None without conversions. ``unattributed`` is (conversions, value) of conversions with no
    touch in their window; ``total`` is (conversions, value) of every conversion in the period.
    """

    paths: PathSet
    time_decay: dict[str, tuple[float, float]] = field(default_factory=dict)
    ttc: dict[str, float] = field(default_factory=dict)
    ttc_mean_days: float | None = None
    unattributed: tuple[float, float] = (0.0, 0.0)
    total: tuple[float, float] = (0.0, 0.0)
    #: rows of the period that repeat a conversion id already counted (counted once)
    collapsed: int = 0


def ts_bounds(period: Period, t: ir.Table) -> tuple[ir.Value, ir.Value]:
    """``[start 00:00, end + 1 day 00:00)`` in ``t.ts``'s own type, UTC when it has a time zone
    (as :func:`debrief.metrics.formulas.in_period`), whatever the session's time zone."""
    typ = t.ts.type()
    tz = dt.UTC if typ.timezone else None
    start = dt.datetime.combine(period.start, dt.time(), tzinfo=tz)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return ibis.literal(start, type=typ), ibis.literal(end, type=typ)


def _seconds(ts: ir.TimestampValue) -> ir.NumericValue:
    return epoch_seconds(ts)


def build_journeys(
    touchpoints: ir.Table,
    conversions: ir.Table,
    period: Period,
    lookback_days: int = 30,
    half_life_days: float = 7.0,
) -> Journeys:
    """Aggregated paths of ``period`` (see module docstring). Half-life is in days."""
    if lookback_days <= 0:
        raise ValueError("lookback_days must be positive")
    start, end = ts_bounds(period, touchpoints)
    lookback = ibis.interval(days=lookback_days)
    # Only touches that a conversion of the period can credit, or that form a null journey of
    # the period, are ever read: on a year of data this skips most of the table.
    tp = touchpoints.filter(
        touchpoints.user_id.notnull(),  # a missing person would pool everyone's touches
        touchpoints.channel.notnull(),
        touchpoints.ts >= start - lookback,
        touchpoints.ts < end,
    )
    channels = sorted(str(c) for c in arrow(tp.select("channel").distinct()).column(0).to_pylist())
    codes = {ch: i for i, ch in enumerate(channels)}
    base = 1 << max(len(channels), 1).bit_length()  # a power of two above every code

    tp = tp.select("user_id", "ts", "channel")
    has_value = "value" in conversions.columns
    raw = conversions.filter(conversions.ts >= start, conversions.ts < end).count()
    conversions = distinct_conversions(conversions)
    conv = conversions.filter(conversions.ts < end)
    conv = conv.select(
        user_id=conv.user_id,
        ts=conv.ts,
        value=(conv.value.cast("float64") if has_value else ibis.literal(0.0)).fill_null(0.0),
    )
    conv = numbered_conversions(conv, start)

    totals = arrow(conv.aggregate(n=conv.count(), v=conv.value.sum())).to_pylist()[0]
    total = (float(totals["n"] or 0), float(totals["v"] or 0.0))

    j = credited_touches(tp, conv, lookback).select(
        cuser=conv.user_id,
        cseq=conv.seq,
        code=_code(tp.channel, codes),
        ts=tp.ts,
        value=conv.value,
        age=(_seconds(conv.ts) - _seconds(tp.ts)) / 86400.0,
    )
    # The credited touches are few (converting people only) and read twice: materialise once.
    with j.cache() as jc:
        conv_paths = _converting_paths(jc, base)
        time_decay = _time_decay(jc, channels, half_life_days)

    # Null journeys: touches in the period after the person's last conversion in the period.
    last = conv.group_by(conv.user_id).aggregate(last_ts=conv.ts.max())
    tin = tp.filter(tp.ts >= start, tp.ts < end)
    nj = tin.left_join(last, tin.user_id == last.user_id)
    nj = nj.filter(nj.last_ts.isnull() | (nj.ts > nj.last_ts))
    nj = nj.mutate(code=_code(nj.channel, codes))
    null_paths = arrow(
        nj.group_by(nj.user_id)
        .aggregate(path=_ordered_path(nj, base))
        .group_by("path")
        .aggregate(nulls=ibis._.count())
    ).to_pandas()
    journeys = _assemble(channels, conv_paths, null_paths, time_decay, total)
    collapsed = int(value(raw) or 0) - int(total[0])
    return dataclasses.replace(journeys, collapsed=max(collapsed, 0))


def numbered_conversions(conversions: ir.Table, start: ir.Value) -> ir.Table:
    """The conversions from ``start`` on (``conversions`` ends where the caller's window does),
    each numbered among its person's conversions (``seq``: a conversion is ``(user_id, seq)``, no
    global numbering) and with the time of its person's previous conversion (``prev_ts``, which
    may lie before ``start``): what :func:`credited_touches` joins on."""
    w = ibis.window(group_by=conversions.user_id, order_by=[conversions.ts])
    conv = conversions.mutate(
        prev_ts=conversions.ts.lag().over(w), seq=keyed_row_number(["user_id"], ["ts"])
    )
    return conv.filter(conv.ts >= start)


def credited_touches(touches: ir.Table, conv: ir.Table, lookback: ir.IntervalValue) -> ir.Table:
    """Each conversion of ``conv`` (from :func:`numbered_conversions`) joined to the touches it
    credits: its person's touches within ``lookback`` before it and after their previous
    conversion. The one definition of a journey, shared by the paths and the journey trends."""
    return touches.join(
        conv,
        [
            touches.user_id == conv.user_id,
            touches.ts <= conv.ts,
            touches.ts > conv.ts - lookback,
            conv.prev_ts.isnull() | (touches.ts > conv.prev_ts),
        ],
    )


def _code(channel: ir.StringValue, codes: dict[str, int]) -> ir.IntegerValue:
    """The channel as a small integer, computed after the joins and filters so only the rows
    that are kept pay for it (no channel in the window: every row is filtered out anyway)."""
    expr = channel.substitute(codes, else_=-1) if codes else ibis.literal(-1)
    return expr.cast("int64")


def _converting_paths(j: ir.Table, base: int) -> pd.DataFrame:
    """(path, bucket) -> conversions, value, summed days, for the credited touches ``j``."""
    per_conv = j.group_by(CONVERSION).aggregate(
        path=_ordered_path(j, base),
        value=j.value.max(),
        days=j.age.max(),
    )
    return arrow(
        per_conv.mutate(bucket=_bucket_expr(per_conv.days))
        .group_by(["path", "bucket"])
        .aggregate(conversions=ibis._.count(), value=ibis._.value.sum(), days=ibis._.days.sum())
    ).to_pandas()


def _time_decay(
    j: ir.Table, channels: list[str], half_life_days: float
) -> dict[str, tuple[float, float]]:
    """Channel -> (conversions, value) under time decay; per-touch ages stay in the engine."""
    decay = math.log(2.0) / half_life_days
    jw = j.mutate(wt=(-decay * j.age).exp())
    per_cc = jw.group_by([*CONVERSION, "code"]).aggregate(wt=jw.wt.sum(), value=jw.value.max())
    per_cc = per_cc.mutate(share=per_cc.wt / per_cc.wt.sum().over(group_by=CONVERSION))
    td = arrow(
        per_cc.group_by(per_cc.code).aggregate(
            conversions=per_cc.share.sum(), value=(per_cc.share * per_cc.value).sum()
        )
    ).to_pylist()
    return {channels[r["code"]]: (float(r["conversions"]), float(r["value"])) for r in td}


def _ordered_path(t: ir.Table, base: int) -> ir.StringValue:
    """The touches' channel codes in time order as one string, e.g. ``"3 0 3"``.

    Each touch becomes one integer ``epoch_seconds * base + code`` (``base`` > every code), the
    integers are collected and sorted, and the codes are read back with ``% base``. This was chosen
    over an ordered ``group_concat`` (whose result is then slow to group by) and over sorting
    (ts, code) structs as the faster on DuckDB when it was written; no bench script repeats that
    comparison. Touches within the same second are therefore ordered by channel code.
    """
    key = epoch_seconds(t.ts).cast("int64") * base + t.code
    return key.collect().sort().map(lambda k: (k % base).cast("string")).join(" ")


def _bucket_expr(days: ir.NumericValue) -> ir.StringValue:
    cases = []
    for i, (label, lo) in enumerate(TTC_BUCKETS):
        hi = TTC_BUCKETS[i + 1][1] if i + 1 < len(TTC_BUCKETS) else None
        cond = days >= lo if hi is None else (days >= lo) & (days < hi)
        cases.append((cond, label))
    return ibis.cases(*cases, else_=TTC_BUCKETS[0][0])


def _assemble(
    channels: list[str],
    conv_paths: pd.DataFrame,
    null_paths: pd.DataFrame,
    time_decay: dict[str, tuple[float, float]],
    total: tuple[float, float],
) -> Journeys:

    ttc = {label: 0.0 for label, _ in TTC_BUCKETS}
    for label, n in conv_paths.groupby("bucket")["conversions"].sum().items():
        ttc[str(label)] = float(n)
    n_conv = float(conv_paths["conversions"].sum())
    mean_days = float(conv_paths["days"].sum()) / n_conv if n_conv else None
    cp = conv_paths.groupby("path", sort=False)[["conversions", "value"]].sum()
    np_ = null_paths.set_index("path")["nulls"]
    allp = pd.concat([cp, np_.rename("nulls")], axis=1).fillna(0.0)
    allp = allp.sort_index()  # deterministic order whatever the engine returned
    paths = pathset_from_codes(
        channels,
        allp.index.to_numpy(dtype=object),
        allp["conversions"].to_numpy(dtype=np.float64),
        allp["value"].to_numpy(dtype=np.float64),
        allp["nulls"].to_numpy(dtype=np.float64),
    )
    attributed = (paths.total_conversions, paths.total_value)
    unattributed = (max(total[0] - attributed[0], 0.0), max(total[1] - attributed[1], 0.0))
    return Journeys(
        paths=paths,
        time_decay=time_decay,
        ttc=ttc,
        ttc_mean_days=mean_days,
        unattributed=unattributed,
        total=total,
    )
