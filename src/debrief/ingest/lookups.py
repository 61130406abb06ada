"""Lookups: columns from another file of an export, added to a mapping source's rows by key.

A connector writes names and measures in separate tables: ``campaign_stats`` has ids and spend,
``campaign_history`` one row per campaign *version* with its name, ``basic_ad_actions`` one row
per ad, day and action type. A :class:`~debrief.ingest.mapping.Lookup` says how such a file is
joined: which columns match (``keys``), which version counts (``latest``: the newest), which rows
count (``where``: action types), whether values are added up per key (``sum``, ``min``) and what a
row without a match gets (``default``: 0 conversions for an ad-day the actions table has no row
for, because the connector writes none; but no default when the actions table itself is absent,
so conversions stay unknown).

Everything is Arrow compute and one hash join per lookup; keys compare as trimmed text, so an id
written ``6215762744671`` in one table and read as a number in another still matches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fnmatch import fnmatchcase

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.convert import text, to_number
from debrief.ingest.mapping import Lookup
from debrief.ingest.problems import ProblemLog
from debrief.ingest.sniff import fold

_ROW = "__debrief_lookup_row"
#: The files of the lookup at a position (source lookups (j,), nested ones (j, k)...).
FilesOf = Callable[[tuple[int, ...]], Sequence[tuple[pa.Table, str]]]


def resolve(names: Sequence[str], name: str) -> str | None:
    """The header name ``name`` means: itself, else the one equal case-insensitively, else (for a
    pattern with ``*``, ``Amount spent (*)``) the first one it matches; None if none."""
    if name in names:
        return name
    want = fold(name)
    hits = [c for c in names if fold(c) == want]
    if len(hits) == 1:
        return hits[0]
    if "*" in name or "?" in name:
        return next((c for c in names if fnmatchcase(fold(c), want)), None)
    return None


def column(table: pa.Table, name: str) -> pa.Array | None:
    """``table``'s column ``name`` (see :func:`resolve`), or None if absent."""
    found = resolve(table.column_names, name)
    return None if found is None else table.column(found).combine_chunks()


def _prepare(
    lookup: Lookup,
    table: pa.Table,
    label: str,
    log: ProblemLog,
    files_of: FilesOf,
    path: tuple[int, ...],
) -> pa.Table | None:
    """The lookup file reduced to one row per key, with its key and taken columns."""
    if lookup.lookups:
        table = run_lookups(lookup.lookups, table, files_of, label, log, path)
    needed = [*lookup.keys.values(), *lookup.take, *lookup.where]
    needed += [c for c in (lookup.latest, lookup.earliest) if c]
    needed = [c for c in needed if c != lookup.count]
    cols: dict[str, pa.Array] = {}
    for name in dict.fromkeys(needed):
        arr = column(table, name)
        if arr is None:
            log.add(label, name, "column the lookup needs is not in the file", "error")
            return None
        cols[name] = arr
    keep = pa.array([True] * table.num_rows, pa.bool_())
    for name, values in lookup.where.items():
        allowed = pa.array([str(v).strip().casefold() for v in values])
        hit = pc.is_in(pc.utf8_lower(text(cols[name])), value_set=allowed)
        keep = pc.and_(keep, pc.fill_null(hit, False))
    work = pa.table({k: text(v) if k in lookup.keys.values() else v for k, v in cols.items()})
    work = work.filter(keep)
    keys = list(dict.fromkeys(lookup.keys.values()))
    version = lookup.latest or lookup.earliest
    if version:
        # One version of each key: sort by the version column, keep the last (newest) or first.
        order = work.append_column(_ROW, pa.array(range(work.num_rows), pa.int64()))
        order = order.sort_by([(version, "ascending"), (_ROW, "ascending")])
        order = order.append_column("__pos", pa.array(range(order.num_rows), pa.int64()))
        pick = "max" if lookup.latest else "min"
        chosen = order.group_by(keys, use_threads=False).aggregate([("__pos", pick)])
        work = order.take(chosen.column(f"__pos_{pick}")).drop_columns([_ROW, "__pos"])
    if lookup.sum or lookup.min or lookup.max or lookup.count:
        specs: list[tuple[str, str]] = []
        data = {k: work.column(k) for k in keys}
        for name in lookup.take:
            if name in keys or name == lookup.count:
                continue
            if name in lookup.sum:
                values, bad = to_number(work.column(name).combine_chunks())
                if pc.any(bad).as_py():
                    log.add(label, name, "not a number in a column the lookup adds up", "error")
                data[name] = values
                specs.append((name, "sum"))
            elif name in lookup.min or name in lookup.max:
                data[name] = text(work.column(name).combine_chunks())
                specs.append((name, "min" if name in lookup.min else "max"))
            else:
                data[name] = work.column(name)
                specs.append((name, "first"))
        if lookup.count:
            specs.append((keys[0], "count"))
        grouped = pa.table(data).group_by(keys, use_threads=False).aggregate(specs)
        rename = {f"{n}_{op}": n for n, op in specs if op != "count"}
        if lookup.count:
            rename[f"{keys[0]}_count"] = lookup.count
        work = grouped.rename_columns([rename.get(c, c) for c in grouped.column_names])
    else:
        counts = work.group_by(keys, use_threads=False).aggregate([(keys[0], "count")])
        repeated = counts.filter(pc.greater(counts.column(f"{keys[0]}_count"), 1))
        if repeated.num_rows:
            shown = repeated.column(keys[0]).to_pylist()[: log.cap]
            log.add(
                label,
                ", ".join(keys),
                "key repeated in a lookup file: a row would match several (give the lookup "
                "'latest' for a history table, or 'sum' for measures)",
                "error",
                [(None, v) for v in shown],
                total=repeated.num_rows,
            )
            return None
    return work


def apply_lookup(
    lookup: Lookup,
    rows: pa.Table,
    files_of: FilesOf,
    path: tuple[int, ...],
    label: str,
    log: ProblemLog,
) -> pa.Table:
    """``rows`` with the lookup's ``take`` columns added (left join on ``keys``).

    ``files_of(path)`` gives the lookup's files as read (several are stacked). None given: the
    columns are not added, so what they carry stays unknown.
    """
    files = files_of(path)
    if not files:
        return rows
    prepared = []
    for table, file_label in files:
        p = _prepare(lookup, table, file_label, log, files_of, path)
        if p is None:
            return rows
        prepared.append(p)
    right = prepared[0]
    if len(prepared) > 1:
        right = pa.concat_tables(prepared, promote_options="permissive")
    left_keys = []
    for mine in lookup.keys:
        arr = column(rows, mine)
        if arr is None:
            log.add(label, mine, "lookup key column is not in the file", "error")
            return rows
        left_keys.append(text(arr))
    clash = [new for new in lookup.take.values() if column(rows, new) is not None]
    if clash:
        log.add(label, ", ".join(clash), "lookup would overwrite a column the file has", "error")
        return rows
    left = pa.table(
        {f"__k{i}": k for i, k in enumerate(left_keys)}
        | {_ROW: pa.array(range(rows.num_rows), pa.int64())}
    )
    right_cols = {f"__k{i}": right.column(k) for i, k in enumerate(lookup.keys.values())}
    for src, new in lookup.take.items():
        right_cols[f"__t_{new}"] = right.column(lookup.count if src == lookup.count else src)
    right_cols["__matched"] = pa.array([True] * right.num_rows, pa.bool_())
    joined = left.join(
        pa.table(right_cols),
        keys=[f"__k{i}" for i in range(len(left_keys))],
        join_type="left outer",
    ).sort_by(_ROW)
    matched = pc.fill_null(joined.column("__matched").combine_chunks(), False)
    out = rows
    for new in lookup.take.values():
        values = joined.column(f"__t_{new}").combine_chunks()
        if new in lookup.default:
            default = lookup.default[new]
            if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
                values = pc.if_else(matched, values, pa.scalar(float(default)).cast(values.type))
            else:
                values = pc.if_else(matched, text(values), pa.scalar(str(default), pa.string()))
        out = out.append_column(new, values)
    return out


def run_lookups(
    lookups: Sequence[Lookup],
    rows: pa.Table,
    files_of: FilesOf,
    label: str,
    log: ProblemLog,
    path: tuple[int, ...] = (),
) -> pa.Table:
    """Every lookup in order (a later one may key on an earlier one's columns); ``path`` is the
    position of the enclosing lookup, for nested ones."""
    for i, lookup in enumerate(lookups):
        rows = apply_lookup(lookup, rows, files_of, (*path, i), label, log)
    return rows


__all__ = ["apply_lookup", "column", "resolve", "run_lookups"]
