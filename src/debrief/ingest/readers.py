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

What a file holds is checked here, before validation, so that nothing can fail later at load:
text that is not valid in the file's encoding (cell by cell, at its line and column), a list or
an object in a cell (a nested JSON value, a list/struct/map Parquet column), Parquet column types
that are not plain values, a quoted CSV field that is never closed (it swallows every line after
it), and a file that cannot be read at all (truncated, not the format its suffix says). Each is a
problem naming the file; the offending column is dropped so validation goes on and lists the
other files' problems too. Python's ``csv`` field limit (128 KiB) is lifted: long cells are data.
"""

from __future__ import annotations

import codecs
import csv
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq

from debrief.ingest.problems import ProblemLog

# Long cells are data, not a reason for a traceback: Python's csv module stops at 128 KiB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

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


def read_file(path: Path, log: ProblemLog, options: ReadOptions | None = None) -> RawFile | None:
    """Read ``path`` by its suffix; problems go to ``log``; None when it cannot be read at all."""
    options = options or ReadOptions()
    label = path.name
    suffix = path.suffix.lower()
    if suffix in COMPRESSED_SUFFIXES:
        log.add(label, None, "is compressed: decompress it first", "error")
        return None
    bad_options = check_options(options)
    for problem in bad_options:
        log.add(label, None, problem, "error")
    if bad_options:
        return None
    try:
        raw: RawFile | None
        if suffix in PARQUET_SUFFIXES:
            raw = _read_parquet(path)
        elif suffix in JSONL_SUFFIXES:
            raw = _read_jsonl(path, log)
        else:
            raw = _read_csv(path, log, options)
        return None if raw is None else check_cells(raw, log)
    except MemoryError:
        raise
    except Exception as exc:  # anything a broken file makes a reader raise names the file
        log.add(label, None, f"cannot be read: {_reason(exc)}", "error")
        return None


def _reason(exc: BaseException) -> str:
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


def _read_parquet(path: Path) -> RawFile:
    try:
        table = pq.read_table(path)
    except pa.ArrowInvalid as exc:
        raise ValueError(
            f"not a readable Parquet file ({_reason(exc)}); export it again, or check that it is "
            "not truncated"
        ) from None
    return RawFile(path.name, path, table, numbered_from_one)


# --- What cells hold ----------------------------------------------------------------------------

_NESTED = (
    "holds a list or an object (a nested value); a cell must hold one value: flatten this field "
    "in the export or leave it out"
)


def _bad_text(arr: pa.Array) -> pa.Array | None:
    """True where a string/binary cell is not valid UTF-8; None when every cell is.

    One full validation of the column; only a column with bad cells is split in halves to find
    them, so the cost grows with the number of bad cells, not the rows.
    """
    binary = arr.cast(pa.large_binary()) if pa.types.is_string(arr.type) else arr
    binary = binary.cast(pa.large_binary())

    def valid(a: pa.Array) -> bool:
        try:
            a.cast(pa.large_string())
            return True
        except (pa.ArrowInvalid, UnicodeDecodeError):
            return False

    if valid(binary):
        return None
    bad = np.zeros(len(binary), dtype=bool)

    def find(a: pa.Array, offset: int) -> None:
        if len(a) <= 64:
            for i, v in enumerate(a.to_pylist()):
                if v is not None:
                    try:
                        v.decode("utf-8")
                    except UnicodeDecodeError:
                        bad[offset + i] = True
            return
        mid = len(a) // 2
        for part, start in ((a[:mid], offset), (a[mid:], offset + mid)):
            if not valid(part):
                find(part, start)

    find(binary, 0)
    return pa.array(bad)


def _shown_bytes(arr: pa.Array, mask: pa.Array, cap: int) -> list[tuple[int, str]]:
    idx = pc.indices_nonzero(mask)[:cap].to_pylist()
    binary = arr.cast(pa.large_binary()) if not pa.types.is_large_binary(arr.type) else arr
    return [(i, binary[i].as_py().decode("utf-8", errors="replace")) for i in idx]


#: Column types read as text (checked to be UTF-8).
_TEXT_TYPES = (
    pa.types.is_string,
    pa.types.is_large_string,
    pa.types.is_binary,
    pa.types.is_large_binary,
    pa.types.is_fixed_size_binary,
)
#: Other types validation reads as they are: numbers, booleans, dates and times, null.
_PLAIN_TYPES = (
    pa.types.is_integer,
    pa.types.is_floating,
    pa.types.is_decimal,
    pa.types.is_boolean,
    pa.types.is_date,
    pa.types.is_timestamp,
    pa.types.is_null,
)


def _is(t: pa.DataType, kinds: Sequence[Callable[[pa.DataType], bool]]) -> bool:
    return any(kind(t) for kind in kinds)


def check_cells(raw: RawFile, log: ProblemLog) -> RawFile:
    """``raw`` with every column in a type validation can read, reporting what cannot be.

    Text is checked to be valid UTF-8 cell by cell (a bad cell is reported at its line and
    becomes missing); a nested value (list, struct, map) is reported at its row and becomes
    missing; a dictionary column is decoded; binary is read as UTF-8 text; any other type (time
    of day, duration...) is read as text when it can be, else reported and dropped. The cells
    reported here are in ``RawFile.failed``, so validation does not call them missing again.
    """
    table = raw.table
    columns: dict[str, pa.Array] = {}
    failed = dict(raw.failed)
    changed = False
    for name in table.column_names:
        arr = table.column(name).combine_chunks()
        t = arr.type
        if pa.types.is_dictionary(t):
            arr = arr.dictionary_decode()
            t = arr.type
            changed = True
        if pa.types.is_nested(t):
            present = pc.is_valid(arr)
            if pc.any(present).as_py():
                _report(log, raw, name, _NESTED, present)
                failed[name] = present
            columns[name] = pa.nulls(len(arr), pa.string())
            changed = True
            continue
        if _is(t, _TEXT_TYPES):
            bad = _bad_text(arr)
            if bad is not None:
                log.add(
                    raw.label,
                    name,
                    "not valid UTF-8 text; save the file as UTF-8, or give its encoding "
                    "(debrief ingest --encoding latin-1, or encoding: in a mapping)",
                    "error",
                    _shown_bytes(arr, bad, log.cap),
                    total=int(pc.sum(bad).as_py() or 0),
                    line_of=raw.line_of,
                )
                failed[name] = bad
                binary = arr.cast(pa.large_binary())
                arr = pc.if_else(bad, pa.scalar(None, pa.large_binary()), binary)
            if not pa.types.is_string(arr.type):
                arr = arr.cast(pa.large_binary()).cast(pa.string())
                changed = True
            elif bad is not None:
                changed = True
            columns[name] = arr
            continue
        if _is(t, _PLAIN_TYPES):
            columns[name] = arr
            continue
        changed = True
        try:
            columns[name] = arr.cast(pa.string())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            log.add(
                raw.label,
                name,
                f"column of type {t} cannot be read; export it as text or a number",
                "error",
            )
    if not changed:
        return raw
    return replace(raw, table=pa.table(columns) if columns else pa.table({}), failed=failed)


def _report(log: ProblemLog, raw: RawFile, column: str, problem: str, mask: pa.Array) -> None:
    idx = pc.indices_nonzero(pc.fill_null(mask, False))
    first = idx[: log.cap].to_pylist()
    log.add(
        raw.label,
        column,
        problem,
        "error",
        [(i, None) for i in first],
        total=len(idx),
        line_of=raw.line_of,
    )


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
    try:
        # Bad bytes further down must not count against the header: they are found per cell.
        with open(path, encoding=enc, errors="surrogateescape", newline="") as fh:
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
    except UnicodeDecodeError as exc:  # an encoding whose decoder cannot escape (utf-16)
        log.add(label, None, f"cannot be read: {_reason(exc)}", "error")
        return None
    if any(_has_surrogates(h) for h in raw_header):
        log.add(
            label,
            None,
            f"the header line is not valid {options.encoding} text; save the file as UTF-8, or "
            "give its encoding in a mapping",
            "error",
            [(options.skip_rows, None)],
            line_of=numbered_from_one,
        )
        return None
    utf8 = enc == "utf-8-sig"
    if not utf8:
        bad_line = _line_of_bad_byte(path, enc)
        if bad_line is not None:
            log.add(
                label,
                None,
                f"is not valid {options.encoding} text from this line on; give the file's "
                "real encoding, or save it as UTF-8",
                "error",
                [(bad_line - 1, None)],
                line_of=numbered_from_one,
            )
            return None
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
            encoding="utf8" if utf8 else options.encoding,
            block_size=1 << 24,
        ),
        parse_options=pacsv.ParseOptions(
            delimiter=delimiter, newlines_in_values=True, invalid_row_handler=on_invalid
        ),
        convert_options=pacsv.ConvertOptions(
            # Bytes that are not UTF-8 are found cell by cell (check_cells), at their line.
            column_types={n: pa.binary() if utf8 else pa.string() for n in names},
            strings_can_be_null=True,
            quoted_strings_can_be_null=True,
            null_values=[""],
            check_utf8=False,
        ),
    )
    open_quote = _unclosed_quote(path, enc, delimiter, options.skip_rows)
    if open_quote is not None:
        log.add(
            label,
            None,
            "a quoted field that starts on this line is never closed, so every line after it "
            "was read into one cell; close the quote (or double a quote inside a quoted field)",
            "error",
            [(open_quote - 1, None)],
            line_of=numbered_from_one,
        )
        return None
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


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _line_of_bad_byte(path: Path, encoding: str) -> int | None:
    """The first line (from 1) that is not valid ``encoding`` text, or None."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with open(path, "rb") as fh:
        for n, line in enumerate(fh, start=1):
            try:
                decoder.decode(line)
            except UnicodeDecodeError:
                return n
    return None


def _unclosed_quote(path: Path, encoding: str, delimiter: str, skip: int) -> int | None:
    """The line where a quoted field that is never closed starts, or None.

    An odd number of quote characters in the file is the cheap sign (a quote inside a quoted
    field is doubled); only then is the file read with Python's strict ``csv`` reader, which
    stops at the end of the file inside the open field.
    """
    quote = '"'.encode(encoding.replace("-sig", ""))
    count = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 24):
            count += chunk.count(quote)
    if count % 2 == 0:
        return None
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
        for _ in range(skip):
            fh.readline()
        reader = csv.reader(fh, delimiter=delimiter, strict=True)
        start = 1
        try:
            for _ in reader:
                start = reader.line_num + 1
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                return skip + start
    return None


def _records(path: Path, encoding: str, delimiter: str, skip: int) -> Iterator[tuple[int, int]]:
    """(line it starts on, field count) of each non-blank record after the header (header = 1)."""
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
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
        return RawFile(label, path, table, _jsonl_line_mapper(path))
    except (pa.ArrowInvalid, UnicodeDecodeError):
        pass  # mixed types, a bad line or bad bytes: read line by line to say which
    records: list[dict] = []
    lines: list[int] = []
    nested: dict[str, list[tuple[int, str]]] = {}
    with open(path, "rb") as fh:
        for n, data in enumerate(fh, start=1):
            if n == 1 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8) :]
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                log.add(
                    label,
                    None,
                    f"line {n} is not valid UTF-8 ({_reason(exc)}); save the file as UTF-8",
                    "error",
                    [(None, data.decode("utf-8", errors="replace"))],
                )
                continue
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except (json.JSONDecodeError, RecursionError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                log.add(label, None, f"line {n} is not valid JSON ({msg})", "error", [(None, text)])
                continue
            if not isinstance(obj, dict):
                log.add(label, None, f"line {n} is not a JSON object", "error", [(None, text)])
                continue
            row = len(records)
            record: dict[str, str | None] = {}
            for k, v in obj.items():
                if isinstance(v, dict | list):
                    nested.setdefault(k, []).append((row, _as_text(v)))
                    v = None
                record[k] = None if v is None else _as_text(v)
            records.append(record)
            lines.append(n)
    if not records and not log.has_errors_in(label):
        log.add(label, None, "is empty: no JSON object on any line", "error")
    # Mixed JSON types in one field: every value is kept as text, validation types it.
    names = list(dict.fromkeys(k for r in records for k in r))
    table = pa.table({k: pa.array([r.get(k) for r in records], pa.string()) for k in names})

    def line_of(rows: Sequence[int]) -> list[int]:
        return [lines[r] for r in rows]

    failed = {}
    for column, cells in nested.items():
        log.add(label, column, _NESTED, "error", cells, line_of=line_of)
        mask = np.zeros(len(records), dtype=bool)
        mask[[row for row, _ in cells]] = True
        failed[column] = pa.array(mask)
    return RawFile(label, path, table, line_of, failed)


def _jsonl_line_mapper(path: Path) -> Callable[[Sequence[int]], list[int]]:
    """Row indices to line numbers: blank lines hold no row. The file is only scanned when a
    row has a problem."""
    cache: list[list[int]] = []

    def line_of(rows: Sequence[int]) -> list[int]:
        if not cache:
            with open(path, "rb") as fh:
                cache.append([n for n, data in enumerate(fh, start=1) if data.strip()])
        lines = cache[0]
        return [lines[r] if r < len(lines) else r + 1 for r in rows]

    return line_of


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
