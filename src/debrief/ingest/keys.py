"""Keys of a table: which columns make a row's key, and which rows repeat an earlier row's key.

Used by validation (a repeated key is an error where the table's key is unique, a warning where
duplicates happen in practice), by a mapping's own duplicate check and by the append merge in the
engine (:func:`effective_key`). Every function is vectorised: key columns become integer codes,
never sorted strings or Python loops over rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from debrief.schema import TableSchema


def _ints(arr: pa.Array) -> np.ndarray | None:
    """Integer-like columns (timestamps, dates, integers) as int64 with nulls as the minimum - 1."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    t = arr.type
    if pa.types.is_timestamp(t) or pa.types.is_date64(t):
        arr = arr.cast(pa.int64())
    elif pa.types.is_date32(t):
        arr = arr.cast(pa.int32()).cast(pa.int64())
    elif pa.types.is_integer(t):
        arr = arr.cast(pa.int64())
    else:
        return None
    if arr.null_count:
        low = pc.min(arr).as_py()
        arr = pc.fill_null(arr, (low if low is not None else 0) - 1)
    return arr.to_numpy(zero_copy_only=False)


def _codes(arr: pa.Array) -> np.ndarray:
    """Dense integer codes from 0, equal where values are equal (missing equals missing)."""
    ints = _ints(arr)
    if ints is not None:
        return np.unique(ints, return_inverse=True)[1].astype(np.int64).ravel()
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if not pa.types.is_dictionary(arr.type):
        arr = pc.dictionary_encode(arr)
    return pc.fill_null(arr.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64) + 1


def duplicate_mask(table: pa.Table, key: Sequence[str]) -> pa.Array:
    """True at every row whose key equals an earlier row's (missing equals missing).

    Fast path: rows can only repeat a key if they repeat its integer-like column (a timestamp,
    typically), so one sort of that column finds the few candidate rows and the exact check runs on
    those alone. The exact check turns each key column into integer codes, folds them into one
    int64 per row (re-encoded whenever the product of cardinalities could overflow) and marks a
    row whose code was seen on an earlier row: no sort of strings, no row-by-row Python.
    """
    n = table.num_rows
    cols = [c for c in key if c in table.column_names]
    if n < 2 or not cols:
        return pa.array(np.zeros(n, dtype=bool))
    for c in cols:
        ints = _ints(table.column(c))
        if ints is None:
            continue
        ordered = np.sort(ints)
        same = ordered[1:] == ordered[:-1]
        if not same.any():
            return pa.array(np.zeros(n, dtype=bool))
        candidates = np.isin(ints, np.unique(ordered[1:][same]))
        if candidates.sum() * 4 < n:
            where = np.nonzero(candidates)[0]
            sub = _exact_duplicates(table.select(cols).take(pa.array(where)), cols)
            out = np.zeros(n, dtype=bool)
            out[where] = sub
            return pa.array(out)
        break
    return pa.array(_exact_duplicates(table, cols))


def _exact_duplicates(table: pa.Table, cols: Sequence[str]) -> np.ndarray:
    n = table.num_rows
    if n < 2:
        return np.zeros(n, dtype=bool)
    combined = np.zeros(n, dtype=np.int64)
    cardinality = 1
    for c in cols:
        codes = _codes(table.column(c))
        size = int(codes.max()) + 1
        if cardinality * size >= 2**62:
            combined = np.unique(combined, return_inverse=True)[1].astype(np.int64).ravel()
            cardinality = int(combined.max()) + 1
        combined = combined * size + codes
        cardinality *= size
    _, first = np.unique(combined, return_index=True)
    dup = np.ones(n, dtype=bool)
    dup[first] = False
    return dup


def key_values(table: pa.Table, key: Sequence[str]) -> pa.Array:
    """The key of each row as one text value, for the listing."""
    cols = [c for c in key if c in table.column_names]
    parts = [pc.fill_null(table.column(c).combine_chunks().cast(pa.string()), "") for c in cols]
    if len(parts) == 1:
        return parts[0]
    return pc.binary_join_element_wise(*parts, " | ")


def effective_key(
    schema: TableSchema, columns: Sequence[str], is_text: Callable[[str], bool]
) -> list[str]:
    """The key columns present, plus extra text columns where they are breakdowns.

    In a table keyed by a breakdown (``ad_performance``: date, channel, campaign, ad, geo...),
    further text columns (``is_text(name)``) are segment dimensions, so an export with one row per
    day and age band has distinct rows per age band; further numeric columns are metrics, not
    part of the key. A single-column key (``lead_id``) is never extended. Validation (Arrow) and
    the append merge (Ibis) both use this, each saying which of its columns are text.
    """
    key = [c for c in schema.key if c in columns]
    if schema.extra_columns == "segment" and len(schema.key) > 1:
        key += [
            c
            for c in columns
            if c not in schema.names and not c.startswith("__debrief") and is_text(c)
        ]
    return key


def first_rows(table: pa.Table, key: Sequence[str]) -> np.ndarray:
    """For each row, the index of the first row with the same key (missing equals missing)."""
    cols = [c for c in key if c in table.column_names]
    n = table.num_rows
    if n == 0 or not cols:
        return np.arange(n)
    combined = np.zeros(n, dtype=np.int64)
    for c in cols:
        codes = _codes(table.column(c))
        combined = np.unique(combined * (int(codes.max()) + 1) + codes, return_inverse=True)[1]
        combined = combined.astype(np.int64).ravel()
    _, first, inverse = np.unique(combined, return_index=True, return_inverse=True)
    return first[inverse.ravel()]
