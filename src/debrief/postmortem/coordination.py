"""What the channel targets implied against the campaign's goal (the ``coordination`` diagnosis).

A coordination shortfall is a campaign whose channel-level targets were all met while it fell
short of its campaign-level goal at pipeline or revenue. The number the room needs is how far
apart the plans were before launch: what the channel targets, met exactly, would have produced.

For the campaign-level goal metric ``M`` (a funnel volume: leads, MQLs, SQLs, opportunities,
customers) and each channel with a target on a funnel volume ``V`` upstream of ``M`` (the nearest
one, e.g. leads for an opportunities goal):

    implied(channel) = target(channel, V) × rate(channel, V → M)

where the rate is the channel's median over the team's other campaigns on it (at least
:data:`~debrief.postmortem.references.MIN_HISTORY`), else the channel's benchmark, else the
all-channel benchmark. A channel whose target is on ``M`` itself implies that target. The channel
targets together imply the sum, set against the goal.

Unknown is not zero: a channel with a target and no rate to carry it to ``M`` makes the sum n/a
(None), and the statement names the channel and the missing rate. A goal in money (revenue,
pipeline value) is n/a too: the contract carries no value for open opportunities. Channels with
no volume target plan nothing toward the goal and are named.
"""

from __future__ import annotations

import statistics
from typing import Any

from debrief.postmortem.references import MIN_HISTORY, References
from debrief.postmortem.text import label, metric_text

__all__ = ["VOLUMES", "implied_goal"]

#: Funnel volumes in order, and the rate that carries each earlier one to each later one.
VOLUMES: tuple[str, ...] = ("leads", "mqls", "sqls", "opportunities", "won")
_RATES: dict[tuple[str, str], str] = {
    ("leads", "mqls"): "lead_to_mql",
    ("leads", "sqls"): "lead_to_sql",
    ("leads", "opportunities"): "lead_to_opportunity",
    ("mqls", "sqls"): "mql_to_sql",
    ("sqls", "opportunities"): "sql_to_opportunity",
    ("opportunities", "won"): "opportunity_to_won",
}
_ALIASES = {"customers": "won"}


def _path(v: str, m: str) -> list[str]:
    """The rates that carry volume ``v`` to the later volume ``m``, each step as far as one rate
    of the catalogue goes (leads -> opportunities -> won: lead-to-opportunity, then
    opportunity-to-won)."""
    out = []
    while v != m:
        b = max(
            (b for a, b in _RATES if a == v and VOLUMES.index(b) <= VOLUMES.index(m)),
            key=VOLUMES.index,
        )
        out.append(_RATES[(v, b)])
        v = b
    return out


def _rate(refs: References, metric: str, channel: str) -> tuple[float, str, int] | None:
    """The channel's rate: its median over the other campaigns on it, else its benchmark, else
    the all-channel benchmark (value, source, campaigns behind it)."""
    vals = [v for _, v in refs.by_channel.get((metric, channel), [])]
    if len(vals) >= MIN_HISTORY:
        return statistics.median(vals), "median of the team's other campaigns", len(vals)
    for ch in (channel, None):
        bench = refs.benchmark(metric, ch)
        if bench is not None:
            return bench[0], "benchmark", 0
    return None


def implied_goal(
    goal_metric: str,
    goal: float | None,
    criteria: list[dict[str, Any]],
    refs: References,
    channels: tuple[str, ...] = (),
    currency: str = "USD",
) -> tuple[list[dict[str, Any]], float | None, str]:
    """(rows per channel, the implied total or None, a sentence). ``criteria``: the success
    criteria rows (``channel`` set for channel-level targets)."""
    m = _ALIASES.get(goal_metric, goal_metric)
    what = label(goal_metric)
    if m not in VOLUMES:
        return (
            [],
            None,
            f"What the channel targets imply in {what} is n/a: the data carries no value for "
            "open opportunities to carry a volume target to a money goal.",
        )
    upstream = VOLUMES[: VOLUMES.index(m) + 1]
    by_channel: dict[str, dict[str, float]] = {}
    for r in criteria:
        v = _ALIASES.get(r["metric"], r["metric"])
        if r["channel"] and v in upstream and r.get("target") is not None:
            by_channel.setdefault(str(r["channel"]), {})[v] = float(r["target"])
    rows: list[dict[str, Any]] = []
    unknown: list[str] = []
    for ch in sorted(by_channel):
        # the nearest volume upstream of the goal (the goal itself first)
        v = max(by_channel[ch], key=upstream.index)
        row: dict[str, Any] = {"channel": ch, "volume": v, "target": by_channel[ch][v]}
        if v == m:
            row.update(rate_metric=None, rate=1.0, rate_source="the channel's own target")
        else:
            rate: float | None = 1.0
            sources: list[str] = []
            n = 0
            for step in _path(v, m):
                found = _rate(refs, step, ch)
                if found is None:
                    rate = None
                    unknown.append(f"{label(step)} on {ch}")
                    break
                rate = (rate or 0.0) * found[0]
                sources.append(found[1])
                n = max(n, found[2])
            row.update(
                rate_metric=" × ".join(label(x) for x in _path(v, m)),
                rate=rate,
                rate_source=", ".join(dict.fromkeys(sources)) or None,
                campaigns=n or None,
            )
        row["implied"] = row["target"] * row["rate"] if row["rate"] is not None else None
        rows.append(row)
    without = sorted(set(channels) - set(by_channel))
    if not rows:
        return [], None, f"No channel had a target that carries to {what}, so n/a."
    known = [r for r in rows if r["implied"] is not None]
    if unknown:
        text = (
            f"What the channel targets imply in {what} is n/a: no {'; no '.join(unknown)} from "
            f"at least {MIN_HISTORY} of the team's other campaigns or a benchmark"
        )
        if known:
            text += (
                f"; the targets of {', '.join(r['channel'] for r in known)} alone imply "
                f"{metric_text(goal_metric, sum(r['implied'] for r in known), currency)} {what}"
            )
        if goal is not None:
            text += f", against a campaign target of {metric_text(goal_metric, goal, currency)}"
        return rows, None, text + "."
    total = sum(r["implied"] for r in rows)
    kinds = {r["volume"] for r in rows}
    vol = label(next(iter(kinds))) if len(kinds) == 1 else "volume"
    rates = {r["rate_metric"] for r in rows if r["rate_metric"]}
    how = f" at each channel's {next(iter(rates))}" if len(rates) == 1 else ""
    text = (
        f"The channel targets for {vol} together imply "
        f"{metric_text(goal_metric, total, currency)} {what}{how}"
    )
    if goal is not None:
        text += f", against a campaign target of {metric_text(goal_metric, goal, currency)}"
    if without:
        text += f"; {', '.join(without)} had no target toward it"
    return rows, total, text + "."
