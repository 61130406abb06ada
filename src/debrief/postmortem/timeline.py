"""The shared timeline: recorded events merged with events inferred from the data.

Inputs: ``timeline_events`` of the campaign (recorded) and its daily spend, impressions and clicks
per channel (summed in the engine). Inferred events, per channel:

* ``launch`` / ``end``: the first and last day with spend > 0;
* ``pause``: a run of zero-spend days (or days with no row) between them;
* ``change`` (spend spike): a day whose spend has a robust z-score
  ``0.6745 × (x − median) / MAD`` above ``spike_z`` (Iglewicz and Hoaglin's 3.5 by default),
  computed over the channel's spending days, and at least ``spike_ratio`` (1.5) times the median
  (a near-constant series has a tiny MAD, and a 1% blip is not an event); a MAD of 0 means no
  spikes;
* ``incident`` (tracking gap): a run of days with spend > 0 but zero impressions and zero clicks.

An inferred event that repeats a recorded one is not listed twice: an inferred event of the same
kind, on the same day (UTC) and the same channel as a recorded event, or of a recorded event that
names no channel (the whole campaign), is merged into the recorded one, which keeps the team's
wording and gains ``data``: what the data shows of it ("First day with spend on display."). The
data confirms the record; it is one event.

Output: the ``timeline`` stage, table ``events`` (ts, kind, channel, description, source
``recorded``/``inferred``, data), ordered by time (recorded before inferred on the same instant),
and a Vega-Lite chart of daily spend with the events marked.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from debrief.numbers import fmt
from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.text import metric_text
from debrief.query import frame
from debrief.results import Finding, StageResult
from debrief.wording.language import assert_observational

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = [
    "daily_channel_delivery",
    "inferred_events",
    "merge_events",
    "robust_z",
    "timeline",
]


def daily_channel_delivery(
    ws: Workspace, campaign_id: str, as_of: dt.date | None = None
) -> pd.DataFrame:
    """Daily ``spend``, ``impressions``, ``clicks`` per ``channel`` of the campaign (engine sums),
    up to ``as_of``."""
    t = ws.optional("ad_performance")
    if t is None or "campaign_id" not in t.columns:
        return pd.DataFrame(columns=["date", "channel", "spend", "impressions", "clicks"])
    t = t.filter(t.campaign_id == campaign_id)
    if as_of is not None:
        t = t.filter(t.date <= as_of)
    df = frame(
        t.group_by(["channel", "date"]).aggregate(
            spend=t.spend.sum().cast("float64"),
            impressions=t.impressions.sum().cast("float64"),
            clicks=t.clicks.sum().cast("float64"),
        )
    )
    df["date"] = pd.to_datetime(df["date"]).dt.date
    return df.sort_values(["channel", "date"]).reset_index(drop=True)


def robust_z(values: np.ndarray) -> np.ndarray:
    """``0.6745 × (x − median) / MAD``; all zeros when the MAD is 0 (no spread to measure)."""
    med = float(np.median(values))
    mad = float(np.median(np.abs(values - med)))
    if mad == 0:
        return np.zeros_like(values, dtype=float)
    return 0.6745 * (values - med) / mad


def _runs(days: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive-day runs of a sorted list of dates."""
    runs: list[tuple[dt.date, dt.date]] = []
    for d in days:
        if runs and (d - runs[-1][1]).days == 1:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return runs


def _span(a: dt.date, b: dt.date) -> str:
    return a.isoformat() if a == b else f"{a.isoformat()} to {b.isoformat()}"


def inferred_events(
    daily: pd.DataFrame, spike_z: float = 3.5, spike_ratio: float = 1.5, currency: str = "USD"
) -> list[dict[str, Any]]:
    """Events inferred from one campaign's daily delivery (see the module docstring)."""
    events: list[dict[str, Any]] = []

    def add(day: dt.date, kind: str, channel: str, text: str, **evidence: Any) -> None:
        ts = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
        events.append(
            {
                "ts": ts,
                "kind": kind,
                "channel": channel,
                "description": text,
                "source": "inferred",
                **({"evidence": evidence} if evidence else {}),
            }
        )

    for channel, g in daily.groupby("channel", sort=True):
        channel = str(channel)
        spend_by_day = dict(zip(g["date"], g["spend"], strict=True))
        spending = sorted(d for d, s in spend_by_day.items() if s > 0)
        if not spending:
            continue
        first, last = spending[0], spending[-1]
        add(first, "launch", channel, f"First day with spend on {channel}.")
        all_days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        zero = [d for d in all_days if spend_by_day.get(d, 0.0) <= 0]
        for a, b in _runs(zero):
            n = (b - a).days + 1
            add(
                a,
                "pause",
                channel,
                f"No spend on {channel} for {n} day{'s' if n > 1 else ''} ({_span(a, b)}).",
                days=n,
            )
        values = np.array([spend_by_day[d] for d in spending], dtype=float)
        z = robust_z(values)
        med = float(np.median(values))
        for d, v, zi in zip(spending, values, z, strict=True):
            if zi > spike_z and v > spike_ratio * med:
                add(
                    d,
                    "change",
                    channel,
                    f"Spend on {channel} was {metric_text('spend', v, currency)} on {d.isoformat()}, "
                    f"against a daily median of {metric_text('spend', med, currency)} "
                    f"(robust z-score {fmt(zi, 'number', places=1)}).",
                    spend=v,
                    median=med,
                    z=float(zi),
                )
        gi = g.set_index("date")
        gap_days = [d for d in spending if gi.at[d, "impressions"] == 0 and gi.at[d, "clicks"] == 0]
        for a, b in _runs(gap_days):
            amount = float(sum(spend_by_day[d] for d in spending if a <= d <= b))
            add(
                a,
                "incident",
                channel,
                f"Tracking gap on {channel}: spend of {metric_text('spend', amount, currency)} with no "
                f"impressions or clicks "
                f"recorded ({_span(a, b)}).",
                spend=amount,
                days=(b - a).days + 1,
            )
        add(last, "end", channel, f"Last day with spend on {channel}.")
    return events


def _recorded(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    t = ws.optional("timeline_events")
    if t is None:
        return []
    df = frame(t.filter(t.campaign_id == campaign_id))
    out = []
    for r in df.to_dict("records"):
        ts = pd.Timestamp(r["ts"])
        ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
        ch = r.get("channel")
        out.append(
            {
                "ts": ts.to_pydatetime(),
                "kind": str(r["kind"]),
                "channel": None if ch is None or pd.isna(ch) else str(ch),
                "description": str(r["description"]),
                "source": "recorded",
            }
        )
    return out


def _same_event(rec: dict[str, Any], inf: dict[str, Any]) -> bool:
    """Whether inferred event ``inf`` is recorded event ``rec`` seen in the data: same kind, same
    day (UTC), same channel or a recorded event of the whole campaign (no channel)."""
    return (
        rec["kind"] == inf["kind"]
        and rec["ts"].astimezone(dt.UTC).date() == inf["ts"].date()
        and rec["channel"] in (None, inf["channel"])
    )


def _shows(found: list[dict[str, Any]]) -> str:
    """What the data shows of one recorded event: launches and ends named once for all their
    channels, other events in their own words."""
    if all(e["kind"] in ("launch", "end") for e in found):
        kinds = {e["kind"] for e in found}
        if len(kinds) == 1:
            which = "First" if "launch" in kinds else "Last"
            return f"{which} day with spend on {_and(sorted(e['channel'] for e in found))}."
    return " ".join(e["description"] for e in found)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def merge_events(
    recorded: list[dict[str, Any]], inferred: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One list of events: each inferred event that repeats a recorded one (see
    :func:`_same_event`) is folded into the first such recorded event, whose ``data`` says what
    the data shows of it; the other inferred events follow as they are. Ordered by time, recorded
    before inferred on the same instant."""
    merged = [{**r, "data": None} for r in recorded]
    found: dict[int, list[dict[str, Any]]] = {}
    rest = []
    for e in inferred:
        i = next((i for i, r in enumerate(merged) if _same_event(r, e)), None)
        if i is None:
            rest.append({**e, "data": None})
        else:
            found.setdefault(i, []).append(e)
    for i, shown in found.items():
        merged[i]["data"] = _shows(shown)
    events = merged + rest
    order = {"recorded": 0, "inferred": 1}
    events.sort(key=lambda e: (e["ts"], order[e["source"]], e["channel"] or ""))
    return events


def _chart(daily: pd.DataFrame, events: list[dict[str, Any]]) -> dict[str, Any]:
    spend = [
        {"date": d.isoformat(), "channel": c, "spend": float(s)}
        for d, c, s in zip(daily["date"], daily["channel"], daily["spend"], strict=True)
    ]
    marks = [
        {
            "date": e["ts"].date().isoformat(),
            "kind": e["kind"],
            "source": e["source"],
            "description": e["description"],
        }
        for e in events
        if e["kind"] not in ("launch", "end") or e["source"] == "recorded"
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": "Daily spend by channel, with events",
        "layer": [
            {
                "data": {"values": spend},
                "mark": "line",
                "encoding": {
                    "x": {"field": "date", "type": "temporal"},
                    "y": {"field": "spend", "type": "quantitative", "title": "spend"},
                    "color": {"field": "channel", "type": "nominal"},
                },
            },
            {
                "data": {"values": marks},
                "mark": {"type": "rule", "strokeDash": [4, 3]},
                "encoding": {
                    "x": {"field": "date", "type": "temporal"},
                    "tooltip": [{"field": "kind"}, {"field": "description"}],
                },
            },
        ],
    }


def timeline(
    ws: Workspace,
    info: CampaignInfo,
    spike_z: float = 3.5,
    spike_ratio: float = 1.5,
    as_of: dt.date | None = None,
    currency: str = "USD",
) -> StageResult:
    """The ``timeline`` stage: one ordered list of recorded and inferred events (data up to
    ``as_of``; recorded events are kept whatever their date, they are the team's record)."""
    daily = daily_channel_delivery(ws, info.campaign_id, as_of)
    inferred = inferred_events(daily, spike_z, spike_ratio, currency)
    assert_observational(e["description"] for e in inferred)
    recorded = _recorded(ws, info.campaign_id)
    events = merge_events(recorded, inferred)
    confirmed = sum(e["data"] is not None for e in events)
    read = sum(e["source"] == "inferred" for e in events)
    findings = [
        Finding(
            id=f"timeline.gap.{i + 1}",
            stage="timeline",
            kind="tracking_gap",
            statement=e["description"],
            subject={
                "campaign_id": info.campaign_id,
                "channel": e["channel"],
                "dates": [e["ts"].date().isoformat()],
            },
            metric="impressions",
            actual=0.0,
            severity="warning",
            evidence=e.get("evidence", {}),
        )
        for i, e in enumerate(x for x in inferred if x["kind"] == "incident")
    ]
    table = [
        {k: e[k] for k in ("ts", "kind", "channel", "description", "source", "data")}
        for e in events
    ]
    return StageResult(
        stage="timeline",
        tables={"events": table},
        findings=tuple(findings),
        charts={"timeline": _chart(daily, events)} if len(daily) else {},
        notes=(
            f"{len(recorded)} recorded events"
            + (f", {confirmed} of them also seen in the data" if confirmed else "")
            + (f", and {read} more read from the data." if read else "."),
        ),
    )
