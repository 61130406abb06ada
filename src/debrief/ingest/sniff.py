"""What a file looks like before it is read: encoding, delimiter, preamble and header.

Platform exports are rarely a bare CSV. Google Ads writes a report title and a date-range line
before the header (``Campaign report`` / ``"August 1, 2023 - August 31, 2023"``), and its
"Excel" download is UTF-16 with tabs; GA4 starts with ``#`` comment lines that state the property
and the date range. :func:`sniff` finds where the header is, how to decode the file and what the
preamble says (``_start_date`` and ``_end_date``, usable in a mapping as ``${_start_date}``), reading
only the first few kilobytes. Recognition (:mod:`debrief.ingest.recognise`) matches the header
against the shipped mappings; the reader then skips the preamble.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from debrief.ingest.readers import (
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    ReadOptions,
    sniff_delimiter,
)

_DELIMITERS = (",", ";", "\t", "|")
#: How much of a file is read to find its header.
_HEAD_BYTES = 1 << 16
_HEAD_LINES = 60


@dataclass(frozen=True)
class Shape:
    """A file's layout: how to read it, its header, and what its preamble states."""

    path: Path
    header: tuple[str, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    skip_rows: int = 0
    preamble: tuple[str, ...] = ()
    #: ``_start_date`` / ``_end_date`` (ISO) when the preamble states a date range.
    values: dict[str, str] = field(default_factory=dict)
    #: Why the file could not be sniffed (not a table file, unreadable...).
    error: str | None = None

    @property
    def folded(self) -> frozenset[str]:
        """The header names, case-folded (Snowflake writes ``AD_ID`` where BigQuery has ``ad_id``)."""
        return frozenset(fold(h) for h in self.header)

    def read_options(
        self, delimiter: str | None = None, encoding: str | None = None, skip: int | None = None
    ) -> ReadOptions:
        """Options for the reader: the mapping's where it sets them, else what was found."""
        return ReadOptions(
            delimiter or self.delimiter,
            encoding or self.encoding or "utf-8",
            self.skip_rows if skip is None else skip,
        )


def fold(name: str) -> str:
    """A header name as compared: byte-order mark and surrounding spaces dropped, case-folded."""
    return name.replace("\ufeff", "").strip().casefold()


def detect_encoding(head: bytes) -> str:
    """``utf-16`` for a UTF-16 byte-order mark or the NUL bytes of UTF-16 text, else ``utf-8``."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    sample = head[:1024]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a byte-order mark: ASCII text has its NUL on one side.
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    return "utf-8"


def _fields(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter)))
    except (csv.Error, StopIteration):
        return 1


def find_header(lines: list[str]) -> tuple[int, str]:
    """(index of the header line, delimiter) in the first lines of a text file.

    The header is the first line as wide as the widest of the first lines, counting fields with
    the delimiter that makes them widest. Lines before it are the preamble: ``#`` comments, blank
    lines, a report title, a quoted date range, ``Report Start: 1/1/2024, 12:00 AM``. A plain CSV
    has its header first, as wide as its rows.
    """
    sample = [
        (i, line.rstrip("\r\n"))
        for i, line in enumerate(lines[:_HEAD_LINES])
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not sample:
        return 0, ","
    first = sniff_delimiter(sample[0][1])
    if len(sample) > 1 and 2 <= _fields(sample[0][1], first) == _fields(sample[1][1], first):
        return sample[0][0], first  # a plain CSV: the first line is as wide as the next
    best: tuple[int, str] = (0, ",")
    widest = 0
    for delimiter in _DELIMITERS:
        counts = [(i, _fields(text, delimiter)) for i, text in sample]
        most = max(n for _, n in counts)
        if most > widest:
            widest = most
            best = (next(i for i, n in counts if n == most), delimiter)
    if widest < 2:
        return sample[0][0], sniff_delimiter(sample[0][1])
    return best


_MONTHS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%m/%d/%Y", "%Y%m%d")
_DASHES = "-–—"
_STATED = re.compile(
    r"^#?\s*(?:report\s+)?(?P<which>start|end)(?:\s+date)?\s*:\s*(?P<d>[^,]+?)\s*(?:,.*)?$", re.I
)


def _date(text: str) -> dt.date | None:
    text = re.sub(r"\s+", " ", text.strip().rstrip(",").replace(".", ""))
    for fmt in _MONTHS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_range(text: str) -> tuple[dt.date, dt.date] | None:
    """``August 1, 2023 - August 31, 2023``, ``Jun 2, 2026-Jun 8, 2026`` or ``2023-08-01 -
    2023-08-31`` as (first day, last day); None for anything else (``All time``)."""
    text = text.strip().strip('"').strip()
    for i, ch in enumerate(text):
        if ch not in _DASHES:
            continue
        a, b = _date(text[:i]), _date(text[i + 1 :])
        if a is not None and b is not None and a <= b:
            return a, b
    return None


def preamble_values(preamble: list[str]) -> dict[str, str]:
    """The date range a preamble states: GA4's ``# Start date: 20250201`` / ``# End date:``
    lines, LinkedIn's ``Report Start: 1/1/2024, 12:00 AM``, or a report's ``August 1, 2023 -
    August 31, 2023`` line."""
    out: dict[str, str] = {}
    for line in preamble:
        m = _STATED.match(line.strip().strip('"'))
        if m:
            d = _date(m.group("d"))
            if d is not None:
                out[f"_{m.group('which').lower()}_date"] = d.isoformat()
            continue
        found = parse_range(line)
        if found is not None:
            out["_start_date"], out["_end_date"] = found[0].isoformat(), found[1].isoformat()
    return out


def sniff(path: Path) -> Shape:
    """The layout of ``path`` from its first kilobytes (Parquet: its schema)."""
    suffix = path.suffix.lower()
    try:
        if suffix in PARQUET_SUFFIXES:
            return Shape(path, tuple(pq.read_schema(path).names))
        with open(path, "rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except (OSError, pa.ArrowException) as exc:
        return Shape(path, error=f"cannot be read: {exc}")
    if suffix in JSONL_SUFFIXES:
        for raw in head.decode("utf-8-sig", errors="replace").splitlines():
            if raw.strip():
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError:
                    break
                if isinstance(obj, dict):
                    return Shape(path, tuple(obj))
                break
        return Shape(path, error="is not JSON Lines with one object per line")
    if suffix and suffix not in CSV_SUFFIXES:
        return Shape(path, error="is not a CSV, Parquet or JSON Lines file")
    encoding = detect_encoding(head)
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    text = head.decode(codec, errors="replace")
    lines = text.splitlines(keepends=True)
    if len(head) == _HEAD_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    if not lines:
        return Shape(path, encoding=encoding, error="is empty")
    at, delimiter = find_header(lines)
    header_line = lines[at].rstrip("\r\n")
    try:
        header = next(csv.reader([header_line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        header = [header_line]
    preamble = [ln.rstrip("\r\n") for ln in lines[:at]]
    return Shape(
        path,
        tuple(h.replace("\ufeff", "").strip() for h in header),
        encoding,
        delimiter,
        at,
        tuple(preamble),
        preamble_values(preamble),
    )


__all__ = [
    "Shape",
    "detect_encoding",
    "find_header",
    "fold",
    "parse_range",
    "preamble_values",
    "sniff",
]
