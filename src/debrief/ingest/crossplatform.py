"""Checks across an export's rows: colliding campaign ids, mixed currencies, rows not daily.

Every ad platform numbers its campaigns from its own counter, so campaign ``29`` exists on Bing
and on Google: loaded as they are, the two merge into one campaign that is "paid_search,
paid_social" and whose ratios mix both. :func:`namespace_ids` writes an id found under two
platforms as ``platform:id`` (``bing:29``) on the rows being loaded, with a warning, unless the
mapping that read them says its ids are shared (``shared_ids: true``, as in a team's own UTM
campaign names). Ids are compared with the rows already in the workspace when appending.

:func:`check_currency` refuses an ingest whose spend would mix currencies (the contract: one
currency per workspace).
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.problems import ProblemLog
from debrief.ingest.validate import ORIGIN_PART, Part, report_rows
from debrief.numbers import fmt
from debrief.workspace import Workspace

TABLE = "ad_performance"


def _existing_pairs(ws: Workspace | None, append: bool, column: str) -> pa.Table | None:
    """Distinct (column, platform) of the rows an append keeps, or None."""
    if ws is None or not append or not ws.has(TABLE):
        return None
    t = ws.con.table(TABLE)
    if column not in t.columns or "platform" not in t.columns:
        return None
    pairs = t.select(t[column].cast("string"), t.platform.cast("string")).distinct()
    return pairs.filter(pairs[column].notnull() & pairs.platform.notnull()).to_pyarrow()


def namespace_ids(
    table: pa.Table,
    parts: Sequence[Part],
    log: ProblemLog,
    ws: Workspace | None = None,
    append: bool = False,
    campaigns: pa.Array | None = None,
) -> pa.Table:
    """``table`` (combined ``ad_performance`` rows) with colliding campaign ids namespaced.

    Only rows of platform exports are renamed (contract files and ``shared_ids`` mappings carry
    the team's own ids), and never an id the ``campaigns`` table lists: that one is meant."""
    if "campaign_id" not in table.column_names or "platform" not in table.column_names:
        return table
    ids = table.column("campaign_id").combine_chunks().cast(pa.string())
    platforms = table.column("platform").combine_chunks().cast(pa.string())
    origin = table.column(ORIGIN_PART).combine_chunks()
    shared = pa.array([p.shared_ids for p in parts]).take(origin)
    own = pc.and_(pc.and_(ids.is_valid(), platforms.is_valid()), pc.invert(shared))
    pairs = pa.table({"id": ids, "platform": platforms}).filter(
        pc.and_(ids.is_valid(), platforms.is_valid())
    )
    old = _existing_pairs(ws, append, "campaign_id")
    if old is not None and old.num_rows:
        pairs = pa.concat_tables(
            [pairs, pa.table({"id": old.column(0), "platform": old.column(1)})]
        )
    counts = (
        pairs.group_by(["id", "platform"], use_threads=False)
        .aggregate([])
        .group_by("id", use_threads=False)
        .aggregate([("platform", "count")])
    )
    colliding = counts.filter(pc.greater(counts.column("platform_count"), 1)).column("id")
    if len(colliding) == 0:
        return table
    if campaigns is not None and len(campaigns):
        colliding = pc.filter(colliding, pc.invert(pc.is_in(colliding, value_set=campaigns)))
    hit = pc.and_(own, pc.fill_null(pc.is_in(ids, value_set=colliding), False))
    if not pc.any(hit).as_py():
        return table
    prefixed = pc.binary_join_element_wise(platforms, ids, ":")
    new_ids = pc.if_else(hit, prefixed, ids)
    shown = pc.binary_join_element_wise(ids, pa.scalar(" -> "), new_ids, "")
    for platform in pc.unique(platforms.filter(hit)).to_pylist():
        mask = pc.and_(hit, pc.equal(platforms, platform))
        others = sorted(
            set(
                pairs.filter(
                    pc.and_(
                        pc.is_in(pairs.column("id"), value_set=ids.filter(mask)),
                        pc.not_equal(pairs.column("platform"), platform),
                    )
                )
                .column("platform")
                .to_pylist()
            )
        )
        report_rows(
            log,
            parts,
            table,
            mask,
            "campaign_id",
            f"campaign id also used by {', '.join(others)}: written {platform}:<id> so the "
            "platforms' campaigns stay apart (use the same ids in campaigns and targets, or set "
            "shared_ids: true in the mapping if they are one id space)",
            "warning",
            shown,
        )
    i = table.column_names.index("campaign_id")
    return table.set_column(i, "campaign_id", new_ids)


def check_currency(
    table: pa.Table,
    parts: Sequence[Part],
    log: ProblemLog,
    ws: Workspace | None = None,
    append: bool = False,
) -> None:
    """An error when the rows (with the rows an append keeps) are in more than one currency."""
    if "currency" not in table.column_names:
        return
    cur = pc.utf8_upper(table.column("currency").combine_chunks().cast(pa.string()))
    seen = [c for c in pc.unique(cur).to_pylist() if c]
    kept: list[str] = []
    if ws is not None and append and ws.has(TABLE):
        t = ws.con.table(TABLE)
        if "currency" in t.columns:
            codes = t.select(code=t.currency.upper()).distinct().to_pyarrow()
            kept = [c for c in codes.column("code").to_pylist() if c]
    allc = sorted(set(seen) | set(kept))
    if len(allc) <= 1:
        return
    # List the rows whose currency is not the most common one.
    counts = pc.value_counts(cur.filter(cur.is_valid()))
    main = max(counts.to_pylist(), key=lambda d: d["counts"])["values"] if len(counts) else None
    main = kept[0] if kept and len(kept) == 1 else main
    mask = pc.fill_null(pc.not_equal(cur, main), False)
    report_rows(
        log,
        parts,
        table,
        mask,
        "currency",
        f"spend in {', '.join(allc)}: a workspace holds one currency. Load each currency into "
        "its own workspace, or convert the amounts before loading (where the export states a "
        "wrong currency, a mapping with a currency parameter takes --param currency=CODE)",
        "error",
        cur,
    )


def _per_file(
    log: ProblemLog,
    parts: Sequence[Part],
    table: pa.Table,
    mask: pa.Array,
    column: str,
    what: str,
    shown: pa.Array,
) -> None:
    """One warning line per file for a property of many rows (how many, and an example)."""
    mask = pc.fill_null(mask, False)
    origin = table.column(ORIGIN_PART).combine_chunks()
    for p in pc.unique(origin.filter(mask)).to_pylist():
        sel = pc.and_(mask, pc.equal(origin, p))
        n = int(pc.sum(sel.cast(pa.int64())).as_py() or 0)
        example = shown.filter(sel)[0].as_py()
        log.add(
            parts[p].label, column, f"{fmt(n, 'count')} row(s) {what}", "warning", [(None, example)]
        )


def period_warnings(table: pa.Table, parts: Sequence[Part], log: ProblemLog) -> None:
    """A warning for rows that are not one day: lifetime totals recorded on one day, and totals
    over a date range (``date_end``), so nobody reads them as a day's delivery."""
    cols = table.column_names
    if "date" not in cols:
        return
    dates = table.column("date").combine_chunks().cast(pa.string())
    if "grain" in cols:
        lifetime = pc.equal(table.column("grain").combine_chunks(), "lifetime")
        _per_file(
            log, parts, table, lifetime, "grain",
            "are totals over an unstated period (lifetime), recorded on one day: pacing, "
            "response curves and daily trends leave them out, and the review says so",
            dates,
        )  # fmt: skip
    if "date_end" in cols:
        span = pc.greater(table.column("date_end"), table.column("date"))
        shown = pc.binary_join_element_wise(
            dates, table.column("date_end").combine_chunks().cast(pa.string()), ".."
        )
        _per_file(
            log, parts, table, span, "date_end",
            "are totals over a date range (date..date_end), not one day: analyses read them by "
            "their range",
            shown,
        )  # fmt: skip


__all__ = ["check_currency", "namespace_ids", "period_warnings"]
