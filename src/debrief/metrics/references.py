"""The one reader of the ``targets`` and ``benchmarks`` tables.

Every stage and the post-mortem read their references here: each row with its metric resolved to
its catalogue name (:func:`debrief.metrics.catalogue.canonical`, so a target written
``cost_per_lead`` or ``sql_rate`` is the catalogue's ``cpl`` or ``mql_to_sql`` everywhere), its
direction resolved (the team's, else the catalogue's), its channel in the contract's spelling and
blank ids as None. Each reader then keeps the rows of its scope (a month, a campaign, a channel).
:func:`unknown_metrics` names the metrics the catalogue does not know, for the data-quality checks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from debrief.metrics.catalogue import canonical, direction, is_known
from debrief.period import as_date
from debrief.query import rows
from debrief.schema import normalise_channel

if TYPE_CHECKING:
    from debrief.workspace import Workspace

__all__ = ["Benchmark", "Target", "benchmarks", "targets", "unknown_metrics"]


@dataclass(frozen=True)
class Target:
    """A row of ``targets``: ``metric`` (catalogue name), ``name`` (as written), ``target``,
    ``direction`` (``min``: at least, ``max``: at most), ``channel``, ``campaign_id`` and
    ``month`` (``YYYY-MM``; None for a campaign's pre-launch target)."""

    metric: str
    name: str
    target: float
    direction: str
    channel: str | None = None
    campaign_id: str | None = None
    month: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Benchmark:
    """A row of ``benchmarks``: ``metric`` (catalogue name), ``name`` (as written), ``value``,
    ``channel``, ``source`` and ``as_of`` (the date it was published; None when unknown)."""

    metric: str
    name: str
    value: float
    channel: str | None = None
    source: str | None = None
    as_of: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _text(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def targets(ws: Workspace) -> list[Target]:
    """Every row of ``targets`` with a target value, in table order (none without the table)."""
    t = ws.optional("targets")
    if t is None:
        return []
    out = []
    for r in rows(t):
        if r.get("target") is None or _text(r.get("metric")) is None:
            continue
        metric = canonical(r["metric"])
        out.append(
            Target(
                metric=metric,
                name=str(r["metric"]),
                target=float(r["target"]),
                direction=direction(metric, _text(r.get("direction"))),
                channel=normalise_channel(_text(r.get("channel"))),
                campaign_id=_text(r.get("campaign_id")),
                month=_text(r.get("month")),
            )
        )
    return out


def benchmarks(ws: Workspace) -> list[Benchmark]:
    """Every row of ``benchmarks`` with a value, in table order (none without the table)."""
    t = ws.optional("benchmarks")
    if t is None:
        return []
    out = []
    for r in rows(t):
        if r.get("value") is None or _text(r.get("metric")) is None:
            continue
        out.append(
            Benchmark(
                metric=canonical(r["metric"]),
                name=str(r["metric"]),
                value=float(r["value"]),
                channel=normalise_channel(_text(r.get("channel"))),
                source=_text(r.get("source")),
                as_of=as_date(r.get("as_of")),
            )
        )
    return out


def unknown_metrics(ws: Workspace) -> dict[str, list[str]]:
    """``{table: [metric names as written]}`` of the targets' and benchmarks' metrics that the
    catalogue does not know (they are compared with nothing)."""
    out: dict[str, list[str]] = {}
    for table, found in (("targets", targets(ws)), ("benchmarks", benchmarks(ws))):
        names = sorted({r.name for r in found if not is_known(r.metric)})
        if names:
            out[table] = names
    return out
