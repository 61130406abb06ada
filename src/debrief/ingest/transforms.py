"""The small set of cell transforms that marketing exports need, vectorised with pyarrow.compute.

Each transform takes a column and returns ``(column, bad)``: ``bad`` is a boolean mask of cells
that could not be transformed (they become missing and are reported as errors with their line),
or None. Transforms run in the order a mapping lists them. The set:

* ``strip``, ``lower``, ``upper`` - text clean-up.
* ``number`` - locale numbers: ``{number: {decimal: ",", thousands: "."}}`` reads ``R$ 100.000``
  (currency signs and spaces, including non-breaking ones, are dropped) as 100000 and
  ``146536,25`` as 146536.25; ``{number: auto}`` picks the one reading every cell agrees with and
  is an error when both readings fit (``1,701`` alone could be 1701 or 1.701).
* ``percent`` - ``32.30%`` -> 0.323 (the number is a percentage with or without the sign).
* ``duration`` - ``00:01:05`` (h:mm:ss) or ``01:05`` (m:ss) or plain seconds -> 65.0 seconds.
* ``micros`` - ``cost_micros`` / 1,000,000; ``{scale: 0.01}`` multiplies by any factor.
* ``{date: "%m/%d/%Y"}`` - a date in the given strptime format (``12/7/2023``); impossible dates
  (``2/30/2023``) are errors, not rolled over into March.
* ``{timestamp: {format: "%m/%d/%Y %I:%M %p", tz: "America/New_York"}}`` - a local time in a
  format, converted to UTC (``tz`` defaults to UTC).
* ``{map: {paid-search: paid_search, ...}}`` - value replacement (case-insensitive, trimmed);
  values not listed are kept.
* ``{null_if: ["undefined", "(not set)"]}`` - placeholders that mean "missing".
* ``day`` - the date an ISO date or timestamp is written on (hourly rows to their day).
* ``{fill_null: google_ads}`` - a value for missing cells.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.convert import TIMESTAMP, newly_missing, null_where, text, to_number

Result = tuple[pa.Array, pa.Array | None]

_SPACES = r"[[:space:]\p{Z}]"
_LEADING_JUNK = r"^[^0-9+\-.,]+"
_TRAILING_JUNK = r"[^0-9.,]+$"


def _plain(t: pa.Array) -> pa.Array:
    """Text written as a plain number (``-12.5``, ``1e-3``) as float64; anything else missing."""
    return to_number(t)[0]


def _clean_number_text(t: pa.Array) -> pa.Array:
    """Drop spaces (incl. non-breaking), currency signs and units around a number."""
    t = pc.replace_substring_regex(t, _SPACES, "")
    t = pc.replace_substring_regex(t, _LEADING_JUNK, "")
    return pc.replace_substring_regex(t, _TRAILING_JUNK, "")


def _grouped(decimal: str, thousands: str) -> str:
    d, th = "\\" + decimal, "\\" + thousands
    return rf"^[+-]?(\d{{1,3}}({th}\d{{3}})+|\d+)({d}\d+)?$"


def _read_locale(t: pa.Array, decimal: str, thousands: str | None) -> pa.Array:
    if thousands:
        ok = pc.fill_null(
            pc.or_(
                pc.match_substring_regex(t, _grouped(decimal, thousands)),
                pc.match_substring_regex(t, rf"^[+-]?\d+(\{decimal}\d+)?$"),
            ),
            True,
        )
        t = null_where(t, pc.invert(ok))
        t = pc.replace_substring(t, thousands, "")
    if decimal != ".":
        bad_dot = pc.fill_null(pc.match_substring(t, "."), False)
        t = null_where(t, bad_dot)
        t = pc.replace_substring(t, decimal, ".")
    return _plain(t)


def number(arr: pa.Array, spec: Any = "auto") -> Result:
    """Locale numbers; ``spec`` is ``auto`` or ``{decimal: ",", thousands: "."}``."""
    raw = text(arr)
    t = _clean_number_text(raw)
    if spec == "auto" or spec is None:
        readings = []
        for dec, th in ((".", ","), (",", ".")):
            values = _read_locale(t, dec, th)
            readings.append((values, int(pc.sum(newly_missing(t, values)).as_py() or 0)))
        (a, bad_a), (b, bad_b) = readings
        if bad_a == 0 and bad_b == 0:
            same = pc.all(pc.fill_null(pc.equal(a, b), True)).as_py()
            if same is False:
                differ = pc.fill_null(pc.not_equal(a, b), False)
                return null_where(a, differ), differ  # ambiguous cells are reported
            return a, newly_missing(raw, a)
        values = a if bad_a <= bad_b else b
        return values, newly_missing(raw, values)
    decimal = spec.get("decimal", ".")
    thousands = spec.get("thousands")
    values = _read_locale(t, decimal, thousands)
    return values, newly_missing(raw, values)


def _shift_two_places(values: pa.Array) -> pa.Array:
    """``values`` / 100, computed on the decimal text so 32.30 gives exactly the float 0.323."""
    t = pc.cast(values, pa.string())
    parts = pc.extract_regex(pc.fill_null(t, ""), r"^(?P<sign>-?)(?P<int>\d+)(?:\.(?P<frac>\d+))?$")
    ok = pc.is_valid(parts)
    whole = pc.utf8_lpad(pc.struct_field(parts, "int"), 3, "0")
    shifted = pc.binary_join_element_wise(
        pc.struct_field(parts, "sign"),
        pc.utf8_slice_codeunits(whole, 0, -2),
        ".",
        pc.utf8_slice_codeunits(whole, -2),
        pc.fill_null(pc.struct_field(parts, "frac"), ""),
        "",
    )
    exact = _plain(shifted)
    return pc.if_else(ok, exact, pc.divide(values, 100.0))


def percent(arr: pa.Array, spec: Any = None) -> Result:
    """``32.30%`` -> 0.323 (the number is a percentage with or without the sign)."""
    raw = text(arr)
    t = pc.replace_substring(raw, "%", "")
    values, _ = number(t, spec or {"decimal": "."})
    values = _shift_two_places(values)
    return values, newly_missing(raw, values)


def duration(arr: pa.Array, spec: Any = None) -> Result:
    """``h:mm:ss``, ``m:ss`` or plain seconds -> seconds (float)."""
    raw = text(arr)
    parts = pc.extract_regex(
        pc.fill_null(raw, ""), r"^(?P<h>\d+:)??(?P<m>\d+):(?P<s>\d+(?:\.\d+)?)$"
    )
    valid = pc.is_valid(parts)
    h = pc.replace_substring(pc.struct_field(parts, "h"), ":", "")
    h = pc.if_else(pc.equal(h, ""), "0", h)
    m = pc.struct_field(parts, "m")
    s = pc.struct_field(parts, "s")
    secs = pc.add(
        pc.add(pc.multiply(h.cast(pa.float64()), 3600.0), pc.multiply(m.cast(pa.float64()), 60.0)),
        s.cast(pa.float64()),
    )
    plain = _plain(raw)
    values = pc.if_else(valid, secs, plain)
    values = null_where(values, pc.is_null(raw))
    return values, newly_missing(raw, values)


def scale(arr: pa.Array, factor: Any) -> Result:
    raw = text(arr)
    values = pc.multiply(_plain(raw), float(factor))
    return values, newly_missing(raw, values)


def micros(arr: pa.Array, spec: Any = None) -> Result:
    raw = text(arr)
    values = pc.divide(_plain(raw), 1_000_000.0)
    return values, newly_missing(raw, values)


_LEADING_ZEROS = r"(^|[^0-9])0+([0-9])"


def _strict_strptime(raw: pa.Array, fmt: str) -> pa.Array:
    """strptime that refuses dates it would roll over (2/30 is not March 2)."""
    parsed = pc.strptime(raw, format=fmt, unit="s", error_is_null=True)
    back = pc.strftime(parsed, format=fmt)

    def norm(a: pa.Array) -> pa.Array:
        return pc.utf8_lower(pc.replace_substring_regex(a, _LEADING_ZEROS, r"\1\2"))

    same = pc.fill_null(pc.equal(norm(back), norm(raw)), False)
    return null_where(parsed, pc.invert(same))


def date(arr: pa.Array, fmt: Any) -> Result:
    raw = text(arr)
    values = _strict_strptime(raw, str(fmt)).cast(pa.date32())
    return values, newly_missing(raw, values)


def timestamp(arr: pa.Array, spec: Any) -> Result:
    spec = {"format": spec} if isinstance(spec, str) else dict(spec)
    raw = text(arr)
    parsed = _strict_strptime(raw, str(spec["format"]))
    tz = spec.get("tz", "UTC")
    local = pc.assume_timezone(parsed, timezone=tz, ambiguous="earliest", nonexistent="earliest")
    values = local.cast(TIMESTAMP)
    return values, newly_missing(raw, values)


def value_map(arr: pa.Array, table: Any) -> Result:
    raw = text(arr)
    keys = pa.array([str(k).strip().lower() for k in table])
    vals = pa.array([None if v is None else str(v) for v in table.values()], pa.string())
    idx = pc.index_in(pc.utf8_lower(raw), value_set=keys)
    mapped = vals.take(idx)
    return pc.if_else(pc.is_valid(idx), mapped, raw), None


def null_if(arr: pa.Array, values: Any) -> Result:
    raw = text(arr)
    hit = pc.is_in(pc.utf8_lower(raw), value_set=pa.array([str(v).strip().lower() for v in values]))
    return null_where(raw, pc.fill_null(hit, False)), None


_DAY = r"^(?P<d>\d{4}-\d{2}-\d{2})(?P<rest>[T ].*)?$"


def day(arr: pa.Array, spec: Any = None) -> Result:
    """The date an ISO date or timestamp is written on (``2021-09-15 5:00:00`` -> 2021-09-15).

    Hourly connector rows (TikTok, Snapchat) and midnight timestamps (Twitter's
    ``2022-05-20 07:00:00``, the account's midnight in UTC) carry the day in their first ten
    characters: it is taken as written, with no time-zone shift.
    """
    raw = text(arr)
    parts = pc.extract_regex(pc.fill_null(raw, ""), _DAY)
    date_text = pc.struct_field(parts, "d")
    ok = pc.is_valid(parts)
    values = _strict_strptime(null_where(date_text, pc.invert(ok)), "%Y-%m-%d").cast(pa.date32())
    return values, newly_missing(raw, values)


def fill_null(arr: pa.Array, value: Any) -> Result:
    """Missing cells become ``value`` (a channel label for campaigns a history table lacks)."""
    raw = text(arr)
    return pc.fill_null(raw, str(value)), None


def _simple(fn: Callable[[pa.Array], pa.Array]) -> Callable[[pa.Array, Any], Result]:
    def run(arr: pa.Array, _spec: Any = None) -> Result:
        return fn(text(arr)), None

    return run


#: name -> (function, whether it takes an argument)
TRANSFORMS: dict[str, tuple[Callable[[pa.Array, Any], Result], bool]] = {
    "strip": (_simple(lambda a: a), False),
    "lower": (_simple(pc.utf8_lower), False),
    "upper": (_simple(pc.utf8_upper), False),
    "number": (number, False),
    "percent": (percent, False),
    "duration": (duration, False),
    "micros": (micros, False),
    "scale": (scale, True),
    "date": (date, True),
    "timestamp": (timestamp, True),
    "map": (value_map, True),
    "null_if": (null_if, True),
    "day": (day, False),
    "fill_null": (fill_null, True),
}


def parse_transform(item: Any) -> tuple[str, Any]:
    """A mapping's transform entry (``"percent"`` or ``{number: {...}}``) as (name, argument)."""
    if isinstance(item, str):
        name, arg = item, None
    elif isinstance(item, dict) and len(item) == 1:
        name, arg = next(iter(item.items()))
    else:
        raise ValueError(f"a transform is a name or a one-key mapping, not {item!r}")
    if name not in TRANSFORMS:
        hint = difflib.get_close_matches(str(name), TRANSFORMS, n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else ""
        raise ValueError(f"unknown transform {name!r}{extra} (known: {', '.join(TRANSFORMS)})")
    _, needs_arg = TRANSFORMS[name]
    if needs_arg and arg is None:
        raise ValueError(f"transform {name!r} needs an argument, e.g. {{{name}: ...}}")
    if name == "number" and arg not in (None, "auto"):
        if not isinstance(arg, dict) or set(arg) - {"decimal", "thousands"}:
            raise ValueError("number takes 'auto' or {decimal: ',', thousands: '.'}")
        if arg.get("decimal", ".") == arg.get("thousands"):
            raise ValueError("number: decimal and thousands separators must differ")
    if name == "timestamp" and isinstance(arg, dict) and set(arg) - {"format", "tz"}:
        raise ValueError("timestamp takes {format: ..., tz: ...}")
    if name in ("map",) and not isinstance(arg, dict):
        raise ValueError("map takes a mapping of value -> replacement")
    if name == "null_if" and not isinstance(arg, list):
        raise ValueError("null_if takes a list of values")
    return name, arg


def apply(
    arr: pa.Array, steps: list[tuple[str, Any]]
) -> tuple[pa.Array, list[tuple[str, pa.Array]]]:
    """Run ``steps`` over ``arr``; returns the result and (step name, bad mask) per failing step."""
    failures: list[tuple[str, pa.Array]] = []
    for name, arg in steps:
        fn, _ = TRANSFORMS[name]
        arr, bad = fn(arr, arg)
        if bad is not None and pc.any(bad).as_py():
            failures.append((name, bad))
    return arr, failures
