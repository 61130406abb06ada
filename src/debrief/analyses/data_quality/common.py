"""Helpers every data-quality check shares: the finding, date runs and spans, example rows, the
period filter, money in sentences."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from debrief.metrics.formulas import in_period as metric_in_period
from debrief.numbers import fmt
from debrief.query import frame
from debrief.results import Finding, jsonable

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext

STAGE = "data_quality"
#: Example rows kept in a finding's evidence.
EXAMPLES = 5


def finding(
    kind: str,
    key: str,
    statement: str,
    *,
    subject: dict[str, Any],
    evidence: dict[str, Any],
    touches: str,
    metric: str | None = None,
    actual: float | None = None,
    severity: str = "warning",
) -> Finding:
    """A data-quality finding; ``touches`` names the figures the problem affects."""
    return Finding(
        id=f"{STAGE}-{kind}-{key}",
        stage=STAGE,
        kind=kind,
        statement=f"{statement}; this touches {touches}.",
        subject=jsonable(subject),
        metric=metric,
        actual=actual,
        severity=severity,  # type: ignore[arg-type]
        evidence=jsonable({**evidence, "touches": touches}),
    )


def runs(days: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive runs ``[(first, last), ...]`` of a list of dates."""
    out: list[tuple[dt.date, dt.date]] = []
    for d in sorted(set(days)):
        if out and d - out[-1][1] == dt.timedelta(days=1):
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return out


def span(first: dt.date, last: dt.date) -> str:
    """``2026-10-14`` or ``2026-10-14 to 2026-10-16 (3 days)``."""
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()} to {last.isoformat()} ({(last - first).days + 1} days)"


def examples(expr: ir.Table, order: list[str]) -> list[dict[str, Any]]:
    """A few rows of ``expr`` as plain dicts, in a stable order."""
    df = frame(expr.order_by(order).limit(EXAMPLES))
    return [jsonable(r) for r in df.to_dict("records")]


def in_period(t: ir.Table, col: str, ctx: StageContext) -> ir.Table:
    """Rows of ``t`` whose date or timestamp column ``col`` falls in the review period (UTC), by
    the shared :func:`debrief.metrics.formulas.in_period`."""
    return t.filter(metric_in_period(t[col], ctx.period))


def money(x: float, ctx: StageContext) -> str:
    return fmt(x, "money", currency=ctx.settings.currency)


def ads_in_period(ctx: StageContext) -> ir.Table | None:
    """``ad_performance`` rows in the review period, None when the table is absent."""
    t = ctx.workspace.optional("ad_performance")
    return None if t is None else in_period(t, "date", ctx)
