"""Reading CSV files into Arrow tables, with the line each row starts on.

CSV files are read by ``pyarrow.csv`` with every column as text (validation does the typing, so a
bad cell is reported rather than silently turned into a string column). What real exports do is
handled here: a UTF-8 byte-order mark, CRLF line ends, ``;``/tab/``|`` delimiters (sniffed from the
header line), quoted fields spanning lines, repeated header names (made unique: ``name``,
``name_2``, with a warning), spaces around header names (stripped), and trailing empty columns
(``a;b;;;``, dropped when every cell is empty).

Line numbers are what a person sees in an editor: the header is line 1. They are only computed for
rows that have a problem; a file whose rows are one line each maps row ``i`` to line
``skip + header_lines + i + 1`` without a second read, and a file with multi-line fields is
re-read once with Python's ``csv`` module to find where each record starts.

A quoted field that is never closed (it swallows every line after it), a header that is not valid
text in the file's encoding and, for other encodings than UTF-8, the first line that is not, are
problems at their line. Python's ``csv`` field limit (128 KiB) is lifted: long cells are data.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv

from debrief.ingest.problems import ProblemLog
from debrief.ingest.rawfile import RawFile, ReadOptions, numbered_from_one, reason

# Long cells are data, not a reason for a traceback: Python's csv module stops at 128 KiB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_DELIMITERS = (",", ";", "\t", "|")


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


def read_csv(path: Path, log: ProblemLog, options: ReadOptions) -> RawFile | None:
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
        log.add(label, None, f"cannot be read: {reason(exc)}", "error")
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

    with _rows_pyarrow_cannot_decode(on_invalid) as undecodable:
        try:
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
        except pa.ArrowInvalid:
            # A row whose field count is off and whose bytes are not UTF-8: pyarrow stops
            # there. Python finds every row whose field count is off, at its line.
            ragged = _ragged_lines(path, enc, delimiter, options.skip_rows, len(names))
            if not (undecodable and ragged):
                raise
            table = None
    if table is None:
        for line, fields in ragged:
            log.add(
                label,
                None,
                f"has {fields} fields where the header has {len(names)}; row not read",
                "error",
                [(line - 1, None)],
                line_of=numbered_from_one,
            )
        return None
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


@contextlib.contextmanager
def _rows_pyarrow_cannot_decode(handler: Callable[..., str]) -> Iterator[list[BaseException]]:
    """Collect the rows pyarrow could not hand to ``handler``.

    pyarrow decodes an invalid row's text as UTF-8 before calling its invalid-row handler; when
    the row holds bytes that are not UTF-8, that decoding fails inside pyarrow, which prints
    "Exception ignored in ..." with a traceback on stderr and then fails the whole read with a
    parse error. While this context is open, those failures are collected instead of printed
    (any other unraisable exception goes to the hook that was there before).
    """
    caught: list[BaseException] = []
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if unraisable.object is handler and isinstance(unraisable.exc_value, UnicodeDecodeError):
            caught.append(unraisable.exc_value)
        else:
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield caught
    finally:
        sys.unraisablehook = previous


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
