"""What every reader shares: the file suffixes, how to read a file (:class:`ReadOptions`), a file as
read (:class:`RawFile`: its rows and how they map to the lines a person sees) and a reader's error
as one line of the problem table. The readers are :mod:`debrief.ingest.readers` (Parquet, JSON
Lines, and the one entry point ``read_file``) and :mod:`debrief.ingest.csvfile`; what cells hold
is checked by :mod:`debrief.ingest.cells`.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
SUFFIXES = CSV_SUFFIXES + PARQUET_SUFFIXES + JSONL_SUFFIXES
#: Recognised so ``leads.csv.gz`` is named after its table, then refused with a clear message.
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".zst")

#: The problem a nested value gets (a list/struct/map Parquet column, a JSON list or object).
NESTED = (
    "holds a list or an object (a nested value); a cell must hold one value: flatten this field "
    "in the export or leave it out"
)


@dataclass(frozen=True)
class ReadOptions:
    """How to read one file. ``delimiter=None`` sniffs; ``skip_rows`` are lines before the header."""

    delimiter: str | None = None
    encoding: str = "utf-8"
    skip_rows: int = 0


@dataclass
class RawFile:
    """One file as read: its label in problem listings, its rows and how rows map to lines."""

    label: str
    path: Path
    table: pa.Table
    line_of: Callable[[Sequence[int]], list[int]] = field(repr=False)
    #: Cells already reported as errors (bad text, nested values), missing in ``table``.
    failed: dict[str, pa.Array] = field(default_factory=dict)


def file_stem(path: Path) -> str:
    """``ad_performance.csv`` -> ``ad_performance``; also ``leads.csv.gz`` -> ``leads``."""
    name = path.name
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.rsplit(".", 1)[0]


def check_options(options: ReadOptions) -> list[str]:
    """What is wrong with ``options`` (an unknown encoding, a delimiter that is not one
    character), as problems to report against the file."""
    problems = []
    try:
        codecs.lookup(options.encoding)
    except LookupError:
        problems.append(
            f"encoding {options.encoding!r} is not a known text encoding; use one Python "
            "knows, such as utf-8, latin-1, cp1252 or utf-16"
        )
    d = options.delimiter
    if d is not None and (len(d) != 1 or d in '"\r\n'):
        problems.append(
            f"delimiter {d!r} must be one character other than a quote or a line break "
            "(for example ',', ';', '|' or a tab)"
        )
    if options.skip_rows < 0:
        problems.append(f"skip_rows must be 0 or more, not {options.skip_rows}")
    return problems


def numbered_from_one(rows: Sequence[int]) -> list[int]:
    """Row indices (0-based) as the numbers shown in problem listings: rows counted from 1."""
    return [r + 1 for r in rows]


def reason(exc: BaseException) -> str:
    """A reader's exception as one line for the problem table."""
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"byte 0x{exc.object[exc.start : exc.start + 1].hex()} is not valid {exc.encoding} text"
        )
    if isinstance(exc, IsADirectoryError):
        return "it is a folder"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"
