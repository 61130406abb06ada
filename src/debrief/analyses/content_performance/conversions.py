"""Last-touch and assisted conversions per content item, from touchpoints that carry a
``content_id`` (the path join runs in the engine)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ibis
import pandas as pd

from debrief.metrics.conversions import distinct_conversions
from debrief.metrics.formulas import in_period
from debrief.portable import keyed_row_number
from debrief.query import frame

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.period import Period


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
    conversions = distinct_conversions(conversions)  # a repeated id is one conversion
    w = ibis.window(group_by="user_id", order_by="ts")
    conv = conversions.select("user_id", "ts").mutate(prev_ts=conversions.ts.lag().over(w))
    conv = conv.filter(in_period(conv.ts, period))
    # A conversion is (person, its number among the person's conversions): no global numbering.
    conv = conv.mutate(conv_seq=keyed_row_number(["user_id"], ["ts"]))
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
    j = j.mutate(last_ts=j.tp_ts.max().over(ibis.window(group_by=["user_id", "conv_seq"])))
    per = (
        j.filter(j.cid.notnull())
        .group_by(["user_id", "conv_seq", "cid"])
        .aggregate(is_last=(j.tp_ts == j.last_ts).any())
    )
    df = frame(
        per.group_by("cid")
        .aggregate(
            last_touch_conversions=per.is_last.ifelse(1, 0).sum(),
            assisted_conversions=(~per.is_last).ifelse(1, 0).sum(),
        )
        .rename(content_id="cid")
    )
    df["content_id"] = df["content_id"].astype(str)
    return df[cols]
