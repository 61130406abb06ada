"""Reading CSV, Parquet and JSON Lines files into Arrow tables, with line numbers for problems.

CSV files are read by ``pyarrow.csv`` with every column as text (validation does the typing, so a
bad cell is reported rather than silently turned into a string column). What real exports do is
handled here: a UTF-8 byte-order mark, CRLF line ends, ``;``/tab/``|`` delimiters (sniffed from the
header line), quoted fields spanning lines, repeated header names (made unique: ``name``,
``name_2``, with a warning), spaces around header names (stripped), and trailing empty columns
(``a;b;;;``, dropped when every cell is empty).

Line numbers are what a person sees in an editor: the header is line 1. They are only computed for
rows that have a problem; a file whose rows are one line each maps row ``i`` to line
``skip + header_lines + i + 1`` without a second read, and a file with multi-line fields is
re-read once with Python's ``csv`` module to find where each record starts. Parquet and JSON Lines
rows are numbered from 1.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq

from debrief.ingest.problems import ProblemLog

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
SUFFIXES = CSV_SUFFIXES + PARQUET_SUFFIXES + JSONL_SUFFIXES
#: Recognised so ``leads.csv.gz`` is named after its table, then refused with a clear message.
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".zst")
_DELIMITERS = (",", ";", "\t", "|")


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


def file_stem(path: Path) -> str:
    """``ad_performance.csv`` -> ``ad_performance``; also ``leads.csv.gz`` -> ``leads``."""
    name = path.name
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.rsplit(".", 1)[0]


def read_file(path: Path, log: ProblemLog, options: ReadOptions | None = None) -> RawFile | None:
    """Read ``path`` by its suffix; problems go to ``log``; None when it cannot be read at all."""
    options = options or ReadOptions()
    label = path.name
    suffix = path.suffix.lower()
    if suffix in COMPRESSED_SUFFIXES:
        log.add(label, None, "is compressed: decompress it first", "error")
        return None
    try:
        if suffix in PARQUET_SUFFIXES:
            table = pq.read_table(path)
            return RawFile(label, path, table, numbered_from_one)
        if suffix in JSONL_SUFFIXES:
            return _read_jsonl(path, log)
        return _read_csv(path, log, options)
    except (OSError, pa.ArrowException, UnicodeDecodeError, csv.Error) as exc:
        log.add(label, None, f"cannot be read: {exc}", "error")
        return None


def numbered_from_one(rows: Sequence[int]) -> list[int]:
    """Row indices (0-based) as the numbers shown in problem listings: rows counted from 1."""
    return [r + 1 for r in rows]


# --- CSV -----------------------------------------------------------------------------------------


def _python_encoding(encoding: str) -> str:
    # utf-8-sig reads files with and without a byte-order mark alike.
    return "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header line into the most fields (``,`` on a tie)."""
    counts = {d: len(next(csv.reader([header_line], delimiter=d))) for d in _DELIMITERS}
    best = max(counts.values())
    return next(d for d in _DELIMITERS if counts[d] == best)


def unique_headers(raw: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """Stripped, unique header names; plus the repeated and the empty ones (for warnings).

    A repeated ``name`` becomes ``name_2``, ``name_3``...; an empty header becomes ``column_N``
    (N is the 1-based position).
    """
    names: list[str] = []
    repeated: list[str] = []
    empty: list[str] = []
    seen: set[str] = set()
    for i, h in enumerate(raw, start=1):
        name = h.replace("\ufeff", "").strip()
        if not name:
            name = f"column_{i}"
            empty.append(name)
        if name in seen:
            repeated.append(name)
            n = 2
            while f"{name}_{n}" in seen:
                n += 1
            name = f"{name}_{n}"
        seen.add(name)
        names.append(name)
    return names, repeated, empty


def _read_csv(path: Path, log: ProblemLog, options: ReadOptions) -> RawFile | None:
    label = path.name
    enc = _python_encoding(options.encoding)
    with open(path, encoding=enc, newline="") as fh:
        for _ in range(options.skip_rows):
            fh.readline()
        first = fh.readline()
        if not first.strip():
            log.add(label, None, "is empty: no header line", "error")
            return None
        delimiter = options.delimiter or sniff_delimiter(first.rstrip("\r\n"))
        fh.seek(0)
        for _ in range(options.skip_rows):
            fh.readline()
        reader = csv.reader(fh, delimiter=delimiter)
        raw_header = next(reader)
        header_lines = reader.line_num
    names, repeated, empty = unique_headers(raw_header)
    for name in sorted(set(repeated)):
        log.add(
            label, name, "repeated header name; later copies renamed name_2, name_3...", "warning"
        )

    bad_rows: list[tuple[int | None, str]] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        bad_rows.append((row.number, row.text))
        return "skip"

    table = pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(
            column_names=names,
            skip_rows=options.skip_rows + header_lines,
            encoding="utf8" if enc == "utf-8-sig" else options.encoding,
            block_size=1 << 24,
        ),
        parse_options=pacsv.ParseOptions(
            delimiter=delimiter, newlines_in_values=True, invalid_row_handler=on_invalid
        ),
        convert_options=pacsv.ConvertOptions(
            column_types={n: pa.string() for n in names},
            strings_can_be_null=True,
            quoted_strings_can_be_null=True,
            null_values=[""],
        ),
    )
    if bad_rows:
        # pyarrow cannot number rows when fields may span lines: one Python pass finds the lines
        # of the records whose field count is off (only ever run on a file with such rows).
        ragged = _ragged_lines(path, enc, delimiter, options.skip_rows, len(names))
        for i, (_, text) in enumerate(bad_rows):
            line, fields = ragged[i] if i < len(ragged) else (None, None)
            log.add(
                label,
                None,
                f"has {fields} fields where the header has {len(names)}; row not read",
                "error",
                [(None if line is None else line - 1, text)],
                line_of=numbered_from_one,
            )
    # Trailing empty columns (``a;b;;;``) carry nothing: drop them quietly. Unnamed columns with
    # data are kept under column_N and warned about.
    for name in empty:
        col = table.column(name)
        if col.null_count == len(col):
            table = table.drop_columns([name])
        else:
            log.add(label, name, "column has no header name; named by position", "warning")

    line_of = _csv_line_mapper(
        path, enc, delimiter, options.skip_rows, header_lines, table.num_rows, len(names)
    )
    return RawFile(label, path, table, line_of)


def _records(path: Path, encoding: str, delimiter: str, skip: int) -> Iterator[tuple[int, int]]:
    """(line it starts on, field count) of each non-blank record after the header (header = 1)."""
    with open(path, encoding=encoding, newline="") as fh:
        for _ in range(skip):
            fh.readline()
        reader = csv.reader(fh, delimiter=delimiter)
        next(reader, None)
        last = reader.line_num  # lines consumed up to the end of the previous record
        for row in reader:
            if row:
                yield skip + last + 1, len(row)
            last = reader.line_num


def _ragged_lines(
    path: Path, encoding: str, delimiter: str, skip: int, expected: int
) -> list[tuple[int, int]]:
    """(start line, field count) of each record whose field count differs from the header's."""
    return [r for r in _records(path, encoding, delimiter, skip) if r[1] != expected]


def _csv_line_mapper(
    path: Path,
    encoding: str,
    delimiter: str,
    skip: int,
    header_lines: int,
    nrows: int,
    expected: int,
) -> Callable[[Sequence[int]], list[int]]:
    """A function from 0-based row indices to the line each record starts on (header = line 1)."""
    cache: dict[str, list[int]] = {}

    def starts() -> list[int]:
        # Records pyarrow skipped (a field count unlike the header's) are not table rows.
        if "starts" not in cache:
            records = _records(path, encoding, delimiter, skip)
            cache["starts"] = [line for line, n in records if n == expected]
        return cache["starts"]

    def simple() -> bool:
        if "simple" not in cache:
            with open(path, "rb") as fh:
                data_newlines = 0
                last = b""
                while chunk := fh.read(1 << 24):
                    data_newlines += chunk.count(b"\n")
                    last = chunk[-1:]
            physical = data_newlines + (1 if last and last != b"\n" else 0)
            cache["simple"] = [physical == skip + header_lines + nrows]
        return bool(cache["simple"][0])

    def line_of(rows: Sequence[int]) -> list[int]:
        if simple():
            return [skip + header_lines + r + 1 for r in rows]
        s = starts()
        return [s[r] if r < len(s) else r + skip + header_lines + 1 for r in rows]

    return line_of


# --- JSON Lines ----------------------------------------------------------------------------------


def _read_jsonl(path: Path, log: ProblemLog) -> RawFile | None:
    label = path.name
    try:
        table = pajson.read_json(path)
        return RawFile(label, path, table, numbered_from_one)
    except pa.ArrowInvalid:
        pass  # mixed types or a bad line: read line by line to say which
    records: list[dict] = []
    lines: list[int] = []
    with open(path, encoding="utf-8-sig") as fh:
        for n, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                log.add(
                    label, None, f"line {n} is not valid JSON ({exc.msg})", "error", [(None, text)]
                )
                continue
            if not isinstance(obj, dict):
                log.add(label, None, f"line {n} is not a JSON object", "error", [(None, text)])
                continue
            # Mixed JSON types in one field: keep every value as text, validation types it.
            records.append({k: None if v is None else _as_text(v) for k, v in obj.items()})
            lines.append(n)
    table = pa.Table.from_pylist(records) if records else pa.table({})
    return RawFile(label, path, table, lambda rows: [lines[r] for r in rows])


def _as_text(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict | list):
        return json.dumps(v)
    return str(v)


__all__ = [
    "SUFFIXES",
    "RawFile",
    "ReadOptions",
    "file_stem",
    "numbered_from_one",
    "read_file",
    "sniff_delimiter",
    "unique_headers",
]
