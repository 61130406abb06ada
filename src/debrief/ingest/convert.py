"""Typing one column by its contract kind, vectorised with ``pyarrow.compute``.

:func:`convert` takes a column as read (text from CSV, or typed from Parquet/JSON) and returns the
column in its workspace type (``schema.IBIS_TYPES``) plus the cells that cannot be right, as
boolean masks with a message. Bad cells become missing in the typed column; the caller turns masks
into problems and refuses the ingest. Text is trimmed and an empty cell is a missing value.

Arrow types per kind: date -> date32, timestamp -> timestamp[us, UTC], count -> int64,
money/quantity/number -> float64, bool -> bool, string/channel/enum/month -> string: the Arrow form of
``schema.IBIS_TYPES`` (tests/ingest/test_readers.py checks the two agree).

Limits, each an error at its cell: a number must be finite (``inf``, ``1e400``, JSON
``Infinity``, a NaN in a float column are refused); a count is a whole number from 0 to
9,223,372,036,854,775,807 (64-bit); dates and timestamps lie between 1677-09-22 and 2262-04-10,
the range a nanosecond timestamp holds, which the analyses use (a year 1600 or 2300 is valid
ISO 8601 but outside it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from debrief.schema import Column

TIMESTAMP = pa.timestamp("us", tz="UTC")

_NUMBER = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"
_NON_FINITE = r"^(?i)[+-]?(inf|infinity|nan)$"
_INTEGER = r"^[+-]?\d+$"
#: The largest count (int64).
COUNT_MAX = 2**63 - 1
#: Dates and timestamps Debrief stores: what a nanosecond timestamp holds, whole days.
DAY_MIN, DAY_MAX = "1677-09-22", "2262-04-10"
_RANGE = f"outside the dates Debrief can store ({DAY_MIN} to {DAY_MAX})"
_FINITE = "not a finite number (infinite or NaN); give the real value or leave the cell empty"
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
        # Each value cast on its own, and kept as Arrow: a value Arrow holds but Python cannot
        # (the date 0000-01-01) must reach the range check, not overflow in .as_py().
        return pa.concat_arrays([_cast_one(arr.slice(i, 1), to) for i in range(len(arr))])
    mid = len(arr) // 2
    return pa.concat_arrays([safe_cast(arr[:mid], to), safe_cast(arr[mid:], to)])


def _cast_one(one: pa.Array, to: pa.DataType) -> pa.Array:
    try:
        return one.cast(to)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.nulls(1, to)


def newly_missing(before: pa.Array, after: pa.Array) -> pa.Array:
    """True where a value was present before and missing after conversion."""
    return pc.and_(pc.is_valid(before), pc.is_null(after))


def null_where(arr: pa.Array, mask: pa.Array) -> pa.Array:
    """``arr`` with missing values where ``mask`` is True."""
    return pc.if_else(mask, pa.scalar(None, arr.type), arr)


def to_number(arr: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Float64 values and the mask of present cells that are not numbers.

    Non-finite values (``inf``, ``nan`` in text, or in a float column) are numbers here and kept
    as they are: :func:`non_finite` finds them, and validation refuses them.
    """
    if (
        pa.types.is_integer(arr.type)
        or pa.types.is_floating(arr.type)
        or pa.types.is_decimal(arr.type)
    ):
        # A uint64 above 2^53 has no exact float: the nearest float is kept, not an exception.
        return arr.cast(pa.float64(), safe=False), _none(arr)
    if pa.types.is_boolean(arr.type):
        return arr.cast(pa.float64()), pa.array([False] * len(arr), pa.bool_())
    t = text(arr)
    number = pc.or_(pc.match_substring_regex(t, _NUMBER), pc.match_substring_regex(t, _NON_FINITE))
    ok = pc.fill_null(number, True)
    values = safe_cast(null_where(t, pc.invert(ok)), pa.float64())
    return values, newly_missing(t, values)


def non_finite(values: pa.Array) -> pa.Array:
    """True at present values that are infinite or NaN."""
    if not pa.types.is_floating(values.type):
        return _none(values)
    return pc.fill_null(pc.invert(pc.is_finite(values)), False)


def _to_count(arr: pa.Array) -> tuple[pa.Array, list[Issue]]:
    """Counts as int64: integers read exactly (``9007199254740993`` stays itself), other numbers
    must be whole; negative, non-finite and too large values are issues."""
    size = len(arr)
    too_big = f"too large for a count (at most {COUNT_MAX}, 2**63 - 1)"
    if pa.types.is_integer(arr.type):
        if pa.types.is_unsigned_integer(arr.type):
            big = pc.fill_null(pc.greater(arr, pa.scalar(COUNT_MAX, arr.type)), False)
            neg = _none(arr)
        else:
            big = _none(arr)
            neg = pc.fill_null(pc.less(arr, 0), False)
        values = null_where(arr, pc.or_(big, neg)).cast(pa.int64(), safe=False)
        return values, [Issue(neg, "negative count"), Issue(big, too_big)]
    if pa.types.is_boolean(arr.type):
        return arr.cast(pa.int64()), []
    exact = _none(arr)
    exact_values = pa.nulls(size, pa.int64())
    if not (pa.types.is_floating(arr.type) or pa.types.is_decimal(arr.type)):
        t = text(arr)
        exact = pc.fill_null(pc.match_substring_regex(t, _INTEGER), False)
        digits = pc.replace_substring_regex(null_where(t, pc.invert(exact)), r"^\+", "")
        exact_values = safe_cast(digits, pa.int64())
    floats, bad = to_number(arr)  # the sign of every cell, and the value of the non-integers
    inexact = pc.invert(exact)
    bad = pc.and_(bad, inexact)
    inf = pc.and_(non_finite(floats), inexact)
    finite = null_where(floats, pc.or_(bad, inf))
    neg = pc.fill_null(pc.less(finite, 0), False)
    frac = pc.and_(pc.fill_null(pc.not_equal(finite, pc.floor(finite)), False), inexact)
    overflow = pc.and_(exact, pc.is_null(exact_values))
    big_float = pc.and_(pc.fill_null(pc.greater_equal(finite, float(2**63)), False), inexact)
    big = pc.and_(pc.or_(overflow, big_float), pc.invert(neg))
    wrong = pc.or_(pc.or_(neg, big), frac)
    from_floats = null_where(finite, pc.or_(wrong, exact)).cast(pa.int64(), safe=False)
    values = null_where(pc.if_else(exact, exact_values, from_floats), wrong)
    return values, [
        Issue(bad, "not a whole number"),
        Issue(inf, _FINITE),
        Issue(pc.and_(frac, pc.invert(big)), "not a whole number"),
        Issue(neg, "negative count"),
        Issue(big, too_big),
    ]


def _in_range(values: pa.Array) -> pa.Array:
    """True at present dates or timestamps outside DAY_MIN..DAY_MAX."""
    if pa.types.is_timestamp(values.type):
        low = pa.scalar(dt.datetime.fromisoformat(DAY_MIN), pa.timestamp("us")).cast(values.type)
        high = pa.scalar(
            dt.datetime.fromisoformat(DAY_MAX) + dt.timedelta(days=1), pa.timestamp("us")
        ).cast(values.type)
        out = pc.or_(pc.less(values, low), pc.greater_equal(values, high))
    else:
        low = pa.scalar(dt.date.fromisoformat(DAY_MIN), pa.date32())
        high = pa.scalar(dt.date.fromisoformat(DAY_MAX), pa.date32())
        out = pc.or_(pc.less(values, low), pc.greater(values, high))
    return pc.fill_null(out, False)


def _to_timestamp(arr: pa.Array) -> tuple[pa.Array, pa.Array]:
    if pa.types.is_timestamp(arr.type):
        # A naive timestamp is UTC by the contract. Seconds or milliseconds beyond what
        # microseconds hold would overflow: they are out of range, reported by the caller.
        utc = arr.cast(pa.timestamp(arr.type.unit, tz=arr.type.tz or "UTC"))
        return safe_cast(utc, TIMESTAMP), _none(arr)
    if pa.types.is_date(arr.type):
        return safe_cast(arr.cast(pa.date32()), pa.timestamp("us")).cast(TIMESTAMP), _none(arr)
    t = text(arr)
    ok = pc.fill_null(pc.match_substring_regex(t, _TIMESTAMP), True)
    t = null_where(t, pc.invert(ok))
    # Microseconds are what is stored: digits beyond them are dropped, as the cast always did.
    t = pc.replace_substring_regex(t, r"(\.\d{6})\d+", r"\1")
    has_offset = pc.fill_null(pc.match_substring_regex(t, _OFFSET), False)
    with_offset = safe_cast(null_where(t, pc.invert(has_offset)), TIMESTAMP)
    naive = safe_cast(null_where(t, has_offset), pa.timestamp("us")).cast(TIMESTAMP)
    values = pc.if_else(has_offset, with_offset, naive)
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
    if kind in ("date", "timestamp"):
        if kind == "date":
            values, bad = _to_date(arr)
            issues.append(Issue(bad, "not a date (expected YYYY-MM-DD)"))
        else:
            values, bad = _to_timestamp(arr)
            issues.append(
                Issue(bad, "not an ISO 8601 timestamp (YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM])")
            )
        far = _in_range(values)
        # A Parquet timestamp in seconds too far out for microseconds became missing.
        if pa.types.is_timestamp(arr.type) or pa.types.is_date(arr.type):
            far = pc.or_(far, newly_missing(arr, values))
        issues.append(Issue(far, _RANGE))
        return null_where(values, far), issues
    if kind == "bool":
        if pa.types.is_boolean(arr.type):
            return arr, issues
        t = pc.utf8_lower(text(arr))
        is_true = pc.is_in(t, value_set=pa.array(_TRUE))
        is_false = pc.is_in(t, value_set=pa.array(_FALSE))
        values = pc.if_else(is_true, True, pc.if_else(is_false, False, pa.scalar(None, pa.bool_())))
        issues.append(Issue(newly_missing(t, values), "not true/false"))
        return values, issues
    if kind == "count":
        return _to_count(arr)
    values, bad = to_number(arr)
    issues.append(Issue(bad, "not a number"))
    inf = non_finite(values)
    issues.append(Issue(inf, _FINITE))
    values = null_where(values, inf)
    if kind in ("money", "quantity"):
        neg = pc.fill_null(pc.less(values, 0), False)
        issues.append(Issue(neg, "negative amount"))
        values = null_where(values, neg)
    return values, issues
