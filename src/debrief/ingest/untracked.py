"""Measures a file carries as a column but never records are not tracked: unknown, not 0.

A conversion value that is 0 on every row is not tracked: unknown, not $0 of revenue.

Ad platforms write 0, not an empty cell, in ``conversions_value`` when the account records no value
for its conversions (Google Ads with conversion actions that carry no value, a lead-generation
account, a connector's default). Read as money, that 0 becomes "Revenue $0.00, ROAS 0, ROI -100%"
on the one-pager: a finding made of a missing measure. So, per file and per platform in it
(the channel where a row names no platform), when ``conversion_value`` is 0 or empty on every row
it is loaded as unknown (NULL, shown n/a) and the ingest says so, naming the file, the column and
why. Where some rows carry a value and others 0, the zeros are data (conversions without value
happen) and are kept. Conversions are never changed here: a 0 there is what the platform
recorded.

A lead's funnel dates (``mql_at``, ``sql_at``, ``opportunity_at``, ``won_at``, ``lost_at``) that
are empty on every lead loaded are a stage the CRM does not record (a HubSpot export carries the
property's column whether or not the team uses that lifecycle stage): counted, they would read
"0 opportunities, 0 customers". Such a column is left out of the load, so every analysis reads the
stage as absent (n/a), and the ingest says so.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.writer import present_counts
from debrief.numbers import fmt

__all__ = ["LEAD_STAGES", "untracked_stage_columns", "untracked_stages", "untracked_value"]

VALUE = "conversion_value"
#: the leads table's funnel dates
LEAD_STAGES = ("mql_at", "sql_at", "opportunity_at", "won_at", "lost_at")


def _group(table: pa.Table) -> pa.Array:
    chan = table.column("channel").combine_chunks().cast(pa.string())
    if "platform" not in table.column_names:
        return chan
    return pc.coalesce(table.column("platform").combine_chunks().cast(pa.string()), chan)


def _quantity(x: float) -> str:
    """7 conversions, or 4.42 (Google's fractional conversions)."""
    return fmt(x, "count") if float(x).is_integer() else fmt(x, "number", sig=3)


def untracked_value(table: pa.Table, label: str, notes: list[str]) -> pa.Table:
    """``table`` (one file's typed ad_performance rows) with ``conversion_value`` NULL for each
    platform whose value is 0 or empty on every row; one note per such platform."""
    if VALUE not in table.column_names or table.num_rows == 0:
        return table
    value = table.column(VALUE).combine_chunks()
    if value.null_count == len(value):
        return table
    groups = _group(table)
    zero_or_empty = pc.fill_null(pc.equal(value, 0), True)
    nonzero = pc.invert(zero_or_empty)
    with_value = set(pc.unique(pc.filter(groups, nonzero)).to_pylist())
    conv = (
        table.column("conversions").combine_chunks()
        if "conversions" in table.column_names
        else pa.nulls(table.num_rows, pa.float64())
    )
    untracked = []
    for g in pc.unique(groups).to_pylist():
        if g in with_value:
            continue
        in_g = pc.fill_null(pc.equal(groups, g), False) if g is not None else pc.is_null(groups)
        if not pc.any(pc.and_(in_g, pc.is_valid(value))).as_py():
            continue  # already unknown on every row
        untracked.append(g)
        converted = pc.sum(pc.filter(conv, in_g)).as_py() or 0
        what = g if g is not None else "rows with no channel"
        if converted > 0:
            why = (
                f"is 0 on every row of {what} while those rows record "
                f"{_quantity(converted)} conversions"
            )
        else:
            why = f"is 0 on every row of {what} (and so are its conversions)"
        notes.append(f"{label}: column {VALUE} {why}: read as not tracked (n/a), not $0 of revenue")
    if not untracked:
        return table
    mask = pc.is_in(groups, value_set=pa.array(untracked, pa.string()))
    mask = pc.fill_null(mask, None in untracked)
    cleared = pc.if_else(mask, pa.scalar(None, value.type), value)
    return table.set_column(table.column_names.index(VALUE), VALUE, cleared)


def untracked_stage_columns(
    present: Mapping[str, int], label: str, notes: list[str], keep: frozenset[str] = frozenset()
) -> list[str]:
    """The funnel-date columns with no value on any lead, given the leads' rows and present values
    per column (``present``, as :func:`~debrief.ingest.writer.present_counts` counts them, for a
    file read whole or in batches), except those in ``keep`` (columns the workspace's leads
    already carry, when the load is appended to them); one note per column."""
    if not present.get("__rows"):
        return []
    empty = [c for c in LEAD_STAGES if c in present and c not in keep and present[c] == 0]
    for c in empty:
        notes.append(
            f"{label}: column {c} is empty on every lead: read as a stage not tracked (n/a), "
            "not 0 leads reaching it"
        )
    return empty


def untracked_stages(
    table: pa.Table, label: str, notes: list[str], keep: frozenset[str] = frozenset()
) -> pa.Table:
    """``table`` (the leads of an ingest) without its untracked funnel-date columns
    (:func:`untracked_stage_columns`)."""
    empty = untracked_stage_columns(present_counts(table), label, notes, keep)
    return table.drop_columns(empty) if empty else table
