"""What a campaign under review is compared with: benchmarks, its plan and the team's history.

References from other campaigns are *mix-adjusted*: each channel of the campaign is read against
that channel's own median over the team's other campaigns (or its benchmark), weighted by the
campaign's share of the metric's denominator on that channel. Inputs are the ``benchmarks`` table
(small: read whole) and the grouped counts of every other campaign (summed in the engine).
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from debrief.metrics import references as metric_refs
from debrief.period import as_date
from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.measures import (
    AD_COUNTS,
    LEAD_COUNTS,
    METRICS,
    Scope,
    ad_counts,
    canonical_metric,
    lead_counts,
    metric_from_counts,
    revenue_source,
    with_revenue,
)
from debrief.query import plain, rows

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = [
    "MIN_HISTORY",
    "MIN_MIX_SHARE",
    "References",
    "campaign_count_table",
    "channel_counts",
    "load_references",
    "mix_weights",
]


#: A channel carrying less than this share of a metric's denominator *and* of its numerator is left
#: out of the campaign's mix (its weight goes to the others): a stray row must not make a reference
#: n/a. The numerator counts too: paid search with 1% of a flight's impressions can carry 11% of
#: its spend, and a CPM reference without it reads the flight's CPM as high.
MIN_MIX_SHARE = 0.05
#: Other campaigns a channel needs before its median is a reference (a median of one is one value).
MIN_HISTORY = 2


@dataclass(frozen=True)
class References:
    """Benchmarks (latest per metric and channel) and the team's history: other campaigns' metric
    values per channel (``by_channel``: (metric, channel) -> [(campaign, value)]) and per campaign
    (``history``: metric -> [(campaign, value)], with each campaign's channels in
    ``channel_sets``, for counts that carry no channel).

    References from other campaigns are *mix-adjusted*: each channel of this campaign is read
    against that channel's own median (or benchmark), weighted by this campaign's share of the
    metric's denominator on it. A campaign on paid search is not compared with a history of paid
    social: a CPM of 40 against a median of 6.47 measures the mix, not the audience reached."""

    benchmarks: dict[tuple[str, str | None], tuple[float, str | None]]
    history: dict[str, list[tuple[str, float]]]
    history_campaigns: tuple[str, ...] = ()
    by_channel: dict[tuple[str, str], list[tuple[str, float]]] = field(default_factory=dict)
    channel_sets: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (metric, channel, campaign) -> the count a rate in ``by_channel`` was measured on
    sizes: dict[tuple[str, str, str], float] = field(default_factory=dict)

    def benchmark(self, metric: str, channel: str | None = None) -> tuple[float, str | None] | None:
        """The benchmark for ``metric`` on ``channel``; a channel without one falls back to the
        all-channel benchmark only when asked for no channel (a campaign-level figure)."""
        return self.benchmarks.get((canonical_metric(metric), channel))

    def mixed_benchmark(
        self, metric: str, weights: dict[str, float] | None
    ) -> tuple[float, str | None] | None:
        """The all-channel benchmark of ``metric``, else each channel's benchmark weighted by
        ``weights`` (the campaign's denominator per channel); None when a channel of the mix has
        none (comparing part of a mix with its benchmark would measure the mix again)."""
        whole = self.benchmark(metric)
        if whole is not None:
            return whole
        mix = _mix(weights)
        if not mix:
            return None
        found = {ch: self.benchmark(metric, ch) for ch in mix}
        if any(b is None for b in found.values()):
            return None
        value = sum(w * found[ch][0] for ch, w in mix.items())  # type: ignore[index]
        sources = sorted({str(b[1]) for b in found.values() if b and b[1]})
        return value, ", ".join(sources) or None

    def _history_values(
        self, metric: str, weights: dict[str, float] | None, channels: tuple[str, ...]
    ) -> list[tuple[float, list[tuple[str, float]]]] | None:
        """(weight, the other campaigns' values) per channel of the mix; without per-channel
        weights (``None``: the counts carry no channel, e.g. leads without one) one entry for the
        campaigns that ran on exactly ``channels``. None when a channel has fewer than
        :data:`MIN_HISTORY` campaigns."""
        m = canonical_metric(metric)
        if weights is None:
            same = frozenset(channels)
            vals = [(c, v) for c, v in self.history.get(m, []) if self.channel_sets.get(c) == same]
            return [(1.0, vals)] if len(vals) >= MIN_HISTORY else None
        parts = [(w, self.by_channel.get((m, ch), [])) for ch, w in _mix(weights).items()]
        if not parts or any(len(vals) < MIN_HISTORY for _, vals in parts):
            return None
        return parts

    def history_reference(
        self, metric: str, weights: dict[str, float] | None, channels: tuple[str, ...] = ()
    ) -> tuple[float, int] | None:
        """The mix-adjusted median of the team's other campaigns and how many campaigns it rests
        on: each channel's median over the other campaigns on that channel (at least
        :data:`MIN_HISTORY`), weighted by ``weights`` (see :meth:`_history_values`)."""
        parts = self._history_values(metric, weights, channels)
        if parts is None:
            return None
        value = sum(w * statistics.median(v for _, v in vals) for w, vals in parts)
        return value, len({c for _, vals in parts for c, _ in vals})

    def history_band(
        self, metric: str, weights: dict[str, float] | None, channels: tuple[str, ...] = ()
    ) -> tuple[float, float] | None:
        """Where the middle 80% of the team's other campaigns lie, mix-adjusted like
        :meth:`history_reference` (each channel's 10th and 90th percentiles, weighted). A cost or
        a ratio carries no sampling interval, but the history it is read against has a spread:
        a ROAS of 7.20 among campaigns at 4.19, 8.41 and 11.18 is one of them, not below them."""
        parts = self._history_values(metric, weights, channels)
        if parts is None:
            return None
        low = sum(w * _quantile([v for _, v in vals], 0.1) for w, vals in parts)
        high = sum(w * _quantile([v for _, v in vals], 0.9) for w, vals in parts)
        return low, high

    def history_count(self, metric: str, weights: dict[str, float] | None) -> float | None:
        """The count a rate's mix-adjusted history reference is as noisy as: each channel's
        median is the middle campaign's rate (the mean of the middle two), with that campaign's
        binomial variance at its own count; the channels' variances are combined with the
        squared mix weights, and the count returned is the one a single rate equal to the
        reference would need for that variance. A median over campaigns of a few dozen SQLs is
        itself a noisy figure, and a gap to it must be larger than both noises. None for a
        metric that is not a rate, or when the counts are not known."""
        m = canonical_metric(metric)
        d = METRICS.get(m)
        if d is None or d.kind != "rate" or d.scale != 1:
            return None
        mix = _mix(weights)
        if not mix:
            return None
        value = var = 0.0
        for ch, w in mix.items():
            vals = sorted(self.by_channel.get((m, ch), []), key=lambda cv: cv[1])
            if len(vals) < MIN_HISTORY:
                return None
            k = len(vals)
            middle = vals[(k - 1) // 2 : k // 2 + 1]
            parts = []
            for cid, v in middle:
                n = self.sizes.get((m, ch, cid))
                if not n or not 0 <= v <= 1:
                    return None
                parts.append(v * (1 - v) / n)
            value += w * statistics.median(v for _, v in vals)
            var += w * w * sum(parts) / len(parts) ** 2
        if var <= 0 or not 0 < value < 1:
            return None
        return value * (1 - value) / var

    def planned_impressions(self, planned: dict[str, float]) -> tuple[float, str] | None:
        """The impressions the campaign's plan buys (``planned``: planned spend per channel) at
        each channel's reference CPM (its benchmark, else its median over the team's other
        campaigns); None without a plan or when a planned channel has no reference CPM."""
        total, kinds = 0.0, set()
        for ch, spend in planned.items():
            if not spend or spend <= 0:
                continue
            bench = self.benchmark("cpm", ch)
            vals = [v for _, v in self.by_channel.get(("cpm", ch), [])]
            if bench is not None and bench[0] > 0:
                cpm, kind = bench[0], "benchmark"
            elif len(vals) >= MIN_HISTORY:
                cpm, kind = statistics.median(vals), "median of other campaigns"
            else:
                return None
            if cpm <= 0:
                return None
            total += spend / cpm * 1000
            kinds.add(kind)
        if total <= 0:
            return None
        return total, f"planned spend at each channel's {' or '.join(sorted(kinds))} CPM"

    def history_median(self, metric: str) -> tuple[float, int] | None:
        """The plain median of the other campaigns (every mix): for context, never a verdict."""
        vals = [v for _, v in self.history.get(canonical_metric(metric)) or []]
        return (statistics.median(vals), len(vals)) if vals else None


def _quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values``, interpolated between the order statistics."""
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    i = int(pos)
    upper = ordered[min(i + 1, len(ordered) - 1)]
    return ordered[i] + (upper - ordered[i]) * (pos - i)


def _mix(weights: dict[str, float] | None) -> dict[str, float]:
    """``weights`` as shares summing to 1 (:func:`mix_weights` has left out the stray channels)."""
    pos = {ch: w for ch, w in (weights or {}).items() if ch and w and w > 0}
    total = sum(pos.values())
    return {ch: w / total for ch, w in pos.items()} if total > 0 else {}


def mix_weights(
    metric: str, by_channel: dict[str, dict[str, float | None]]
) -> dict[str, float] | None:
    """The campaign's denominator of ``metric`` on each channel (``by_channel``: channel -> its
    counts), the channels under :data:`MIN_MIX_SHARE` of both its denominator and its numerator
    left out; None when the counts of that denominator carry no channel."""
    d = METRICS.get(canonical_metric(metric))
    if d is None or d.denominator is None:
        return None
    known = _shares({ch: c.get(d.denominator) for ch, c in by_channel.items()})
    if not known:
        return None
    num = _shares({ch: c.get(d.numerator) for ch, c in by_channel.items()})
    kept = {
        ch: w for ch, w in known.items() if w >= MIN_MIX_SHARE or num.get(ch, 0.0) >= MIN_MIX_SHARE
    }
    return {ch: float(by_channel[ch][d.denominator]) for ch in kept} or None  # type: ignore[arg-type]


def _shares(values: dict[str, Any]) -> dict[str, float]:
    """Each channel's share of the positive known ``values`` (channel -> count)."""
    pos = {ch: float(v) for ch, v in values.items() if plain(v) is not None}
    pos = {ch: v for ch, v in pos.items() if ch and v > 0}
    total = sum(pos.values())
    return {ch: v / total for ch, v in pos.items()} if total > 0 else {}


def _benchmarks(ws: Workspace) -> dict[tuple[str, str | None], tuple[float, str | None]]:
    rows = sorted(metric_refs.benchmarks(ws), key=lambda b: (b.as_of is not None, b.as_of))
    # later rows (newer as_of) replace older ones
    return {(b.metric, b.channel): (b.value, b.source) for b in rows}


def campaign_count_table(
    ws: Workspace, as_of: dt.date | None, by: tuple[str, ...] = ("campaign_id",)
) -> pd.DataFrame:
    """Counts of every campaign (ad sums and lead counts), one row per ``by`` (``campaign_id``,
    or ``campaign_id`` and ``channel``: lead counts are then present only when leads carry a
    channel)."""
    ad = ad_counts(ws, Scope(as_of=as_of), by=list(by))
    ld = lead_counts(ws, Scope(as_of=as_of), by=list(by))
    ad = ad.drop(columns=[c for c in ad.columns if c == "rows"])
    if ad.empty and ld.empty:
        return pd.DataFrame(columns=[*by, *AD_COUNTS, *LEAD_COUNTS])
    if ad.empty:
        return ld
    if ld.empty:
        return ad
    return ad.merge(ld, on=list(by), how="outer")


def channel_counts(
    ws: Workspace, campaign_id: str, as_of: dt.date | None
) -> dict[str, dict[str, float | None]]:
    """The campaign's counts on each of its channels: channel -> counts (lead counts only when
    leads carry a channel)."""
    scope = Scope(campaign_id=campaign_id, as_of=as_of)
    ad = ad_counts(ws, scope, by=["channel"])
    ld = lead_counts(ws, scope, by=["channel"])
    out: dict[str, dict[str, float | None]] = {}
    for counts in (ad, ld):
        for r in counts.to_dict("records"):
            ch = plain(r.pop("channel", None))
            if ch is None:
                continue
            row = out.setdefault(str(ch), {})
            row.update({k: (None if plain(v) is None else float(v)) for k, v in r.items()})
    return {ch: with_revenue(c) for ch, c in out.items()}


def load_references(
    ws: Workspace, info: CampaignInfo, metrics: list[str], as_of: dt.date | None
) -> References:
    """Benchmarks and history for ``metrics``.

    History: the *comparable* campaigns among those that had started by ``as_of`` (the team knows
    only what has happened): campaigns whose length is within a factor of 3 of this one's (a
    six-week flight is not compared with a year-long always-on programme), when at least 3 of
    them have data; otherwise every other campaign. Each channel's median is taken over that
    pool's campaigns on the channel, or over every started campaign on it when the pool holds
    fewer than :data:`MIN_HISTORY` there: comparable campaigns on the other channels do not make
    this channel's other campaigns vanish, and one channel without a median leaves the whole
    mix without a reference. Volumes are left out of history: they scale with budget and
    duration, so another campaign's impressions say nothing about this one's.

    A metric built on revenue (ROAS, revenue per lead...) is compared only with campaigns whose
    revenue is measured the same way as this one's (:func:`revenue_source`): closed-won deals and
    the ad platforms' conversion value are different measures (a campaign whose deals have not
    closed yet reads the platforms' value), and a median mixing them measures the mix of
    definitions, not this campaign's revenue.
    """
    history: dict[str, list[tuple[str, float]]] = {}
    used: list[str] = []
    camps = rows(ws.table("campaigns").select("campaign_id", "start_date", "end_date"))
    length = (info.end - info.start).days + 1
    started: set[str] = set()
    similar: set[str] = set()
    for r in camps:
        start = as_date(r["start_date"])
        end = as_date(r["end_date"]) if r["end_date"] is not None else (as_of or start)
        if as_of is not None and start > as_of:
            continue
        started.add(str(r["campaign_id"]))
        days = (end - start).days + 1
        if length / 3 <= days <= length * 3:
            similar.add(str(r["campaign_id"]))
    table = campaign_count_table(ws, as_of)
    have = {str(r.get("campaign_id")) for r in table.to_dict("records")} - {info.campaign_id}
    pool = similar if len(similar & have - {info.campaign_id}) >= 3 else started
    rated = [m for m in metrics if (d := METRICS.get(m)) is not None and d.denominator is not None]

    def measured(c: dict[str, Any], own: str | None) -> dict[str, tuple[float, float | None]]:
        """metric -> (value, the count it is measured on); metrics built on revenue only where
        ``c``'s revenue is measured as ``own`` is (the campaign's, on the same level)."""
        alike = revenue_source(c) == own
        c = with_revenue({k: plain(v) for k, v in c.items()})
        out = {}
        for m in rated:
            if not alike and "revenue" in (METRICS[m].numerator, METRICS[m].denominator):
                continue
            x = metric_from_counts(m, c)
            if x.value is not None and math.isfinite(x.value):
                out[m] = (x.value, x.denominator)
        return out

    records = table.to_dict("records")
    own = next(
        (revenue_source(r) for r in records if str(r.get("campaign_id")) == info.campaign_id), None
    )

    def values(c: dict[str, Any]) -> dict[str, float]:
        return {m: v for m, (v, _) in measured(c, own).items()}

    for r in records:
        cid = str(r.get("campaign_id"))
        if cid == info.campaign_id or cid not in pool:
            continue
        got = values(r)
        for m, v in got.items():
            history.setdefault(m, []).append((cid, v))
        if got:
            used.append(cid)
    # every started campaign's values per channel, then per metric and channel the pool's, or
    # all of them when the pool has too few there (see the docstring)
    everyone: dict[tuple[str, str], list[tuple[str, float]]] = {}
    sizes: dict[tuple[str, str, str], float] = {}
    channel_sets: dict[str, set[str]] = {}
    per_channel = campaign_count_table(ws, as_of, ("campaign_id", "channel")).to_dict("records")
    own_on = {
        str(plain(r.get("channel"))): revenue_source(r)
        for r in per_channel
        if str(r.get("campaign_id")) == info.campaign_id
    }
    for r in per_channel:
        cid, ch = str(r.get("campaign_id")), plain(r.get("channel"))
        if ch is None or cid == info.campaign_id or cid not in started:
            continue
        if cid in pool:
            channel_sets.setdefault(cid, set()).add(str(ch))
        for m, (v, n) in measured(r, own_on.get(str(ch))).items():
            everyone.setdefault((m, str(ch)), []).append((cid, v))
            if n:
                sizes[(m, str(ch), cid)] = float(n)
    by_channel = {}
    for key, vals in everyone.items():
        pooled = [(cid, v) for cid, v in vals if cid in pool]
        by_channel[key] = pooled if len(pooled) >= MIN_HISTORY else vals
    used.extend(cid for vals in by_channel.values() for cid, _ in vals)
    return References(
        _benchmarks(ws),
        history,
        tuple(sorted(set(used))),
        by_channel,
        {cid: frozenset(chs) for cid, chs in channel_sets.items()},
        sizes,
    )
