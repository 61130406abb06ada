"""Typing one column by its contract kind, vectorised with ``pyarrow.compute``.

:func:`convert` takes a column as read (text from CSV, or typed from Parquet/JSON) and returns the
column in its workspace type (``schema.IBIS_TYPES``) plus the cells that cannot be right, as
boolean masks with a message. Bad cells become missing in the typed column; the caller turns masks
into problems and refuses the ingest. Text is trimmed and an empty cell is a missing value.

Arrow types per kind: date -> date32, timestamp -> timestamp[us, UTC], count -> int64,
money/quantity/number -> float64, bool -> bool, string/channel/enum/month -> string: the Arrow form of
``schema.IBIS_TYPES`` (tests/ingest/test_readers.py checks the two agree).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from debrief.schema import Column

TIMESTAMP = pa.timestamp("us", tz="UTC")

_NUMBER = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"
_DATE = r"^\d{4}-\d{2}-\d{2}$"
# A date written as midnight (``2024-03-01 00:00:00``, ``2024-03-01T00:00:00Z``) is that date.
_MIDNIGHT = r"[T ]00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$"
_MONTH = r"^\d{4}-(0[1-9]|1[0-2])$"
_TIMESTAMP = (
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d{1,9})?)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$"
)
_OFFSET = r"[T ]\d{2}(:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)$"
# Python's str.split() separators as normalise_channel sees them, in RE2 syntax.
_CHANNEL_SEPARATORS = r"[[:space:]\p{Z}_\-/.]+"
_TRUE = ("true", "t", "yes", "y", "1")
_FALSE = ("false", "f", "no", "n", "0")


@dataclass(frozen=True)
class Issue:
    """Cells of one column that share one problem. ``mask`` is True at the offending rows."""

    mask: pa.Array
    problem: str
    level: str = "error"


def text(arr: pa.Array) -> pa.Array:
    """The column as trimmed text, an empty cell missing."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_dictionary(arr.type):
        arr = arr.cast(pa.string())
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        arr = arr.cast(pa.string())
    arr = pc.utf8_trim_whitespace(arr)
    return pc.if_else(pc.equal(arr, ""), pa.scalar(None, arr.type), arr).cast(pa.string())


def normalise_channels(arr: pa.Array) -> pa.Array:
    """Vectorised :func:`debrief.schema.normalise_channel`."""
    s = pc.replace_substring_regex(pc.utf8_lower(text(arr)), _CHANNEL_SEPARATORS, "_")
    s = pc.utf8_trim(s, "_")
    return pc.if_else(pc.equal(s, ""), pa.scalar(None, pa.string()), s)


def safe_cast(arr: pa.Array, to: pa.DataType) -> pa.Array:
    """Cast, with null where a value does not cast (Arrow's cast fails the whole array).

    The fast path is one cast; only when it fails is the array split in halves to find the
    values that do not cast, so the cost grows with the number of bad values, not the rows.
    """
    try:
        return arr.cast(to)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    if len(arr) <= 16:
        out = []
        for v in arr:
            try:
                out.append(pa.array([v.as_py()], arr.type).cast(to)[0].as_py())
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                out.append(None)
        return pa.array(out, to)
    mid = len(arr) // 2
    return pa.concat_arrays([safe_cast(arr[:mid], to), safe_cast(arr[mid:], to)])


def newly_missing(before: pa.Array, after: pa.Array) -> pa.Array:
    """True where a value was present before and missing after conversion."""
    return pc.and_(pc.is_valid(before), pc.is_null(after))


def null_where(arr: pa.Array, mask: pa.Array) -> pa.Array:
    """``arr`` with missing values where ``mask`` is True."""
    return pc.if_else(mask, pa.scalar(None, arr.type), arr)


def to_number(arr: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Float64 values and the mask of present cells that are not numbers."""
    if (
        pa.types.is_integer(arr.type)
        or pa.types.is_floating(arr.type)
        or pa.types.is_decimal(arr.type)
    ):
        values = arr.cast(pa.float64())
        bad = pc.fill_null(pc.is_nan(values), False)
        return null_where(values, bad), bad
    if pa.types.is_boolean(arr.type):
        return arr.cast(pa.float64()), pa.array([False] * len(arr), pa.bool_())
    t = text(arr)
    ok = pc.fill_null(pc.match_substring_regex(t, _NUMBER), True)
    values = safe_cast(null_where(t, pc.invert(ok)), pa.float64())
    return values, newly_missing(t, values)


def _to_timestamp(arr: pa.Array) -> tuple[pa.Array, pa.Array]:
    if pa.types.is_timestamp(arr.type):
        # A naive timestamp is UTC by the contract.
        return arr.cast(pa.timestamp(arr.type.unit, tz=arr.type.tz or "UTC")).cast(
            TIMESTAMP
        ), _none(arr)
    if pa.types.is_date(arr.type):
        return arr.cast(pa.timestamp("us")).cast(TIMESTAMP), _none(arr)
    t = text(arr)
    ok = pc.fill_null(pc.match_substring_regex(t, _TIMESTAMP), True)
    t = null_where(t, pc.invert(ok))
    has_offset = pc.fill_null(pc.match_substring_regex(t, _OFFSET), False)
    ns_utc = pa.timestamp("ns", tz="UTC")
    with_offset = safe_cast(null_where(t, pc.invert(has_offset)), ns_utc)
    naive = safe_cast(null_where(t, has_offset), pa.timestamp("ns")).cast(ns_utc)
    values = pc.if_else(has_offset, with_offset, naive).cast(TIMESTAMP, safe=False)
    return values, newly_missing(text(arr), values)


def _to_date(arr: pa.Array) -> tuple[pa.Array, pa.Array]:
    if pa.types.is_date(arr.type):
        return arr.cast(pa.date32()), _none(arr)
    if pa.types.is_timestamp(arr.type):
        return arr.cast(pa.date32()), _none(arr)
    t = text(arr)
    t_day = pc.replace_substring_regex(t, _MIDNIGHT, "")
    ok = pc.fill_null(pc.match_substring_regex(t_day, _DATE), True)
    values = safe_cast(null_where(t_day, pc.invert(ok)), pa.date32())
    return values, newly_missing(t, values)


def _none(arr: pa.Array) -> pa.Array:
    """An all-False mask as long as ``arr``."""
    return pc.fill_null(pa.nulls(len(arr), pa.bool_()), False)


def _low_cardinality(arr: pa.Array) -> pa.DictionaryArray | None:
    """``arr`` dictionary-encoded when its values repeat a lot (dates, channels, enums).

    Converting the distinct values and expanding by index is much cheaper than converting every
    cell: a 10M-row file with 400 distinct dates parses 400 dates. A sample decides, so a column of
    unique ids pays for one look at 10,000 values, not for a full hash pass.
    """
    if pa.types.is_dictionary(arr.type):
        return arr
    if len(arr) < 50_000 or not (
        pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)
    ):
        return None
    if len(pc.unique(arr[:10_000])) > 2_000:
        return None
    enc = pc.dictionary_encode(arr)
    return enc if len(enc.dictionary) <= len(arr) // 4 else None


def convert(arr: pa.Array, column: Column) -> tuple[pa.Array, list[Issue]]:
    """``arr`` typed as ``column.kind``, and the issues found (bad cells are missing in the result)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    enc = _low_cardinality(arr)
    if enc is not None:
        values, issues = _convert(enc.dictionary, column)
        idx = enc.indices
        return values.take(idx), [
            Issue(pc.fill_null(i.mask.take(idx), False), i.problem, i.level) for i in issues
        ]
    return _convert(arr, column)


def _convert(arr: pa.Array, column: Column) -> tuple[pa.Array, list[Issue]]:
    kind = column.kind
    issues: list[Issue] = []
    if kind == "string":
        return text(arr), issues
    if kind == "channel":
        return normalise_channels(arr), issues
    if kind == "enum":
        t = pc.utf8_lower(text(arr))
        bad = pc.fill_null(pc.invert(pc.is_in(t, value_set=pa.array(column.choices))), False)
        issues.append(Issue(bad, f"not one of: {', '.join(column.choices)}"))
        return null_where(t, bad), issues
    if kind == "month":
        if pa.types.is_date(arr.type) or pa.types.is_timestamp(arr.type):
            return pc.strftime(arr, "%Y-%m"), issues
        t = text(arr)
        bad = pc.fill_null(pc.invert(pc.match_substring_regex(t, _MONTH)), False)
        issues.append(Issue(bad, "not a month (expected YYYY-MM)"))
        return null_where(t, bad), issues
    if kind == "date":
        values, bad = _to_date(arr)
        issues.append(Issue(bad, "not a date (expected YYYY-MM-DD)"))
        return values, issues
    if kind == "timestamp":
        values, bad = _to_timestamp(arr)
        issues.append(Issue(bad, "not an ISO 8601 timestamp (YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM])"))
        return values, issues
    if kind == "bool":
        if pa.types.is_boolean(arr.type):
            return arr, issues
        t = pc.utf8_lower(text(arr))
        is_true = pc.is_in(t, value_set=pa.array(_TRUE))
        is_false = pc.is_in(t, value_set=pa.array(_FALSE))
        values = pc.if_else(is_true, True, pc.if_else(is_false, False, pa.scalar(None, pa.bool_())))
        issues.append(Issue(newly_missing(t, values), "not true/false"))
        return values, issues
    values, bad = to_number(arr)
    if kind == "count":
        issues.append(Issue(bad, "not a whole number"))
        frac = pc.fill_null(pc.not_equal(values, pc.floor(values)), False)
        issues.append(Issue(frac, "not a whole number"))
        neg = pc.fill_null(pc.less(values, 0), False)
        issues.append(Issue(neg, "negative count"))
        values = null_where(values, pc.or_(frac, neg))
        return values.cast(pa.int64()), issues
    issues.append(Issue(bad, "not a number"))
    if kind in ("money", "quantity"):
        neg = pc.fill_null(pc.less(values, 0), False)
        issues.append(Issue(neg, "negative amount"))
        values = null_where(values, neg)
    return values, issues
